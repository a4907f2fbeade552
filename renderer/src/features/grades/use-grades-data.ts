import { useLiveQuery } from 'dexie-react-hooks';
import type { Cohort } from '../../../../shared/domain/cohort';
import type { Group } from '../../../../shared/domain/group';
import type { Pta } from '../../../../shared/domain/pta';
import type { RubricContent } from '../../../../shared/domain/rubric';
import type { Student } from '../../../../shared/domain/student';
import type { ToetsResultaat } from '../../../../shared/domain/toets-resultaat';
import { rubricGrades } from '../../../../shared/grades/grade-table';
import { listToetsBeoordelingenOf } from '../../db/repositories/beoordelingen';
import { listCohorts } from '../../db/repositories/cohorts';
import { listGroups } from '../../db/repositories/groups';
import { getPtaOfCohort } from '../../db/repositories/pta';
import { listResultsOfStudents } from '../../db/repositories/resultaten';
import { getRubricVersion } from '../../db/repositories/rubrics';
import { listStudentsOfGroup } from '../../db/repositories/students';

export interface GradesData {
  cohorts: Cohort[];
  cohort: Cohort | null;
  groups: Group[];
  group: Group | null;
  pta: Pta | null;
  students: Student[];
  results: ToetsResultaat[];
  /** attemptKey → the examinator's rubric cijfer (see shared/grades/grade-table.ts). */
  rubricGrades: Map<string, number | null>;
}

/** The chosen cohort's PTA, one group's students, their results and rubric cijfers, live. */
export function useGradesData(cohortId: string | null, groupId: string | null): GradesData | undefined {
  return useLiveQuery(async () => {
    const [cohorts, allGroups] = await Promise.all([listCohorts(), listGroups()]);
    const live = cohorts.filter((cohort) => cohort.archivedAt == null);
    const cohort = live.find((candidate) => candidate.id === cohortId) ?? live[0] ?? null;
    const groups = cohort ? allGroups.filter((group) => group.cohortId === cohort.id) : [];
    const group = groups.find((candidate) => candidate.id === groupId) ?? groups[0] ?? null;
    const pta = cohort ? ((await getPtaOfCohort(cohort.id)) ?? null) : null;
    if (!pta || !group) return { cohorts: live, cohort, groups, group, pta, students: [], results: [], rubricGrades: new Map() };
    // Only this group's rows, by index: the school may hold a thousand students.
    const members = (await listStudentsOfGroup(group.id)).filter((student) => student.archivedAt == null);
    const memberIds = members.map((student) => student.id);
    const [results, mine] = await Promise.all([listResultsOfStudents(memberIds, pta.id), listToetsBeoordelingenOf(memberIds, pta.toetsen.map((toets) => toets.id))]);
    const versionIds = [...new Set(mine.map((b) => b.rubricVersionId))];
    const versions = new Map<string, RubricContent>();
    for (const version of await Promise.all(versionIds.map((id) => getRubricVersion(id)))) if (version) versions.set(version.id, version);
    return {
      cohorts: live,
      cohort,
      groups,
      group,
      pta,
      students: members,
      results,
      rubricGrades: rubricGrades(mine, versions),
    };
  }, [cohortId, groupId]);
}
