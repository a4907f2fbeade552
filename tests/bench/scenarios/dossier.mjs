import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { openApp } from '../harness.mjs';

/**
 * Examendossiers (issue 7), through the screens as a teacher makes them, on the large school:
 * - dossier-pdf-1: on a student's page, from "PDF maken" until the PDF is handed to the
 *   browser's download (read from IndexedDB, content built, rendered; jsPDF and the fonts were
 *   loaded by a first, untimed export);
 * - dossier-pdf-30 / dossier-pdf-150: on the grades screen, the group's dossiers as one PDF per
 *   student in a zip, from "Exporteren" until the zip is handed to the download.
 * Besides the time: the bytes per student (zip size / students; no photos) and the peak JS heap
 * during a batch (CDP Performance.getMetrics, sampled every 50 ms), checked against ≤ 600 KB a
 * student and ≤ 1 GB.
 */
const RUNS = 7;
const RUNS_150 = 3;
const MAX_BYTES_PER_STUDENT = 600 * 1024;
const MAX_HEAP = 1024 * 1024 * 1024;
const root = fileURLToPath(new URL('../../..', import.meta.url));

async function bundleDossierSeed() {
  const result = await build({ entryPoints: [`${root}/tests/bench/dossier-entry.ts`], bundle: true, format: 'iife', platform: 'browser', target: 'chrome130', write: false, logLevel: 'silent' });
  return result.outputFiles[0].text;
}

/**
 * Clicks the button with text `start` (in the open dialog) and resolves with the ms until a
 * download link is clicked, and the size of the Blob it downloads (caught at
 * URL.createObjectURL: the page's CSP rightly refuses to fetch blob: URLs).
 */
function timeDownload(page, start) {
  return page.evaluate(
    (label) =>
      new Promise((resolve, reject) => {
        const originalClick = HTMLAnchorElement.prototype.click;
        const originalUrl = URL.createObjectURL;
        let bytes = 0;
        let begin = 0;
        const restore = () => {
          HTMLAnchorElement.prototype.click = originalClick;
          URL.createObjectURL = originalUrl;
        };
        const timer = setTimeout(() => {
          restore();
          const toast = [...document.querySelectorAll('.toasts > *')].map((t) => t.textContent).join(' | ');
          reject(new Error(`geen download na "${label}"; meldingen: ${toast || 'geen'}; ${document.querySelector('dialog [role=status]')?.textContent ?? ''}`));
        }, 300_000);
        URL.createObjectURL = (blob) => {
          bytes = blob.size;
          return originalUrl.call(URL, blob);
        };
        HTMLAnchorElement.prototype.click = function click() {
          if (!this.download) return originalClick.call(this);
          const ms = performance.now() - begin;
          restore();
          clearTimeout(timer);
          resolve({ ms, bytes, name: this.download });
        };
        const button = [...document.querySelectorAll('dialog button')].find((b) => b.textContent === label);
        if (!button) {
          restore();
          clearTimeout(timer);
          reject(new Error(`geen knop "${label}"`));
          return;
        }
        begin = performance.now();
        button.click();
      }),
    start,
  );
}

/** Samples the page's JS heap while `work` runs; resolves with work's result and the peak. */
async function withPeakHeap(cdp, work) {
  let peak = 0;
  let running = true;
  const sample = async () => {
    while (running) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const sampling = sample();
  try {
    return { result: await work(), peak };
  } finally {
    running = false;
    await sampling;
    peak = Math.max(peak, 0);
  }
}

export async function dossierScenarios({ browser, url, seedScript, metrics }) {
  const dossierSeed = await bundleDossierSeed();
  const { context, page } = await openApp(browser, { url, seedScript, hash: '#/', seed: () => window.vakwerkBench.seedLargeSchool() });
  await page.evaluate(dossierSeed);
  const group30 = await page.evaluate(() => window.vakwerkDossierBench.seedDossierGroup(30, 30));
  const group150 = await page.evaluate(() => window.vakwerkDossierBench.seedDossierGroup(150, 150));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const notes = [];

  // --- dossier-pdf-1: a student's page, the dialog opened (not timed), "PDF maken" timed.
  await page.evaluate((id) => (location.hash = `#/leerlingen/${id}`), group30.studentIds[0]);
  const openButton = page.getByRole('button', { name: 'Examendossier (PDF)' });
  await openButton.waitFor();
  const single = async () => {
    await openButton.click();
    await page.getByRole('dialog').getByRole('button', { name: 'PDF maken' }).waitFor();
    const sample = await timeDownload(page, 'PDF maken');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    return sample;
  };
  await single(); // loads jsPDF and the fonts, as the teacher's first PDF of the day does
  const singles = [];
  for (let run = 0; run < RUNS; run++) singles.push(await single());
  metrics.record('dossier-pdf-1', singles.map((s) => s.ms), { target_ms: 150 });
  notes.push(`dossier-pdf-1: ${Math.round(singles[0].bytes / 1024)} KB`);

  // --- dossier-pdf-30 and -150: the grades screen of the group, "Examendossiers", a PDF per student in a zip.
  for (const [id, group, size, runs, target] of [
    ['dossier-pdf-30', group30, 30, RUNS, 3000],
    ['dossier-pdf-150', group150, 150, RUNS_150, 15000],
  ]) {
    await page.evaluate(({ cohortId, groupId }) => (location.hash = `#/cijfers?cohort=${cohortId}&groep=${groupId}`), group);
    await page.locator(`table.grade-table tbody tr:nth-child(${size})`).waitFor({ timeout: 30_000 });
    const batchButton = page.getByRole('button', { name: 'Examendossiers', exact: true });
    console.log(`${id}: ${size} leerlingen, ${runs} metingen…`);
    const samples = [];
    let peak = 0;
    for (let run = 0; run < runs; run++) {
      await batchButton.click();
      await page.getByRole('dialog').getByRole('button', { name: 'Exporteren' }).waitFor();
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
      const measured = await withPeakHeap(cdp, () => timeDownload(page, 'Exporteren'));
      await page.getByRole('dialog').waitFor({ state: 'detached', timeout: 30_000 });
      samples.push(measured.result);
      peak = Math.max(peak, measured.peak);
    }
    metrics.record(id, samples.map((s) => s.ms), { target_ms: target });
    const perStudent = samples[0].bytes / size;
    const ok = perStudent <= MAX_BYTES_PER_STUDENT && peak <= MAX_HEAP;
    notes.push(`${id}: ${(perStudent / 1024).toFixed(1)} KB per leerling (zip ${(samples[0].bytes / 1024).toFixed(0)} KB), piek JS-heap ${(peak / 1024 / 1024).toFixed(0)} MB${ok ? '' : '  TE GROOT'}`);
  }
  console.log(`\nexamendossiers:\n  ${notes.join('\n  ')}`);
  await context.close();
}
