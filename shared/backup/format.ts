import { z } from 'zod';

/**
 * The Vakwerk backup file (format version 1): a zip archive with
 * - `manifest.json`: what the file is (format, app and schema version, when), the row count of
 *   every table and the SHA-256 of every other entry;
 * - `tables/<table>.json`: all rows of one Dexie table as a JSON array, binary values replaced
 *   by references into the blob entries (see transport.ts);
 * - `blobs/<n>`: the bytes of every Blob (evidence photos, thumbnails, files), stored as they
 *   are (JPEG does not compress further, so deflating them would only cost time).
 * An encrypted backup is this zip sealed with AES-GCM behind a small header (encryption.ts).
 */
export const BACKUP_FORMAT = 'vakwerk-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_PATH = 'manifest.json';
/** The one extension for backup files, encrypted or not (the first bytes tell which). */
export const BACKUP_EXTENSION = 'vakwerk';

export const tablePath = (table: string) => `tables/${table}.json`;
export const blobPath = (index: number) => `blobs/${index}`;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const tableName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/);

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  app: z.object({ name: z.string().max(100), version: z.string().max(50) }),
  schemaVersion: z.number().int().min(1),
  createdAt: z.string().max(40),
  tables: z.array(z.object({ name: tableName, count: z.number().int().min(0), path: z.string().max(200), sha256: sha256Hex })).max(200),
  blobs: z.array(z.object({ path: z.string().max(200), size: z.number().int().min(0), sha256: sha256Hex })),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

/** A table as it goes into a backup: its rows already made JSON-safe (transport.ts). */
export interface BackupTableInput {
  name: string;
  rows: readonly unknown[];
}

/** What a valid backup holds, once checked: rows still in transport form, blob bytes by index. */
export interface BackupContents {
  manifest: BackupManifest;
  /** `tagged` is false when no value of the table needed a tag: its rows are then the stored values as they are. */
  tables: { name: string; rows: unknown[]; tagged: boolean }[];
  /** Blob bytes by index; or Blobs made already (by the backup worker, off the page). */
  blobs: (Uint8Array | Blob)[];
}

/** Counts per table of a manifest, for the summary before a restore. */
export function manifestCounts(manifest: BackupManifest): Record<string, number> {
  return Object.fromEntries(manifest.tables.map((table) => [table.name, table.count]));
}

export async function sha256(data: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
