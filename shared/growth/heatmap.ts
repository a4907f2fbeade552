import { byWorkDate, type EvidencePoint } from './evidence';
import { fractionToLevel, masteryOf, type Mastery, type MasterySettings } from './mastery';

/**
 * The class heatmap: a group's students × a framework's goals, each cell the student's mastery
 * of that goal (or null: nothing that counts yet), with the evidence behind it. Pure, so the
 * screen only reads rows and draws.
 */
export interface HeatmapCell {
  mastery: Mastery | null;
  /** Every piece of evidence of this student on this goal, newest work first, whatever its source. */
  evidence: EvidencePoint[];
}

export interface Heatmap {
  studentIds: readonly string[];
  goalIds: readonly string[];
  /** cells[student][goal], in the order of studentIds and goalIds. */
  cells: HeatmapCell[][];
  /** Some counted evidence was on a scale with another number of levels than the target scale. */
  normalised: boolean;
  /** Pieces of evidence in the matrix, counted or not. */
  evidenceCount: number;
  /** Cells that have a mastery level. */
  filledCells: number;
}

export interface HeatmapInput {
  studentIds: readonly string[];
  goalIds: readonly string[];
  /** Evidence of any students and goals; points outside the matrix are ignored. */
  points: readonly EvidencePoint[];
  settings: MasterySettings;
  /** Levels of the scale mastery is shown on (the school's observation scale). */
  targetScaleSize: number;
}

const newestFirst = (a: EvidencePoint, b: EvidencePoint) => byWorkDate(b, a);

export function buildHeatmap({ studentIds, goalIds, points, settings, targetScaleSize }: HeatmapInput): Heatmap {
  const studentIndex = new Map(studentIds.map((id, index) => [id, index]));
  const goalIndex = new Map(goalIds.map((id, index) => [id, index]));
  const buckets: EvidencePoint[][][] = studentIds.map(() => goalIds.map(() => []));
  let evidenceCount = 0;
  for (const point of points) {
    const row = studentIndex.get(point.studentId);
    const column = goalIndex.get(point.nodeId);
    if (row === undefined || column === undefined) continue;
    buckets[row]![column]!.push(point);
    evidenceCount++;
  }
  let normalised = false;
  let filledCells = 0;
  const cells = buckets.map((row) =>
    row.map((evidence): HeatmapCell => {
      const mastery = masteryOf(evidence, settings, targetScaleSize);
      if (mastery) {
        filledCells++;
        if (mastery.normalised) normalised = true;
      }
      return { mastery, evidence: evidence.sort(newestFirst) };
    }),
  );
  return { studentIds, goalIds, cells, normalised, evidenceCount, filledCells };
}

/** The mean mastery fraction of a student's filled cells; null when no cell has a level. */
export function averageFraction(row: readonly HeatmapCell[]): number | null {
  let sum = 0;
  let count = 0;
  for (const cell of row) {
    if (!cell.mastery) continue;
    sum += cell.mastery.fraction;
    count++;
  }
  return count === 0 ? null : sum / count;
}

/** The average as a level of the target scale, like a cell's level; null without any level. */
export function averageLevel(row: readonly HeatmapCell[], targetScaleSize: number): number | null {
  const fraction = averageFraction(row);
  return fraction === null ? null : fractionToLevel(fraction, targetScaleSize);
}

export type HeatmapSortKey = { by: 'name' } | { by: 'average' } | { by: 'goal'; goalId: string };
export type SortDirection = 'asc' | 'desc';

/**
 * The order to show the students in, as indices into heatmap.studentIds. `names` are sortable
 * names in the same order. Students without a level on the sort key come last in both
 * directions (nothing to compare is not "lowest"); ties keep alphabetical order.
 */
export function sortStudents(heatmap: Heatmap, names: readonly string[], key: HeatmapSortKey, direction: SortDirection): number[] {
  const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
  const byName = (a: number, b: number) => collator.compare(names[a] ?? '', names[b] ?? '') || a - b;
  const indices = heatmap.studentIds.map((_, index) => index);
  const sign = direction === 'asc' ? 1 : -1;
  if (key.by === 'name') return indices.sort((a, b) => sign * byName(a, b));

  let value: (row: number) => number | null;
  if (key.by === 'average') {
    const averages = heatmap.cells.map(averageFraction);
    value = (row) => averages[row] ?? null;
  } else {
    const column = heatmap.goalIds.indexOf(key.goalId);
    value = (row) => (column < 0 ? null : (heatmap.cells[row]![column]!.mastery?.fraction ?? null));
  }
  return indices.sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) return va === vb ? byName(a, b) : va === null ? 1 : -1;
    return sign * (va - vb) || byName(a, b);
  });
}
