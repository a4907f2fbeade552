import { describe, expect, it } from 'vitest';
import { byWorkDate, evidenceFromBeoordelingen, evidenceFromObservations, levelFraction } from '../../../../shared/growth';
import { beoordeling, observatie, point, RUBRIC_V1 } from './helpers';

const VERSIONS = new Map([[RUBRIC_V1.id, RUBRIC_V1]]);

describe('levelFraction', () => {
  it('is 0 at the lowest level and 1 at the highest, evenly between', () => {
    expect([1, 2, 3, 4].map((level) => levelFraction(level, 4))).toEqual([0, 1 / 3, 2 / 3, 1]);
    expect([1, 2, 3].map((level) => levelFraction(level, 3))).toEqual([0, 0.5, 1]);
  });

  it('keeps a level outside its scale on the scale, and counts a one-level scale as reached', () => {
    expect(levelFraction(0, 4)).toBe(0);
    expect(levelFraction(6, 4)).toBe(1);
    expect(levelFraction(1, 1)).toBe(1);
    expect(levelFraction(1, 0)).toBe(1);
  });
});

describe('evidenceFromObservations', () => {
  it('makes one point per observation with a goal and a level, on its own scale', () => {
    const [only, ...rest] = evidenceFromObservations([observatie('o1', { level: 2, scaleSize: 3, date: '2026-10-02', createdAt: 500, note: 'Netjes', opdrachtId: 'op1', assessor: 'peer', evidenceIds: ['b1'] })]);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({
      key: 'o1',
      kind: 'observatie',
      sourceId: 'o1',
      studentId: 's1',
      nodeId: 'et-1',
      recordedNodeId: 'et-1',
      date: '2026-10-02',
      enteredAt: 500,
      level: 2,
      scaleSize: 3,
      fraction: 0.5,
      assessor: 'peer',
      summative: false,
      opdrachtId: 'op1',
      note: 'Netjes',
      evidenceIds: ['b1'],
    });
  });

  it('leaves out general notes, notes without a level and deleted observations', () => {
    const points = evidenceFromObservations([
      observatie('general', { nodeId: null }),
      observatie('no-level', { level: null }),
      observatie('deleted', { deletedAt: 99 }),
      observatie('kept'),
    ]);
    expect(points.map((p) => p.key)).toEqual(['kept']);
  });

  it('files the point under the current goal and keeps the goal it was recorded on', () => {
    const [p] = evidenceFromObservations([observatie('o1', { nodeId: 'old-b3' })], (id) => (id === 'old-b3' ? 'new-b3' : id));
    expect(p).toMatchObject({ nodeId: 'new-b3', recordedNodeId: 'old-b3' });
  });
});

describe('evidenceFromBeoordelingen', () => {
  it('makes one point per scored criterion per goal it assesses, on the rubric version’s scale', () => {
    const points = evidenceFromBeoordelingen([beoordeling('b1')], VERSIONS);
    // c1 (Voldoende) assesses et-1 and et-2; c2 has no goal; c3 is not scored.
    expect(points.map((p) => p.key)).toEqual(['b1:c1:et-1', 'b1:c1:et-2']);
    expect(points[0]).toMatchObject({
      kind: 'beoordeling',
      sourceId: 'b1',
      date: '2026-11-05',
      enteredAt: 200,
      level: 2,
      scaleSize: 3,
      fraction: 0.5,
      assessor: 'examinator',
      assessorName: 'J. de Vries',
      opdrachtId: 'o1',
      note: 'Goed gepland.',
      summative: false,
    });
    // The criterion's comment is the note on each goal it assesses; a criterion without one has none.
    expect(points[1]!.note).toBe('Goed gepland.');
    expect(evidenceFromBeoordelingen([beoordeling('b2', { scores: { c3: 'l3' } })], VERSIONS)[0]!.note).toBe('');
  });

  it('is summative only for an examinator’s beoordeling that delivers a PTA toets result', () => {
    const summative = (overrides: Parameters<typeof beoordeling>[1]) => evidenceFromBeoordelingen([beoordeling('b', overrides)], VERSIONS)[0]!.summative;
    expect(summative({ ptaToetsId: 't1' })).toBe(true);
    expect(summative({ ptaToetsId: 't1', assessor: 'tweede-examinator' })).toBe(true);
    expect(summative({ ptaToetsId: null })).toBe(false);
    expect(summative({ ptaToetsId: 't1', assessor: 'zelf' })).toBe(false);
    expect(summative({ ptaToetsId: 't1', assessor: 'opdrachtgever' })).toBe(false);
  });

  it('skips deleted beoordelingen, unknown rubric versions and level ids the version does not have', () => {
    expect(evidenceFromBeoordelingen([beoordeling('gone', { deletedAt: 5 })], VERSIONS)).toEqual([]);
    expect(evidenceFromBeoordelingen([beoordeling('lost', { rubricVersionId: 'rv-x' })], VERSIONS)).toEqual([]);
    expect(evidenceFromBeoordelingen([beoordeling('odd', { scores: { c1: 'l9', c3: 'l3' } })], VERSIONS).map((p) => p.key)).toEqual(['odd:c3:et-3']);
  });

  it('files criteria linked to a retired version’s eindterm under the current one', () => {
    const [p] = evidenceFromBeoordelingen([beoordeling('b1', { scores: { c3: 'l1' } })], VERSIONS, (id) => (id === 'et-3' ? 'et-3-new' : id));
    expect(p).toMatchObject({ key: 'b1:c3:et-3', nodeId: 'et-3-new', recordedNodeId: 'et-3', level: 1, fraction: 0 });
  });
});

describe('byWorkDate', () => {
  it('orders by work date, then by entry time, then by key, so the order is total', () => {
    const points = [
      point('c', 1, '2026-10-02', { enteredAt: 1 }),
      point('b', 1, '2026-10-01', { enteredAt: 9 }),
      point('a2', 1, '2026-10-01', { enteredAt: 3 }),
      point('a1', 1, '2026-10-01', { enteredAt: 3 }),
    ];
    expect([...points].sort(byWorkDate).map((p) => p.key)).toEqual(['a1', 'a2', 'b', 'c']);
    expect([...points].reverse().sort(byWorkDate).map((p) => p.key)).toEqual(['a1', 'a2', 'b', 'c']);
  });
});
