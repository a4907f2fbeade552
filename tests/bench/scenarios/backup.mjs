
// Each run moves the whole large school with its photos (~120 MB) several times; five runs keep
// the scenario within minutes on the shared machine.
const RUNS = 5;
const PHOTOS = 500;
const PHOTO_BYTES = 200 * 1024;

/**
 * backup-large: a full backup of the large school with 500 evidence photos of ~200 KB (and
 * their thumbnails), from the click until the file's bytes are ready (read every table in one
 * transaction, blobs read, JSON, SHA-256 of every part, the zip).
 * restore-large: that backup into an emptied database, from the file as a teacher picks it (a
 * Blob, made beforehand like the baseline's): the whole file read and checked (zip, manifest,
 * every checksum), rows and blobs revived, written in one transaction.
 * restore-dexie-export-import: the baseline, dexie-export-import's importInto of the same data
 * (its export made beforehand, not timed), in the same run.
 * restore-longest-task: the longest main-thread task during restore-large (quality.md: ≤ 200 ms).
 * restore-raw-idb-floor: the same rows added with the bare IndexedDB API, no checks: the part of
 * any restore that is IndexedDB's own (no target; it shows what the restore target is up against).
 * backup-raw-read-floor: every row and every blob's bytes read with the bare API, nothing made of
 * them: the part of any backup that is the browser's own reading (no target; likewise).
 */
export async function backupScenarios({ browser, url, seedScript, metrics }) {
  // bypassCSP: dexie-export-import (the baseline only) compiles code with new Function, which the
  // app's CSP rightly forbids. It changes no timing of the app's own code.
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, bypassCSP: true });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('pagina-fout:', error.message));
  await page.goto(`${url}#/`);
  await page.evaluate(seedScript);
  await page.evaluate(() => window.vakwerkBench.seedLargeSchool());
  const photos = await page.evaluate(({ count, bytes }) => window.vakwerkBench.seedBackupPhotos(count, bytes), { count: PHOTOS, bytes: PHOTO_BYTES });
  if (photos < PHOTOS) throw new Error(`verwacht ${PHOTOS} foto's, gezien ${photos}`);
  const countsBefore = await page.evaluate(() => window.vakwerkBench.counts());
  const rowsBefore = Object.values(countsBefore).reduce((a, b) => a + b, 0);
  // The raw floor writes no tallies (the database's derived table).
  const rawRowsExpected = rowsBefore - (countsBefore.observatieTallies ?? 0);

  const backup = [];
  const restore = [];
  const baseline = [];
  const longestTask = [];
  const raw = [];
  const rawRead = [];
  let size = 0;
  for (let run = 0; run < RUNS; run++) {
    const read = await page.evaluate(() => window.vakwerkBench.timeRawBackupRead());
    if (read.rows !== rawRowsExpected) throw new Error(`kaal gelezen ${read.rows} rijen, verwacht ${rawRowsExpected}`);
    rawRead.push(read.ms);
    const made = await page.evaluate(() => window.vakwerkBench.timeBackup());
    size = made.bytes;
    backup.push(made.ms);
    const restored = await page.evaluate(() => window.vakwerkBench.timeRestore());
    if (restored.rows !== rowsBefore) throw new Error(`na terugzetten ${restored.rows} rijen, verwacht ${rowsBefore}`);
    restore.push(restored.ms);
    longestTask.push(restored.longestTaskMs);
    const imported = await page.evaluate(() => window.vakwerkBench.timeDexieImport());
    if (imported.rows !== rowsBefore) throw new Error(`na dexie-import ${imported.rows} rijen, verwacht ${rowsBefore}`);
    baseline.push(imported.ms);
    const rawRestored = await page.evaluate(() => window.vakwerkBench.timeRawRestore());
    if (rawRestored.rows !== rawRowsExpected) throw new Error(`na kale IndexedDB ${rawRestored.rows} rijen, verwacht ${rawRowsExpected}`);
    raw.push(rawRestored.ms);
  }
  console.log(`back-up: ${rowsBefore} rijen, ${PHOTOS} foto's, ${(size / 1024 / 1024).toFixed(1)} MB`);
  metrics.record('backup-large', backup, { target_ms: 5000 });
  metrics.record('backup-raw-read-floor', rawRead);
  metrics.record('restore-dexie-export-import', baseline);
  metrics.record('restore-large', restore, { target_ms: 10000, baseline_id: 'restore-dexie-export-import', max_ratio: 0.5 });
  metrics.record('restore-longest-task', longestTask, { target_ms: 200 });
  metrics.record('restore-raw-idb-floor', raw);
  await context.close();
}
