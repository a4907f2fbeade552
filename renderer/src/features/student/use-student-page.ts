import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditEntry } from '../../../../shared/domain/audit';
import type { Bewijs } from '../../../../shared/domain/bewijs';
import type { Cohort } from '../../../../shared/domain/cohort';
import type { FrameworkNode } from '../../../../shared/domain/framework';
import type { Group } from '../../../../shared/domain/group';
import type { Observatie } from '../../../../shared/domain/observatie';
import type { Opdracht } from '../../../../shared/domain/opdracht';
import type { Pta } from '../../../../shared/domain/pta';
import type { Student } from '../../../../shared/domain/student';
import type { ToetsResultaat } from '../../../../shared/domain/toets-resultaat';
import { rubricGrades } from '../../../../shared/grades/grade-table';
import { readStudentPageRows } from '../../db/repositories/student-page';

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
  /** The goals and opdrachten the observations refer to. */
  nodes: Map<string, FrameworkNode>;
  opdrachten: Map<string, Opdracht>;
}

/** Everything one student's page shows besides growth and coverage, live; null when the student does not exist. */
export function useStudentPage(studentId: string): StudentPageData | null | undefined {
  return useLiveQuery(async () => {
    const rows = await readStudentPageRows(studentId);
    if (!rows) return null;
    const { student, group, cohort, pta } = rows;
    const toetsIds = new Set(pta?.toetsen.map((toets) => toets.id) ?? []);
    const forPta = rows.beoordelingen.filter((b) => b.ptaToetsId != null && toetsIds.has(b.ptaToetsId));
    return {
      student,
      group,
      cohort,
      pta,
      results: pta ? rows.results.filter((result) => result.ptaId === pta.id) : [],
      rubricGrades: rubricGrades(forPta, rows.versions),
      // Newest work first: the page reads like a logbook.
      observaties: [...rows.observaties].reverse(),
      bewijs: rows.bewijs,
      audit: rows.audit,
      nodes: rows.nodes,
      opdrachten: rows.opdrachten,
    };
  }, [studentId]);
}
