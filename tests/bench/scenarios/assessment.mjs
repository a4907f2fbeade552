import { openApp } from '../harness.mjs';

const RUNS = 7;
const PHOTO_BYTES = 4 * 1024 * 1024;

async function repeat(measure) {
  const samples = [];
  for (let run = 0; run < RUNS; run++) samples.push(await measure(run));
  return samples;
}

/**
 * One key press on a cell of the classroom grid (student row `row`, the first criterion), in the
 * page: the cell is made active with a click and focused, cleared with "0" (not timed, waits
 * until that is stored and the live query has caught up), then the digit is pressed. Resolves
 * with { visible, stored } in ms, both from the keydown dispatch:
 * - visible: the cell's content shows a level (a MutationObserver on the cell sees it, which is
 *   as soon as React has committed the DOM), plus a forced style and layout, as the other
 *   "until shown" metrics here do; painting the frame is not included;
 * - stored: the app's `vakwerk:score-stored` event, dispatched when the Dexie transaction of
 *   that change has committed (use-score-writer.ts).
 */
function timeScoreKey(page, row, digit) {
  return page.evaluate(
    async ({ row: rowNumber, digit: key }) => {
      const settle = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
      const stored = () => new Promise((resolve) => window.addEventListener('vakwerk:score-stored', resolve, { once: true }));
      const press = (target, name) =>
        target.dispatchEvent(new KeyboardEvent('keydown', { key: name, code: `Digit${name}`, bubbles: true, cancelable: true }));

      const studentRows = [...document.querySelectorAll('table.score-grid tbody tr')].filter((tr) => !tr.classList.contains('score-row-team'));
      const tr = studentRows[rowNumber % studentRows.length];
      const criterion = tr.querySelector('td.score-cell:not(.score-condition-cell)');
      const address = criterion.dataset.cell;
      const cell = () => document.querySelector(`[data-cell="${address}"]`);
      const shown = () => cell().querySelector('span[aria-hidden]').textContent;

      cell().click();
      await settle(50);
      cell().focus();
      if (shown() !== '·') {
        const cleared = stored();
        press(cell(), '0');
        await cleared;
      }
      await settle(200); // the live query re-reads after a write: let it land before timing
      if (shown() !== '·' || document.activeElement !== cell()) throw new Error(`cel ${address} is niet leeg of heeft geen focus`);

      const target = cell();
      return new Promise((resolve, reject) => {
        let visible = 0;
        let storedAt = 0;
        const done = () => visible && storedAt && resolve({ visible, stored: storedAt });
        const observer = new MutationObserver(() => {
          if (shown() === '·') return;
          void document.body.offsetHeight; // include style and layout of the changed row
          visible = performance.now() - start;
          observer.disconnect();
          done();
        });
        observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: true });
        window.addEventListener(
          'vakwerk:score-stored',
          () => {
            storedAt = performance.now() - start;
            done();
          },
          { once: true },
        );
        setTimeout(() => reject(new Error(`toets ${key} op cel ${address} werd niet zichtbaar of opgeslagen`)), 5000);
        const start = performance.now();
        press(target, key);
      });
    },
    { row, digit },
  );
}

/**
 * Chooses `groupId` in the grade table's group picker (its change event, as the teacher's
 * choice gives) and resolves with the ms until the table shows that group's `rows` rows, forced
 * style and layout included. That span holds the router's search-param update, the live query
 * (cohorts, groups, the PTA, students, results and beoordelingen from IndexedDB), the SE
 * computation (gradeTable) and React's render of the table.
 */
function timeGroupChoice(page, groupId, rows) {
  return page.evaluate(
    ({ id, count }) =>
      new Promise((resolve, reject) => {
        const select = [...document.querySelectorAll('select')].find((candidate) => [...candidate.options].some((option) => option.value === id));
        const rendered = () => document.querySelectorAll('table.grade-table tbody tr').length === count;
        const observer = new MutationObserver(() => {
          if (!rendered()) return;
          observer.disconnect();
          void document.body.offsetHeight;
          resolve(performance.now() - start);
        });
        observer.observe(document.body, { childList: true, subtree: true });
        setTimeout(() => reject(new Error(`de cijfertabel met ${count} rijen werd niet getoond`)), 10_000);
        const start = performance.now();
        select.value = id;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }),
    { id: groupId, count: rows },
  );
}

export async function assessmentScenarios({ browser, url, seedScript, metrics }) {
  const { context, page, seeded } = await openApp(browser, {
    url,
    seedScript,
    hash: '#/',
    seed: async () => {
      await window.vakwerkBench.seedLargeSchool();
      return window.vakwerkBench.seedGradeGroup30();
    },
  });
  if (seeded.students !== 30 || seeded.toetsen !== 10) throw new Error(`verwacht 30 leerlingen × 10 toetsen, gezien ${seeded.students} × ${seeded.toetsen}`);
  await page.reload();
  await page.getByRole('heading', { level: 1 }).first().waitFor();

  // --- score-visible / score-stored: the classroom screen as it opens (the first lopende
  // opdracht, its first group and rubric, the examinator, teams with their members); one digit
  // on an empty criterion cell of a student, a different student each run.
  await page.evaluate(() => (location.hash = '#/beoordelen'));
  await page.locator('table.score-grid tbody td.score-cell').first().waitFor();
  await timeScoreKey(page, 0, '2'); // first press: warms up the code paths, as a teacher's first score does
  const visible = [];
  const stored = [];
  for (let run = 0; run < RUNS; run++) {
    const sample = await timeScoreKey(page, 1 + run * 2, String(1 + (run % 3)));
    visible.push(sample.visible);
    stored.push(sample.stored);
  }
  metrics.record('score-visible', visible, { target_ms: 16 });
  metrics.record('score-stored', stored, { target_ms: 50 });

  // --- grade-table-30x10: from choosing the group of 30 in #/cijfers until its table is shown;
  // between runs back to a group of 25 of the same cohort (not timed).
  await page.evaluate(({ cohortId, otherGroupId }) => (location.hash = `#/cijfers?cohort=${cohortId}&groep=${otherGroupId}`), seeded);
  await page.locator('table.grade-table tbody tr:nth-child(25)').waitFor();
  await timeGroupChoice(page, seeded.groupId, 30); // once first, not timed, as a teacher's second look
  const cells = await page.evaluate(() => ({
    cells: document.querySelectorAll('table.grade-table tbody td.grade-cell').length,
    empty: [...document.querySelectorAll('table.grade-table tbody .grade-value')].filter((value) => value.textContent === '—').length,
  }));
  if (cells.cells !== 300 || cells.empty > 0) throw new Error(`verwacht 300 gevulde cellen, gezien ${cells.cells} waarvan ${cells.empty} leeg`);
  metrics.record(
    'grade-table-30x10',
    await repeat(async () => {
      await timeGroupChoice(page, seeded.otherGroupId, 25);
      await page.waitForTimeout(100);
      return timeGroupChoice(page, seeded.groupId, 30);
    }),
    { target_ms: 50 },
  );

  // --- photo-store-4mb: a phone photo (4032 × 3024 JPEG of ≥ 4 MiB, made in the page) from the
  // chosen File until it is checked, scaled (≤ 1600 px JPEG and a 320 px thumbnail) and stored
  // with its observation in one committed transaction; see timePhotoStore in seed-entry.ts.
  await page.evaluate(seedScript);
  const photo = await page.evaluate((bytes) => window.vakwerkBench.makeTestPhoto(bytes), PHOTO_BYTES);
  if (photo.size < PHOTO_BYTES) throw new Error(`de testfoto is maar ${photo.size} bytes`);
  await page.evaluate(() => window.vakwerkBench.timePhotoStore()); // first: creates the canvas and encoder
  metrics.record(
    'photo-store-4mb',
    await repeat(async () => {
      const result = await page.evaluate(() => window.vakwerkBench.timePhotoStore());
      if (result.width !== 1600 || result.height !== 1200 || result.thumbnail === 0) throw new Error(`onverwacht opgeslagen: ${JSON.stringify(result)}`);
      return result.ms;
    }),
    { target_ms: 300 },
  );
  await context.close();
}
