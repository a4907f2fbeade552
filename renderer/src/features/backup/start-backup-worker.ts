/**
 * Starts the backup worker, which Vite builds as a chunk of its own. Null where workers do not
 * exist (the unit tests' Node and jsdom): the work then runs on the page. The benchmark, which
 * bundles the app's code itself, swaps this module for one that starts the built chunk.
 */
export function startBackupWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module', name: 'vakwerk-back-up' });
}
