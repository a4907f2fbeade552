import type { RubricLevel } from '../../../../../shared/domain/rubric';
import { readableTextColor } from '../../../../../shared/rubrics';

/** The scale of a rubric at a glance: each level in its colour, lowest first. */
export function LevelStrip({ levels }: { levels: readonly RubricLevel[] }) {
  return (
    <p className="level-strip">
      {levels.map((level) => (
        <span key={level.id} style={{ background: level.color, color: readableTextColor(level.color) }}>
          {level.label}
        </span>
      ))}
    </p>
  );
}
