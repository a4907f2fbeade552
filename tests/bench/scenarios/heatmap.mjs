import { openApp } from '../harness.mjs';

const RUNS = 7;

/**
 * Opens #/groei for the given group and framework (a hash change, as a nav link or a link from
 * elsewhere gives) and resolves with the ms until the grid shows `rows` students × `goals`
 * cells, forced style and layout included. That span holds the router, the lazy route (already
 * loaded: the first open is not timed), the live query (cohorts, groups, frameworks, the
 * group's students, the framework's nodes, the students' observations and beoordelingen in one
 * read transaction, the mastery settings), the mastery per cell, and React's render.
 */
function timeHeatmapOpen(page, { groupId, frameworkId, rows, goals }) {
  return page.evaluate(
    ({ groupId: groep, frameworkId: kader, rows: rowCount, goals: goalCount }) =>
      new Promise((resolve, reject) => {
        const rendered = () => {
          const trs = document.querySelectorAll('table.heatmap tbody tr');
          return trs.length === rowCount && document.querySelectorAll('table.heatmap tbody td[role="gridcell"]').length === rowCount * goalCount;
        };
        const observer = new MutationObserver(() => {
          if (!rendered()) return;
          observer.disconnect();
          void document.body.offsetHeight;
          resolve(performance.now() - start);
        });
        observer.observe(document.body, { childList: true, subtree: true });
        setTimeout(() => reject(new Error(`de heatmap van ${rowCount} × ${goalCount} werd niet getoond`)), 10_000);
        const start = performance.now();
        location.hash = `#/groei?groep=${groep}&kader=${kader}`;
      }),
    { groupId, frameworkId, rows, goals },
  );
}

/** Back to a light screen between runs (not timed), so each run opens the heatmap afresh. */
async function leave(page) {
  await page.evaluate(() => (location.hash = '#/instellingen'));
  await page.locator('table.heatmap').waitFor({ state: 'detached' });
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForTimeout(100);
}

export async function heatmapScenarios({ browser, url, seedScript, metrics }) {
  const { context, page, seeded } = await openApp(browser, {
    url,
    seedScript,
    hash: '#/instellingen',
    seed: async () => {
      await window.vakwerkBench.seedLargeSchool();
      return window.vakwerkBench.seedHeatmapGroup30();
    },
  });
  if (seeded.students !== 30 || seeded.goals !== 20 || seeded.observations !== 3000) {
    throw new Error(`verwacht 30 leerlingen × 20 doelen met 3000 observaties, gezien ${JSON.stringify(seeded)}`);
  }
  await page.reload();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  const view = { groupId: seeded.groupId, frameworkId: seeded.frameworkId, rows: 30, goals: 20 };

  // --- class-heatmap: from opening #/groei for the group of 30 until its 30 × 20 grid is shown.
  await timeHeatmapOpen(page, view); // once first, not timed: loads the screen's code
  const filled = await page.evaluate(() => document.querySelectorAll('table.heatmap td[role="gridcell"]:not([data-level=""])').length);
  // 100 observations over 20 goals per student: nearly every cell has a level.
  if (filled < 500) throw new Error(`verwacht bijna 600 gevulde cellen, gezien ${filled}`);
  const samples = [];
  for (let run = 0; run < RUNS; run++) {
    await leave(page);
    samples.push(await timeHeatmapOpen(page, view));
  }
  metrics.record('class-heatmap', samples, { target_ms: 100 });
  await context.close();
}
