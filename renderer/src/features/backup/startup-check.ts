import type { AutoBackupInfo } from '../../../../shared/ipc/contract';
import { isDatabaseEmpty, openStoredDatabase, type StoredDatabase } from '../../db/repositories/backup';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';
import type { AutoBackups } from '../../platform';
import { makeBackup } from './backup-file';

export type StartupDecision = { kind: 'open' } | { kind: 'offer-restore'; newest: AutoBackupInfo };

/**
 * Runs before the app opens its database (desktop only; a browser knows no backups):
 *
 * 1. A pending schema upgrade: once Dexie has upgraded, the old data is gone, so the stored
 *    database is opened as it is (Dexie's dynamic mode: no schema, no upgrade) and backed up
 *    first, with reason 'before-upgrade'. If that backup fails the upgrade still goes ahead
 *    (refusing to start would lock the teacher out of their data); the failure is logged.
 * 2. An empty database while backups exist (storage lost or evicted): the app must offer to
 *    restore the newest and write nothing before the teacher chooses. Nothing here writes: a
 *    database that does not exist is not created (Dexie.exists), and the check only counts.
 */
export async function checkDatabaseAtStartup(backups: AutoBackups | null, databaseName?: string): Promise<StartupDecision> {
  if (!backups) return { kind: 'open' };
  const stored = await openStoredDatabase(databaseName);
  let empty = true;
  try {
    if (stored) {
      empty = await isDatabaseEmpty(stored);
      if (!empty && stored.verno < CURRENT_SCHEMA_VERSION) await backupBeforeUpgrade(backups, stored);
    }
  } finally {
    // Closed before the app opens it at the current version, or the upgrade would be blocked.
    stored?.close();
  }
  if (!empty) return { kind: 'open' };
  const status = await backups.status();
  const newest = status.backups[0];
  return newest ? { kind: 'offer-restore', newest } : { kind: 'open' };
}

async function backupBeforeUpgrade(backups: AutoBackups, stored: StoredDatabase) {
  try {
    const { bytes } = await makeBackup({ database: stored });
    const result = await backups.write('before-upgrade', bytes);
    if (result.status === 'failed') console.error(`Back-up vóór de update mislukt: ${result.code}`);
  } catch (error) {
    console.error('Back-up vóór de update mislukt', error);
  }
}
