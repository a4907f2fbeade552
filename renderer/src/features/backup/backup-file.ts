import { BackupWriter, fromTransport, manifestCounts, readBackup, toTransport, type BackupContents, type BackupManifest, type ReadBackupResult } from '../../../../shared/backup';
import { db } from '../../db/db';
import { backedUpTables, readEachTable, replaceAllTables, tableNamesOfVersion, upgradeTablesFrom, type StoredDatabase, type TableRows } from '../../db/repositories/backup';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';
import { platform } from '../../platform';

export interface MadeBackup {
  bytes: Uint8Array;
  manifest: BackupManifest;
  fileName: string;
}

/**
 * A backup of every table of `database` (the app's, or the stored old one before an upgrade):
 * rows with their Blobs replaced by references, the Blob bytes as separate parts. The work
 * overlaps the reading: each table goes into the file as soon as it is read, and the evidence
 * Blobs are read while the big tables still come in.
 */
export async function makeBackup(options: { passphrase?: string | undefined; onProgress?: (fraction: number) => void; database?: StoredDatabase } = {}): Promise<MadeBackup> {
  const database = options.database ?? db;
  const createdAt = new Date();
  const writer = new BackupWriter();
  const tableCount = backedUpTables(database).length;
  let tablesDone = 0;
  let blobsDone = 0;
  const blobReads: Promise<void>[] = [];
  let shown = 0;
  // Tables count for half, blobs for the other half (the photos are most of the bytes).
  const progress = () => {
    const blobPart = blobReads.length === 0 ? 0 : blobsDone / blobReads.length;
    shown = Math.max(shown, 0.95 * (0.5 * (tablesDone / tableCount) + 0.5 * blobPart));
    options.onProgress?.(shown);
  };
  const adapter = {
    isBinary: (value: object): value is Blob => value instanceof Blob,
    register: (blob: Blob) => {
      const ref = blobReads.length;
      blobReads.push(
        blob.arrayBuffer().then((buffer) => {
          writer.addBlob(ref, new Uint8Array(buffer));
          blobsDone += 1;
          progress();
        }),
      );
      return { ref, type: blob.type };
    },
  };
  const [info] = await Promise.all([
    platform.getAppInfo(),
    readEachTable((table) => {
      writer.addTable({ name: table.name, rows: table.rows.map((row) => toTransport(row, adapter)) });
      tablesDone += 1;
      progress();
    }, database),
  ]);
  await Promise.all(blobReads);
  const written = await writer.finish({ app: { name: 'Vakwerk', version: info.version }, schemaVersion: database.verno, createdAt, passphrase: options.passphrase });
  options.onProgress?.(1);
  return { bytes: written.bytes, manifest: written.manifest, fileName: backupFileName(createdAt) };
}

/** `vakwerk-back-up-2026-12-03-2133.vakwerk`, in local time as the teacher reads it. */
export function backupFileName(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `vakwerk-back-up-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}.vakwerk`;
}

/** Checks a whole backup file against this app version; nothing is written. */
export function openBackup(bytes: Uint8Array, passphrase?: string): Promise<ReadBackupResult> {
  return readBackup(bytes, { currentSchemaVersion: CURRENT_SCHEMA_VERSION, ...(passphrase ? { passphrase } : {}) });
}

/** Table names of the backup this version does not know (restoring would lose them). */
export function unknownTables(contents: BackupContents, database: StoredDatabase = db): string[] {
  const known = new Set(tableNamesOfVersion(contents.manifest.schemaVersion, database));
  return contents.tables.map((table) => table.name).filter((name) => !known.has(name));
}

/** The rows of a checked backup as the app stores them: Blobs rebuilt from their parts (untagged tables are already). */
export function reviveTables(contents: BackupContents): TableRows[] {
  const blobs = new Map<number, Blob>();
  const revive = (ref: number, type: string) => {
    let blob = blobs.get(ref);
    if (!blob) {
      blob = new Blob([contents.blobs[ref] as Uint8Array<ArrayBuffer>], { type });
      blobs.set(ref, blob);
    }
    return blob;
  };
  return contents.tables.map((table) => ({ name: table.name, rows: table.tagged ? table.rows.map((row) => fromTransport(row, revive)) : table.rows }));
}

/**
 * Writes a checked backup over the whole database in one transaction. A backup of an older
 * schema version first goes through the app's own upgrade path: it is written into a temporary
 * database at its own version, which is then opened at the current version (so StoredDatabase runs the
 * same upgrade functions an installed app would), and the upgraded rows are what is restored.
 */
export async function restoreBackup(contents: BackupContents, onProgress?: (fraction: number) => void, database: StoredDatabase = db): Promise<void> {
  let tables = reviveTables(contents);
  if (contents.manifest.schemaVersion < CURRENT_SCHEMA_VERSION) tables = await upgradeTablesFrom(tables, contents.manifest.schemaVersion);
  await replaceAllTables(tables, (done, total) => onProgress?.(total === 0 ? 1 : done / total), database);
  onProgress?.(1);
}

export { manifestCounts };
