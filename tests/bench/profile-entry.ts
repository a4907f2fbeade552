/**
 * Bundled by the profile benchmark (tests/bench/scenarios/profile.mjs) and injected into the
 * production app's page, like seed-entry.ts: the student profile's own read and computation
 * through the app's Dexie schema, and the same rows read with the plain IndexedDB API as the
 * baseline. Never part of the app bundle.
 */
import { DATABASE_NAME, db } from '../../renderer/src/db/db';
import { readStudentGrowthRows } from '../../renderer/src/db/repositories/student-growth';
import { computeStudentGrowth } from '../../shared/profile/student-growth';

declare global {
  interface Window {
    vakwerkProfileBench: {
      studentWithMostObservations(): Promise<{ studentId: string; observaties: number }>;
      timeRawIdb(studentId: string): Promise<{ ms: number; observaties: number; beoordelingen: number }>;
      timeProfileData(studentId: string, scaleSize: number): Promise<{ ms: number; points: number; goals: number; eindtermen: number }>;
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

function getAll(index: IDBIndex, range: IDBKeyRange | IDBValidKey): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = index.getAll(range);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

window.vakwerkProfileBench = {
  // Not timed: the keys of the [studentId+date] index are enough to count per student.
  studentWithMostObservations: async () => {
    const counts = new Map<string, number>();
    for (const key of (await db.observaties.orderBy('[studentId+date]').keys()) as unknown as [string, string][]) counts.set(key[0], (counts.get(key[0]) ?? 0) + 1);
    let best = ['', 0] as [string, number];
    for (const entry of counts) if (entry[1] > best[1]) best = entry;
    return { studentId: best[0], observaties: best[1] };
  },
  // The baseline: one read transaction, the two index reads side by side, no Dexie.
  timeRawIdb: async (studentId) => {
    const database = await openRaw();
    const start = performance.now();
    const tx = database.transaction(['observaties', 'beoordelingen'], 'readonly');
    const [observaties, beoordelingen] = await Promise.all([
      getAll(tx.objectStore('observaties').index('[studentId+date]'), IDBKeyRange.bound([studentId, ''], [studentId, '\uffff'])),
      getAll(tx.objectStore('beoordelingen').index('studentId'), studentId),
    ]);
    return { ms: performance.now() - start, observaties: observaties.length, beoordelingen: beoordelingen.length };
  },
  // What the profile's hook does: read every row it needs, then compute growth, mastery and coverage.
  timeProfileData: async (studentId, scaleSize) => {
    const start = performance.now();
    const rows = await readStudentGrowthRows(studentId);
    if (!rows) throw new Error(`leerling ${studentId} bestaat niet`);
    const growth = computeStudentGrowth(rows, scaleSize);
    const ms = performance.now() - start;
    return { ms, points: growth.pointCount, goals: growth.frameworks.reduce((sum, group) => sum + group.goals.length, 0), eindtermen: growth.coverage?.length ?? 0 };
  },
};
