import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditEntry } from '../../../../shared/domain/audit';
import type { Bewijs } from '../../../../shared/domain/bewijs';
import type { Cohort } from '../../../../shared/domain/cohort';
import type { FrameworkNode } from '../../../../shared/domain/framework';
import type { Group } from '../../../../shared/domain/group';
import type { Observatie } from '../../../../shared/domain/observatie';
import type { Opdracht } from '../../../../shared/domain/opdracht';
import type { Pta } from '../../../../shared/domain/pta';
import type { RubricContent } from '../../../../shared/domain/rubric';
import type { Student } from '../../../../shared/domain/student';
import type { ToetsResultaat } from '../../../../shared/domain/toets-resultaat';
import { rubricGrades } from '../../../../shared/grades/grade-table';
import { listAuditOfStudent } from '../../db/repositories/audit';
import { listBeoordelingenOfStudent } from '../../db/repositories/beoordelingen';
import { listCohorts } from '../../db/repositories/cohorts';
import { getFrameworkNodes } from '../../db/repositories/frameworks';
import { listGroups } from '../../db/repositories/groups';
import { listBewijsOfStudent, listObservatiesOfStudent } from '../../db/repositories/observaties';
import { listOpdrachten } from '../../db/repositories/opdrachten';
import { getPtaOfCohort } from '../../db/repositories/pta';
import { listResultsOfStudent } from '../../db/repositories/resultaten';
import { getRubricVersion } from '../../db/repositories/rubrics';
import { getStudent } from '../../db/repositories/students';

export interface StudentPageData {
  student: Student;
  group: Group | null;
  cohort: Cohort | null;
  pta: Pta | null;
  results: ToetsResultaat[];
  /** attemptKey → the examinator's rubric cijfer. */
  rubricGrades: Map<string, number | null>;
  observaties: Observatie[];
  bewijs: Bewijs[];
  audit: AuditEntry[];
  nodes: Map<string, FrameworkNode>;
  opdrachten: Map<string, Opdracht>;
}

/** Everything one student's page shows, live; null when the student does not exist. */
export function useStudentPage(studentId: string): StudentPageData | null | undefined {
  return useLiveQuery(async () => {
    const student = await getStudent(studentId);
    if (!student) return null;
    const [groups, cohorts, results, beoordelingen, observaties, bewijs, audit, opdrachten] = await Promise.all([
      listGroups(),
      listCohorts(),
      listResultsOfStudent(studentId),
      listBeoordelingenOfStudent(studentId),
      listObservatiesOfStudent(studentId),
      listBewijsOfStudent(studentId),
      listAuditOfStudent(studentId),
      listOpdrachten(),
    ]);
    const group = groups.find((candidate) => candidate.id === student.groupId) ?? null;
    const cohort = group ? (cohorts.find((candidate) => candidate.id === group.cohortId) ?? null) : null;
    const pta = cohort ? ((await getPtaOfCohort(cohort.id)) ?? null) : null;
    const toetsIds = new Set(pta?.toetsen.map((toets) => toets.id) ?? []);
    const forPta = beoordelingen.filter((b) => b.ptaToetsId != null && toetsIds.has(b.ptaToetsId));
    const versions = new Map<string, RubricContent>();
    for (const version of await Promise.all([...new Set(forPta.map((b) => b.rubricVersionId))].map((id) => getRubricVersion(id)))) if (version) versions.set(version.id, version);
    const nodeIds = [...new Set(observaties.map((o) => o.nodeId).filter((id): id is string => id !== null))];
    const nodes = new Map((await getFrameworkNodes(nodeIds)).map((node) => [node.id, node]));
    return {
      student,
      group,
      cohort,
      pta,
      results: pta ? results.filter((result) => result.ptaId === pta.id) : [],
      rubricGrades: rubricGrades(forPta, versions),
      // Newest work first: the page reads like a logbook.
      observaties: [...observaties].reverse(),
      bewijs,
      audit,
      nodes,
      opdrachten: new Map(opdrachten.map((opdracht) => [opdracht.id, opdracht])),
    };
  }, [studentId]);
}
