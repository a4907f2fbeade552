import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassroomRow } from '../../../../../shared/assessment/classroom-rows';
import { classroomAction, moveCursor, type ClassroomAction, type GridPosition } from '../../../../../shared/assessment/classroom-keys';
import type { RubricVersion } from '../../../../../shared/domain/rubric';
import { readableTextColor } from '../../../../../shared/rubrics/color';

/** What one row shows: its levels per criterion, deviations, conditions and the running result. */
export interface GridRowView {
  row: ClassroomRow;
  label: string;
  /** Level id per criterion (null: not scored). */
  levels: (string | null)[];
  /** Per criterion: the member deviates from the team's level. */
  deviates: boolean[];
  /** Per criterion: a comment is written. */
  commented: boolean[];
  /** Per condition: met. */
  conditions: boolean[];
  /** "18 / 32"; empty on a team row. */
  points: string;
  /** "6,4", or why there is none yet ("onvolledig"). */
  result: string;
  resultTone: 'grade' | 'pending' | 'blocked';
}

interface ScoreGridProps {
  version: RubricVersion;
  views: readonly GridRowView[];
  stops: readonly number[];
  active: GridPosition;
  onActiveChange: (position: GridPosition) => void;
  /** A key action on the active cell (levels, comments, team); moves are handled here. */
  onAction: (action: ClassroomAction, position: GridPosition) => void;
  onToggleCondition: (row: number, condition: number) => void;
  onUndo: () => void;
  label: string;
}

/**
 * The grid of students × criteria (with the voorwaardelijke eisen first). One cell is focusable
 * at a time (roving tabindex): digits set the level and move on, Enter goes to the next
 * student (or team), arrows move, Space toggles a condition. The keyboard model is
 * shared/assessment/classroom-keys.ts.
 */
export function ScoreGrid({ version, views, stops, active, onActiveChange, onAction, onToggleCondition, onUndo, label }: ScoreGridProps) {
  const { t } = useTranslation();
  const gridRef = useRef<HTMLTableElement>(null);
  const conditionCount = version.conditions.length;
  const columns = conditionCount + version.criteria.length;

  // Focus follows the active cell, but only while the grid has focus (never steal it from the comment field).
  useEffect(() => {
    const grid = gridRef.current;
    if (!grid || !grid.contains(document.activeElement)) return;
    grid.querySelector<HTMLElement>(`[data-cell="${active.row}:${active.column}"]`)?.focus();
  }, [active]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      event.stopPropagation();
      onUndo();
      return;
    }
    const inCondition = active.column < conditionCount;
    if (inCondition && (event.key === ' ' || event.key === 'Spacebar')) {
      event.preventDefault();
      onToggleCondition(active.row, active.column);
      return;
    }
    const action = classroomAction(event.nativeEvent, version.levels.length);
    if (!action) return;
    event.preventDefault();
    if (action.type === 'level' || action.type === 'clear' || action.type === 'follow-team') {
      if (inCondition) return;
      onAction(action, active);
    } else if (action.type === 'insert-comment' || action.type === 'edit-comment') {
      if (!inCondition) onAction(action, active);
      return;
    }
    const next = moveCursor(active, action, views.length, columns, stops);
    // A level moves on within the criteria; Enter lands on the first criterion, past the conditions.
    const landed = action.type === 'next-row' || action.type === 'previous-row' || action.type === 'row-start' ? { ...next, column: action.type === 'row-start' ? 0 : conditionCount } : next;
    if (landed.row !== active.row || landed.column !== active.column) onActiveChange(landed);
  };

  return (
    <div className="score-grid-frame">
      <table ref={gridRef} role="grid" aria-label={label} className="score-grid" onKeyDown={onKeyDown} aria-rowcount={views.length + 1}>
        <thead>
          <tr>
            <th scope="col" className="score-name">
              {t('classroom.grid.student')}
            </th>
            {version.conditions.map((condition) => (
              <th key={condition.id} scope="col" className="score-condition" title={condition.text}>
                <span className="visually-hidden">{t('classroom.grid.condition')}: </span>
                {condition.text}
              </th>
            ))}
            {version.criteria.map((criterion) => (
              <th key={criterion.id} scope="col" className="score-criterion" title={criterion.title}>
                {criterion.title}
                {criterion.weight !== 1 && <span className="muted"> ×{criterion.weight}</span>}
              </th>
            ))}
            <th scope="col" className="score-points">
              {t('classroom.grid.points')}
            </th>
            <th scope="col" className="score-result">
              {t('classroom.grid.grade')}
            </th>
          </tr>
        </thead>
        <tbody>
          {views.map((view, rowIndex) => (
            <GridRow
              key={view.row.kind === 'team' ? `team-${view.row.teamId}` : view.row.studentId}
              view={view}
              rowIndex={rowIndex}
              version={version}
              activeColumn={active.row === rowIndex ? active.column : -1}
              onCellClick={(column) => onActiveChange({ row: rowIndex, column })}
              onToggleCondition={(condition) => onToggleCondition(rowIndex, condition)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface GridRowProps {
  view: GridRowView;
  rowIndex: number;
  version: RubricVersion;
  activeColumn: number;
  onCellClick: (column: number) => void;
  onToggleCondition: (condition: number) => void;
}

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((value, index) => value === b[index]);

/** One row; re-renders only when what it shows changed (a keystroke touches one or a few rows). */
const GridRow = memo(
  function GridRow({ view, rowIndex, version, activeColumn, onCellClick, onToggleCondition }: GridRowProps) {
    const { t } = useTranslation();
    const conditionCount = version.conditions.length;
    const isTeam = view.row.kind === 'team';
    const member = view.row.kind === 'student' && view.row.teamId !== null;
    return (
      <tr className={isTeam ? 'score-row-team' : member ? 'score-row-member' : undefined} aria-rowindex={rowIndex + 2}>
        <th scope="row" className="score-name">
          {view.label}
        </th>
        {version.conditions.map((condition, index) => (
          <td
            key={condition.id}
            role="gridcell"
            data-cell={`${rowIndex}:${index}`}
            tabIndex={activeColumn === index ? 0 : -1}
            aria-selected={activeColumn === index}
            className="score-cell score-condition-cell"
            onClick={() => onCellClick(index)}
          >
            <input
              type="checkbox"
              tabIndex={-1}
              checked={view.conditions[index] ?? false}
              aria-label={t('classroom.grid.conditionOf', { condition: condition.text, name: view.label })}
              onChange={() => onToggleCondition(index)}
            />
          </td>
        ))}
        {version.criteria.map((criterion, index) => {
          const column = conditionCount + index;
          const levelId = view.levels[index] ?? null;
          const level = levelId ? version.levels.find((candidate) => candidate.id === levelId) : undefined;
          const deviates = view.deviates[index] ?? false;
          const label = level ? level.label : t('classroom.grid.unscored');
          return (
            <td
              key={criterion.id}
              role="gridcell"
              data-cell={`${rowIndex}:${column}`}
              tabIndex={activeColumn === column ? 0 : -1}
              aria-selected={activeColumn === column}
              aria-label={`${view.label}, ${criterion.title}: ${label}${deviates ? `, ${t('classroom.grid.deviates')}` : ''}${view.commented[index] ? `, ${t('classroom.grid.hasComment')}` : ''}`}
              className={`score-cell${deviates ? ' score-deviates' : ''}`}
              style={level ? { background: level.color, color: readableTextColor(level.color) } : undefined}
              onClick={() => onCellClick(column)}
            >
              <span aria-hidden="true">{level ? shortLabel(level.label) : '·'}</span>
              {view.commented[index] && <span className="score-comment-mark" aria-hidden="true" />}
            </td>
          );
        })}
        <td role="gridcell" className="score-points">
          {view.points}
        </td>
        <td role="gridcell" className={`score-result score-result-${view.resultTone}`}>
          {view.result}
        </td>
      </tr>
    );
  },
  (a, b) =>
    a.rowIndex === b.rowIndex &&
    a.version === b.version &&
    a.activeColumn === b.activeColumn &&
    a.view.label === b.view.label &&
    a.view.points === b.view.points &&
    a.view.result === b.view.result &&
    same(a.view.levels, b.view.levels) &&
    same(a.view.deviates, b.view.deviates) &&
    same(a.view.commented, b.view.commented) &&
    same(a.view.conditions, b.view.conditions),
);

/** "B gevorderd" → "B", "In ontwikkeling" → "In ontwikkeling": the letter when a scale has one. */
function shortLabel(label: string): string {
  const first = label.split(/\s+/)[0] ?? label;
  return first.length === 1 ? first : label;
}
