import type { Bewijs } from '../../../../shared/domain/bewijs';
import type { StudentDataRows } from '../../../../shared/privacy/student-export';
import { db } from '../db';
import { readObservatiesInWorkOrder } from './observaties';

/** The rows of a student's AVG export, with the evidence blobs to put beside the JSON. */
export interface StudentData extends StudentDataRows {
  bewijs: Bewijs[];
}

/**
 * Everything stored about one student, read in one transaction so the export is one consistent
 * picture (a score saved meanwhile is either in all of it or in none). Deleted rows that are
 * kept for undo are included: they are still held. Null when the student does not exist.
 */
export async function readStudentData(studentId: string): Promise<StudentData | null> {
  return db.transaction(
    'r',
    [
      db.students,
      db.groups,
      db.cohorts,
      db.observatieLijsten,
      db.beoordelingen,
      db.rubricVersions,
      db.rubrics,
      db.resultaten,
      db.ptas,
      db.auditTrail,
      db.bewijs,
      db.teams,
      db.opdrachten,
      db.opdrachtgevers,
      db.frameworkNodes,
    ],
    async () => {
      const student = await db.students.get(studentId);
      if (!student) return null;
      const [group, observaties, beoordelingen, resultaten, audit, bewijs, allTeams, groupOpdrachten] = await Promise.all([
        db.groups.get(student.groupId),
        readObservatiesInWorkOrder([studentId]).then(([rows]) => rows!),
        db.beoordelingen.where('studentId').equals(studentId).toArray(),
        db.resultaten.where('studentId').equals(studentId).toArray(),
        db.auditTrail.where('studentId').equals(studentId).toArray(),
        db.bewijs.where('studentIds').equals(studentId).toArray(),
        // Teams have no index on their members; a school has hundreds of teams, not thousands.
        db.teams.toArray(),
        db.opdrachten.where('groupIds').equals(student.groupId).toArray(),
      ]);
      const cohort = group ? ((await db.cohorts.get(group.cohortId)) ?? null) : null;
      const teams = allTeams.filter((team) => team.studentIds.includes(studentId));

      const opdrachtIds = new Set<string>(groupOpdrachten.map((o) => o.id));
      for (const id of [...teams.map((t) => t.opdrachtId), ...beoordelingen.map((b) => b.opdrachtId), ...observaties.map((o) => o.opdrachtId), ...bewijs.map((b) => b.opdrachtId)]) {
        if (id != null) opdrachtIds.add(id);
      }
      const versionIds = [...new Set(beoordelingen.map((b) => b.rubricVersionId))];
      const rubricIds = [...new Set(beoordelingen.map((b) => b.rubricId))];
      const nodeIds = [...new Set(observaties.map((o) => o.nodeId).filter((id): id is string => id != null))];
      const ptaIds = new Set(resultaten.map((r) => r.ptaId));
      const teamGroupIds = [...new Set(teams.map((t) => t.groupId))];

      const [opdrachten, versions, rubrics, nodes, cohortPtas, resultPtas, teamGroups] = await Promise.all([
        db.opdrachten.bulkGet([...opdrachtIds]),
        db.rubricVersions.bulkGet(versionIds),
        db.rubrics.bulkGet(rubricIds),
        db.frameworkNodes.bulkGet(nodeIds),
        cohort ? db.ptas.where('cohortId').equals(cohort.id).toArray() : Promise.resolve([]),
        db.ptas.bulkGet([...ptaIds]),
        db.groups.bulkGet(teamGroupIds),
      ]);
      const presentOpdrachten = opdrachten.filter((o) => o !== undefined);
      const clientIds = [...new Set(presentOpdrachten.map((o) => o.opdrachtgeverId).filter((id): id is string => id != null))];
      const clients = await db.opdrachtgevers.bulkGet(clientIds);

      const ptas = new Map([...cohortPtas, ...resultPtas.filter((p) => p !== undefined)].map((p) => [p.id, p]));
      const groups = new Map(teamGroups.filter((g) => g !== undefined).map((g) => [g.id, g]));
      if (group) groups.set(group.id, group);
      return {
        student,
        group: group ?? null,
        cohort,
        observaties,
        beoordelingen,
        rubricVersions: new Map(versions.filter((v) => v !== undefined).map((v) => [v.id, v])),
        rubrics: new Map(rubrics.filter((r) => r !== undefined).map((r) => [r.id, r])),
        resultaten,
        ptas: [...ptas.values()],
        audit,
        bewijs,
        teams,
        opdrachten: presentOpdrachten,
        opdrachtgevers: new Map(clients.filter((c) => c !== undefined).map((c) => [c.id, c])),
        nodes: new Map(nodes.filter((n) => n !== undefined).map((n) => [n.id, n])),
        groups,
      };
    },
  );
}
