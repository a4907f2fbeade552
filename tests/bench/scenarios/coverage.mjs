import { openApp } from '../harness.mjs';

const RUNS = 7;

/**
 * Opens `#/dekking?cohort=…` from another screen and resolves with the ms until the matrix shows
 * `rows` students with their cells (forced style and layout included). That span holds the
 * router, the live query (cohort, programme eindtermen, students, the students' observation
 * tallies, every beoordeling of the cohort's students with their rubric versions, PTA results),
 * the coverage of every student × eindterm, the warning list and React's render of the visible rows.
 */
function timeOpen(page, cohortId, rows) {
  return page.evaluate(
    ({ id, count }) =>
      new Promise((resolve, reject) => {
        const rendered = () => document.querySelector(`table.cov-table[data-rows="${count}"] tbody td.cov-cell`) !== null;
        const observer = new MutationObserver(() => {
          if (!rendered()) return;
          observer.disconnect();
          void document.body.offsetHeight;
          resolve(performance.now() - start);
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        setTimeout(() => reject(new Error(`de dekkingsmatrix met ${count} leerlingen werd niet getoond`)), 15_000);
        const start = performance.now();
        location.hash = `#/dekking?cohort=${id}`;
      }),
    { id: cohortId, count: rows },
  );
}

/**
 * The baseline: the same cohort's observations (each student's list, by key) and beoordelingen
 * (through studentId) read with the raw IndexedDB API in one transaction, values included,
 * nothing computed or drawn: what the matrix had to read before schema version 5 (it now reads
 * the students' observation tallies instead of the observations). On a loaded machine both move
 * together; the ratio holds.
 */
function timeRawRead(page, cohortId) {
  return page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('vakwerk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const setup = db.transaction(['groups', 'students'], 'readonly');
          const groups = setup.objectStore('groups').index('cohortId').getAll(id);
          groups.onsuccess = () => {
            const students = [];
            for (const group of groups.result) setup.objectStore('students').index('groupId').getAll(group.id).onsuccess = (event) => students.push(...event.target.result);
            setup.oncomplete = () => {
              const start = performance.now();
              const tx = db.transaction(['observatieLijsten', 'beoordelingen'], 'readonly');
              const observaties = tx.objectStore('observatieLijsten');
              const beoordelingen = tx.objectStore('beoordelingen').index('studentId');
              let rows = 0;
              for (const student of students) {
                observaties.get(student.id).onsuccess = (event) => (rows += event.target.result?.observaties.length ?? 0);
                beoordelingen.getAll(student.id).onsuccess = (event) => (rows += event.target.result.length);
              }
              tx.oncomplete = () => {
                const ms = performance.now() - start;
                db.close();
                resolve({ ms, rows, students: students.length });
              };
            };
          };
        };
      }),
    cohortId,
  );
}

/** Leaves the matrix for a light screen, until its heading is there (not timed). */
async function leave(page) {
  await page.evaluate(() => (location.hash = '#/instellingen'));
  await page.locator('table.cov-table').waitFor({ state: 'detached' });
  await page.waitForTimeout(150);
}

export async function coverageScenarios({ browser, url, seedScript, metrics }) {
  const { context, page } = await openApp(browser, { url, seedScript, hash: '#/', seed: () => window.vakwerkBench.seedLargeSchool() });
  await page.reload();
  await page.getByRole('heading', { level: 1 }).first().waitFor();

  // The large school's Zorg en Welzijn cohorts (8 groups of 25) are examined on its generated
  // exam programme of 60 eindtermen: more columns than the 30 the target names.
  await page.evaluate(() => (location.hash = '#/dekking'));
  await page.getByRole('combobox', { name: 'Cohort' }).waitFor();
  const cohort = await page.evaluate(async () => {
    const select = document.querySelector('.page-header select');
    return [...select.options].map((option) => ({ id: option.value, name: option.textContent }));
  });
  const target = cohort.find((option) => / tl$/.test(option.name));
  if (!target) throw new Error(`geen tl-cohort (Zorg en Welzijn) gevonden tussen ${cohort.map((c) => c.name).join(', ')}`);
  await leave(page);
  await timeOpen(page, target.id, 200); // first open loads the screen's code: not timed
  const shape = await page.evaluate(() => ({
    columns: document.querySelectorAll('table.cov-table thead tr:first-child th.cov-term').length,
    states: [...new Set([...document.querySelectorAll('table.cov-table td.cov-cell')].map((cell) => cell.dataset.state))].sort(),
  }));
  if (shape.columns < 30) throw new Error(`verwacht ≥ 30 eindtermen, gezien ${shape.columns}`);
  console.log(`coverage-matrix: 200 leerlingen × ${shape.columns} eindtermen, staten ${shape.states.join(', ')}`);

  // Interleaved, so both see the same load on the machine.
  const samples = [];
  const raw = [];
  for (let run = 0; run < RUNS; run++) {
    await leave(page);
    const read = await timeRawRead(page, target.id);
    if (read.students !== 200) throw new Error(`verwacht 200 leerlingen, gezien ${read.students}`);
    raw.push(read.ms);
    await page.waitForTimeout(100);
    samples.push(await timeOpen(page, target.id, 200));
  }
  metrics.record('coverage-raw-idb', raw);
  metrics.record('coverage-matrix', samples, { target_ms: 300, baseline_id: 'coverage-raw-idb', max_ratio: 2.5 });
  await context.close();
}
