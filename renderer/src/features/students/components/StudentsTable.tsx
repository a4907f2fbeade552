import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type OnChangeFn,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Cohort } from '../../../../../shared/domain/cohort';
import type { Group } from '../../../../../shared/domain/group';
import { searchKey } from '../../../../../shared/domain/student';
import type { StudentListRow } from '../../../../../shared/domain/student-list';
import { SortIcon } from '../../../ui/icons';
import { EditableCell, type EditableField } from './EditableCell';

const ROW_HEIGHT = 40;

export interface StudentsTableProps {
  rows: StudentListRow[];
  groups: Group[];
  cohorts: Cohort[];
  sorting: SortingState;
  onSortingChange: OnChangeFn<SortingState>;
  selected: Set<string>;
  onToggleSelected: (id: string) => void;
  onSelectAll: (ids: string[]) => void;
  /** Saves one field; resolves to an error message (already translated) or null. */
  onCommitEdit: (row: StudentListRow, field: EditableField, value: string) => Promise<string | null>;
  onOpenForm: (row: StudentListRow) => void;
  onDelete: (rows: StudentListRow[]) => void;
}

interface CellPosition {
  row: number;
  col: number;
}

const padDigits = (text: string) => text.replace(/\d+/g, (digits) => digits.padStart(12, '0'));

/**
 * The student list: TanStack Table for sorting, TanStack Virtual so 1,000+ rows stay smooth
 * (only the rows in view are in the DOM), and an ARIA grid keyboard model: arrows move between
 * cells, Enter or F2 edits, Space selects, Delete removes, Ctrl+A selects all.
 */
export function StudentsTable(props: StudentsTableProps) {
  const { rows, sorting, onSortingChange, selected, onToggleSelected, onSelectAll } = props;
  const { t } = useTranslation();
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<CellPosition>({ row: 0, col: 1 });
  const [editing, setEditing] = useState<CellPosition | null>(null);
  const focusPending = useRef(false);

  const columns = useMemo<ColumnDef<StudentListRow>[]>(
    () => [
      { id: 'select', enableSorting: false, header: () => null },
      {
        id: 'leerlingnummer',
        header: t('students.columns.leerlingnummerShort'),
        accessorFn: (row) => padDigits(row.student.leerlingnummer),
        sortingFn: 'basic',
      },
      { id: 'roepnaam', header: t('students.columns.roepnaam'), accessorFn: (row) => searchKey(row.student.roepnaam), sortingFn: 'basic' },
      { id: 'tussenvoegsel', header: t('students.columns.tussenvoegselShort'), accessorFn: (row) => searchKey(row.student.tussenvoegsel), sortingFn: 'basic' },
      { id: 'achternaam', header: t('students.columns.achternaam'), accessorFn: (row) => row.nameSortKey, sortingFn: 'basic' },
      { id: 'groep', header: t('students.columns.groep'), accessorFn: (row) => row.groupSortKey, sortingFn: 'basic' },
      { id: 'cohort', header: t('students.columns.cohort'), accessorFn: (row) => row.cohortName.toLowerCase(), sortingFn: 'basic' },
      { id: 'acties', enableSorting: false, header: () => <span className="visually-hidden">{t('students.columns.actions')}</span> },
    ],
    [t],
  );

  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => row.student.id,
    enableSortingRemoval: false,
  });
  const sortedRows = table.getRowModel().rows;
  const columnCount = columns.length;

  const virtualizer = useVirtualizer({
    count: sortedRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  const clamp = useCallback(
    (position: CellPosition): CellPosition => ({
      row: Math.max(0, Math.min(sortedRows.length - 1, position.row)),
      col: Math.max(0, Math.min(columnCount - 1, position.col)),
    }),
    [sortedRows.length, columnCount],
  );

  // Keep the active cell inside the table when rows disappear (filter, delete).
  const safeActive = sortedRows.length === 0 ? null : clamp(active);

  const focusCell = useCallback(
    (position: CellPosition) => {
      const next = clamp(position);
      setActive(next);
      focusPending.current = true;
      virtualizer.scrollToIndex(next.row, { align: 'auto' });
    },
    [clamp, virtualizer],
  );

  useEffect(() => {
    if (!focusPending.current || !safeActive) return;
    const cell = scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${safeActive.row}:${safeActive.col}"]`);
    if (cell) {
      focusPending.current = false;
      cell.focus();
    }
  });

  const editableField = (col: number): EditableField | null => {
    const id = columns[col]?.id;
    return id === 'leerlingnummer' || id === 'roepnaam' || id === 'tussenvoegsel' || id === 'achternaam' || id === 'groep' ? id : null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (editing || !safeActive) return;
    const { row, col } = safeActive;
    const current = sortedRows[row]?.original;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const moves: Record<string, CellPosition | undefined> = {
      ArrowDown: { row: row + 1, col },
      ArrowUp: { row: row - 1, col },
      ArrowRight: { row, col: col + 1 },
      ArrowLeft: { row, col: col - 1 },
      PageDown: { row: row + page, col },
      PageUp: { row: row - page, col },
      Home: event.ctrlKey ? { row: 0, col } : { row, col: 0 },
      End: event.ctrlKey ? { row: sortedRows.length - 1, col } : { row, col: columnCount - 1 },
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      focusCell(move);
      return;
    }
    if (!current) return;
    if (event.key === ' ') {
      event.preventDefault();
      onToggleSelected(current.student.id);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      if (editableField(col)) setEditing({ row, col });
      else props.onOpenForm(current);
    } else if (event.key.toLowerCase() === 'o' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      navigate(`/leerlingen/${current.student.id}`);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      const targets = selected.size > 0 ? rows.filter((r) => selected.has(r.student.id)) : [current];
      props.onDelete(targets);
    } else if (event.key.toLowerCase() === 'a' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSelectAll(sortedRows.map((r) => r.id));
    }
  };

  const stopEditing = (refocus: boolean) => {
    setEditing(null);
    if (refocus && safeActive) focusCell(safeActive);
  };

  const virtualItems = virtualizer.getVirtualItems();
  const paddingTop = virtualItems[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (virtualItems[virtualItems.length - 1]?.end ?? 0);
  const allVisibleSelected = sortedRows.length > 0 && sortedRows.every((r) => selected.has(r.id));

  return (
    <div className="table-scroll" ref={scrollRef}>
      <table className="data" role="grid" aria-label={t('students.tableLabel')} aria-rowcount={sortedRows.length + 1} aria-colcount={columnCount} aria-multiselectable="true">
        <colgroup>
          <col style={{ width: 48 }} />
          <col style={{ width: 136 }} />
          <col />
          <col style={{ width: 124 }} />
          <col />
          <col style={{ width: 92 }} />
          <col />
          <col style={{ width: 220 }} />
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((headerGroup) => (
            <tr key={headerGroup.id} aria-rowindex={1}>
              {headerGroup.headers.map((header) => {
                const sortDirection = header.column.getIsSorted();
                if (header.column.id === 'select') {
                  return (
                    <th key={header.id} scope="col" className="select-cell">
                      <input
                        type="checkbox"
                        aria-label={t('students.selectAllVisible')}
                        checked={allVisibleSelected}
                        onChange={() => onSelectAll(allVisibleSelected ? [] : sortedRows.map((r) => r.id))}
                      />
                    </th>
                  );
                }
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sortDirection === 'asc' ? 'ascending' : sortDirection === 'desc' ? 'descending' : undefined}
                  >
                    {header.column.getCanSort() ? (
                      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <SortIcon direction={sortDirection} />
                      </button>
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {paddingTop > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={columnCount} style={{ height: paddingTop, padding: 0, border: 0 }} />
            </tr>
          )}
          {virtualItems.map((item) => {
            const tableRow = sortedRows[item.index]!;
            const row = tableRow.original;
            const isSelected = selected.has(row.student.id);
            const cellProps = (col: number) => ({
              'data-cell': `${item.index}:${col}`,
              tabIndex: safeActive && safeActive.row === item.index && safeActive.col === col ? 0 : -1,
              onFocus: () => {
                if (!safeActive || safeActive.row !== item.index || safeActive.col !== col) setActive({ row: item.index, col });
              },
            });
            const isEditing = (col: number) => editing !== null && editing.row === item.index && editing.col === col;
            const editCell = (col: number, field: EditableField, display: React.ReactNode) =>
              isEditing(col) ? (
                <td key={col} className="editing" {...cellProps(col)}>
                  <EditableCell
                    row={row}
                    field={field}
                    groups={props.groups}
                    cohorts={props.cohorts}
                    onCommit={async (value) => {
                      const error = await props.onCommitEdit(row, field, value);
                      if (error === null) stopEditing(true);
                      return error;
                    }}
                    onCancel={() => stopEditing(true)}
                  />
                </td>
              ) : (
                <td key={col} {...cellProps(col)} onDoubleClick={() => setEditing({ row: item.index, col })}>
                  {display}
                </td>
              );
            return (
              <tr key={row.student.id} aria-rowindex={item.index + 2} aria-selected={isSelected} data-student-id={row.student.id}>
                <td {...cellProps(0)} className="select-cell">
                  <input
                    type="checkbox"
                    tabIndex={-1}
                    aria-label={t('students.selectStudent', { name: row.fullName })}
                    checked={isSelected}
                    onChange={() => onToggleSelected(row.student.id)}
                  />
                </td>
                {editCell(1, 'leerlingnummer', row.student.leerlingnummer)}
                {editCell(2, 'roepnaam', row.student.roepnaam)}
                {editCell(3, 'tussenvoegsel', row.student.tussenvoegsel)}
                {editCell(4, 'achternaam', (
                  <>
                    {row.student.achternaam} {row.archived && <span className="badge">{t('students.archivedBadge')}</span>}
                  </>
                ))}
                {editCell(5, 'groep', row.groupName)}
                <td {...cellProps(6)}>{row.cohortName}</td>
                <td {...cellProps(7)} className="actions-cell">
                  <Link className="btn btn-small" tabIndex={-1} to={`/leerlingen/${row.student.id}`} aria-label={t('students.openStudent', { name: row.fullName })}>
                    {t('students.open')}
                  </Link>{' '}
                  <button type="button" className="btn btn-small" tabIndex={-1} onClick={() => props.onOpenForm(row)} aria-label={t('students.editStudent', { name: row.fullName })}>
                    {t('common.edit')}
                  </button>
                </td>
              </tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={columnCount} style={{ height: paddingBottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
