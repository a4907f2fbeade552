import { describe, expect, it } from 'vitest';
import type { Assessor } from '../../../../shared/domain/beoordeling';
import { levelFraction, type EvidencePoint } from '../../../../shared/growth/evidence';
import { averageFraction, averageLevel, buildHeatmap, sortStudents, type Heatmap } from '../../../../shared/growth/heatmap';
import { DEFAULT_MASTERY_SETTINGS, type MasterySettings } from '../../../../shared/growth/mastery';

let serial = 0;
function point(studentId: string, nodeId: string, level: number, date: string, fields: Partial<EvidencePoint> = {}): EvidencePoint {
  const scaleSize = fields.scaleSize ?? 4;
  serial++;
  return {
    key: `p${serial}`,
    kind: 'observatie',
    sourceId: `p${serial}`,
    studentId,
    nodeId,
    recordedNodeId: nodeId,
    date,
    enteredAt: serial,
    level,
    scaleSize,
    fraction: levelFraction(level, scaleSize),
    assessor: 'examinator' as Assessor,
    assessorName: '',
    summative: false,
    opdrachtId: null,
    ptaToetsId: null,
    note: '',
    evidenceIds: [],
    ...fields,
  };
}

const MOST_RECENT: MasterySettings = { method: { kind: 'most-recent' }, sources: ['examinator'] };

describe('buildHeatmap', () => {
  it('puts each student × goal mastery in its cell, and leaves cells without evidence empty', () => {
    const heatmap = buildHeatmap({
      studentIds: ['ann', 'bo'],
      goalIds: ['A1', 'B2', 'C3'],
      points: [point('ann', 'A1', 2, '2026-09-01'), point('ann', 'A1', 4, '2026-10-01'), point('bo', 'C3', 1, '2026-09-15')],
      settings: MOST_RECENT,
      targetScaleSize: 4,
    });
    expect(heatmap.cells.map((row) => row.map((cell) => cell.mastery?.level ?? null))).toEqual([
      [4, null, null],
      [null, null, 1],
    ]);
    expect(heatmap.evidenceCount).toBe(3);
    expect(heatmap.filledCells).toBe(2);
    expect(heatmap.cells[0]![0]!.mastery).toMatchObject({ count: 2, latestDate: '2026-10-01' });
  });

  it('orders a cell by the date the work was done, not when it was typed in, and lists it newest first', () => {
    // Typed in last but done first: the most recent work is the level-2 observation.
    const late = point('ann', 'A1', 4, '2026-09-01', { enteredAt: 999 });
    const early = point('ann', 'A1', 2, '2026-10-01', { enteredAt: 1 });
    const heatmap = buildHeatmap({ studentIds: ['ann'], goalIds: ['A1'], points: [late, early], settings: MOST_RECENT, targetScaleSize: 4 });
    const cell = heatmap.cells[0]![0]!;
    expect(cell.mastery?.level).toBe(2);
    expect(cell.evidence.map((p) => p.date)).toEqual(['2026-10-01', '2026-09-01']);
  });

  it('ignores evidence of other students and goals, and keeps uncounted sources visible but out of the level', () => {
    const self = point('ann', 'A1', 4, '2026-10-02', { assessor: 'zelf' });
    const heatmap = buildHeatmap({
      studentIds: ['ann'],
      goalIds: ['A1'],
      points: [point('ann', 'A1', 1, '2026-10-01'), self, point('zoe', 'A1', 4, '2026-10-01'), point('ann', 'X9', 4, '2026-10-01')],
      settings: MOST_RECENT,
      targetScaleSize: 4,
    });
    const cell = heatmap.cells[0]![0]!;
    expect(cell.mastery).toMatchObject({ level: 1, count: 1 });
    expect(cell.evidence.map((p) => p.assessor)).toEqual(['zelf', 'examinator']);
    expect(heatmap.evidenceCount).toBe(2);
  });

  it('a cell with only uncounted sources has no level', () => {
    const heatmap = buildHeatmap({ studentIds: ['ann'], goalIds: ['A1'], points: [point('ann', 'A1', 3, '2026-10-01', { assessor: 'peer' })], settings: MOST_RECENT, targetScaleSize: 4 });
    expect(heatmap.cells[0]![0]!.mastery).toBeNull();
    expect(heatmap.filledCells).toBe(0);
  });

  it('says when evidence on a scale of another size was normalised onto the target scale', () => {
    const same = buildHeatmap({ studentIds: ['ann'], goalIds: ['A1'], points: [point('ann', 'A1', 3, '2026-10-01')], settings: MOST_RECENT, targetScaleSize: 4 });
    expect(same.normalised).toBe(false);
    // Level 3 of 3 is the top: level 4 of the school's four.
    const other = buildHeatmap({ studentIds: ['ann'], goalIds: ['A1'], points: [point('ann', 'A1', 3, '2026-10-01', { scaleSize: 3 })], settings: MOST_RECENT, targetScaleSize: 4 });
    expect(other.normalised).toBe(true);
    expect(other.cells[0]![0]!.mastery?.level).toBe(4);
  });

  it('uses the decaying average of the default settings (65/35)', () => {
    // Fractions 0 then 1: 0 × 0.35 + 1 × 0.65 = 0.65 → level round(0.65 × 3) + 1 = 3 of 4.
    const heatmap = buildHeatmap({
      studentIds: ['ann'],
      goalIds: ['A1'],
      points: [point('ann', 'A1', 1, '2026-09-01'), point('ann', 'A1', 4, '2026-10-01')],
      settings: DEFAULT_MASTERY_SETTINGS,
      targetScaleSize: 4,
    });
    expect(heatmap.cells[0]![0]!.mastery?.fraction).toBeCloseTo(0.65);
    expect(heatmap.cells[0]![0]!.mastery?.level).toBe(3);
  });

  it('an empty group or goal list gives an empty matrix, not an error', () => {
    expect(buildHeatmap({ studentIds: [], goalIds: ['A1'], points: [point('ann', 'A1', 1, '2026-10-01')], settings: MOST_RECENT, targetScaleSize: 4 })).toMatchObject({ cells: [], evidenceCount: 0 });
    expect(buildHeatmap({ studentIds: ['ann'], goalIds: [], points: [], settings: MOST_RECENT, targetScaleSize: 4 }).cells).toEqual([[]]);
  });
});

describe('averages', () => {
  it('average over the filled cells only, as a level of the target scale; none without levels', () => {
    const heatmap = buildHeatmap({
      studentIds: ['ann', 'bo'],
      goalIds: ['A1', 'B2', 'C3'],
      points: [point('ann', 'A1', 4, '2026-10-01'), point('ann', 'B2', 2, '2026-10-01')],
      settings: MOST_RECENT,
      targetScaleSize: 4,
    });
    // (1 + 1/3) / 2 = 2/3 → level 3 of 4; the empty C3 does not pull it down.
    expect(averageFraction(heatmap.cells[0]!)).toBeCloseTo(2 / 3);
    expect(averageLevel(heatmap.cells[0]!, 4)).toBe(3);
    expect(averageFraction(heatmap.cells[1]!)).toBeNull();
    expect(averageLevel(heatmap.cells[1]!, 4)).toBeNull();
  });
});

describe('sortStudents', () => {
  const ids = ['s0', 's1', 's2', 's3'];
  const names = ['Visser, Daan', 'Bakker, Emma', 'de Jong, Finn', 'Aydın, Sara'];
  const heatmap: Heatmap = buildHeatmap({
    studentIds: ids,
    goalIds: ['A1', 'B2'],
    points: [
      point('s0', 'A1', 2, '2026-10-01'),
      point('s1', 'A1', 4, '2026-10-01'),
      point('s1', 'B2', 1, '2026-10-01'),
      point('s2', 'B2', 3, '2026-10-01'),
      // s3 has no evidence at all
    ],
    settings: MOST_RECENT,
    targetScaleSize: 4,
  });
  const order = (result: number[]) => result.map((index) => ids[index]);

  it('by name, both directions, Dutch collation', () => {
    expect(order(sortStudents(heatmap, names, { by: 'name' }, 'asc'))).toEqual(['s3', 's1', 's2', 's0']);
    expect(order(sortStudents(heatmap, names, { by: 'name' }, 'desc'))).toEqual(['s0', 's2', 's1', 's3']);
  });

  it("by a goal's mastery: students without a level on it come last in both directions, alphabetically", () => {
    expect(order(sortStudents(heatmap, names, { by: 'goal', goalId: 'A1' }, 'asc'))).toEqual(['s0', 's1', 's3', 's2']);
    expect(order(sortStudents(heatmap, names, { by: 'goal', goalId: 'A1' }, 'desc'))).toEqual(['s1', 's0', 's3', 's2']);
    expect(order(sortStudents(heatmap, names, { by: 'goal', goalId: 'B2' }, 'desc'))).toEqual(['s2', 's1', 's3', 's0']);
  });

  it('by the average mastery, ties by name', () => {
    // s0: 1/3, s1: (1 + 0)/2 = 0.5, s2: 2/3, s3: none.
    expect(order(sortStudents(heatmap, names, { by: 'average' }, 'desc'))).toEqual(['s2', 's1', 's0', 's3']);
    expect(order(sortStudents(heatmap, names, { by: 'average' }, 'asc'))).toEqual(['s0', 's1', 's2', 's3']);
    const tied = buildHeatmap({ studentIds: ids, goalIds: ['A1'], points: ids.map((id) => point(id, 'A1', 2, '2026-10-01')), settings: MOST_RECENT, targetScaleSize: 4 });
    expect(order(sortStudents(tied, names, { by: 'average' }, 'desc'))).toEqual(['s3', 's1', 's2', 's0']);
  });

  it('a goal that is not in the matrix leaves the alphabetical order', () => {
    expect(order(sortStudents(heatmap, names, { by: 'goal', goalId: 'Z9' }, 'asc'))).toEqual(['s3', 's1', 's2', 's0']);
  });
});
