/**
 * Bundled by the profile benchmark (tests/bench/scenarios/profile.mjs) and injected into the
 * production app's page, like seed-entry.ts: the student profile's own read and computation
 * through the app's Dexie schema, and the same rows read with the plain IndexedDB API as the
 * baseline. Never part of the app bundle.
 */
import { DATABASE_NAME, db } from '../../renderer/src/db/db';
import { evidenceNodeIdsOf, readStudentGrowthRows } from '../../renderer/src/db/repositories/student-growth';
import type { Beoordeling } from '../../shared/domain/beoordeling';
import type { Cohort } from '../../shared/domain/cohort';
import type { Framework, FrameworkNode } from '../../shared/domain/framework';
import type { Group } from '../../shared/domain/group';
import type { ObservatieLijst } from '../../shared/domain/observatie-lijst';
import type { Opdracht } from '../../shared/domain/opdracht';
import type { RubricVersion } from '../../shared/domain/rubric';
import type { Student } from '../../shared/domain/student';
import { programmeFrameworkOf } from '../../shared/growth';
import { computeStudentGrowth } from '../../shared/profile/student-growth';

declare global {
  interface Window {
    vakwerkProfileBench: {
      studentWithMostObservations(): Promise<{ studentId: string; observaties: number }>;
      timeRawIdb(studentId: string): Promise<{ ms: number; observaties: number; beoordelingen: number; nodes: number; opdrachten: number; rows: number }>;
      timeProfileData(studentId: string, scaleSize: number): Promise<{ ms: number; points: number; goals: number; eindtermen: number; nodes: number; opdrachten: number }>;
    };
  }
}

let raw: IDBDatabase | null = null;

/** The app's database opened with the plain API, once (opening is not what the baseline is about). */
function openRaw(): Promise<IDBDatabase> {
  if (raw) return Promise.resolve(raw);
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME);
    request.onsuccess = () => resolve((raw = request.result));
    request.onerror = () => reject(request.error);
  });
}

/** Rows the last raw read got back, for the scenario's log. */
let rowsRead = 0;

function result<T>(request: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => {
      rowsRead += Array.isArray(request.result) ? request.result.length : request.result === undefined ? 0 : 1;
      resolve(request.result as T);
    };
    request.onerror = () => reject(request.error);
  });
}

const isLive = (row: { deletedAt?: number | null } | undefined) => row != null && row.deletedAt == null;
const unique = (ids: readonly (string | null | undefined)[]) => [...new Set(ids.filter((id): id is string => !!id))];

/**
 * The baseline: exactly the rows readStudentGrowthRows reads, by the same keys and indexes, in
 * one read transaction with every read started as soon as what it depends on has arrived, no
 * Dexie and no computation beyond choosing the keys.
 */
async function rawGrowthRead(database: IDBDatabase, studentId: string) {
  const tx = database.transaction(
    ['students', 'groups', 'cohorts', 'observatieLijsten', 'beoordelingen', 'rubricVersions', 'frameworks', 'frameworkNodes', 'settings', 'ptas', 'resultaten', 'opdrachten', 'opdrachtgevers'],
    'readonly',
  );
  const store = (name: string) => tx.objectStore(name);
  const gets = <T>(name: string, ids: readonly string[]) => Promise.all(ids.map((id) => result<T | undefined>(store(name).get(id))));

  const studentRead = result<Student | undefined>(store('students').get(studentId));
  const frameworksRead = result<Framework[]>(store('frameworks').getAll()).then((rows) => rows.filter(isLive));
  const observatiesRead = result<ObservatieLijst | undefined>(store('observatieLijsten').get(studentId)).then((list) => list?.observaties ?? []);
  const beoordelingenRead = result<Beoordeling[]>(store('beoordelingen').index('studentId').getAll(studentId));
  const resultatenRead = result<unknown[]>(store('resultaten').index('studentId').getAll(studentId));

  const cohortRead = studentRead
    .then((student) => (isLive(student) ? result<Group | undefined>(store('groups').get(student!.groupId)) : undefined))
    .then((group) => (isLive(group) ? result<Cohort | undefined>(store('cohorts').get(group!.cohortId)) : undefined));
  const versionsRead = beoordelingenRead.then(async (beoordelingen) => {
    const versions = new Map<string, RubricVersion>();
    for (const version of await gets<RubricVersion>('rubricVersions', unique(beoordelingen.map((b) => b.rubricVersionId)))) if (version) versions.set(version.id, version);
    return versions;
  });
  const opdrachtenRead = Promise.all([observatiesRead, beoordelingenRead]).then(([observaties, beoordelingen]) =>
    gets<Opdracht>('opdrachten', unique([...unique(observaties.map((o) => o.opdrachtId)), ...unique(beoordelingen.map((b) => b.opdrachtId))])),
  );
  const clientsRead = opdrachtenRead.then((opdrachten) => gets('opdrachtgevers', unique(opdrachten.filter(isLive).map((o) => o!.opdrachtgeverId))));
  const ptaRead = cohortRead.then((cohort) => (isLive(cohort) ? result<unknown[]>(store('ptas').index('cohortId').getAll(cohort!.id)) : []));
  const programmeNodesRead = Promise.all([cohortRead, frameworksRead]).then(([cohort, frameworks]) => {
    const programme = isLive(cohort) ? programmeFrameworkOf(cohort!, frameworks) : null;
    return programme ? result<FrameworkNode[]>(store('frameworkNodes').index('frameworkId').getAll(programme.id)) : [];
  });
  const nodesRead = Promise.all([observatiesRead, beoordelingenRead, versionsRead, programmeNodesRead, frameworksRead]).then(
    async ([observaties, beoordelingen, versions, programmeNodes, frameworks]) => {
      const liveFrameworks = new Set(frameworks.map((f) => f.id));
      const nodes = new Map<string, FrameworkNode>();
      const add = (node: FrameworkNode | undefined) => {
        if (node && isLive(node) && liveFrameworks.has(node.frameworkId)) nodes.set(node.id, node);
      };
      for (const node of programmeNodes) add(node);
      for (const node of await gets<FrameworkNode>('frameworkNodes', evidenceNodeIdsOf(observaties, beoordelingen, versions).filter((id) => !nodes.has(id)))) add(node);
      return nodes;
    },
  );
  const lineageRead = Promise.all([nodesRead, frameworksRead]).then(([nodes, frameworks]) => {
    const byId = new Map(frameworks.map((f) => [f.id, f]));
    const lineages = unique([...nodes.values()].map((node) => byId.get(node.frameworkId)!.lineageId));
    const retired = new Set([...nodes.values()].map((node) => byId.get(node.frameworkId)!).filter((f) => f.status === 'retired').map((f) => f.lineageId));
    const current = frameworks.filter((f) => f.status === 'active' && retired.has(f.lineageId));
    return Promise.all([
      gets('settings', lineages.map((lineageId) => `mastery:${lineageId}`)),
      Promise.all(current.map((f) => result<FrameworkNode[]>(store('frameworkNodes').index('frameworkId').getAll(f.id)))),
    ]);
  });
  const [student, , observaties, beoordelingen, , , , opdrachten, , , , nodes, [, currentNodes]] = await Promise.all([
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
    programmeNodesRead,
    nodesRead,
    lineageRead,
  ]);
  for (const node of currentNodes.flat()) if (isLive(node)) nodes.set(node.id, node);
  return { student, observaties: observaties.length, beoordelingen: beoordelingen.length, nodes: nodes.size, opdrachten: opdrachten.filter(isLive).length };
}

window.vakwerkProfileBench = {
  // Not timed.
  studentWithMostObservations: async () => {
    let best = { studentId: '', observaties: 0 };
    await db.observatieLijsten.each((list) => {
      if (list.observaties.length > best.observaties) best = { studentId: list.studentId, observaties: list.observaties.length };
    });
    return best;
  },
  timeRawIdb: async (studentId) => {
    const database = await openRaw();
    rowsRead = 0;
    const start = performance.now();
    const read = await rawGrowthRead(database, studentId);
    const ms = performance.now() - start;
    if (!isLive(read.student)) throw new Error(`leerling ${studentId} bestaat niet`);
    return { ms, observaties: read.observaties, beoordelingen: read.beoordelingen, nodes: read.nodes, opdrachten: read.opdrachten, rows: rowsRead };
  },
  // What the profile's hook does: read every row it needs, then compute growth, mastery and coverage.
  timeProfileData: async (studentId, scaleSize) => {
    const start = performance.now();
    const rows = await readStudentGrowthRows(studentId);
    if (!rows) throw new Error(`leerling ${studentId} bestaat niet`);
    const growth = computeStudentGrowth(rows, scaleSize);
    const ms = performance.now() - start;
    return {
      ms,
      points: growth.pointCount,
      goals: growth.frameworks.reduce((sum, group) => sum + group.goals.length, 0),
      eindtermen: growth.coverage?.length ?? 0,
      nodes: rows.nodes.size,
      opdrachten: rows.opdrachten.size,
    };
  },
};
