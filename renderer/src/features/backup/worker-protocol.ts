import type { BackupManifest, CheckBackupResult, CheckedTable, ReadBackupOptions } from '../../../../shared/backup';
import type { BackupHeader } from './assembly';

/** Messages to the backup worker (backup.worker.ts). One worker does one check or one backup. */
export type ToBackupWorker =
  | { kind: 'check'; bytes: Uint8Array; options: ReadBackupOptions }
  | { kind: 'table-part'; name: string; json: Uint8Array; count: number; last: boolean }
  | { kind: 'blob'; ref: number; blob: Blob }
  | { kind: 'finish'; header: BackupHeader };

/**
 * Messages from it; `ready` first, so a worker that never started can be told from one that
 * failed. A check sends each table in a message of its own before `checked` (whose tables are
 * then left empty): the page takes one in per task.
 */
export type FromBackupWorker =
  | { kind: 'ready' }
  | { kind: 'checked-table'; table: CheckedTable }
  | { kind: 'checked'; result: CheckBackupResult }
  | { kind: 'blob-added' }
  | { kind: 'written'; bytes: Uint8Array; manifest: BackupManifest }
  | { kind: 'failed'; message: string };
