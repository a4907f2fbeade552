import { searchKey } from '../domain/student';
import { coverageOf, coverageStatesOf, type Closure, type CoverageEntry, type CoverageMarks, type CoverageState } from './coverage';
import type { EvidencePoint } from './evidence';

/** A student as a row of the cohort coverage matrix: shown once, with the current group. */
export interface MatrixStudent {
  id: string;
  /** "Daniël van der Berg", as shown. */
  name: string;
  groupId: string;
  groupName: string;
}

/** How many cells are in each state, out of `total`. */
export interface CoverageCounts {
  'niet-gezien': number;
  formatief: number;
  afgesloten: number;
  total: number;
}

/** One cell of the matrix: an eindterm and the student's state on it. */
export interface CoverageCell {
  nodeId: string;
  state: CoverageState;
}

export interface CoverageMatrixRow<S extends MatrixStudent = MatrixStudent, E extends CoverageCell = CoverageCell> {
  student: S;
  /** One entry per eindterm, in the order of the matrix's columns (from points: with the evidence and closures). */
  entries: E[];
  counts: CoverageCounts;
  /** The name, lower case and without diacritics, for the text search. */
  searchText: string;
}

export interface CoverageMatrixInput<S extends MatrixStudent> {
  students: readonly S[];
  /** The programme's eindtermen in tree order: the columns. */
  eindtermIds: readonly string[];
  /** Evidence of these students (points of other students are ignored). */
  points: readonly EvidencePoint[];
  /** PTA results that close eindtermen (closuresFromResults). */
  closures: readonly Closure[];
}

export interface CoverageMarksMatrixInput<S extends MatrixStudent> {
  students: readonly S[];
  eindtermIds: readonly string[];
  /** What the students' evidence says per goal, by student id (others are ignored). */
  marks: ReadonlyMap<string, CoverageMarks>;
  closures: readonly Closure[];
}

export function emptyCounts(total = 0): CoverageCounts {
  return { 'niet-gezien': 0, formatief: 0, afgesloten: 0, total };
}

function groupByStudent<T extends { studentId: string }>(items: readonly T[]): Map<string, T[]> {
  const byStudent = new Map<string, T[]>();
  for (const item of items) {
    const list = byStudent.get(item.studentId);
    if (list) list.push(item);
    else byStudent.set(item.studentId, [item]);
  }
  return byStudent;
}

/**
 * One row per student with the coverage state of every eindterm and the row's counts. The
 * evidence and closures are split per student first, so the work grows with the number of
 * points, not students × points.
 */
export function buildCoverageMatrix<S extends MatrixStudent>(input: CoverageMatrixInput<S>): CoverageMatrixRow<S, CoverageEntry>[] {
  const pointsOf = groupByStudent(input.points);
  const closuresOf = groupByStudent(input.closures);
  return input.students.map((student) => rowOf(student, coverageOf(input.eindtermIds, pointsOf.get(student.id) ?? [], closuresOf.get(student.id) ?? [])));
}

/**
 * The same rows with the states only, from the students' marks (coverageStatesOf): what the
 * Dekking screen shows. The evidence behind a cell is read when the teacher opens it.
 */
export function buildCoverageMatrixFromMarks<S extends MatrixStudent>(input: CoverageMarksMatrixInput<S>): CoverageMatrixRow<S>[] {
  const closuresOf = groupByStudent(input.closures);
  return input.students.map((student) => {
    const states = coverageStatesOf(input.eindtermIds, input.marks.get(student.id), closuresOf.get(student.id) ?? []);
    return rowOf(student, states.map((state, index) => ({ nodeId: input.eindtermIds[index]!, state })));
  });
}

function rowOf<S extends MatrixStudent, E extends CoverageCell>(student: S, entries: E[]): CoverageMatrixRow<S, E> {
  const counts = emptyCounts(entries.length);
  for (const entry of entries) counts[entry.state]++;
  return { student, entries, counts, searchText: searchKey(student.name) };
}

/** Per column (eindterm), how many of the given rows are in each state. */
export function columnCounts(rows: readonly CoverageMatrixRow[], columns: number): CoverageCounts[] {
  const counts = Array.from({ length: columns }, () => emptyCounts(rows.length));
  for (const row of rows) row.entries.forEach((entry, column) => counts[column]![entry.state]++);
  return counts;
}

/** "wie mist nog B3?": never seen, or seen but not closed by summative work (never seen included). */
export type MissingCondition = 'niet-gezien' | 'niet-afgesloten';

export interface CoverageFilter {
  /** The eindterm asked about; null = no eindterm filter. */
  nodeId: string | null;
  condition: MissingCondition;
  /** Part of the student's name (case and diacritics ignored). */
  search: string;
  /** Only students whose current group this is; null = all groups of the cohort. */
  groupId: string | null;
}

export const NO_COVERAGE_FILTER: CoverageFilter = { nodeId: null, condition: 'niet-afgesloten', search: '', groupId: null };

export function isMissing(state: CoverageState, condition: MissingCondition): boolean {
  return condition === 'niet-gezien' ? state === 'niet-gezien' : state !== 'afgesloten';
}

/**
 * The rows the filter keeps, in their order. An eindterm that is not a column (e.g. from an
 * old link) keeps nobody, rather than silently ignoring the question.
 */
export function filterCoverageRows<R extends CoverageMatrixRow>(rows: readonly R[], eindtermIds: readonly string[], filter: CoverageFilter): R[] {
  const column = filter.nodeId == null ? -1 : eindtermIds.indexOf(filter.nodeId);
  if (filter.nodeId != null && column < 0) return [];
  const words = searchKey(filter.search).split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      (filter.groupId == null || row.student.groupId === filter.groupId) &&
      (column < 0 || isMissing(row.entries[column]!.state, filter.condition)) &&
      words.every((word) => row.searchText.includes(word)),
  );
}
