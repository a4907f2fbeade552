import type { AuditEntry } from '../../../../shared/domain/audit';
import type { Beoordeling } from '../../../../shared/domain/beoordeling';
import type { Bewijs } from '../../../../shared/domain/bewijs';
import type { Cohort } from '../../../../shared/domain/cohort';
import type { FrameworkNode } from '../../../../shared/domain/framework';
import type { Group } from '../../../../shared/domain/group';
import type { Observatie } from '../../../../shared/domain/observatie';
import type { Opdracht } from '../../../../shared/domain/opdracht';
import type { Pta } from '../../../../shared/domain/pta';
import { isLive } from '../../../../shared/domain/record';
import type { RubricVersion } from '../../../../shared/domain/rubric';
import type { Student } from '../../../../shared/domain/student';
import type { ToetsResultaat } from '../../../../shared/domain/toets-resultaat';
import { db } from '../db';
import { listObservatiesOfStudent } from './observaties';

/** The rows of one student's page besides growth and coverage (see student-growth.ts). */
export interface StudentPageRows {
  student: Student;
  group: Group | null;
  cohort: Cohort | null;
  pta: Pta | null;
  /** Every result of the student, of any PTA. */
  results: ToetsResultaat[];
  /** Live beoordelingen of the student. */
  beoordelingen: Beoordeling[];
  /** The rubric versions of the beoordelingen for a toets of `pta`. */
  versions: Map<string, RubricVersion>;
  /** Live, oldest work first (within a day in the order they were written down). */
  observaties: Observatie[];
  /** Live, newest first. */
  bewijs: Bewijs[];
  /** Newest first. */
  audit: AuditEntry[];
  /** The live goals and opdrachten the observations refer to. */
  nodes: Map<string, FrameworkNode>;
  opdrachten: Map<string, Opdracht>;
}

function live<T extends { deletedAt?: number | null }>(row: T | undefined): T | undefined {
  return row && isLive(row) ? row : undefined;
}

function liveById<T extends { id: string; deletedAt?: number | null }>(rows: readonly (T | undefined)[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const row of rows) if (row && isLive(row)) map.set(row.id, row);
  return map;
}

/**
 * One student's page rows in one read transaction, each by key or index and started as soon as
 * what it depends on is in: the student's own rows by studentId, then group, cohort and the
 * cohort's PTA by key; only the goals, opdrachten and rubric versions that are referred to.
 * Null when the student does not exist.
 */
export async function readStudentPageRows(studentId: string): Promise<StudentPageRows | null> {
  return db.transaction(
    'r',
    [db.students, db.groups, db.cohorts, db.resultaten, db.beoordelingen, db.observatieLijsten, db.bewijs, db.auditTrail, db.opdrachten, db.ptas, db.rubricVersions, db.frameworkNodes],
    async () => {
      const studentRead = db.students.get(studentId).then(live);
      const groupRead = studentRead.then((student) => (student ? db.groups.get(student.groupId).then(live) : undefined));
      const cohortRead = groupRead.then((group) => (group ? db.cohorts.get(group.cohortId).then(live) : undefined));
      const ptaRead = cohortRead.then(async (cohort) => (cohort ? ((await db.ptas.where('cohortId').equals(cohort.id).toArray()).find(isLive) ?? null) : null));
      const beoordelingenRead = db.beoordelingen
        .where('studentId')
        .equals(studentId)
        .toArray()
        .then((rows) => rows.filter(isLive));
      const observatiesRead = listObservatiesOfStudent(studentId);
      const versionsRead = Promise.all([ptaRead, beoordelingenRead]).then(async ([pta, beoordelingen]) => {
        const toetsIds = new Set(pta?.toetsen.map((toets) => toets.id) ?? []);
        const ids = new Set(beoordelingen.filter((b) => b.ptaToetsId != null && toetsIds.has(b.ptaToetsId)).map((b) => b.rubricVersionId));
        const versions = new Map<string, RubricVersion>();
        for (const version of await db.rubricVersions.bulkGet([...ids])) if (version) versions.set(version.id, version);
        return versions;
      });
      const nodesRead = observatiesRead.then(async (observaties) =>
        liveById(await db.frameworkNodes.bulkGet([...new Set(observaties.map((o) => o.nodeId).filter((id): id is string => id !== null))])),
      );
      const opdrachtenRead = observatiesRead.then(async (observaties) =>
        liveById(await db.opdrachten.bulkGet([...new Set(observaties.map((o) => o.opdrachtId).filter((id): id is string => id !== null))])),
      );
      const [student, group, cohort, pta, results, beoordelingen, versions, observaties, bewijs, audit, nodes, opdrachten] = await Promise.all([
        studentRead,
        groupRead,
        cohortRead,
        ptaRead,
        db.resultaten.where('studentId').equals(studentId).toArray(),
        beoordelingenRead,
        versionsRead,
        observatiesRead,
        db.bewijs.where('studentIds').equals(studentId).toArray(),
        db.auditTrail.where('studentId').equals(studentId).toArray(),
        nodesRead,
        opdrachtenRead,
      ]);
      if (!student) return null;
      return {
        student,
        group: group ?? null,
        cohort: cohort ?? null,
        pta,
        results,
        beoordelingen,
        versions,
        observaties,
        bewijs: bewijs.filter(isLive).sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt),
        audit: audit.sort((a, b) => b.at - a.at),
        nodes,
        opdrachten,
      };
    },
  );
}
