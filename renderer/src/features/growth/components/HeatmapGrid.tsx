import { memo, useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkNode } from '../../../../../shared/domain/framework';
import { sortableName, type Student } from '../../../../../shared/domain/student';
import { averageLevel, type Heatmap, type HeatmapSortKey, type SortDirection } from '../../../../../shared/growth/heatmap';
import { SortIcon } from '../../../ui/icons';

export interface HeatmapSort {
  key: HeatmapSortKey;
  direction: SortDirection;
}

interface HeatmapGridProps {
  label: string;
  heatmap: Heatmap;
  /** Indices into heatmap.studentIds, in the order shown. */
  order: readonly number[];
  /** The students, in the order of heatmap.studentIds. */
  students: readonly Student[];
  goals: readonly FrameworkNode[];
  /** Full names of the target scale's levels, lowest first. */
  levelNames: readonly string[];
  /** What a cell shows of each level (see shortLevelLabel), lowest first. */
  levelShort: readonly string[];
  /** The level colours as custom properties of the table (palette.ts levelVariables). */
  levelVariables: CSSProperties;
  sort: HeatmapSort;
  onSort: (key: HeatmapSortKey) => void;
  /** A cell was chosen (click or Enter): indices into heatmap.studentIds and goals. */
  onOpen: (student: number, goal: number) => void;
}

interface Position {
  row: number;
  column: number;
}

// Column widths in px, matched in heatmap.css.
const NAME_WIDTH = 240;
const GOAL_WIDTH = 48;
const AVERAGE_WIDTH = 150;

/** The grid position of a cell element (or of an element inside one), from its data-cell. */
function positionOf(target: EventTarget): Position | null {
  const cell = (target as HTMLElement).closest?.('td[data-cell]');
  if (!(cell instanceof HTMLElement)) return null;
  const [row, column] = cell.dataset.cell!.split(':').map(Number);
  return { row: row!, column: column! };
}

const sameKey = (a: HeatmapSortKey, b: HeatmapSortKey) => a.by === b.by && (a.by !== 'goal' || (b.by === 'goal' && a.goalId === b.goalId));

/**
 * The heatmap as an ARIA grid: a row per student, a column per goal, each cell coloured by the
 * mastery level and saying it in text (short on screen, in full for screen readers). One cell
 * is in the tab order; arrow keys, Home/End and Ctrl+Home/End move between cells, Enter or
 * Space opens the evidence behind it. Column headers sort the students.
 */
// Memoised: choosing a cell opens the dialog in the page, which must not redraw 600 cells.
export const HeatmapGrid = memo(function HeatmapGrid({ label, heatmap, order, students, goals, levelNames, levelShort, levelVariables, sort, onSort, onOpen }: HeatmapGridProps) {
  const { t } = useTranslation();
  const [active, setActive] = useState<Position>({ row: 0, column: 0 });
  const tableRef = useRef<HTMLTableElement>(null);
  const text = useMemo(
    () => ({
      none: t('heatmap.noEvidenceCell'),
      student: t('heatmap.columns.student'),
      average: t('heatmap.columns.average'),
    }),
    [t],
  );
  const names = useMemo(() => students.map(sortableName), [students]);
  const targetSize = levelNames.length;

  // Keep the active cell inside the grid when the group or framework shrinks it.
  const row = Math.min(active.row, Math.max(0, order.length - 1));
  const column = Math.min(active.column, Math.max(0, goals.length - 1));

  const focusCell = (position: Position) => {
    setActive(position);
    tableRef.current?.querySelector<HTMLElement>(`[data-cell="${position.row}:${position.column}"]`)?.focus();
  };

  // Focus follows the active cell while the grid has it (after a sort or a smaller group the
  // position stays: the keyboard user hears the student now in that place).
  useEffect(() => {
    const element = tableRef.current;
    if (!element || !element.contains(document.activeElement) || document.activeElement?.getAttribute('role') !== 'gridcell') return;
    element.querySelector<HTMLElement>(`[data-cell="${row}:${column}"]`)?.focus();
  }, [row, column]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if ((event.target as HTMLElement).getAttribute('role') !== 'gridcell') return;
    const lastRow = order.length - 1;
    const lastColumn = goals.length - 1;
    const to = (nextRow: number, nextColumn: number) => {
      event.preventDefault();
      focusCell({ row: Math.max(0, Math.min(lastRow, nextRow)), column: Math.max(0, Math.min(lastColumn, nextColumn)) });
    };
    switch (event.key) {
      case 'ArrowUp':
        return to(row - 1, column);
      case 'ArrowDown':
        return to(row + 1, column);
      case 'ArrowLeft':
        return to(row, column - 1);
      case 'ArrowRight':
        return to(row, column + 1);
      case 'PageUp':
        return to(row - 10, column);
      case 'PageDown':
        return to(row + 10, column);
      case 'Home':
        return event.ctrlKey ? to(0, 0) : to(row, 0);
      case 'End':
        return event.ctrlKey ? to(lastRow, lastColumn) : to(row, lastColumn);
      case 'Enter':
      case ' ':
        event.preventDefault();
        onOpen(order[row]!, column);
        return;
    }
  };

  const header = (key: HeatmapSortKey, content: ReactNode, className: string, title?: string, name?: string) => {
    const current = sameKey(sort.key, key) ? sort.direction : false;
    return (
      <th key={key.by === 'goal' ? key.goalId : key.by} scope="col" className={className} aria-sort={current === 'asc' ? 'ascending' : current === 'desc' ? 'descending' : 'none'} title={title}>
        <button type="button" className="sort-button" aria-label={name} onClick={() => onSort(key)}>
          {content}
          <SortIcon direction={current} />
        </button>
      </th>
    );
  };

  return (
    <div className="table-frame heatmap-frame">
      <table
        ref={tableRef}
        className="data heatmap"
        role="grid"
        aria-label={label}
        aria-rowcount={order.length + 1}
        // A fixed layout (widths from the header row) spares the browser measuring 600 cells.
        style={{ ...levelVariables, width: NAME_WIDTH + goals.length * GOAL_WIDTH + AVERAGE_WIDTH }}
        onKeyDown={onKeyDown}
        onClick={(event) => {
          const position = positionOf(event.target);
          if (!position) return;
          setActive(position);
          onOpen(order[position.row]!, position.column);
        }}
        onFocus={(event) => {
          const position = positionOf(event.target);
          if (position && (position.row !== row || position.column !== column)) setActive(position);
        }}
      >
        <thead>
          <tr>
            {header({ by: 'name' }, text.student, 'heatmap-name')}
            {goals.map((goal) => {
              const full = `${goal.code} ${goal.text}`.trim();
              return header({ by: 'goal', goalId: goal.id }, goal.code, 'heatmap-goal', full, full);
            })}
            {header({ by: 'average' }, text.average, 'heatmap-average')}
          </tr>
        </thead>
        <tbody>
          {order.map((studentIndex, rowIndex) => {
            const cells = heatmap.cells[studentIndex]!;
            const average = averageLevel(cells, targetSize);
            return (
              <tr key={heatmap.studentIds[studentIndex]}>
                <th scope="row" className="heatmap-name" title={names[studentIndex]}>
                  {names[studentIndex]}
                </th>
                {cells.map((cell, goalIndex) => {
                  const level = cell.mastery?.level;
                  const isActive = rowIndex === row && goalIndex === column;
                  const spoken = level === undefined ? text.none : (levelNames[level - 1] ?? String(level));
                  return (
                    <td
                      key={goals[goalIndex]!.id}
                      role="gridcell"
                      data-cell={`${rowIndex}:${goalIndex}`}
                      data-level={level ?? ''}
                      tabIndex={isActive ? 0 : -1}
                      className={level === undefined ? 'heatmap-cell heatmap-empty' : 'heatmap-cell'}
                      aria-label={spoken}
                      title={`${names[studentIndex]} · ${goals[goalIndex]!.code}: ${spoken}`}
                    >
                      {level === undefined ? '·' : (levelShort[level - 1] ?? String(level))}
                    </td>
                  );
                })}
                <td className="heatmap-average">{average === null ? '—' : (levelNames[average - 1] ?? String(average))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});

