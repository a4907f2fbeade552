import type { Beoordeling } from '../../../../shared/domain/beoordeling';
import type { Cohort } from '../../../../shared/domain/cohort';
import type { Framework, FrameworkNode } from '../../../../shared/domain/framework';
import type { Observatie } from '../../../../shared/domain/observatie';
import type { Opdracht } from '../../../../shared/domain/opdracht';
import type { Opdrachtgever } from '../../../../shared/domain/opdrachtgever';
import type { Pta } from '../../../../shared/domain/pta';
import { isLive } from '../../../../shared/domain/record';
import type { RubricVersion } from '../../../../shared/domain/rubric';
import type { Student } from '../../../../shared/domain/student';
import type { ToetsResultaat } from '../../../../shared/domain/toets-resultaat';
import { eindtermenOf, programmeFrameworkOf, type MasterySettings } from '../../../../shared/growth';
import { db } from '../db';
import { readObservatiesInWorkOrder } from './observaties';
import type { EvidenceRows } from './evidence';
import { listFrameworks } from './frameworks';
import { getMasterySettings } from './mastery-settings';

/** Everything one student's growth and coverage are computed from, read in one transaction. */
export interface StudentGrowthRows {
  student: Student;
  cohort: Cohort | null;
  evidence: EvidenceRows;
  /** Every live framework version (active and retired): a handful, needed to name and resolve goals. */
  frameworks: Framework[];
  /**
   * The live goals this student's evidence is on (of live framework versions), the programme's
   * nodes, and the current versions' nodes of `currentNodesOfRetired`, by id.
   */
  nodes: Map<string, FrameworkNode>;
  /** Nodes of the current version of each lineage that has evidence on a retired version. */
  currentNodesOfRetired: FrameworkNode[];
  /** Mastery method and sources per framework lineage that has evidence. */
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

function live<T extends { deletedAt?: number | null }>(row: T | undefined): T | undefined {
  return row && isLive(row) ? row : undefined;
}

/** The ids a list of rows points to through `key`, each once, without nulls. */
function idsOf<T>(rows: readonly T[], key: (row: T) => string | null | undefined): string[] {
  const ids = new Set<string>();
  for (const row of rows) {
    const id = key(row);
    if (id) ids.add(id);
  }
  return [...ids];
}

/** The goals the evidence is recorded on: observations' nodes and the nodes of scored rubric criteria. */
export function evidenceNodeIdsOf(observaties: readonly Observatie[], beoordelingen: readonly Beoordeling[], versionsById: ReadonlyMap<string, RubricVersion>): string[] {
  const ids = new Set<string>();
  for (const o of observaties) if (o.nodeId && o.level != null && isLive(o)) ids.add(o.nodeId);
  for (const b of beoordelingen) {
    if (!isLive(b)) continue;
    for (const criterion of versionsById.get(b.rubricVersionId)?.criteria ?? []) {
      if (b.scores[criterion.id] == null) continue;
      for (const nodeId of criterion.nodeIds) ids.add(nodeId);
    }
  }
  return [...ids];
}

/**
 * One student's growth rows: only the rows the profile shows, each read by key or by index, all
 * in one read transaction, every read started as soon as what it depends on has arrived:
 * the student, their observaties ([studentId+date]), beoordelingen and results (studentId) and
 * the frameworks table (a handful of versions); then the group, the rubric versions scored with
 * and the opdrachten referred to; then the cohort and those opdrachten's clients; then the
 * cohort's PTA (cohortId) and its programme's nodes (frameworkId); then the evidence's goals
 * that are not in the programme; last the mastery settings of the lineages with evidence and,
 * only when some evidence is on a retired framework version, the current version's nodes.
 * Evidence is read by student, never by group: it follows a student who changed group during
 * the year. Null when the student does not exist.
 */
export async function readStudentGrowthRows(studentId: string): Promise<StudentGrowthRows | null> {
  return db.transaction(
    'r',
    [db.students, db.groups, db.cohorts, db.observatieLijsten, db.beoordelingen, db.rubricVersions, db.frameworks, db.frameworkNodes, db.settings, db.ptas, db.resultaten, db.opdrachten, db.opdrachtgevers],
    async () => {
      const studentRead = db.students.get(studentId).then(live);
      const frameworksRead = listFrameworks();
      const observatiesRead = readObservatiesInWorkOrder([studentId]).then(([rows]) => rows!);
      const beoordelingenRead = db.beoordelingen.where('studentId').equals(studentId).toArray();
      const resultatenRead = db.resultaten.where('studentId').equals(studentId).toArray();

      const cohortRead = studentRead
        .then((student) => (student ? db.groups.get(student.groupId).then(live) : undefined))
        .then((group) => (group ? db.cohorts.get(group.cohortId).then(live) : undefined));
      const versionsRead = beoordelingenRead.then(async (beoordelingen) => {
        const versions = await db.rubricVersions.bulkGet(idsOf(beoordelingen, (b) => b.rubricVersionId));
        const versionsById = new Map<string, RubricVersion>();
        for (const version of versions) if (version) versionsById.set(version.id, version);
        return versionsById;
      });
      const opdrachtenRead = Promise.all([observatiesRead, beoordelingenRead]).then(async ([observaties, beoordelingen]) =>
        byId(await db.opdrachten.bulkGet([...new Set([...idsOf(observaties, (o) => o.opdrachtId), ...idsOf(beoordelingen, (b) => b.opdrachtId)])])),
      );
      const clientsRead = opdrachtenRead.then(async (opdrachten) => byId(await db.opdrachtgevers.bulkGet(idsOf([...opdrachten.values()], (o) => o.opdrachtgeverId))));
      const ptaRead = cohortRead.then(async (cohort) => (cohort ? ((await db.ptas.where('cohortId').equals(cohort.id).toArray()).find(isLive) ?? null) : null));
      const programmeRead = Promise.all([cohortRead, frameworksRead]).then(([cohort, frameworks]) => (cohort ? programmeFrameworkOf(cohort, frameworks) : null));
      const programmeNodesRead = programmeRead.then((programme) => (programme ? db.frameworkNodes.where('frameworkId').equals(programme.id).toArray() : []));
      // The goals with evidence: most are in the programme, read whole above; the rest by key.
      const nodesRead = Promise.all([observatiesRead, beoordelingenRead, versionsRead, programmeNodesRead, frameworksRead]).then(
        async ([observaties, beoordelingen, versionsById, programmeNodes, frameworks]) => {
          const liveFrameworks = new Set(frameworks.map((f) => f.id));
          const nodes = new Map<string, FrameworkNode>();
          const add = (node: FrameworkNode | undefined) => {
            if (node && isLive(node) && liveFrameworks.has(node.frameworkId)) nodes.set(node.id, node);
          };
          for (const node of programmeNodes) add(node);
          const missing = evidenceNodeIdsOf(observaties, beoordelingen, versionsById).filter((id) => !nodes.has(id));
          for (const node of await db.frameworkNodes.bulkGet(missing)) add(node);
          return nodes;
        },
      );
      const lineageRowsRead = Promise.all([nodesRead, frameworksRead]).then(async ([nodes, frameworks]) => {
        const frameworksById = new Map(frameworks.map((f) => [f.id, f]));
        const lineages = new Set<string>();
        const retiredLineages = new Set<string>();
        for (const node of nodes.values()) {
          const framework = frameworksById.get(node.frameworkId)!;
          lineages.add(framework.lineageId);
          if (framework.status === 'retired') retiredLineages.add(framework.lineageId);
        }
        // A goal recorded on a retired version is shown under the same goal of the current version.
        const currentIds = frameworks.filter((f) => f.status === 'active' && retiredLineages.has(f.lineageId)).map((f) => f.id);
        const [settings, currentNodes] = await Promise.all([
          Promise.all([...lineages].map(async (lineageId) => [lineageId, await getMasterySettings(lineageId)] as const)),
          Promise.all(currentIds.map((id) => db.frameworkNodes.where('frameworkId').equals(id).toArray())),
        ]);
        return { settingsByLineage: new Map(settings), currentNodesOfRetired: currentNodes.flat().filter(isLive) };
      });

      const [student, frameworks, observaties, beoordelingen, resultaten, cohort, versionsById, opdrachten, opdrachtgevers, pta, programme, programmeNodes, nodes, lineageRows] =
        await Promise.all([
          studentRead,
          frameworksRead,
          observatiesRead,
          beoordelingenRead,
          resultatenRead,
          cohortRead,
          versionsRead,
          opdrachtenRead,
          clientsRead,
          ptaRead,
          programmeRead,
          programmeNodesRead,
          nodesRead,
          lineageRowsRead,
        ]);
      if (!student) return null;
      for (const node of lineageRows.currentNodesOfRetired) nodes.set(node.id, node);
      return {
        student,
        cohort: cohort ?? null,
        evidence: { observaties, beoordelingen, versionsById },
        frameworks,
        nodes,
        currentNodesOfRetired: lineageRows.currentNodesOfRetired,
        settingsByLineage: lineageRows.settingsByLineage,
        programme,
        eindtermen: programme ? eindtermenOf(programmeNodes) : [],
        pta,
        resultaten: resultaten.filter(isLive),
        opdrachten,
        opdrachtgevers,
      };
    },
  );
}
