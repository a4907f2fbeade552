import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useStableCallback } from '../../../hooks/use-stable-callback';
import { useTranslation } from 'react-i18next';
import { isGraded, type PtaToets } from '../../../../../shared/domain/pta';
import { sortableName, type Student } from '../../../../../shared/domain/student';
import type { StudentGrades, ToetsCell } from '../../../../../shared/grades/grade-table';
import { formatDecimal, formatGrade } from '../../../ui/format-number';
import { SortIcon } from '../../../ui/icons';
import { handleEditKeys } from '../../../ui/edit-keys';

export interface GradeRow {
  student: Student;
  grades: StudentGrades;
}

export interface GradePosition {
  row: number;
  /** Index into the toetsen. */
  toets: number;
}

interface GradeTableProps {
  rows: readonly GradeRow[];
  toetsen: readonly PtaToets[];
  active: GradePosition | null;
  onActiveChange: (position: GradePosition, row: GradeRow) => void;
  /** Saves a typed cijfer for the first attempt; resolves to an error message or null. */
  onCommit: (row: GradeRow, toets: PtaToets, text: string) => Promise<string | null>;
  onClear: (row: GradeRow, toets: PtaToets) => void;
}

const MISSING = Number.POSITIVE_INFINITY;

/**
 * The grade table of a group: a row per student, a column per PTA toets, then the SE-cijfer
 * (one decimal), the eindcijfer and the unrounded average. Sortable by any column (TanStack
 * Table). Keyboard: arrows move between the cijfer cells, typing a digit or Enter edits, Delete
 * clears an entered cijfer. Missing and late work is flagged in the cell, in words.
 */
// Memoised: changing the group re-renders the page before the new group's rows are read; the
// table (hundreds of cells) then waits for its new rows instead of drawing the old ones again.
export const GradeTable = memo(function GradeTable({ rows, toetsen, active, onActiveChange, onCommit, onClear }: GradeTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // Looked up once per render, not once per cell: t() is not free, and a table has hundreds of cells.
  const labels = useMemo<CellLabels>(
    () => ({
      missing: t('grades.cell.missing'),
      late: t('grades.cell.late'),
      resit: t('grades.cell.resit'),
      override: t('grades.cell.override'),
      voldaan: t('grades.cell.voldaan'),
      nietVoldaan: t('grades.cell.nietVoldaan'),
      provisional: t('grades.cell.provisional'),
      enter: t('grades.panel.enter'),
    }),
    [t],
  );
  const [sorting, setSorting] = useState<SortingState>([{ id: 'student', desc: false }]);
  const [editing, setEditing] = useState<Editing | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);

  const columns = useMemo<ColumnDef<GradeRow>[]>(() => {
    const gradeSort = (value: number | null | undefined) => (value == null ? MISSING : value);
    return [
      { id: 'student', header: t('grades.columns.student'), accessorFn: (row) => sortableName(row.student).toLowerCase(), sortingFn: 'basic' },
      ...toetsen.map<ColumnDef<GradeRow>>((toets) => ({
        id: `toets-${toets.id}`,
        header: toets.code,
        accessorFn: (row) => (isGraded(toets.toetsvorm) ? gradeSort(row.grades.cells[toets.id]?.grade) : row.grades.cells[toets.id]?.voldaan === true ? 1 : 0),
        sortingFn: 'basic',
        sortUndefined: 'last',
      })),
      { id: 'se', header: t('grades.columns.se'), accessorFn: (row) => gradeSort(row.grades.se.ok ? row.grades.se.oneDecimal : null), sortingFn: 'basic' },
      { id: 'final', header: t('grades.columns.final'), accessorFn: (row) => gradeSort(row.grades.se.ok && row.grades.se.complete ? row.grades.se.final : null), sortingFn: 'basic' },
      { id: 'raw', header: t('grades.columns.raw'), accessorFn: (row) => gradeSort(row.grades.se.ok ? row.grades.se.raw : null), sortingFn: 'basic' },
    ];
  }, [toetsen, t]);

  const table = useReactTable({ data: rows as GradeRow[], columns, state: { sorting }, onSortingChange: setSorting, getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel() });
  const sorted = table.getRowModel().rows;

  // Focus follows the active cell while the table has focus.
  useEffect(() => {
    const element = tableRef.current;
    if (!active || !element || !element.contains(document.activeElement) || editing) return;
    element.querySelector<HTMLElement>(`[data-grade="${active.row}:${active.toets}"]`)?.focus();
  }, [active, editing]);

  const at = (position: GradePosition) => ({ row: sorted[position.row]?.original, toets: toetsen[position.toets] });

  const commit = async () => {
    if (!editing) return;
    const { row, toets } = at(editing.position);
    if (!row || !toets) return;
    const error = await onCommit(row, toets, editing.text);
    if (error) setEditing({ ...editing, error });
    else {
      setEditing(null);
      // Down to the next student: how grades are typed in from a list.
      const next = { row: Math.min(sorted.length - 1, editing.position.row + 1), toets: editing.position.toets };
      onActiveChange(next, sorted[next.row]!.original);
      requestAnimationFrame(() => tableRef.current?.querySelector<HTMLElement>(`[data-grade="${next.row}:${next.toets}"]`)?.focus());
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (editing || !active) return;
    const move = (rowDelta: number, toetsDelta: number) => {
      event.preventDefault();
      const next = { row: Math.max(0, Math.min(sorted.length - 1, active.row + rowDelta)), toets: Math.max(0, Math.min(toetsen.length - 1, active.toets + toetsDelta)) };
      onActiveChange(next, sorted[next.row]!.original);
    };
    const { row, toets } = at(active);
    if (!row || !toets) return;
    const editable = isGraded(toets.toetsvorm);
    switch (event.key) {
      case 'ArrowUp':
        return move(-1, 0);
      case 'ArrowDown':
        return move(1, 0);
      case 'ArrowLeft':
        return move(0, -1);
      case 'ArrowRight':
        return move(0, 1);
      case 'Enter':
      case 'F2':
        if (!editable) return;
        event.preventDefault();
        setEditing({ position: active, text: row.grades.cells[toets.id]?.first ? formatGrade(row.grades.cells[toets.id]!.first!.grade, language) : '', error: null });
        return;
      case 'Delete':
      case 'Backspace':
        if (!editable) return;
        event.preventDefault();
        onClear(row, toets);
        return;
      default:
        if (editable && /^\d$/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
          event.preventDefault();
          setEditing({ position: active, text: event.key, error: null });
        }
    }
  };

  // Stable, so a row whose cells did not change skips its render (moving the active cell
  // re-renders two rows, not thirty).
  const onCell = useStableCallback((rowIndex: number, toetsIndex: number, row: GradeRow, focus: boolean) => {
    if (focus && active?.row === rowIndex && active.toets === toetsIndex) return;
    onActiveChange({ row: rowIndex, toets: toetsIndex }, row);
  });
  const onEditText = useStableCallback((text: string) => editing && setEditing({ ...editing, text, error: null }));
  const onEditKey = useStableCallback((event: KeyboardEvent<HTMLInputElement>, rowIndex: number, toetsIndex: number) =>
    handleEditKeys(event, {
      commit: () => void commit(),
      cancel: () => {
        setEditing(null);
        requestAnimationFrame(() => tableRef.current?.querySelector<HTMLElement>(`[data-grade="${rowIndex}:${toetsIndex}"]`)?.focus());
      },
    }),
  );
  const onEditBlur = useStableCallback(() => setEditing(null));

  return (
    <div className="table-frame grade-frame">
      <table ref={tableRef} className="data grade-table" role="grid" aria-label={t('grades.title')} onKeyDown={onKeyDown}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const toets = toetsen.find((candidate) => `toets-${candidate.id}` === header.column.id);
                const sortedDir = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={header.column.id === 'student' ? 'grade-name' : 'grade-col'}
                    aria-sort={sortedDir === 'asc' ? 'ascending' : sortedDir === 'desc' ? 'descending' : 'none'}
                    title={toets ? `${toets.code} ${toets.name}` : undefined}
                  >
                    <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      <SortIcon direction={sortedDir} />
                    </button>
                    {toets && (
                      <span className="grade-col-meta">
                        {isGraded(toets.toetsvorm) ? t('grades.columns.weging', { weging: toets.weging ?? 0 }) : t('grades.columns.voldaan')}
                      </span>
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {sorted.map((tableRow, rowIndex) => (
            // Keyed by position, not by student: the grid's active cell, editing and focus go by
            // position, and another group (or order) then updates the rows in place instead of
            // building every cell anew.
            <GradeTableRow
              key={rowIndex}
              row={tableRow.original}
              rowIndex={rowIndex}
              toetsen={toetsen}
              activeToets={active?.row === rowIndex ? active.toets : active ? null : rowIndex === 0 ? FIRST_CELL : null}
              editing={editing?.position.row === rowIndex ? editing : null}
              labels={labels}
              language={language}
              onCell={onCell}
              onEditText={onEditText}
              onEditKey={onEditKey}
              onEditBlur={onEditBlur}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
});

interface CellLabels {
  missing: string;
  late: string;
  resit: string;
  override: string;
  voldaan: string;
  nietVoldaan: string;
  provisional: string;
  enter: string;
}

type Editing = { position: GradePosition; text: string; error: string | null };

/** activeToets of the first row while no cell is active: its first cell takes the tab stop. */
const FIRST_CELL = -1;

interface GradeTableRowProps {
  row: GradeRow;
  rowIndex: number;
  toetsen: readonly PtaToets[];
  /** The active cell's toets index when it is in this row (FIRST_CELL: none active, this is the first row), else null. */
  activeToets: number | null;
  /** The cell being edited, when it is in this row. */
  editing: Editing | null;
  labels: CellLabels;
  language: string;
  onCell: (rowIndex: number, toetsIndex: number, row: GradeRow, focus: boolean) => void;
  onEditText: (text: string) => void;
  onEditKey: (event: KeyboardEvent<HTMLInputElement>, rowIndex: number, toetsIndex: number) => void;
  onEditBlur: () => void;
}

/** One student's row; memoised, so it renders again only when its own props change. */
const GradeTableRow = memo(function GradeTableRow({ row, rowIndex, toetsen, activeToets, editing, labels, language, onCell, onEditText, onEditKey, onEditBlur }: GradeTableRowProps) {
  const se = row.grades.se;
  const provisional = se.ok && !se.complete && se.raw != null;
  return (
    <tr>
      <th scope="row" className="grade-name">
        {sortableName(row.student)}
      </th>
      {toetsen.map((toets, toetsIndex) => {
        const cell = row.grades.cells[toets.id];
        const isActive = activeToets === toetsIndex;
        const isEditing = editing !== null && editing.position.toets === toetsIndex;
        return (
          <td
            key={toets.id}
            role="gridcell"
            data-grade={`${rowIndex}:${toetsIndex}`}
            tabIndex={isActive || (activeToets === FIRST_CELL && toetsIndex === 0) ? 0 : -1}
            aria-selected={isActive}
            className={`grade-cell${cell?.missing ? ' grade-missing' : ''}${isEditing ? ' editing' : ''}`}
            onClick={() => onCell(rowIndex, toetsIndex, row, false)}
            onFocus={() => onCell(rowIndex, toetsIndex, row, true)}
          >
            {isEditing ? (
              <span className="grade-edit">
                <input
                  autoFocus
                  inputMode="decimal"
                  aria-label={labels.enter}
                  aria-invalid={editing.error ? true : undefined}
                  value={editing.text}
                  onChange={(event) => onEditText(event.target.value)}
                  onKeyDown={(event) => onEditKey(event, rowIndex, toetsIndex)}
                  onBlur={onEditBlur}
                />
                {editing.error && (
                  <span className="grade-error" role="alert">
                    {editing.error}
                  </span>
                )}
              </span>
            ) : (
              cellContent(toets, cell, labels, language)
            )}
          </td>
        );
      })}
      <td className="grade-se">
        {se.ok && se.oneDecimal != null ? formatGrade(se.oneDecimal, language) : '—'}
        {provisional && <span className="badge grade-flag">{labels.provisional}</span>}
      </td>
      {/* A whole eindcijfer only once every toets has a cijfer: a provisional one would read as final. */}
      <td className="grade-final">{se.ok && se.complete && se.final != null ? String(se.final) : '—'}</td>
      <td className="grade-raw muted">{se.ok && se.raw != null ? formatDecimal(se.raw, language, 3) : '—'}</td>
    </tr>
  );
});

function cellContent(toets: PtaToets, cell: ToetsCell | undefined, labels: CellLabels, language: string) {
  if (!cell) return null;
  const flags = [
    cell.missing && <span key="m" className="badge grade-flag grade-flag-missing">{labels.missing}</span>,
    cell.late && <span key="l" className="badge grade-flag">{labels.late}</span>,
    cell.counted === 2 && <span key="r" className="badge grade-flag">{labels.resit}</span>,
    (cell.counted === 2 ? cell.resit : cell.first)?.source === 'override' && <span key="o" className="badge grade-flag">{labels.override}</span>,
  ].filter(Boolean);
  const value = isGraded(toets.toetsvorm)
    ? cell.grade != null
      ? formatGrade(cell.grade, language)
      : '—'
    : cell.voldaan === true
      ? labels.voldaan
      : cell.voldaan === false
        ? labels.nietVoldaan
        : '—';
  return (
    <>
      <span className="grade-value">{value}</span>
      {flags}
    </>
  );
}
