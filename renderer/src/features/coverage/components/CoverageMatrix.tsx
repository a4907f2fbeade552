import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { FrameworkNode } from '../../../../../shared/domain/framework';
import type { CoverageState } from '../../../../../shared/growth/coverage';
import type { CoverageCounts, CoverageMatrixRow, MatrixStudent } from '../../../../../shared/growth/coverage-matrix';

const ROW_HEIGHT = 36;
const STATES: readonly CoverageState[] = ['niet-gezien', 'formatief', 'afgesloten'];

interface CoverageMatrixProps {
  rows: readonly CoverageMatrixRow<MatrixStudent>[];
  eindtermen: readonly FrameworkNode[];
  /** Per eindterm, over the rows shown. */
  columns: readonly CoverageCounts[];
  /** The eindterm the filter asks about, highlighted. */
  highlightId: string | null;
  onOpenCell: (row: CoverageMatrixRow<MatrixStudent>, column: number) => void;
}

/** Column 0 is the student's name (a link to the student page); 1…n are the eindtermen. */
interface Position {
  row: number;
  col: number;
}

/**
 * Students × eindtermen: each cell the coverage state as a colour and a symbol, named for screen
 * readers ("Aylin Öztürk, B3: Formatief gezien"). Rows are virtualised (TanStack Virtual): a
 * cohort of 200 students × 60 eindtermen draws only the rows in view. One tab stop; arrow keys,
 * Page Up/Down, Home/End move; Enter opens the evidence behind a cell or the student's page.
 */
export const CoverageMatrix = memo(function CoverageMatrix({ rows, eindtermen, columns, highlightId, onOpenCell }: CoverageMatrixProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);
  const [active, setActive] = useState<Position>({ row: 0, col: 1 });
  // Looked up once per render, not per cell: a screen has well over a thousand cells.
  const labels = useMemo(
    () => Object.fromEntries(STATES.map((state) => [state, { name: t(`growth.coverage.${state}`), symbol: t(`coverageMatrix.symbol.${state}`) }])) as Record<CoverageState, { name: string; symbol: string }>,
    [t],
  );
  const columnCount = eindtermen.length + 1;
  const safe: Position | null = rows.length === 0 ? null : { row: Math.min(active.row, rows.length - 1), col: Math.min(active.col, columnCount - 1) };

  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });

  useEffect(() => {
    if (!focusPending.current || !safe) return;
    const cell = scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${safe.row}:${safe.col}"]`);
    if (cell) {
      focusPending.current = false;
      cell.focus();
    }
  });

  const moveTo = (position: Position) => {
    const next = { row: Math.max(0, Math.min(rows.length - 1, position.row)), col: Math.max(0, Math.min(columnCount - 1, position.col)) };
    setActive(next);
    focusPending.current = true;
    virtualizer.scrollToIndex(next.row, { align: 'auto' });
  };

  const open = (position: Position) => {
    const row = rows[position.row];
    if (!row) return;
    if (position.col === 0) navigate(`/leerlingen/${row.student.id}`);
    else onOpenCell(row, position.col - 1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (!safe) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const { row, col } = safe;
    const moves: Record<string, Position> = {
      ArrowDown: { row: row + 1, col },
      ArrowUp: { row: row - 1, col },
      ArrowRight: { row, col: col + 1 },
      ArrowLeft: { row, col: col - 1 },
      PageDown: { row: row + page, col },
      PageUp: { row: row - page, col },
      Home: event.ctrlKey ? { row: 0, col } : { row, col: 0 },
      End: event.ctrlKey ? { row: rows.length - 1, col } : { row, col: columnCount - 1 },
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      moveTo(move);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(safe);
    }
  };

  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const span = columnCount + 2;

  return (
    <div className="table-frame">
      <div className="table-scroll cov-scroll" ref={scrollRef}>
        <table className="data cov-table" role="grid" data-rows={rows.length} aria-label={t('coverageMatrix.matrix.label')} aria-rowcount={rows.length + 2} aria-colcount={span}>
          <colgroup>
            <col className="cov-col-name" />
            <col className="cov-col-group" />
            <col className="cov-col-count" />
            {eindtermen.map((node) => (
              <col key={node.id} className="cov-col-term" />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col" className="cov-name">
                {t('coverageMatrix.matrix.student')}
              </th>
              <th scope="col">{t('coverageMatrix.matrix.group')}</th>
              <th scope="col">{t('coverageMatrix.matrix.closed')}</th>
              {eindtermen.map((node) => (
                <th key={node.id} scope="col" className={`cov-term${node.id === highlightId ? ' cov-highlight' : ''}`} title={`${node.code} ${node.text}`}>
                  {node.code}
                </th>
              ))}
            </tr>
            <tr aria-rowindex={2} className="cov-column-counts">
              <th scope="row" className="cov-name" colSpan={3}>
                {t('coverageMatrix.matrix.closed')}
              </th>
              {columns.map((counts, index) => {
                const node = eindtermen[index]!;
                return (
                  <td key={node.id} className={node.id === highlightId ? 'cov-highlight' : undefined} aria-label={t('coverageMatrix.matrix.columnCountLabel', { code: node.code, closed: counts.afgesloten, total: counts.total, notSeen: counts['niet-gezien'] })}>
                    {counts.afgesloten}/{counts.total}
                  </td>
                );
              })}
            </tr>
          </thead>
          <tbody onKeyDown={onKeyDown}>
            {paddingTop > 0 && (
              <tr aria-hidden="true">
                <td colSpan={span} style={{ height: paddingTop, padding: 0, border: 0 }} />
              </tr>
            )}
            {items.map((item) => {
              const row = rows[item.index]!;
              const name = row.student.name;
              const isRowActive = safe?.row === item.index;
              return (
                <tr key={row.student.id} aria-rowindex={item.index + 3} data-student-id={row.student.id}>
                  <th
                    scope="row"
                    className="cov-name"
                    data-cell={`${item.index}:0`}
                    tabIndex={isRowActive && safe.col === 0 ? 0 : -1}
                    onFocus={() => setActive({ row: item.index, col: 0 })}
                  >
                    <a href={`#/leerlingen/${row.student.id}`} tabIndex={-1}>
                      {name}
                    </a>
                  </th>
                  <td>{row.student.groupName}</td>
                  <td aria-label={t('coverageMatrix.matrix.rowCountLabel', { closed: row.counts.afgesloten, total: row.counts.total, notSeen: row.counts['niet-gezien'] })}>
                    {t('coverageMatrix.matrix.rowCount', { closed: row.counts.afgesloten, total: row.counts.total })}
                  </td>
                  {row.entries.map((entry, index) => {
                    const col = index + 1;
                    const label = labels[entry.state];
                    const node = eindtermen[index]!;
                    return (
                      <td
                        key={entry.nodeId}
                        role="gridcell"
                        className={`cov-cell cov-${entry.state}${node.id === highlightId ? ' cov-highlight' : ''}`}
                        data-cell={`${item.index}:${col}`}
                        data-state={entry.state}
                        tabIndex={isRowActive && safe.col === col ? 0 : -1}
                        aria-label={`${name}, ${node.code}: ${label.name}`}
                        title={`${node.code}: ${label.name}`}
                        onFocus={() => setActive({ row: item.index, col })}
                        onClick={() => {
                          setActive({ row: item.index, col });
                          onOpenCell(row, index);
                        }}
                      >
                        {label.symbol}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            {paddingBottom > 0 && (
              <tr aria-hidden="true">
                <td colSpan={span} style={{ height: paddingBottom, padding: 0, border: 0 }} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
});
