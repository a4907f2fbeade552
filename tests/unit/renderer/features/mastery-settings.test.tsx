import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/db';
import { saveMasterySettings } from '../../../../renderer/src/db/repositories/mastery-settings';
import { draftOf, exampleSettingsOf, settingsOfDraft, withExaminator } from '../../../../renderer/src/features/frameworks/mastery-draft';
import { examplePoints, workedExample } from '../../../../renderer/src/features/frameworks/mastery-example';
import { useMasterySettings } from '../../../../renderer/src/hooks/use-mastery-settings';
import { useNodeResolver } from '../../../../renderer/src/hooks/use-node-resolver';
import { DEFAULT_MASTERY_SETTINGS, type MasterySettings } from '../../../../shared/growth';
import { framework, node } from '../../shared/growth/helpers';

describe('the mastery settings form', () => {
  it('starts from the stored settings, with the default parameter of the other methods', () => {
    expect(draftOf(DEFAULT_MASTERY_SETTINGS)).toEqual({ kind: 'decaying-average', weight: '65', n: '3', sources: ['examinator', 'tweede-examinator'] });
    expect(draftOf({ method: { kind: 'mean-last-n', n: 5 }, sources: ['zelf'] })).toEqual({ kind: 'mean-last-n', weight: '65', n: '5', sources: ['examinator', 'zelf'] });
  });

  it('turns whole percentages and whole n into settings, always with the examinator', () => {
    expect(settingsOfDraft({ kind: 'decaying-average', weight: '40', n: '3', sources: ['peer'] })).toEqual({
      ok: true,
      settings: { method: { kind: 'decaying-average', newestWeight: 0.4 }, sources: ['examinator', 'peer'] },
    });
    expect(settingsOfDraft({ kind: 'mean-last-n', weight: 'x', n: ' 4 ', sources: [] })).toEqual({ ok: true, settings: { method: { kind: 'mean-last-n', n: 4 }, sources: ['examinator'] } });
    // The parameter of a method that is not chosen does not matter.
    expect(settingsOfDraft({ kind: 'highest', weight: '', n: '0', sources: [] }).ok).toBe(true);
  });

  it('refuses a weight that is not a whole number from 1 to 99, and an n that is not a whole number of 1 or more', () => {
    for (const weight of ['0', '100', '', '65,5', '6.5', '-5', 'abc']) {
      expect(settingsOfDraft({ kind: 'decaying-average', weight, n: '3', sources: [] }), weight).toEqual({ ok: false, problems: ['newestWeight'] });
    }
    for (const n of ['0', '', '2.5', '2,5', '-1', '1e2']) {
      expect(settingsOfDraft({ kind: 'mean-last-n', weight: '65', n, sources: [] }), n).toEqual({ ok: false, problems: ['n'] });
    }
  });

  it('puts the sources in the order they are offered', () => {
    expect(withExaminator(['opdrachtgever', 'zelf'])).toEqual(['examinator', 'zelf', 'opdrachtgever']);
  });

  it('lets the example keep the saved parameter while the typed one is invalid', () => {
    const saved: MasterySettings = { method: { kind: 'mean-last-n', n: 4 }, sources: ['examinator'] };
    expect(exampleSettingsOf({ kind: 'mean-last-n', weight: '65', n: '0', sources: [] }, saved).method).toEqual({ kind: 'mean-last-n', n: 4 });
    expect(exampleSettingsOf({ kind: 'decaying-average', weight: '', n: '3', sources: [] }, saved).method).toEqual({ kind: 'decaying-average', newestWeight: 0.65 });
  });
});

describe('the worked example', () => {
  it('works out every method on the example student, counting only the chosen sources', () => {
    const { rows, results } = workedExample(DEFAULT_MASTERY_SETTINGS, 4);
    expect(rows.map((row) => [row.point.assessor, row.point.level, row.counted])).toEqual([
      ['examinator', 1, true],
      ['zelf', 3, false],
      ['examinator', 1, true],
      ['opdrachtgever', 4, false],
      ['examinator', 4, true],
      ['examinator', 3, true],
    ]);
    const position = Object.fromEntries(results.map((r) => [r.kind, r.position]));
    expect(position['most-recent']).toBe(3);
    expect(position.highest).toBe(4);
    expect(position.mean).toBeCloseTo(2.25, 10);
    // Canvas's 65/35: 3 × 0.65 + mean(1, 1, 4) × 0.35.
    expect(position['decaying-average']).toBeCloseTo(2.65, 10);
    expect(position['mean-last-n']).toBeCloseTo(8 / 3, 10);
  });

  it('follows the sources and the parameter the teacher chose', () => {
    const everyone = workedExample({ method: { kind: 'mean-last-n', n: 2 }, sources: ['examinator', 'zelf', 'opdrachtgever'] }, 4);
    expect(everyone.rows.every((row) => row.counted)).toBe(true);
    expect(everyone.results.find((r) => r.kind === 'mean-last-n')!.position).toBeCloseTo(3.5, 10);
    expect(everyone.results.find((r) => r.kind === 'mean')!.mastery!.count).toBe(6);
  });

  it('is put on the school’s own scale (3 levels), never off the scale', () => {
    expect(examplePoints(3).map((p) => p.level)).toEqual([1, 2, 1, 3, 3, 2]);
    for (const { position } of workedExample(DEFAULT_MASTERY_SETTINGS, 3).results) {
      expect(position).toBeGreaterThanOrEqual(1);
      expect(position).toBeLessThanOrEqual(3);
    }
  });
});

describe('useMasterySettings', () => {
  it('gives the default while loading and for a lineage without settings, then the stored ones, live', async () => {
    const { result } = renderHook(() => useMasterySettings('lin-zw'));
    expect(result.current).toEqual(DEFAULT_MASTERY_SETTINGS);
    await saveMasterySettings('lin-zw', { method: { kind: 'highest' }, sources: ['examinator'] });
    await waitFor(() => expect(result.current).toEqual({ method: { kind: 'highest' }, sources: ['examinator'] }));
  });
});

describe('useNodeResolver', () => {
  it('is undefined while loading, then maps a retired version’s goals, and keeps its identity when nothing relevant changes', async () => {
    await db.frameworks.bulkPut([framework('v1', { status: 'retired' }), framework('v2', { createdAt: 2 })]);
    await db.frameworkNodes.bulkPut([node('old', 'v1', 'B3'), node('new', 'v2', 'B3')]);
    const { result } = renderHook(() => useNodeResolver());
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current).toBeDefined());
    const first = result.current!;
    expect(first('old')).toBe('new');
    expect(first('other')).toBe('other');
    // Editing a node's text re-runs the query but maps the same: the same function comes back.
    await db.frameworkNodes.update('new', { text: 'Andere tekst' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current).toBe(first);
    // When the current version loses the matching goal, the evidence goes back to the goal it was recorded on.
    await db.frameworkNodes.update('new', { deletedAt: 9 });
    await waitFor(() => expect(result.current!('old')).toBe('old'));
  });
});
