import { openApp } from '../harness.mjs';

const RUNS = 7;

async function repeat(measure) {
  const samples = [];
  for (let run = 0; run < RUNS; run++) samples.push(await measure(run));
  return samples;
}

/** In-app navigation to `hash` until the screen's ready mark is set and `selector` matches. */
function timeNavigation(page, hash, mark, selector) {
  return page.evaluate(
    ({ hash: target, mark: name, selector: css }) =>
      new Promise((resolve, reject) => {
        performance.clearMarks(name);
        const start = performance.now();
        location.hash = target;
        const poll = () => {
          if (performance.getEntriesByName(name, 'mark').length > 0 && document.querySelector(css)) {
            void document.body.offsetHeight;
            resolve(performance.now() - start);
          } else if (performance.now() - start > 10_000) reject(new Error(`${target} werd niet getoond`));
          else requestAnimationFrame(poll);
        };
        poll();
      }),
    { hash, mark, selector },
  );
}

export async function opdrachtenScenarios({ browser, url, seedScript, metrics }) {
  const { context, page } = await openApp(browser, { url, seedScript, hash: '#/', seed: () => window.vakwerkBench.seedLargeSchool() });
  await page.reload();
  await page.getByRole('heading', { level: 1 }).first().waitFor();

  // Each screen once first, so its lazily loaded code is in, as on a teacher's second visit.
  await timeNavigation(page, '#/opdrachten', 'vakwerk:opdrachten-ready', '.card-title a');
  await timeNavigation(page, '#/jaarplanning', 'vakwerk:year-plan-ready', '.plan-bar');

  metrics.record(
    'opdrachten-list-large',
    await repeat(async () => {
      await page.evaluate(() => (location.hash = '#/'));
      await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
      return timeNavigation(page, '#/opdrachten', 'vakwerk:opdrachten-ready', '.card-title a');
    }),
    { target_ms: 150 },
  );
  metrics.record(
    'year-plan-large',
    await repeat(async () => {
      await page.evaluate(() => (location.hash = '#/'));
      await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
      return timeNavigation(page, '#/jaarplanning', 'vakwerk:year-plan-ready', '.plan-bar');
    }),
    { target_ms: 150 },
  );

  await page.evaluate(seedScript);
  const coverage = [];
  for (let run = 0; run < RUNS; run++) {
    const result = await page.evaluate(() => window.vakwerkBench.timePlanCoverage());
    if (result.opdrachten !== 40 || result.eindtermen !== 60) throw new Error(`verwacht 40 opdrachten × 60 eindtermen, gezien ${result.opdrachten} × ${result.eindtermen}`);
    coverage.push(result.ms);
  }
  metrics.record('plan-coverage', coverage, { target_ms: 50 });

  // One opdrachtkaart PDF: from the click on "Opdrachtkaart (PDF)" until the file is handed to
  // the browser's download (jsPDF and the fonts were loaded by a first print).
  await page.evaluate(() => (location.hash = '#/opdrachten'));
  await page.locator('.card-title a').first().click();
  const button = page.getByRole('button', { name: 'Opdrachtkaart (PDF)' });
  await button.waitFor();
  const timePrint = () =>
    page.evaluate(
      () =>
        new Promise((resolve) => {
          const original = HTMLAnchorElement.prototype.click;
          let start = 0;
          HTMLAnchorElement.prototype.click = function click() {
            if (this.download) {
              HTMLAnchorElement.prototype.click = original;
              resolve(performance.now() - start);
              return;
            }
            original.call(this);
          };
          const print = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Opdrachtkaart (PDF)');
          start = performance.now();
          print.click();
        }),
    );
  await timePrint();
  metrics.record('opdrachtkaart-pdf', await repeat(timePrint), { target_ms: 200 });
  await context.close();
}
