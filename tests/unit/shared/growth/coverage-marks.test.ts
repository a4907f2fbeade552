import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../../shared/demo/random';
import type { Assessor } from '../../../../shared/domain/beoordeling';
import type { Observatie } from '../../../../shared/domain/observatie';
import {
  addPointMarks,
  coverageOf,
  coverageStatesOf,
  evidenceFromBeoordelingen,
  evidenceFromObservations,
  marksFromPoints,
  marksOfStudent,
  type Closure,
  type CoverageMarksByStudent,
} from '../../../../shared/growth';
import { buildCoverageMatrix, buildCoverageMatrixFromMarks, type MatrixStudent } from '../../../../shared/growth/coverage-matrix';
import { rankStudentsWithGaps } from '../../../../shared/growth/dashboard';
import { tallyObservations } from '../../../../shared/growth/observation-tally';
import { beoordeling, observatie, RUBRIC_V1 } from './helpers';

/**
 * The Dekking screen and the dashboard no longer hold every evidence point: they build the states
 * from marks (observation tallies plus the beoordelingen's points). These tests hold the marks
 * path to the evidence-point path it replaces: the same state in every cell.
 */

describe('observation tallies', () => {
  it('count live observations with a goal and a level, per student and goal', () => {
    const rows = tallyObservations([
      observatie('o1'),
      observatie('o2'),
      observatie('o3', { nodeId: 'et-2' }),
      observatie('o4', { studentId: 's2' }),
      observatie('o5', { nodeId: null }),
      observatie('o6', { level: null }),
      observatie('o7', { deletedAt: 1 }),
    ]);
    expect(rows).toEqual([
      { studentId: 's1', counts: { 'et-1': 2, 'et-2': 1 } },
      { studentId: 's2', counts: { 'et-1': 1 } },
    ]);
  });
});

describe('coverage from marks', () => {
  const closures: Closure[] = [{ studentId: 's1', toetsId: 't1', toetsCode: '311', toetsName: 'PO', nodeIds: ['et-4'] }];

  it('gives the states coverageOf gives', () => {
    const points = [
      ...evidenceFromObservations([observatie('o1'), observatie('o2', { nodeId: 'et-5', level: null })]),
      ...evidenceFromBeoordelingen([beoordeling('b1', { ptaToetsId: 'toets-1', scores: { c1: 'l1', c2: null, c3: 'l3' } })], new Map([['rv1', RUBRIC_V1]])),
    ];
    const nodeIds = ['et-1', 'et-2', 'et-3', 'et-4', 'et-5', 'et-6'];
    const states = coverageStatesOf(nodeIds, marksFromPoints(points).get('s1'), closures);
    expect(states).toEqual(coverageOf(nodeIds, points, closures).map((entry) => entry.state));
    expect(states).toEqual(['afgesloten', 'afgesloten', 'afgesloten', 'afgesloten', 'niet-gezien', 'niet-gezien']);
    expect(coverageStatesOf(nodeIds, undefined, [])).toEqual(nodeIds.map(() => 'niet-gezien'));
  });

  it('agrees with the evidence points cell by cell on a generated class (tallies + beoordelingen)', () => {
    const random = createRandom(20261204);
    const students = Array.from({ length: 30 }, (_, index) => `s${index}`);
    const goals = ['et-1', 'et-2', 'et-3', 'et-4', 'et-5', 'skill-1'];
    const assessors: Assessor[] = ['examinator', 'tweede-examinator', 'zelf', 'peer', 'opdrachtgever'];
    const observaties: Observatie[] = Array.from({ length: 400 }, (_, index) =>
      observatie(`o${index}`, {
        studentId: random.pick(students),
        nodeId: random.next() < 0.1 ? null : random.pick(goals),
        level: random.next() < 0.1 ? null : 1 + random.int(4),
        deletedAt: random.next() < 0.1 ? 1 : null,
      }),
    );
    const levels = [null, 'l1', 'l2', 'l3', 'gone'];
    const beoordelingen = Array.from({ length: 60 }, (_, index) =>
      beoordeling(`b${index}`, {
        studentId: random.pick(students),
        rubricVersionId: random.next() < 0.1 ? 'missing-version' : 'rv1',
        scores: { c1: random.pick(levels), c2: random.pick(levels), c3: random.pick(levels) },
        assessor: random.pick(assessors),
        ptaToetsId: random.next() < 0.5 ? 'toets-1' : null,
        deletedAt: random.next() < 0.1 ? 1 : null,
      }),
    );
    const versions = new Map([['rv1', RUBRIC_V1]]);
    const results: Closure[] = students.filter(() => random.next() < 0.3).map((studentId) => ({ studentId, toetsId: 't1', toetsCode: '311', toetsName: 'PO', nodeIds: [random.pick(goals)] }));
    const points = [...evidenceFromObservations(observaties), ...evidenceFromBeoordelingen(beoordelingen, versions)];

    // As the database gives them: tallies of the observations, then the beoordelingen's points.
    const marks: CoverageMarksByStudent = new Map();
    for (const tally of tallyObservations(observaties)) for (const nodeId of Object.keys(tally.counts)) marksOfStudent(marks, tally.studentId).seen.add(nodeId);
    addPointMarks(marks, evidenceFromBeoordelingen(beoordelingen, versions));
    expect(marks).toEqual(marksFromPoints(points));

    const matrixStudents: MatrixStudent[] = students.map((id) => ({ id, name: id, groupId: 'g1', groupName: '4T-A' }));
    const eindtermIds = goals.slice(0, 5);
    const fromPoints = buildCoverageMatrix({ students: matrixStudents, eindtermIds, points, closures: results });
    const fromMarks = buildCoverageMatrixFromMarks({ students: matrixStudents, eindtermIds, marks, closures: results });
    expect(fromMarks.map((row) => row.entries)).toEqual(fromPoints.map((row) => row.entries.map(({ nodeId, state }) => ({ nodeId, state }))));
    expect(fromMarks.map((row) => row.counts)).toEqual(fromPoints.map((row) => row.counts));
    // All three states occur, so the comparison means something.
    expect(new Set(fromMarks.flatMap((row) => row.entries.map((entry) => entry.state)))).toEqual(new Set(['niet-gezien', 'formatief', 'afgesloten']));

    const cohorts = [{ cohortId: 'c1', eindtermIds, students: students.map((id) => ({ id, name: id })) }];
    expect(rankStudentsWithGaps(cohorts, marks, results, 10)).toEqual(rankStudentsWithGaps(cohorts, points, results, 10));
  });
});
