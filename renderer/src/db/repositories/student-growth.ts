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
import { listFrameworkNodes, listFrameworks } from './frameworks';
import { getMasterySettings } from './mastery-settings';
import { getPtaOfCohort } from './pta';
import { listResultsOfStudent } from './resultaten';

/** Everything one student's growth and coverage are computed from, read in one transaction. */
export interface StudentGrowthRows {
  student: Student;
  cohort: Cohort | null;
  evidence: EvidenceRows;
  /** Every live framework version (active and retired): a handful, needed to name and resolve goals. */
  frameworks: Framework[];
  /** The goals the evidence was recorded on, plus their counterparts in the current versions. */
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
 * One student's growth rows. The reads that do not depend on each other run side by side in
 * one read transaction (IndexedDB queues them without a round trip to script in between), so
 * the whole profile costs little more than reading the student's observations and beoordelingen
 * themselves. Evidence is read by student, never by group: it follows a student who changed
 * group during the year. Null when the student does not exist.
 */
export async function readStudentGrowthRows(studentId: string): Promise<StudentGrowthRows | null> {
  return db.transaction(
    'r',
    [db.students, db.groups, db.cohorts, db.observaties, db.beoordelingen, db.rubricVersions, db.frameworks, db.frameworkNodes, db.settings, db.ptas, db.resultaten, db.opdrachten, db.opdrachtgevers],
    async () => {
      // Groups and cohorts are a few dozen rows: reading them all (unsorted; only one is looked up)
      // saves a round trip after the student.
      const [student, evidence, frameworks, resultaten, groups, cohorts] = await Promise.all([
        db.students.get(studentId),
        readEvidenceRows([studentId]),
        listFrameworks(),
        listResultsOfStudent(studentId),
        db.groups.toArray(),
        db.cohorts.toArray(),
      ]);
      if (!student || !isLive(student)) return null;

      const recordedIds = new Set<string>();
      const opdrachtIds = new Set<string>();
      for (const o of evidence.observaties) {
        if (o.nodeId) recordedIds.add(o.nodeId);
        if (o.opdrachtId) opdrachtIds.add(o.opdrachtId);
      }
      for (const b of evidence.beoordelingen) {
        for (const criterion of evidence.versionsById.get(b.rubricVersionId)?.criteria ?? []) for (const id of criterion.nodeIds) recordedIds.add(id);
        if (b.opdrachtId) opdrachtIds.add(b.opdrachtId);
      }
      const group = groups.find((candidate) => candidate.id === student.groupId && isLive(candidate));
      const cohort = group ? (cohorts.find((candidate) => candidate.id === group.cohortId && isLive(candidate)) ?? null) : null;
      const programme = cohort ? programmeFrameworkOf(cohort, frameworks) : null;

      const [recordedNodes, opdrachtRows, lineageSettings, pta, programmeNodes] = await Promise.all([
        db.frameworkNodes.bulkGet([...recordedIds]),
        db.opdrachten.bulkGet([...opdrachtIds]),
        Promise.all([...new Set(frameworks.map((f) => f.lineageId))].map(async (lineageId) => [lineageId, await getMasterySettings(lineageId)] as const)),
        cohort ? getPtaOfCohort(cohort.id) : undefined,
        programme ? listFrameworkNodes(programme.id) : [],
      ]);
      const nodes = byId(recordedNodes);
      const opdrachten = byId(opdrachtRows);

      // A goal recorded on a retired version is shown under the same goal of the current version.
      const frameworksById = new Map(frameworks.map((f) => [f.id, f]));
      const retiredLineages = new Set<string>();
      for (const node of nodes.values()) {
        const framework = frameworksById.get(node.frameworkId);
        if (framework?.status === 'retired') retiredLineages.add(framework.lineageId);
      }
      const currentIds = frameworks.filter((f) => f.status === 'active' && retiredLineages.has(f.lineageId) && f.id !== programme?.id).map((f) => f.id);
      const clientIds = [...new Set([...opdrachten.values()].map((o) => o.opdrachtgeverId).filter((id): id is string => id != null))];
      const [currentNodeLists, clientRows] = await Promise.all([
        Promise.all(currentIds.map((id) => listFrameworkNodes(id))),
        db.opdrachtgevers.bulkGet(clientIds),
      ]);
      const programmeRetired = programme != null && retiredLineages.has(programme.lineageId);
      const currentNodesOfRetired = [...currentNodeLists.flat(), ...(programmeRetired ? programmeNodes : [])];
      for (const node of [...programmeNodes, ...currentNodesOfRetired]) nodes.set(node.id, node);
      return {
        student,
        cohort,
        evidence,
        frameworks,
        nodes,
        currentNodesOfRetired,
        settingsByLineage: new Map(lineageSettings),
        programme,
        eindtermen: eindtermenOf(programmeNodes),
        pta: pta ?? null,
        resultaten: resultaten.filter(isLive),
        opdrachten,
        opdrachtgevers: byId(clientRows),
      };
    },
  );
}
