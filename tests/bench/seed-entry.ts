/**
 * Bundled by the benchmark (esbuild, IIFE) and injected into the production app's page: it
 * writes through the app's own Dexie schema and repositories, so the benchmark measures the
 * same database the teacher gets. Never part of the app bundle.
 */
import { createCohort } from '../../renderer/src/db/repositories/cohorts';
import { loadDemoSchool } from '../../renderer/src/db/repositories/demo-school';
import { db } from '../../renderer/src/db/db';
import { saveFrameworkDraft } from '../../renderer/src/db/repositories/frameworks';
import { generateLargeFramework } from '../../shared/demo/generate-framework';
import { planCoverage, skillLinksFromNodes } from '../../shared/opdrachten';

declare global {
  interface Window {
    vakwerkBench: {
      seedLargeSchool(): Promise<number>;
      seedEmptyCohort(): Promise<string>;
      seedLargeFramework(eindtermen: number): Promise<string>;
      timePlanCoverage(): Promise<{ ms: number; opdrachten: number; eindtermen: number; covered: number }>;
      counts(): Promise<Record<string, number>>;
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
  counts: async () => Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.count()] as const))),
};
