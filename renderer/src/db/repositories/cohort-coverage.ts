import type { Cohort } from '../../../../shared/domain/cohort';
import type { Framework, FrameworkNode } from '../../../../shared/domain/framework';
import type { Group } from '../../../../shared/domain/group';
import type { Pta } from '../../../../shared/domain/pta';
import { isLive } from '../../../../shared/domain/record';
import type { Student } from '../../../../shared/domain/student';
import { closuresFromResults, type Closure, type CoverageMarksByStudent } from '../../../../shared/growth';
import { listCohorts } from './cohorts';
import { hasAnyEvidence, readCoverageMarks } from './coverage-marks';
import { listGroups } from './groups';
import { readProgrammeEindtermen } from './programme';
import { getPtaOfCohort } from './pta';
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
  /** What each student's evidence says per eindterm (the evidence behind a cell: readEvidenceOf). */
  marks: CoverageMarksByStudent;
  /** Whether the students have any evidence at all, on any goal. */
  hasEvidence: boolean;
  closures: Closure[];
}

/**
 * The chosen cohort (default: the first active one), its programme's eindtermen, its students
 * with what their evidence says per eindterm, and the PTA results that close eindtermen. Only
 * the cohort's rows are read, by index: the school may hold a thousand students; and not the
 * observations themselves but the students' tallies of them (readCoverageMarks).
 */
export async function readCohortCoverage(cohortId: string | null): Promise<CohortCoverageData> {
  const [cohorts, allGroups] = await Promise.all([listCohorts(), listGroups()]);
  const live = cohorts.filter((cohort) => cohort.archivedAt == null);
  const cohort = live.find((candidate) => candidate.id === cohortId) ?? live[0] ?? null;
  const empty: CohortCoverageData = { cohorts: live, cohort, framework: null, eindtermen: [], groups: [], students: [], pta: null, marks: new Map(), hasEvidence: false, closures: [] };
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
  // Without eindtermen there are no columns: the screen explains that, and the evidence is not
  // read for nothing.
  if (eindtermen.length === 0 || ids.length === 0) return found;
  // The PTA's results in one read (its index), not one per student; those of students who left
  // the cohort do not count.
  const idSet = new Set(ids);
  const [marks, resultaten] = await Promise.all([
    readCoverageMarks(ids),
    pta ? db.resultaten.where('ptaId').equals(pta.id).toArray() : Promise.resolve([]),
  ]);
  return { ...found, marks, hasEvidence: hasAnyEvidence(marks), closures: pta ? closuresFromResults(pta, resultaten.filter((result) => idSet.has(result.studentId))) : [] };
}
