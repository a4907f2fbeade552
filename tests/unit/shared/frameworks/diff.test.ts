import { describe, expect, it } from 'vitest';
import type { FrameworkDraft, FrameworkNodeDraft } from '../../../../shared/domain/framework';
import { diffFrameworks } from '../../../../shared/frameworks/diff';
import { importCase } from '../../../../shared/frameworks/import-case';
import { importFrameworkCsv } from '../../../../shared/frameworks/import-csv';
import { importSlo } from '../../../../shared/frameworks/import-slo';
import { fixtureBytes, textBytes } from '../../../fixtures/read-fixture';
import { store } from './helpers';

function edit(draft: FrameworkDraft, change: (nodes: FrameworkNodeDraft[]) => FrameworkNodeDraft[]): FrameworkDraft {
  return { ...draft, nodes: change(draft.nodes.map((node) => ({ ...node }))) };
}

describe('diffFrameworks', () => {
  const slo = importSlo(fixtureBytes('frameworks/slo-sample.json'));
  const { nodes: stored } = store(slo);

  it('finds nothing changed when the same file is imported again', () => {
    const diff = diffFrameworks(stored, slo);
    expect(diff).toMatchObject({ added: [], removed: [], changed: [], unchangedCount: 87 });
    expect(diff.matches.size).toBe(87);
  });

  it('matches by sourceId, so a renumbered eindterm is changed, not removed and added', () => {
    const next = edit(slo, (nodes) => nodes.map((node) => (node.code === 'IT/2/7' ? { ...node, code: 'IT/2/7a', text: 'De kandidaat kan samenwerken.' } : node)));
    const diff = diffFrameworks(stored, next);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]!.before.code).toBe('IT/2/7');
    expect(diff.changed[0]!.after.code).toBe('IT/2/7a');
    expect(diff.changed[0]!.fields).toEqual(['code', 'text']);
    expect(diff.unchangedCount).toBe(86);
  });

  it('reports added and removed nodes, and a node that moved to another parent or changed type', () => {
    const it1 = slo.nodes.find((node) => node.code === 'IT/1')!;
    const next = edit(slo, (nodes) => [
      ...nodes
        .filter((node) => node.code !== 'IT/7/32')
        .map((node) => (node.code === 'IT/3/17' ? { ...node, parentKey: it1.key } : node.code === 'IT/3/18' ? { ...node, type: 'subitem' as const } : node)),
      { key: 'new', parentKey: it1.key, type: 'eindterm', code: 'IT/1/33', text: 'Nieuw', textStatus: 'official', order: 2, sourceId: 'new-uuid' },
    ]);
    const diff = diffFrameworks(stored, next);
    expect(diff.added.map((node) => node.code)).toEqual(['IT/1/33']);
    expect(diff.removed.map((node) => node.code)).toEqual(['IT/7/32']);
    expect(diff.changed.map((change) => [change.before.code, change.fields])).toEqual([
      ['IT/3/17', ['parent']],
      ['IT/3/18', ['type']],
    ]);
    expect(diff.unchangedCount).toBe(84);
  });

  it('falls back to codes when the new version has no source ids (a CSV)', () => {
    const kader = importCase(fixtureBytes('frameworks/kader-case.json'));
    const { nodes } = store(kader);
    const csv = importFrameworkCsv(
      textBytes(
        'code;omschrijving;bovenliggende code;type\nA;Praktijkgerichte opdrachten;;domein\nA1;De leerling voert een praktijkgerichte opdracht uit voor een externe opdrachtgever.;A;eindterm\nB;Programmaoverstijgende vaardigheden;;domein\nB1;Samenwerken in een team.;B;eindterm\n',
      ),
    );
    const diff = diffFrameworks(nodes, csv);
    expect(diff.unchangedCount).toBe(3);
    expect(diff.changed.map((change) => [change.before.code, change.fields])).toEqual([['B1', ['text']]]);
    expect(diff.removed.map((node) => node.code)).toEqual(['A2', 'B2', 'B3', 'B4', 'B5', 'C', 'C1']);
    expect(diff.added).toEqual([]);
  });

  it('counts a node under a new parent as moved', () => {
    const next = importFrameworkCsv(textBytes('code;omschrijving;bovenliggende code\nX;Nieuw domein;\nA1;Een;X\n'));
    const old = store(importFrameworkCsv(textBytes('code;omschrijving;bovenliggende code\nA;Domein;\nA1;Een;A\n'))).nodes;
    const diff = diffFrameworks(old, next);
    expect(diff.added.map((node) => node.code)).toEqual(['X']);
    expect(diff.changed.map((change) => [change.before.code, change.fields])).toEqual([['A1', ['parent']]]);
  });

  it('ignores deleted stored nodes', () => {
    const withDeleted = stored.map((node) => (node.code === 'IT/7/32' ? { ...node, deletedAt: 1 } : node));
    const diff = diffFrameworks(withDeleted, slo);
    expect(diff.added.map((node) => node.code)).toEqual(['IT/7/32']);
    expect(diff.removed).toEqual([]);
  });
});
