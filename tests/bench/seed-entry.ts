/**
 * Bundled by the benchmark (esbuild, IIFE) and injected into the production app's page: it
 * writes through the app's own Dexie schema and repositories, so the benchmark measures the
 * same database the teacher gets. Never part of the app bundle.
 */
import { createCohort } from '../../renderer/src/db/repositories/cohorts';
import { loadDemoSchool } from '../../renderer/src/db/repositories/demo-school';
import { db } from '../../renderer/src/db/db';
import { DERIVED_TABLES } from '../../renderer/src/db/schema';
import { saveFrameworkDraft } from '../../renderer/src/db/repositories/frameworks';
import { createObservaties } from '../../renderer/src/db/repositories/observaties';
import { seedHeatmapGroup30 } from './seed-heatmap';
import { prepareEvidencePhoto } from '../../renderer/src/features/observations/store-photo';
import { generateLargeFramework } from '../../shared/demo/generate-framework';
import { ACHTERNAMEN_NL, ROEPNAMEN } from '../../shared/demo/names';
import { createRandom } from '../../shared/demo/random';
import type { Beoordeling } from '../../shared/domain/beoordeling';
import type { Group } from '../../shared/domain/group';
import { isGraded } from '../../shared/domain/pta';
import type { Student } from '../../shared/domain/student';
import type { ToetsResultaat } from '../../shared/domain/toets-resultaat';
import { checkEvidenceFile } from '../../shared/evidence/files';
import { exportDB, importInto } from 'dexie-export-import';
import { makeBackup, openBackup, restoreBackup, reviveTables } from '../../renderer/src/features/backup/backup-file';
import type { Bewijs } from '../../shared/domain/bewijs';
import { planCoverage, skillLinksFromNodes } from '../../shared/opdrachten';

declare global {
  interface Window {
    vakwerkBench: {
      seedLargeSchool(): Promise<number>;
      seedEmptyCohort(): Promise<string>;
      seedLargeFramework(eindtermen: number): Promise<string>;
      timePlanCoverage(): Promise<{ ms: number; opdrachten: number; eindtermen: number; covered: number }>;
      counts(): Promise<Record<string, number>>;
      seedGradeGroup30(): Promise<{ cohortId: string; groupId: string; otherGroupId: string; students: number; toetsen: number }>;
      makeTestPhoto(minBytes: number): Promise<{ size: number; width: number; height: number }>;
      seedHeatmapGroup30(): Promise<{ groupId: string; frameworkId: string; students: number; goals: number; observations: number }>;
      timePhotoStore(): Promise<{ ms: number; phases: { check: number; prepare: number; store: number }; size: number; width: number; height: number; thumbnail: number }>;
      seedBackupPhotos(count: number, bytes: number): Promise<number>;
      timeBackup(): Promise<{ ms: number; bytes: number; rows: number; blobs: number }>;
      timeRestore(): Promise<{ ms: number; rows: number; longestTaskMs: number }>;
      timeRawRestore(): Promise<{ ms: number; rows: number }>;
      timeRawBackupRead(): Promise<{ ms: number; rows: number; blobs: number; bytes: number }>;
      timeDexieImport(): Promise<{ ms: number; rows: number }>;
    };
  }
}

window.vakwerkBench = {
  seedLargeSchool: () => loadDemoSchool('large'),
  seedEmptyCohort: async () =>
    (await createCohort({ name: 'Cohort 2026-2028 tl', leerweg: 'tl', programme: 'Zorg en Welzijn', firstSchoolYear: '2026-2027' })).id,
  seedLargeFramework: async (eindtermen) => (await saveFrameworkDraft(generateLargeFramework(eindtermen))).id,
  // Plan coverage as the year plan computes it, over the stored large school: the pure function
  // in Chromium, on data read beforehand (the read is not what the target is about).
  timePlanCoverage: async () => {
    const [opdrachten, nodes, versions] = await Promise.all([db.opdrachten.toArray(), db.frameworkNodes.toArray(), db.rubricVersions.toArray()]);
    const exam = (await db.frameworks.toArray()).find((framework) => framework.family !== 'school')!;
    const eindtermen = nodes.filter((node) => node.frameworkId === exam.id && node.type === 'eindterm');
    const rubricsById = new Map(versions.map((version) => [version.rubricId, version]));
    const start = performance.now();
    const result = planCoverage({ eindtermen, opdrachten, rubricsById, skillLinks: skillLinksFromNodes(nodes) });
    return { ms: performance.now() - start, opdrachten: opdrachten.length, eindtermen: eindtermen.length, covered: result.coveredCount };
  },
  seedGradeGroup30,
  makeTestPhoto,
  timePhotoStore,
  seedHeatmapGroup30,
  seedBackupPhotos,
  timeBackup,
  timeRestore,
  timeRawRestore,
  timeRawBackupRead,
  timeDexieImport,
  counts: async () => Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.count()] as const))),
};

/**
 * A group of 30 in a cohort of the large school whose PTA has 10 toetsen (the large groups have
 * 25), every cell filled: the toetsen delivered by a rubric through the examinator's
 * beoordelingen (all criteria scored), the others through entered cijfers or "voldaan"; some
 * work late, some failed first attempts with a resit. Plain rows of the shared/domain types in
 * one transaction, after seedLargeSchool.
 */
async function seedGradeGroup30() {
  const random = createRandom(30_10);
  const pta = (await db.ptas.toArray()).find((candidate) => candidate.toetsen.length === 10);
  if (!pta) throw new Error('de grote school heeft geen PTA met 10 toetsen');
  const siblings = (await db.groups.where('cohortId').equals(pta.cohortId).toArray()).sort((a, b) => a.name.localeCompare(b.name));
  const stamp = Date.now();
  const record = { createdAt: stamp, updatedAt: stamp, deletedAt: null };
  const group: Group = { id: random.uuid(), cohortId: pta.cohortId, name: `${siblings[0]!.name.replace(/-.*$/, '')}-Z`, ...record };
  const students: Student[] = Array.from({ length: 30 }, (_, index) => ({
    id: random.uuid(),
    roepnaam: random.pick(ROEPNAMEN),
    tussenvoegsel: '',
    achternaam: random.pick(ACHTERNAMEN_NL),
    leerlingnummer: String(900_000 + index),
    groupId: group.id,
    archivedAt: null,
    ...record,
  }));
  const rubrics = await db.rubrics.toArray();
  const versions = new Map((await db.rubricVersions.bulkGet(rubrics.map((rubric) => rubric.currentVersionId))).filter((v) => v !== undefined).map((v) => [v.rubricId, v]));
  const beoordelingen: Beoordeling[] = [];
  const resultaten: ToetsResultaat[] = [];
  const result = (studentId: string, toetsId: string, attempt: 1 | 2, fields: Partial<ToetsResultaat>): ToetsResultaat => ({
    id: random.uuid(), studentId, ptaId: pta.id, toetsId, attempt, grade: null, override: null, voldaan: null, late: false, ...record, ...fields,
  });
  for (const student of students) {
    for (const toets of pta.toetsen) {
      const version = toets.rubricId ? versions.get(toets.rubricId) : undefined;
      if (version) {
        beoordelingen.push({
          id: random.uuid(),
          studentId: student.id,
          rubricId: version.rubricId,
          rubricVersionId: version.id,
          scores: Object.fromEntries(version.criteria.map((criterion) => [criterion.id, random.pick(version.levels).id])),
          conditionsMet: Object.fromEntries(version.conditions.map((condition) => [condition.id, true])),
          workDate: toets.date ?? '2026-01-15',
          opdrachtId: toets.opdrachtId,
          assessor: 'examinator',
          assessorName: 'Voorbeelddocent',
          peerStudentId: null,
          teamId: null,
          overrides: [],
          comments: {},
          ptaToetsId: toets.id,
          attempt: 1,
          ...record,
        });
        if (random.next() < 0.1) resultaten.push(result(student.id, toets.id, 1, { late: true }));
      } else if (isGraded(toets.toetsvorm)) {
        const grade = Math.round((3 + random.next() * 6.5) * 10) / 10;
        resultaten.push(result(student.id, toets.id, 1, { grade, late: random.next() < 0.1 }));
        if (toets.herkansbaar && grade < 5.5) resultaten.push(result(student.id, toets.id, 2, { grade: Math.round((5 + random.next() * 3) * 10) / 10 }));
      } else resultaten.push(result(student.id, toets.id, 1, { voldaan: random.next() < 0.9 }));
    }
  }
  await db.transaction('rw', [db.groups, db.students, db.beoordelingen, db.resultaten], async () => {
    await db.groups.add(group);
    await db.students.bulkAdd(students);
    await db.beoordelingen.bulkAdd(beoordelingen);
    await db.resultaten.bulkAdd(resultaten);
  });
  return { cohortId: pta.cohortId, groupId: group.id, otherGroupId: siblings[0]!.id, students: students.length, toetsen: pta.toetsen.length };
}

let testPhoto: File | null = null;

/**
 * A phone-like photo (4032 × 3024, JPEG) of at least `minBytes`: a smooth scene with sensor
 * noise, the noise raised until the JPEG is large enough. Made in the page, kept for
 * timePhotoStore; not timed.
 */
async function makeTestPhoto(minBytes: number) {
  const width = 4032;
  const height = 3024;
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  const image = context.createImageData(width, height);
  const pixels = image.data;
  const random = createRandom(4_000_000);
  const noise = new Float32Array(4096).map(() => random.next() - 0.5);
  for (let amplitude = 24; ; amplitude *= 1.5) {
    for (let y = 0, i = 0; y < height; y++) {
      for (let x = 0; x < width; x++, i += 4) {
        const n = noise[(x * 7 + y * 13 + ((x * y) >> 5)) & 4095]! * amplitude;
        pixels[i] = 90 + (120 * x) / width + n;
        pixels[i + 1] = 60 + (140 * y) / height + n * 0.8;
        pixels[i + 2] = 80 + 60 * Math.sin(x / 300) * Math.cos(y / 200) + n * 1.2;
        pixels[i + 3] = 255;
      }
    }
    context.putImageData(image, 0, 0);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
    if (blob.size >= minBytes || amplitude > 400) {
      testPhoto = new File([blob], 'IMG_2041.jpg', { type: 'image/jpeg', lastModified: Date.now() });
      return { size: blob.size, width, height };
    }
  }
}

/**
 * Stores the test photo as the observations screen does with a chosen file: read its first bytes
 * and check it (checkEvidenceFile), scale it to a ≤ 1600 px JPEG and a 320 px thumbnail
 * (prepareEvidencePhoto), then one transaction with the observation and its evidence
 * (createObservaties). Timed until that transaction has committed.
 */
async function timePhotoStore() {
  const file = testPhoto;
  if (!file) throw new Error('eerst makeTestPhoto');
  const student = (await db.students.limit(1).toArray())[0]!;
  const start = performance.now();
  const head = new Uint8Array(await file.slice(0, 32).arrayBuffer());
  const check = checkEvidenceFile(file, head, true);
  if (!check.ok) throw new Error(`foto geweigerd: ${check.problem.code}`);
  const checked = performance.now();
  const photo = await prepareEvidencePhoto(file);
  const prepared = performance.now();
  const { bewijsIds } = await createObservaties(
    [student.id],
    { nodeId: null, level: null, scaleSize: 4, date: '2026-03-12', note: 'Foto van het werkstuk', opdrachtId: null, assessor: 'examinator' },
    [
      {
        kind: check.kind,
        fileName: file.name,
        mimeType: 'image/jpeg',
        size: photo.blob.size,
        width: photo.width,
        height: photo.height,
        blob: photo.blob,
        thumbnail: photo.thumbnail,
        date: '2026-03-12',
        caption: '',
        opdrachtId: null,
      },
    ],
  );
  const ms = performance.now() - start;
  const stored = await db.bewijs.get(bewijsIds[0]!);
  if (!stored || stored.blob.size !== photo.blob.size) throw new Error('de foto is niet opgeslagen');
  return {
    ms,
    // Where the time went: reading the head and checking, decoding and scaling, the transaction.
    phases: { check: checked - start, prepare: prepared - checked, store: start + ms - prepared },
    size: stored.blob.size,
    width: stored.width ?? 0,
    height: stored.height ?? 0,
    thumbnail: stored.thumbnail?.size ?? 0,
  };
}

/**
 * Evidence photos for the backup benchmark only (other scenarios never call this, so their
 * figures do not change): `count` bewijs rows of ~`bytes` each plus a ~16 KB thumbnail, spread
 * over the large school's students. The bytes are pseudo-random, like JPEG data they do not
 * compress, which is what matters to a backup; decoding them as images is never needed.
 */
async function seedBackupPhotos(count: number, bytes: number) {
  const random = createRandom(500_200);
  const students = await db.students.limit(count).toArray();
  const stamp = Date.now();
  const rows: Bewijs[] = [];
  for (let index = 0; index < count; index++) {
    const size = Math.round(bytes * (0.8 + random.next() * 0.4));
    const photo = new Uint8Array(size);
    crypto.getRandomValues(photo.subarray(0, Math.min(size, 65_536)));
    for (let offset = 65_536; offset < size; offset += 65_536) crypto.getRandomValues(photo.subarray(offset, Math.min(size, offset + 65_536)));
    photo.set([0xff, 0xd8, 0xff, 0xe0]);
    const thumbnail = photo.slice(0, 16_000);
    rows.push({
      id: random.uuid(), studentIds: [students[index % students.length]!.id], kind: 'foto', fileName: `IMG_${1000 + index}.jpg`, mimeType: 'image/jpeg',
      size, width: 1600, height: 1200, blob: new Blob([photo], { type: 'image/jpeg' }), thumbnail: new Blob([thumbnail], { type: 'image/jpeg' }),
      date: '2026-03-12', caption: 'Werkstuk', opdrachtId: null, createdAt: stamp, updatedAt: stamp, deletedAt: null,
    });
  }
  await db.bewijs.bulkAdd(rows);
  return db.bewijs.count();
}

let lastBackup: Uint8Array | null = null;

const totalRows = async () => (await Promise.all(db.tables.map((table) => table.count()))).reduce((a, b) => a + b, 0);

async function wipe() {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
}

/** A full backup (every table and blob, checksums, the zip) until its bytes are ready to save. */
async function timeBackup() {
  const start = performance.now();
  const made = await makeBackup();
  const ms = performance.now() - start;
  lastBackup = made.bytes;
  return { ms, bytes: made.bytes.length, rows: made.manifest.tables.reduce((sum, t) => sum + t.count, 0), blobs: made.manifest.blobs.length };
}

/** Restore of the last backup into an emptied database: check the whole file, then write it (one transaction). */
async function timeRestore() {
  if (!lastBackup) throw new Error('eerst timeBackup');
  await wipe();
  // The file as the teacher picks it (a File is a Blob), made beforehand, as the baseline's is.
  const file = new Blob([lastBackup as BlobPart]);
  // Making it is a long task of its own; the measuring starts after it.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const { result: ms, longestTaskMs } = await longestTaskDuring(async () => {
    const start = performance.now();
    const opened = await openBackup(file);
    if (!opened.ok) throw new Error(`back-up geweigerd: ${opened.problem.code}`);
    await restoreBackup(opened.contents);
    return performance.now() - start;
  });
  return { ms, rows: await totalRows(), longestTaskMs };
}

/** The longest main-thread task (Long Tasks API) while `work` runs: what freezes the page. */
async function longestTaskDuring<T>(work: () => Promise<T>): Promise<{ result: T; longestTaskMs: number }> {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  try {
    const result = await work();
    // Entries of the last task are delivered after it ends.
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
    return { result, longestTaskMs: longest };
  } finally {
    observer.disconnect();
  }
}

/**
 * The floor under any restore on this machine: the same rows (Blobs included) added with the
 * bare IndexedDB API into the emptied database, one transaction, every request made at once;
 * no checks, no Dexie, no tallies. Reported beside restore-large to show how much of it is
 * IndexedDB's own time.
 */
async function timeRawRestore() {
  if (!lastBackup) throw new Error('eerst timeBackup');
  const opened = await openBackup(lastBackup);
  if (!opened.ok) throw new Error(`back-up geweigerd: ${opened.problem.code}`);
  const tables = reviveTables(opened.contents);
  await wipe();
  const idb = db.backendDB();
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction(tables.map((table) => table.name), 'readwrite');
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    for (const table of tables) {
      const store = tx.objectStore(table.name);
      for (const row of table.rows) store.add(row);
    }
  });
  const ms = performance.now() - start;
  return { ms, rows: await totalRows() };
}

/**
 * The floor under any backup on this machine: every row of the tables a backup holds read with
 * the bare IndexedDB API (getAll, one transaction), then the bytes of every Blob in them read at
 * once; no JSON, no zip, no checksums. Reported beside backup-large to show how much of it is
 * the browser's own reading.
 */
async function timeRawBackupRead() {
  const idb = db.backendDB();
  const names = db.tables.map((table) => table.name).filter((name) => !DERIVED_TABLES.includes(name));
  const start = performance.now();
  const tables = await new Promise<unknown[][]>((resolve, reject) => {
    const tx = idb.transaction(names, 'readonly');
    const requests = names.map((name) => tx.objectStore(name).getAll());
    tx.oncomplete = () => resolve(requests.map((request) => request.result as unknown[]));
    tx.onerror = () => reject(tx.error);
  });
  const blobs = tables.flat().flatMap((row) => Object.values(row as Record<string, unknown>).filter((value): value is Blob => value instanceof Blob));
  const bytes = (await Promise.all(blobs.map((blob) => blob.arrayBuffer()))).reduce((sum, buffer) => sum + buffer.byteLength, 0);
  const ms = performance.now() - start;
  return { ms, rows: tables.reduce((sum, rows) => sum + rows.length, 0), blobs: blobs.length, bytes };
}

/**
 * The baseline: dexie-export-import's import of the same data (its export made first, not timed):
 * the rows a backup holds, so without the derived tables, which the database counts again as the
 * observations are imported (as in the app's restore).
 */
async function timeDexieImport() {
  const exported = await exportDB(db, { filter: (table) => !DERIVED_TABLES.includes(table) });
  await wipe();
  const start = performance.now();
  await importInto(db, exported, { acceptVersionDiff: true });
  const ms = performance.now() - start;
  return { ms, rows: await totalRows() };
}
