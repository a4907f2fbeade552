import { describe, expect, it } from 'vitest';
import type { FrameworkNode } from '../../../../shared/domain/framework';
import { generateLargeFramework } from '../../../../shared/demo/generate-framework';
import { importSlo } from '../../../../shared/frameworks/import-slo';
import { buildFrameworkTree, filterFrameworkNodes, filterFrameworkNodesWithMatches, nodesInTreeOrder, type FrameworkTreeNode } from '../../../../shared/frameworks/tree';
import { fixtureBytes } from '../../../fixtures/read-fixture';
import { store } from './helpers';

function node(id: string, parentId: string | null, order: number, code = id, text = `Tekst ${id}`): FrameworkNode {
  return { id, parentId, order, code, text, frameworkId: 'f', type: 'eindterm', textStatus: 'school', createdAt: 0, updatedAt: 0 };
}

function outline(tree: readonly FrameworkTreeNode[]): string[] {
  return tree.flatMap((item) => [`${'  '.repeat(item.depth)}${item.node.code}`, ...outline(item.children)]);
}

describe('buildFrameworkTree', () => {
  it('nests children under their parents, ordered by order whatever the input order', () => {
    const nodes = [node('b1', 'b', 1), node('a', null, 0), node('b', null, 1), node('b0', 'b', 0), node('a0', 'a', 0), node('a0x', 'a0', 0)];
    expect(outline(buildFrameworkTree(nodes))).toEqual(['a', '  a0', '    a0x', 'b', '  b0', '  b1']);
  });

  it('orders equal orders by code, numerically ("A2" before "A10")', () => {
    const nodes = [node('x10', null, 0, 'A10'), node('x2', null, 0, 'A2')];
    expect(outline(buildFrameworkTree(nodes))).toEqual(['A2', 'A10']);
  });

  it('leaves out deleted nodes and shows nodes with a missing parent at top level', () => {
    const nodes = [node('a', null, 0), { ...node('b', null, 1), deletedAt: 5 }, node('b0', 'b', 0), node('c', 'gone', 2)];
    expect(outline(buildFrameworkTree(nodes))).toEqual(['a', 'b0', 'c']);
  });

  it('does not loop on a parent cycle in stored data', () => {
    const nodes = [node('a', null, 0), node('x', 'y', 0), node('y', 'x', 0), node('s', 's', 1)];
    expect(outline(buildFrameworkTree(nodes))).toEqual(['a', 's']);
  });

  it('gives the SLO fixture in reading order', () => {
    const { nodes } = store(importSlo(fixtureBytes('frameworks/slo-sample.json')));
    const shuffled = [...nodes].reverse();
    const ordered = nodesInTreeOrder(shuffled).map((item) => item.code);
    expect(ordered).toEqual(nodes.map((item) => item.code));
    const tree = buildFrameworkTree(shuffled);
    expect(tree.map((item) => item.node.code)).toEqual(['PREAMBULE', 'IT/1', 'IT/2', 'IT/3', 'IT/4', 'IT/5', 'IT/6', 'IT/7']);
    expect(tree[0]!.children[0]!.children).toHaveLength(8);
  });
});

describe('filterFrameworkNodes', () => {
  const { nodes } = store(importSlo(fixtureBytes('frameworks/slo-sample.json')));

  it('returns the matches with their ancestors, accent-insensitively', () => {
    const result = filterFrameworkNodesWithMatches(nodes, 'orientatie');
    const codes = result.nodes.map((item) => item.code);
    expect(codes).toContain('IT/1'); // "Oriëntatie op leren en werken"
    expect(result.matchIds.has(nodes.find((item) => item.code === 'IT/1')!.id)).toBe(true);
  });

  it('finds by code and keeps the path to the root', () => {
    const result = filterFrameworkNodesWithMatches(nodes, 'preambule/2/2.3');
    expect(result.nodes.map((item) => item.code)).toEqual(['PREAMBULE', 'PREAMBULE/2', 'PREAMBULE/2/2.3']);
    expect([...result.matchIds]).toEqual([nodes.find((item) => item.code === 'PREAMBULE/2/2.3')!.id]);
  });

  it('needs every word of the query, in code or text', () => {
    expect(filterFrameworkNodes(nodes, 'IT/2 samenwerken').map((item) => item.code)).toEqual(['IT/2', 'IT/2/7']);
    expect(filterFrameworkNodes(nodes, 'samenwerken zwemmen')).toEqual([]);
  });

  it('shows everything and highlights nothing for an empty query, and skips deleted nodes', () => {
    const withDeleted = nodes.map((item) => (item.code === 'IT/7' ? { ...item, deletedAt: 1 } : item));
    expect(filterFrameworkNodes(withDeleted, '  ')).toHaveLength(86);
    expect(filterFrameworkNodesWithMatches(withDeleted, '').matchIds.size).toBe(0);
  });

  it('filters a framework of 500 eindtermen: each match once, ancestors included, input order kept', () => {
    const big = store(generateLargeFramework(500)).nodes;
    expect(big.filter((item) => item.type === 'eindterm')).toHaveLength(500);
    const result = filterFrameworkNodesWithMatches(big, 'opdrachtgever');
    const matches = big.filter((item) => item.text.toLowerCase().includes('opdrachtgever'));
    expect(matches.length).toBeGreaterThan(20);
    expect(result.matchIds.size).toBe(matches.length);
    const visible = new Set(result.nodes.map((item) => item.id));
    for (const match of matches) expect(visible.has(match.parentId ?? match.id)).toBe(true);
    expect(result.nodes).toEqual(big.filter((item) => visible.has(item.id)));
    expect(new Set(result.nodes.map((item) => item.id)).size).toBe(result.nodes.length);
  });
});
