import { useTranslation } from 'react-i18next';
import type { CriterionScores, RubricContent } from '../../../../../shared/domain/rubric';
import { gradeForScores, readableTextColor } from '../../../../../shared/rubrics';

interface ScoredRubricProps {
  content: RubricContent;
  scores: CriterionScores;
  conditionsMet: Record<string, boolean>;
  /** When given, levels and conditions can be chosen (a try-out); otherwise read-only. */
  onScore?: (criterionId: string, levelId: string | null) => void;
  onCondition?: (conditionId: string, met: boolean) => void;
  caption: string;
}

const formatGrade = (grade: number) => grade.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * A rubric with chosen levels: the points, the cijfer, and per criterion the chosen descriptor
 * highlighted. Used read-only for a stored beoordeling (always with the version it was made
 * with) and interactively to try a rubric out before using it.
 */
export function ScoredRubric({ content, scores, conditionsMet, onScore, onCondition, caption }: ScoredRubricProps) {
  const { t } = useTranslation();
  const result = gradeForScores(content, scores, conditionsMet);
  return (
    <div className="form">
      {content.conditions.length > 0 && (
        <fieldset className="form" disabled={!onCondition}>
          <legend>{t('rubrics.editor.conditionsTitle')}</legend>
          {content.conditions.map((condition) => (
            <label key={condition.id} className="check">
              <input type="checkbox" checked={conditionsMet[condition.id] === true} onChange={(event) => onCondition?.(condition.id, event.target.checked)} />
              {condition.text}
            </label>
          ))}
        </fieldset>
      )}
      <div className="rubric-grid-frame" tabIndex={0} role="region" aria-label={caption}>
        <table className="rubric-grid scored">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="criterion-col">
                {t('rubrics.editor.criterion')}
              </th>
              {content.levels.map((level) => (
                <th key={level.id} scope="col" style={{ background: level.color, color: readableTextColor(level.color) }}>
                  {level.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {content.criteria.map((criterion) => (
              <tr key={criterion.id}>
                <th scope="row" className="criterion-cell">
                  {criterion.title}
                  {criterion.weight !== 1 && <span className="muted"> ×{criterion.weight.toLocaleString('nl-NL')}</span>}
                </th>
                {content.levels.map((level) => {
                  const chosen = scores[criterion.id] === level.id;
                  const descriptor = criterion.descriptors[level.id] ?? '';
                  return (
                    <td key={level.id} className={chosen ? 'chosen' : undefined} style={chosen ? { outlineColor: level.color } : undefined}>
                      {onScore ? (
                        <label className="score-option">
                          <input
                            type="radio"
                            name={`score-${criterion.id}`}
                            checked={chosen}
                            onChange={() => onScore(criterion.id, level.id)}
                            aria-label={t('rubrics.tryout.choose', { criterion: criterion.title, level: level.label })}
                          />
                          <span>{descriptor}</span>
                        </label>
                      ) : (
                        <>
                          {chosen && <span className="visually-hidden">{t('rubrics.tryout.chosen')}: </span>}
                          {descriptor}
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="score-summary" aria-live="polite">
        {t('rubrics.tryout.points', { points: result.points.toLocaleString('nl-NL'), max: result.maxPoints.toLocaleString('nl-NL') })} ·{' '}
        {result.blocked
          ? t('rubrics.tryout.blocked')
          : result.grade === null
            ? t('rubrics.tryout.incomplete')
            : t('rubrics.tryout.grade', { grade: formatGrade(result.grade) })}
      </p>
    </div>
  );
}
