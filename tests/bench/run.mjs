#!/usr/bin/env node
/**
 * `npm run bench [-- --out FILE] [--only NAME]`: drives the production build in headless
 * Chromium over the generated large school and reports the median of several runs per metric,
 * with ratios to baselines measured in the same run (the machine is noisy; ratios hold). Writes
 * {"metrics": [...]} to --out (default bench-results.json) and exits 1 when a target is missed.
 * `--only NAME` (repeatable; students, frameworks, opdrachten, assessment, profile, heatmap, coverage, dashboard, dossier, backup) runs only those
 * scenario files, e.g. while working on one: `npm run build:renderer && node tests/bench/run.mjs
 * --only assessment`. A ratio whose baseline was not measured is then left out.
 */
import { writeFileSync } from 'node:fs';
import { bundleSeedScript, launchBrowser, startServer } from './harness.mjs';
import { MetricSet, printTable, toJson } from './metrics.mjs';
import { assessmentScenarios } from './scenarios/assessment.mjs';
import { backupScenarios } from './scenarios/backup.mjs';
import { coverageScenarios } from './scenarios/coverage.mjs';
import { dashboardScenarios } from './scenarios/dashboard.mjs';
import { dossierScenarios } from './scenarios/dossier.mjs';
import { frameworkScenarios } from './scenarios/frameworks.mjs';
import { heatmapScenarios } from './scenarios/heatmap.mjs';
import { opdrachtenScenarios } from './scenarios/opdrachten.mjs';
import { profileScenarios } from './scenarios/profile.mjs';
import { studentScenarios } from './scenarios/students.mjs';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1] : 'bench-results.json';

const SCENARIOS = {
  students: studentScenarios,
  frameworks: frameworkScenarios,
  opdrachten: opdrachtenScenarios,
  assessment: assessmentScenarios,
  profile: profileScenarios,
  heatmap: heatmapScenarios,
  coverage: coverageScenarios,
  dashboard: dashboardScenarios,
  dossier: dossierScenarios,
  backup: backupScenarios,
};
const only = args.flatMap((arg, index) => (args[index - 1] === '--only' ? [arg] : []));
for (const name of only) if (!(name in SCENARIOS)) throw new Error(`onbekend scenario ${name}; kies uit ${Object.keys(SCENARIOS).join(', ')}`);
const selected = Object.entries(SCENARIOS).filter(([name]) => only.length === 0 || only.includes(name));

const started = Date.now();
const seedScript = await bundleSeedScript();
const server = await startServer();
const browser = await launchBrowser();
const metrics = new MetricSet();
try {
  for (const [, scenario] of selected) await scenario({ browser, url: server.url, seedScript, metrics });
} finally {
  await browser.close();
  await server.close();
}

const results = metrics.finish();
printTable(results);
writeFileSync(out, `${JSON.stringify(toJson(results), null, 2)}\n`);
console.log(`\n${results.length} metingen in ${((Date.now() - started) / 1000).toFixed(0)} s; geschreven naar ${out}`);
process.exitCode = results.every((m) => m.pass) ? 0 : 1;
