import type { AutoBackupReason } from '../../../../shared/backup/rotation';
import { autoBackupDueAt } from '../../../../shared/backup/schedule';
import type { WriteAutoBackupResult } from '../../../../shared/ipc/contract';
import { onDatabaseChange } from '../../db/repositories/backup';
import i18next from 'i18next';
import { platform } from '../../platform';
import { useAutoBackupState } from '../../state/auto-backup';
import { useToasts } from '../../state/toasts';
import { makeBackup } from './backup-file';

/**
 * Automatic backups in the desktop app. Dexie announces every committed write
 * ('storagemutated', the event its live queries use); the first change after a backup starts
 * the clock of shared/backup/schedule.ts, so changes never wait more than 15 minutes for a
 * backup. Main writes the file atomically and rotates (electron/auto-backups.ts).
 */
let started = false;
let lastBackupAt: number | null = null;
let firstUnsavedChangeAt: number | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<WriteAutoBackupResult | null> | null = null;

export function startAutoBackups(): void {
  if (started || !platform.autoBackups) return;
  started = true;
  onDatabaseChange(noteChange);
}

function noteChange(): void {
  if (firstUnsavedChangeAt !== null) return;
  firstUnsavedChangeAt = Date.now();
  clearTimeout(timer);
  timer = setTimeout(runScheduled, Math.max(0, autoBackupDueAt({ lastBackupAt, firstUnsavedChangeAt }) - Date.now()));
}

function runScheduled(): void {
  void backupToFolder('interval');
}

/**
 * Makes a backup of the current data and has main write it into the backup folder. Returns
 * null in a browser (no folder). Failures come back as a result (and a toast), never thrown:
 * a failed automatic backup must not break what the teacher is doing.
 */
export async function backupToFolder(reason: AutoBackupReason): Promise<WriteAutoBackupResult | null> {
  const backups = platform.autoBackups;
  if (!backups) return null;
  // One at a time; a request during a running backup waits for it and then makes its own.
  while (running) await running.catch(() => null);
  const changesFrom = firstUnsavedChangeAt;
  firstUnsavedChangeAt = null;
  clearTimeout(timer);
  running = (async () => {
    useAutoBackupState.getState().setBusy(true);
    let result: WriteAutoBackupResult;
    try {
      const { bytes } = await makeBackup();
      result = await backups.write(reason, bytes);
    } catch (error) {
      console.error('Automatische back-up mislukt', error);
      result = { status: 'failed', code: 'write-failed' };
    }
    const now = Date.now();
    useAutoBackupState.getState().setResult(result, now);
    if (result.status === 'saved') lastBackupAt = now;
    else {
      useToasts.getState().show({ tone: 'error', message: i18next.t(`backup.auto.errors.${result.code}`) });
      // Try again at the next interval rather than losing track of the unsaved changes.
      if (changesFrom !== null && firstUnsavedChangeAt === null) {
        firstUnsavedChangeAt = changesFrom;
        timer = setTimeout(runScheduled, 15 * 60_000);
      }
    }
    return result;
  })();
  try {
    return await running;
  } finally {
    running = null;
  }
}
