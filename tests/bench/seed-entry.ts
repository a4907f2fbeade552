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

declare global {
  interface Window {
    vakwerkBench: {
      seedLargeSchool(): Promise<number>;
      seedEmptyCohort(): Promise<string>;
      seedLargeFramework(eindtermen: number): Promise<string>;
      counts(): Promise<Record<string, number>>;
    };
  }
}

window.vakwerkBench = {
  seedLargeSchool: () => loadDemoSchool('large'),
  seedEmptyCohort: async () =>
    (await createCohort({ name: 'Cohort 2026-2028 tl', leerweg: 'tl', programme: 'Zorg en Welzijn', firstSchoolYear: '2026-2027' })).id,
  seedLargeFramework: async (eindtermen) => (await saveFrameworkDraft(generateLargeFramework(eindtermen))).id,
  counts: async () => Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.count()] as const))),
};
