import type { Beoordeling } from '../../../../shared/domain/beoordeling';
import type { Cohort } from '../../../../shared/domain/cohort';
import type { FrameworkNode } from '../../../../shared/domain/framework';
import type { Group } from '../../../../shared/domain/group';
import type { Observatie } from '../../../../shared/domain/observatie';
import type { IsoDate, Opdracht, Team } from '../../../../shared/domain/opdracht';
import type { Pta } from '../../../../shared/domain/pta';
import { isLive } from '../../../../shared/domain/record';
import type { SchoolYear } from '../../../../shared/domain/school-year';
import type { Student } from '../../../../shared/domain/student';
import { closuresFromResults, type Closure, type CoverageMarksByStudent } from '../../../../shared/growth';
import { gapCohortsOf, gradingCandidates } from '../../../../shared/growth/dashboard';
import { schoolYearOfDate } from '../../../../shared/opdrachten/dates';
import { db } from '../db';
import { readWhereAnyOf } from '../read-many';
import { readCoverageMarks } from './coverage-marks';
import { getFrameworkNodes } from './frameworks';
import { listRecentObservaties } from './observaties';
import { readProgrammeEindtermen } from './programme';

/**
 * The reads behind the home dashboard, each by index and only what its card shows, so the
 * screen stays fast on a school of 1,000 students: the opdrachten of this school year (not the
 * archive), the beoordelingen of those opdrachten only, the students of their groups only.
 */

/** For "Deze week" and "Wacht op beoordeling". */
export interface DashboardPlanRows {
  opdrachten: Opdracht[];
  ptas: Pta[];
  teams: Team[];
  /** The examinator's beoordelingen of the opdrachten that may wait for grading. */
  beoordelingen: Beoordeling[];
  groups: Group[];
  /** Current (not archived) students of those opdrachten's groups, by group. */
  studentIdsByGroup: Map<string, string[]>;
}

export async function readDashboardPlan(today: IsoDate): Promise<DashboardPlanRows> {
  const schoolYear = schoolYearOfDate(today);
  const [opdrachten, ptas, groups] = await Promise.all([
    db.opdrachten.where('schoolYear').equals(schoolYear).filter((opdracht) => isLive(opdracht) && !opdracht.isTemplate).toArray(),
    db.ptas.toArray().then((rows) => rows.filter(isLive)),
    db.groups.toArray().then((rows) => rows.filter(isLive)),
  ]);
  // Beoordelingen, teams and students only of the opdrachten that may wait for grading.
  const candidates = gradingCandidates(opdrachten, today).map(({ opdracht }) => opdracht);
  const opdrachtIds = candidates.map((opdracht) => opdracht.id);
  const groupIds = [...new Set(candidates.flatMap((opdracht) => opdracht.groupIds))];
  const [teams, beoordelingen, students] = await Promise.all([
    readWhereAnyOf(db.teams, 'opdrachtId', opdrachtIds),
    readWhereAnyOf(db.beoordelingen, 'opdrachtId', opdrachtIds),
    readWhereAnyOf(db.students, 'groupId', groupIds),
  ]);
  const studentIdsByGroup = new Map<string, string[]>();
  for (const student of students) {
    if (!isLive(student) || student.archivedAt != null) continue;
    const list = studentIdsByGroup.get(student.groupId);
    if (list) list.push(student.id);
    else studentIdsByGroup.set(student.groupId, [student.id]);
  }
  return {
    opdrachten,
    ptas,
    teams: teams.filter(isLive),
    beoordelingen: beoordelingen.filter((b) => isLive(b) && b.assessor === 'examinator'),
    groups,
    studentIdsByGroup,
  };
}

/** For "Recente observaties": the latest ones entered, with their students and goals. */
export interface RecentObservatieRows {
  observaties: Observatie[];
  students: Map<string, Student>;
  nodes: Map<string, FrameworkNode>;
}

export async function readRecentObservaties(limit: number): Promise<RecentObservatieRows> {
  const observaties = await listRecentObservaties(limit);
  const [students, nodes] = await Promise.all([
    db.students.bulkGet([...new Set(observaties.map((o) => o.studentId))]),
    getFrameworkNodes([...new Set(observaties.flatMap((o) => (o.nodeId ? [o.nodeId] : [])))]),
  ]);
  return {
    observaties,
    students: new Map(students.filter((s): s is Student => s !== undefined).map((s) => [s.id, s])),
    nodes: new Map(nodes.map((node) => [node.id, node])),
  };
}

/**
 * For "Leerlingen met gaten": the cohorts in their exam year, their eindtermen, students and
 * what their evidence says per goal (readCoverageMarks: tallies, not 40,000 observations).
 */
export interface DashboardGapRows {
  cohorts: { cohort: Cohort; eindtermIds: string[]; students: Student[] }[];
  marks: CoverageMarksByStudent;
  closures: Closure[];
}

export async function readDashboardGaps(schoolYear: SchoolYear): Promise<DashboardGapRows> {
  const cohorts = gapCohortsOf(await db.cohorts.toArray(), schoolYear);
  const cohortIds = cohorts.map((cohort) => cohort.id);
  const [programmes, groups, ptas] = await Promise.all([
    Promise.all(cohortIds.map((id) => readProgrammeEindtermen(id))),
    readWhereAnyOf(db.groups, 'cohortId', cohortIds),
    readWhereAnyOf(db.ptas, 'cohortId', cohortIds),
  ]);
  const liveGroups = groups.filter(isLive);
  const students = (await readWhereAnyOf(db.students, 'groupId', liveGroups.map((group) => group.id))).filter((s) => isLive(s) && s.archivedAt == null);
  const livePtas = ptas.filter(isLive);
  const [marks, resultLists] = await Promise.all([
    readCoverageMarks(students.map((student) => student.id)),
    Promise.all(livePtas.map((pta) => db.resultaten.where('ptaId').equals(pta.id).toArray())),
  ]);
  const closures = livePtas.flatMap((pta, index) => closuresFromResults(pta, resultLists[index]!));
  const cohortOfGroup = new Map(liveGroups.map((group) => [group.id, group.cohortId]));
  return {
    cohorts: cohorts.map((cohort, index) => ({
      cohort,
      eindtermIds: (programmes[index]?.eindtermen ?? []).map((node) => node.id),
      students: students.filter((student) => cohortOfGroup.get(student.groupId) === cohort.id),
    })),
    marks,
    closures,
  };
}
