import { purgeDeleted } from '../db/repositories/students';
import { platform } from '../platform';

/**
 * Work done once per start, off the critical path to the first screen:
 * - ask the browser to keep our storage (without it Chromium may evict IndexedDB under disk
 *   pressure; Electron grants it, browsers decide themselves);
 * - purge rows deleted more than 30 days ago;
 * - in the desktop app, start the automatic backups.
 */
export function startBackgroundTasks(): void {
  // Desktop: automatic backups while data changes (the code loads only there).
  if (platform.autoBackups) {
    void import('../features/backup/auto-backup').then(({ startAutoBackups }) => startAutoBackups());
  }
  // Well after the first screen: nothing here is urgent, and it must not compete with it.
  const later = (work: () => void) => setTimeout(() => ('requestIdleCallback' in window ? window.requestIdleCallback(work) : work()), 5000);
  later(() => {
    void navigator.storage?.persist?.().catch(() => false);
    purgeDeleted().catch((error: unknown) => console.error('Opschonen van verwijderde gegevens mislukt', error));
  });
}
