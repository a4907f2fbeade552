import { describe, expect, it } from 'vitest';
import type { Closure } from '../../../../shared/growth/coverage';
import { buildCoverageMatrix, columnCounts, filterCoverageRows, NO_COVERAGE_FILTER, type MatrixStudent } from '../../../../shared/growth/coverage-matrix';
import type { EvidencePoint } from '../../../../shared/growth/evidence';

function point(studentId: string, nodeId: string, options: Partial<EvidencePoint> = {}): EvidencePoint {
  const key = `${studentId}-${nodeId}-${options.date ?? '2026-10-01'}-${options.summative ? 's' : 'f'}`;
  return {
    key,
    kind: 'observatie',
    sourceId: key,
    studentId,
    nodeId,
    recordedNodeId: nodeId,
    date: '2026-10-01',
    enteredAt: 0,
    level: 2,
    scaleSize: 4,
    fraction: 1 / 3,
    assessor: 'examinator',
    assessorName: '',
    summative: false,
    opdrachtId: null,
    ptaToetsId: null,
    note: '',
    evidenceIds: [],
    ...options,
  };
}

const students: MatrixStudent[] = [
  { id: 's1', name: 'Aylin Öztürk', groupId: 'g1', groupName: '4T-A' },
  { id: 's2', name: 'Daan de Vries', groupId: 'g1', groupName: '4T-A' },
  // Moved from 4T-A to 4T-B: one row, with the group the student is in now.
  { id: 's3', name: 'Zoë Bakker', groupId: 'g2', groupName: '4T-B' },
];
const eindtermIds = ['A1', 'B3', 'C2'];
const closure: Closure = { studentId: 's2', toetsId: 't1', toetsCode: '411', toetsName: 'Praktijk', nodeIds: ['B3', 'C2'] };

const rows = buildCoverageMatrix({
  students,
  eindtermIds,
  points: [
    point('s1', 'A1'),
    point('s1', 'B3', { summative: true, kind: 'beoordeling' }),
    point('s2', 'A1'),
    point('s2', 'A1', { date: '2026-09-01' }),
    // Evidence of a student outside the cohort, and on a goal that is no column: ignored.
    point('s9', 'A1'),
    point('s3', 'X9'),
  ],
  closures: [closure, { ...closure, studentId: 's9' }],
});

describe('buildCoverageMatrix', () => {
  it('gives every student one row with a state per eindterm, in column order', () => {
    expect(rows.map((row) => row.student.id)).toEqual(['s1', 's2', 's3']);
    expect(rows.map((row) => row.entries.map((entry) => entry.state))).toEqual([
      ['formatief', 'afgesloten', 'niet-gezien'],
      ['formatief', 'afgesloten', 'afgesloten'],
      ['niet-gezien', 'niet-gezien', 'niet-gezien'],
    ]);
  });

  it('keeps the evidence and closures behind a cell, oldest work first', () => {
    const a1 = rows[1]!.entries[0]!;
    expect(a1.evidence.map((p) => p.date)).toEqual(['2026-09-01', '2026-10-01']);
    expect(rows[1]!.entries[1]!.closures).toEqual([closure]);
    expect(rows[0]!.entries[1]!.closures).toEqual([]);
  });

  it('counts each row per state', () => {
    expect(rows[0]!.counts).toEqual({ 'niet-gezien': 1, formatief: 1, afgesloten: 1, total: 3 });
    expect(rows[1]!.counts).toEqual({ 'niet-gezien': 0, formatief: 1, afgesloten: 2, total: 3 });
    expect(rows[2]!.counts).toEqual({ 'niet-gezien': 3, formatief: 0, afgesloten: 0, total: 3 });
  });

  it('counts each column over the rows given', () => {
    expect(columnCounts(rows, 3)).toEqual([
      { 'niet-gezien': 1, formatief: 2, afgesloten: 0, total: 3 },
      { 'niet-gezien': 1, formatief: 0, afgesloten: 2, total: 3 },
      { 'niet-gezien': 2, formatief: 0, afgesloten: 1, total: 3 },
    ]);
    expect(columnCounts(rows.slice(2), 3)[1]).toEqual({ 'niet-gezien': 1, formatief: 0, afgesloten: 0, total: 1 });
  });

  it('has zero counts, not NaN, for a programme without eindtermen', () => {
    const empty = buildCoverageMatrix({ students, eindtermIds: [], points: [], closures: [] });
    expect(empty[0]!.counts).toEqual({ 'niet-gezien': 0, formatief: 0, afgesloten: 0, total: 0 });
    expect(columnCounts(empty, 0)).toEqual([]);
  });
});

describe('filterCoverageRows', () => {
  const ids = (list: typeof rows) => list.map((row) => row.student.id);

  it('keeps everyone without a filter', () => {
    expect(ids(filterCoverageRows(rows, eindtermIds, NO_COVERAGE_FILTER))).toEqual(['s1', 's2', 's3']);
  });

  it('"wie mist nog A1": not closed includes formative and never seen; never seen only the latter', () => {
    expect(ids(filterCoverageRows(rows, eindtermIds, { ...NO_COVERAGE_FILTER, nodeId: 'A1', condition: 'niet-afgesloten' }))).toEqual(['s1', 's2', 's3']);
    expect(ids(filterCoverageRows(rows, eindtermIds, { ...NO_COVERAGE_FILTER, nodeId: 'A1', condition: 'niet-gezien' }))).toEqual(['s3']);
    expect(ids(filterCoverageRows(rows, eindtermIds, { ...NO_COVERAGE_FILTER, nodeId: 'C2', condition: 'niet-afgesloten' }))).toEqual(['s1', 's3']);
  });

  it('keeps nobody for an eindterm that is not in the programme', () => {
    expect(filterCoverageRows(rows, eindtermIds, { ...NO_COVERAGE_FILTER, nodeId: 'Q7' })).toEqual([]);
  });

  it('searches names without case or diacritics, every word must match', () => {
    expect(ids(filterCoverageRows(rows, eindtermIds, { ...NO_COVERAGE_FILTER, search: 'ozturk' }))).toEqual(['s1']);
    expect(ids(filterCoverageRows(rows, eindtermIds, { ...NO_COVERAGE_FILTER, search: ' ZOE  bak ' }))).toEqual(['s3']);
    expect(ids(filterCoverageRows(rows, eindtermIds, { ...NO_COVERAGE_FILTER, search: 'daan bakker' }))).toEqual([]);
  });

  it('filters on the current group and combines with the eindterm question', () => {
    expect(ids(filterCoverageRows(rows, eindtermIds, { ...NO_COVERAGE_FILTER, groupId: 'g1' }))).toEqual(['s1', 's2']);
    expect(ids(filterCoverageRows(rows, eindtermIds, { ...NO_COVERAGE_FILTER, groupId: 'g1', nodeId: 'C2' }))).toEqual(['s1']);
    expect(ids(filterCoverageRows(rows, eindtermIds, { ...NO_COVERAGE_FILTER, groupId: 'g2', nodeId: 'B3', condition: 'niet-gezien' }))).toEqual(['s3']);
  });
});
