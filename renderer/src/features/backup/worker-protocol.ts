import type { BackupManifest, CheckBackupResult, ReadBackupOptions } from '../../../../shared/backup';
import type { BackupHeader } from './assembly';

/** Messages to the backup worker (backup.worker.ts). One worker does one check or one backup. */
export type ToBackupWorker =
  | { kind: 'check'; source: Uint8Array | Blob; options: ReadBackupOptions }
  | { kind: 'table-part'; name: string; json: Uint8Array; count: number; last: boolean }
  | { kind: 'blob'; ref: number; blob: Blob }
  | { kind: 'finish'; header: BackupHeader };

/**
 * Messages from it; `ready` first, so a worker that never started can be told from one that
 * failed. A check that passed sends every table's rows in pieces of about 1 MB of JSON, a
 * table's pieces one after another (an empty table as one empty piece), each in a message of
 * its own, before `checked` (whose tables are then left empty): the page takes in one piece per
 * task (a student's observation lists make 37 MB in the large school; as one message they would
 * hold the page for a quarter of a second).
 */
export type FromBackupWorker =
  | { kind: 'ready' }
  | { kind: 'checked-rows'; name: string; tagged: boolean; rows: unknown[] }
  | { kind: 'checked'; result: CheckBackupResult }
  | { kind: 'blob-added' }
  | { kind: 'written'; bytes: Uint8Array; manifest: BackupManifest }
  | { kind: 'failed'; message: string };
