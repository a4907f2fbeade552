import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkNode, TextStatus } from '../../../../../shared/domain/framework';

interface FrameworkTreeProps {
  nodes: FrameworkNode[];
  /** When filtering: the nodes to show (matches and their ancestors); null shows everything. */
  visibleIds: ReadonlySet<string> | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
  label: string;
}

interface Row {
  node: FrameworkNode;
  depth: number;
  hasChildren: boolean;
  position: number;
  setSize: number;
}

function childrenByParent(nodes: readonly FrameworkNode[]): Map<string | null, FrameworkNode[]> {
  const map = new Map<string | null, FrameworkNode[]>();
  for (const node of nodes) map.set(node.parentId, [...(map.get(node.parentId) ?? []), node]);
  for (const list of map.values()) list.sort((a, b) => a.order - b.order);
  return map;
}

/** Every row is two lines high (a longer text is clamped), so the list can be virtualised. */
const ROW_HEIGHT = 46;

/**
 * The framework as an ARIA tree, rendered flat (aria-level, aria-posinset) and virtualised, so
 * a framework of hundreds of eindtermen opens at once: arrows move, Right/Left open and close,
 * Home/End jump. Nodes without text are shown as "nog in te vullen", never as official text.
 */
export function FrameworkTree({ nodes, visibleIds, selectedId, onSelect, label }: FrameworkTreeProps) {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const listRef = useRef<HTMLUListElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const children = useMemo(() => childrenByParent(nodes), [nodes]);

  const rows = useMemo(() => {
    const result: Row[] = [];
    const walk = (parentId: string | null, depth: number) => {
      const siblings = (children.get(parentId) ?? []).filter((node) => !visibleIds || visibleIds.has(node.id));
      siblings.forEach((node, index) => {
        const hasChildren = (children.get(node.id)?.length ?? 0) > 0;
        result.push({ node, depth, hasChildren, position: index + 1, setSize: siblings.length });
        // While filtering everything that matches is shown, whatever was collapsed.
        if (hasChildren && (visibleIds || !collapsed.has(node.id))) walk(node.id, depth + 1);
      });
    };
    walk(null, 0);
    return result;
  }, [children, collapsed, visibleIds]);

  const activeId = rows.some((row) => row.node.id === selectedId) ? selectedId : (rows[0]?.node.id ?? null);
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => {
    if (!pendingFocus.current) return;
    // The row may only exist after the virtualiser has scrolled to it: try again next render.
    const row = listRef.current?.querySelector<HTMLElement>(`[data-node-id="${pendingFocus.current}"]`);
    if (!row) return;
    row.focus();
    pendingFocus.current = null;
  });

  const toggle = (id: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    const row = rows[target];
    if (!row) return;
    pendingFocus.current = row.node.id;
    virtualizer.scrollToIndex(target, { align: 'auto' });
    onSelect(row.node.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const index = rows.findIndex((row) => row.node.id === activeId);
    const row = rows[index];
    if (!row) return;
    const expanded = row.hasChildren && (visibleIds !== null || !collapsed.has(row.node.id));
    const handled = () => event.preventDefault();
    switch (event.key) {
      case 'ArrowDown':
        handled();
        return focusRow(index + 1);
      case 'ArrowUp':
        handled();
        return focusRow(index - 1);
      case 'Home':
        handled();
        return focusRow(0);
      case 'End':
        handled();
        return focusRow(rows.length - 1);
      case 'ArrowRight':
        handled();
        if (row.hasChildren && !expanded) return toggle(row.node.id);
        if (expanded) return focusRow(index + 1);
        return;
      case 'ArrowLeft': {
        handled();
        if (expanded && !visibleIds) return toggle(row.node.id);
        const parentIndex = rows.findIndex((candidate) => candidate.node.id === row.node.parentId);
        if (parentIndex >= 0) focusRow(parentIndex);
        return;
      }
    }
  };

  if (rows.length === 0) return <p className="muted">{t('frameworks.tree.empty')}</p>;
  // Looked up once per render, not once per row: a framework can have hundreds of nodes.
  const statusLabel: Record<TextStatus, string> = {
    official: t('frameworks.textStatus.official'),
    school: t('frameworks.textStatus.school'),
    placeholder: t('frameworks.textStatus.placeholder'),
  };

  const items = virtualizer.getVirtualItems();
  return (
    <div ref={scrollRef} className="framework-tree-scroll">
      <ul
        ref={listRef}
        role="tree"
        aria-label={label}
        className="framework-tree"
        data-rows={rows.length}
        onKeyDown={onKeyDown}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const row = rows[item.index]!;
          const expanded = row.hasChildren ? visibleIds !== null || !collapsed.has(row.node.id) : undefined;
          const selected = row.node.id === selectedId;
          return (
            <li
              key={row.node.id}
              role="treeitem"
              aria-level={row.depth + 1}
              aria-posinset={row.position}
              aria-setsize={row.setSize}
              aria-expanded={expanded}
              aria-selected={selected}
              tabIndex={row.node.id === activeId ? 0 : -1}
              data-node-id={row.node.id}
              data-index={item.index}
              className={`tree-row type-${row.node.type}`}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT, paddingLeft: 8 + row.depth * 22 }}
              onClick={() => onSelect(row.node.id)}
            >
              <span
                className="tree-toggle"
                aria-hidden="true"
                onClick={(event) => {
                  event.stopPropagation();
                  if (row.hasChildren) toggle(row.node.id);
                }}
              >
                {row.hasChildren ? (expanded ? '▾' : '▸') : ''}
              </span>
              <span className="tree-code">{row.node.code}</span>
              <span className="tree-text">{row.node.text || <em className="muted">{statusLabel.placeholder}</em>}</span>
              {row.node.textStatus !== 'official' && (
                <span className={`badge text-status text-status-${row.node.textStatus}`}>{statusLabel[row.node.textStatus]}</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
