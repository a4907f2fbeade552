import type { Cohort } from '../../../../shared/domain/cohort';
import type { Framework, FrameworkNode } from '../../../../shared/domain/framework';
import type { Opdracht } from '../../../../shared/domain/opdracht';
import type { Opdrachtgever } from '../../../../shared/domain/opdrachtgever';
import type { Pta } from '../../../../shared/domain/pta';
import { isLive } from '../../../../shared/domain/record';
import type { Student } from '../../../../shared/domain/student';
import type { ToetsResultaat } from '../../../../shared/domain/toets-resultaat';
import { eindtermenOf, programmeFrameworkOf, type MasterySettings } from '../../../../shared/growth';
import { db } from '../db';
import { readEvidenceRows, type EvidenceRows } from './evidence';
import { listFrameworks } from './frameworks';
import { getMasterySettings } from './mastery-settings';
import { listResultsOfStudent } from './resultaten';

/** Everything one student's growth and coverage are computed from, read in one transaction. */
export interface StudentGrowthRows {
  student: Student;
  cohort: Cohort | null;
  evidence: EvidenceRows;
  /** Every live framework version (active and retired): a handful, needed to name and resolve goals. */
  frameworks: Framework[];
  /** The goals of every live framework version, by id. */
  nodes: Map<string, FrameworkNode>;
  /** Nodes of the current version of each lineage that has evidence on a retired version. */
  currentNodesOfRetired: FrameworkNode[];
  /** Mastery method and sources per framework lineage. */
  settingsByLineage: Map<string, MasterySettings>;
  /** The cohort's exam programme (null when not imported) and its eindtermen in tree order. */
  programme: Framework | null;
  eindtermen: FrameworkNode[];
  pta: Pta | null;
  resultaten: ToetsResultaat[];
  opdrachten: Map<string, Opdracht>;
  opdrachtgevers: Map<string, Opdrachtgever>;
}

function byId<T extends { id: string; deletedAt?: number | null }>(rows: readonly (T | undefined)[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const row of rows) if (row && isLive(row)) map.set(row.id, row);
  return map;
}

/**
 * One student's growth rows. Every read starts as soon as what it depends on has arrived, all in
 * one read transaction (IndexedDB queues them without a round trip to script in between): the
 * framework nodes and mastery settings once the frameworks are there, the opdrachten once the
 * evidence is. Small tables (groups, cohorts, PTAs, opdrachtgevers: dozens of rows) are read
 * whole rather than after the rows that point into them. Evidence is read by student, never by
 * group: it follows a student who changed group during the year. Null when the student does not
 * exist.
 */
export async function readStudentGrowthRows(studentId: string): Promise<StudentGrowthRows | null> {
  return db.transaction(
    'r',
    [db.students, db.groups, db.cohorts, db.observaties, db.beoordelingen, db.rubricVersions, db.frameworks, db.frameworkNodes, db.settings, db.ptas, db.resultaten, db.opdrachten, db.opdrachtgevers],
    async () => {
      const frameworksRead = listFrameworks();
      const evidenceRead = readEvidenceRows([studentId]);
      const [student, evidence, frameworks, resultaten, groups, cohorts, ptas, clients, nodeRows, lineageSettings, opdrachtRows] = await Promise.all([
        db.students.get(studentId),
        evidenceRead,
        frameworksRead,
        listResultsOfStudent(studentId),
        db.groups.toArray(),
        db.cohorts.toArray(),
        db.ptas.toArray(),
        db.opdrachtgevers.toArray(),
        // Every goal of every live version (a few hundred): the evidence's goals, their current
        // versions and the programme's eindtermen, without waiting for the evidence first.
        frameworksRead.then((list) => db.frameworkNodes.where('frameworkId').anyOf(list.map((f) => f.id)).toArray()),
        frameworksRead.then((list) => Promise.all([...new Set(list.map((f) => f.lineageId))].map(async (lineageId) => [lineageId, await getMasterySettings(lineageId)] as const))),
        evidenceRead.then((rows) => db.opdrachten.bulkGet(opdrachtIdsOf(rows))),
      ]);
      if (!student || !isLive(student)) return null;

      const group = groups.find((candidate) => candidate.id === student.groupId && isLive(candidate));
      const cohort = group ? (cohorts.find((candidate) => candidate.id === group.cohortId && isLive(candidate)) ?? null) : null;
      const programme = cohort ? programmeFrameworkOf(cohort, frameworks) : null;
      const nodes = byId(nodeRows);
      const frameworksById = new Map(frameworks.map((f) => [f.id, f]));
      // A goal recorded on a retired version is shown under the same goal of the current version.
      const retiredLineages = new Set(frameworks.filter((f) => f.status === 'retired').map((f) => f.lineageId));
      const currentNodesOfRetired = [...nodes.values()].filter((node) => {
        const framework = frameworksById.get(node.frameworkId);
        return framework?.status === 'active' && retiredLineages.has(framework.lineageId);
      });
      return {
        student,
        cohort,
        evidence,
        frameworks,
        nodes,
        currentNodesOfRetired,
        settingsByLineage: new Map(lineageSettings),
        programme,
        eindtermen: programme ? eindtermenOf(nodeRows.filter((node) => node.frameworkId === programme.id)) : [],
        pta: (cohort && ptas.find((pta) => pta.cohortId === cohort.id && isLive(pta))) || null,
        resultaten: resultaten.filter(isLive),
        opdrachten: byId(opdrachtRows),
        opdrachtgevers: byId(clients),
      };
    },
  );
}

function opdrachtIdsOf(rows: EvidenceRows): string[] {
  const ids = new Set<string>();
  for (const o of rows.observaties) if (o.opdrachtId) ids.add(o.opdrachtId);
  for (const b of rows.beoordelingen) if (b.opdrachtId) ids.add(b.opdrachtId);
  return [...ids];
}
