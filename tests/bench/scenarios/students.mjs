import { openApp, reloadAndTimeReady } from '../harness.mjs';

const RUNS = 7;

/** A Magister-style export of `count` students in `groups` classes (UTF-8 with BOM, `;`). */
export function magisterCsv(count, groups = 40) {
  const lines = ['Stamnr;Roepnaam;Tussenv.;Achternaam;Klas'];
  const roepnamen = ['Zoë', 'Daniël', 'Noëlle', 'Mohammed', 'Ayşe', 'Sven', 'Joëlle'];
  const achternamen = ['Bakker', 'Berg', 'Öztürk', 'Yılmaz', "d'Souza", 'El Amrani', 'Visser'];
  for (let i = 0; i < count; i++) {
    lines.push([200000 + i, roepnamen[i % 7], i % 5 === 0 ? 'van der' : '', achternamen[(i * 3) % 7], `3T-${(i % groups) + 1}`].join(';'));
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** Runs `measure` RUNS times in one page and returns the samples. */
async function repeat(measure) {
  const samples = [];
  for (let run = 0; run < RUNS; run++) samples.push(await measure(run));
  return samples;
}

export async function studentScenarios({ browser, url, seedScript, metrics }) {
  // open-empty / open-large: the same bundle, reloaded on a warm HTTP cache, until the student
  // list (or its empty state) is rendered.
  const empty = await openApp(browser, { url, seedScript, hash: '#/leerlingen' });
  metrics.record('open-empty', await repeat(() => reloadAndTimeReady(empty.page)), {});
  await empty.context.close();

  const large = await openApp(browser, { url, seedScript, hash: '#/leerlingen', seed: () => window.vakwerkBench.seedLargeSchool() });
  metrics.record('open-large', await repeat(() => reloadAndTimeReady(large.page)), { target_ms: 1000, baseline_id: 'open-empty', max_ratio: 2 });

  const { page } = large;
  const rowCount = await page.evaluate(() => document.querySelector('[role=grid]')?.getAttribute('aria-rowcount'));
  if (rowCount !== '1001') throw new Error(`verwacht 1000 leerlingen in de tabel, gezien: ${rowCount}`);

  // Sort 1,000 rows: click the header, until the DOM shows the new order and layout is done.
  metrics.record(
    'students-sort-1000',
    await repeat(() =>
      page.evaluate(() => {
        // The first sortable column is the leerlingnummer.
        const button = document.querySelector('thead th button.sort-button');
        const firstRow = () => document.querySelector('tbody tr[data-student-id]')?.getAttribute('data-student-id');
        const before = firstRow();
        const start = performance.now();
        button.click();
        return new Promise((resolve, reject) => {
          const check = () => {
            if (firstRow() !== before) {
              void document.body.offsetHeight; // include style and layout of the new rows
              resolve(performance.now() - start);
            } else if (performance.now() - start > 5000) reject(new Error('sorteren werd niet zichtbaar'));
            else queueMicrotask(check);
          };
          check();
        });
      }),
    ),
    { target_ms: 50 },
  );

  // Filter 1,000 rows by typing a search term, until the table and its count show the result.
  metrics.record(
    'students-filter-1000',
    await repeat((run) =>
      page.evaluate((term) => {
        const input = document.querySelector('input[type=search]');
        const status = () => document.querySelector('.table-status span')?.textContent;
        const before = status();
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        const start = performance.now();
        setValue.call(input, term);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return new Promise((resolve, reject) => {
          const check = () => {
            if (status() !== before) {
              void document.body.offsetHeight;
              resolve(performance.now() - start);
            } else if (performance.now() - start > 5000) reject(new Error('filteren werd niet zichtbaar'));
            else setTimeout(check, 0);
          };
          check();
        });
      }, run % 2 === 0 ? `10${run % 10}` : ''),
    ),
    { target_ms: 50 },
  );
  await large.context.close();

  // Import a 1,000-student CSV: from choosing the file until the summary is shown, with the
  // teacher's one click on "importeren" done by the page itself as soon as it is possible.
  const csv = magisterCsv(1000);
  metrics.record(
    'import-students-1000',
    await repeat(async () => {
      const { context, page: importPage } = await openApp(browser, {
        url,
        seedScript,
        hash: '#/leerlingen/importeren',
        seed: () => window.vakwerkBench.seedEmptyCohort(),
      });
      await importPage.reload();
      await importPage.locator('input[type=file]').waitFor({ state: 'attached' });
      const timing = importPage.evaluate(
        () =>
          new Promise((resolve, reject) => {
            let start = 0;
            document.querySelector('input[type=file]').addEventListener('change', () => (start = performance.now()), { capture: true });
            const observer = new MutationObserver(() => {
              const button = [...document.querySelectorAll('button.btn-primary')].find((b) => /importeren$/.test(b.textContent) && !b.disabled);
              if (button && /^1000 /.test(button.textContent)) button.click();
              const summary = document.querySelector('[data-testid=import-summary]');
              if (summary) {
                observer.disconnect();
                if (!summary.textContent.startsWith('1000 toegevoegd')) reject(new Error(`onverwachte samenvatting: ${summary.textContent}`));
                resolve(performance.now() - start);
              }
            });
            observer.observe(document.body, { childList: true, subtree: true, attributes: true });
          }),
      );
      await importPage.locator('input[type=file]').setInputFiles({ name: 'leerlingen-1000.csv', mimeType: 'text/csv', buffer: csv });
      const ms = await timing;
      await context.close();
      return ms;
    }),
    { target_ms: 1000 },
  );
}
