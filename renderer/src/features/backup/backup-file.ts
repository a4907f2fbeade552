import { TableJsonParts, fromTransport, manifestCounts, toTransport, type BackupContents, type BackupManifest, type ReadBackupResult } from '../../../../shared/backup';
import { assembleHere, type BackupAssembly } from './assembly';
import { WorkerUnavailable, assembleOffThread, checkBackupOffThread } from './off-thread';
import { db } from '../../db/db';
import { backedUpTables, readTablesInPages, replaceAllTables, tableNamesOfVersion, upgradeTablesFrom, type StoredDatabase, type TableRows } from '../../db/repositories/backup';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';
import { platform } from '../../platform';

export interface MadeBackup {
  bytes: Uint8Array;
  manifest: BackupManifest;
  fileName: string;
}

interface MakeBackupOptions {
  passphrase?: string | undefined;
  onProgress?: (fraction: number) => void;
  database?: StoredDatabase;
}

/**
 * A backup of every table of `database` (the app's, or the stored old one before an upgrade):
 * rows with their Blobs replaced by references, the Blob bytes as separate parts. The page only
 * reads the database and turns each page of rows into JSON as soon as it arrives; the file is put
 * together in the backup worker (compression, checksums, encryption), which reads the evidence
 * Blobs itself. (Reading the photos while the tables are read is no quicker on two cores: both
 * reads then slow each other down.)
 */
export async function makeBackup(options: MakeBackupOptions = {}): Promise<MadeBackup> {
  try {
    return await buildBackup(assembleOffThread, options);
  } catch (error) {
    if (error instanceof WorkerUnavailable) return buildBackup(assembleHere, options);
    throw error;
  }
}

async function buildBackup(assemble: (onBlobAdded: () => void) => BackupAssembly, options: MakeBackupOptions): Promise<MadeBackup> {
  const database = options.database ?? db;
  const createdAt = new Date();
  const tableCount = backedUpTables(database).length;
  let tablesDone = 0;
  let blobCount = 0;
  let blobsDone = 0;
  let shown = 0;
  // Tables count for half, blobs for the other half (the photos are most of the bytes).
  const progress = () => {
    const blobPart = blobCount === 0 ? 0 : blobsDone / blobCount;
    shown = Math.max(shown, 0.95 * (0.5 * (tablesDone / tableCount) + 0.5 * blobPart));
    options.onProgress?.(shown);
  };
  const assembly = assemble(() => {
    blobsDone += 1;
    progress();
  });
  const adapter = {
    isBinary: (value: object): value is Blob => value instanceof Blob,
    register: (blob: Blob) => {
      const ref = blobCount++;
      assembly.addBlob(ref, blob);
      return { ref, type: blob.type };
    },
  };
  const jsonOf = new Map<string, TableJsonParts>();
  try {
    const [info] = await Promise.all([
      platform.getAppInfo(),
      readTablesInPages(
        (page) => {
          let json = jsonOf.get(page.name);
          if (!json) jsonOf.set(page.name, (json = new TableJsonParts()));
          const rows = page.rows.map((row) => toTransport(row, adapter));
          const part = json.next(rows, page.last);
          const bytes = part.length;
          assembly.addTablePart(page.name, part, rows.length, page.last);
          if (page.last) tablesDone += 1;
          progress();
          return bytes;
        },
        database,
      ),
    ]);
    const written = await assembly.finish({ app: { name: 'Vakwerk', version: info.version }, schemaVersion: database.verno, createdAt, passphrase: options.passphrase });
    options.onProgress?.(1);
    return { bytes: written.bytes, manifest: written.manifest, fileName: backupFileName(createdAt) };
  } catch (error) {
    assembly.abandon();
    throw error;
  }
}

/** `vakwerk-back-up-2026-12-03-2133.vakwerk`, in local time as the teacher reads it. */
export function backupFileName(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `vakwerk-back-up-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}.vakwerk`;
}

/**
 * Checks a whole backup file (the file the teacher picked, or bytes) against this app version;
 * nothing is written. The check runs in the backup worker, which hands the rows over in pieces,
 * one per task on the page, so it keeps painting.
 */
export async function openBackup(source: Uint8Array | Blob, passphrase?: string): Promise<ReadBackupResult> {
  const checked = await checkBackupOffThread(source, { currentSchemaVersion: CURRENT_SCHEMA_VERSION, ...(passphrase ? { passphrase } : {}) });
  if (!checked.ok) return checked;
  return { ok: true, encrypted: checked.encrypted, contents: { manifest: checked.manifest, tables: checked.tables, blobs: checked.blobs } };
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
      const part = contents.blobs[ref]!;
      blob = part instanceof Blob && part.type === type ? part : new Blob([part as BlobPart], { type });
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
