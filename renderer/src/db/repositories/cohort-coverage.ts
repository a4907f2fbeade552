import type { Cohort } from '../../../../shared/domain/cohort';
import type { Framework, FrameworkNode } from '../../../../shared/domain/framework';
import type { Group } from '../../../../shared/domain/group';
import type { Pta } from '../../../../shared/domain/pta';
import { isLive } from '../../../../shared/domain/record';
import type { Student } from '../../../../shared/domain/student';
import { closuresFromResults, type Closure, type EvidencePoint } from '../../../../shared/growth';
import { listCohorts } from './cohorts';
import { readEvidenceRows, evidencePointsOf } from './evidence';
import { listGroups } from './groups';
import { readProgrammeEindtermen } from './programme';
import { getPtaOfCohort } from './pta';
import { listResultsOfStudents } from './resultaten';
import { db } from '../db';
import { readWhereAnyOf } from '../read-many';

/** Everything the cohort coverage matrix shows, read for one cohort. */
export interface CohortCoverageData {
  /** Active (unarchived) cohorts, newest first, for the cohort choice. */
  cohorts: Cohort[];
  cohort: Cohort | null;
  framework: Framework | null;
  eindtermen: FrameworkNode[];
  groups: Group[];
  /** Live, unarchived students whose current group is in the cohort: each once. */
  students: Student[];
  pta: Pta | null;
  points: EvidencePoint[];
  closures: Closure[];
}

/**
 * The chosen cohort (default: the first active one), its programme's eindtermen, its students
 * with their evidence and the PTA results that close eindtermen. Only the cohort's rows are read,
 * by index: the school may hold a thousand students.
 */
export async function readCohortCoverage(cohortId: string | null): Promise<CohortCoverageData> {
  const [cohorts, allGroups] = await Promise.all([listCohorts(), listGroups()]);
  const live = cohorts.filter((cohort) => cohort.archivedAt == null);
  const cohort = live.find((candidate) => candidate.id === cohortId) ?? live[0] ?? null;
  const empty: CohortCoverageData = { cohorts: live, cohort, framework: null, eindtermen: [], groups: [], students: [], pta: null, points: [], closures: [] };
  if (!cohort) return empty;
  const groups = allGroups.filter((group) => group.cohortId === cohort.id);
  const [programme, pta, members] = await Promise.all([
    readProgrammeEindtermen(cohort.id),
    getPtaOfCohort(cohort.id),
    readWhereAnyOf(db.students, 'groupId', groups.map((group) => group.id)),
  ]);
  // A student has one current group, so a student who moved between groups of the cohort is read once.
  const students = members.filter((student) => isLive(student) && student.archivedAt == null);
  const ids = students.map((student) => student.id);
  const framework = programme?.framework ?? null;
  const eindtermen = programme?.eindtermen ?? [];
  const found = { ...empty, framework, eindtermen, groups, students, pta: pta ?? null };
  // Without eindtermen there are no columns: the screen explains that, and the evidence (the
  // bulk of the work: a cohort of 200 may have 20,000 observations) is not read for nothing.
  if (eindtermen.length === 0 || ids.length === 0) return found;
  const [rows, resultaten] = await Promise.all([readEvidenceRows(ids), pta ? listResultsOfStudents(ids, pta.id) : Promise.resolve([])]);
  return { ...found, points: evidencePointsOf(rows), closures: pta ? closuresFromResults(pta, resultaten) : [] };
}
