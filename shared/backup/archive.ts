import { Zip, ZipDeflate, ZipPassThrough, unzipSync, type UnzipFileInfo } from 'fflate';
import { decryptBackup, encryptBackup, isEncryptedBackup } from './encryption';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MANIFEST_PATH,
  blobPath,
  manifestSchema,
  sha256,
  tablePath,
  type BackupContents,
  type BackupManifest,
  type BackupTableInput,
} from './format';
import { TAG, binaryRefs } from './transport';
import { findEndOfDirectory, storedEntries } from './stored-entries';

export interface WriteBackupInput {
  app: { name: string; version: string };
  schemaVersion: number;
  createdAt: Date;
  tables: readonly BackupTableInput[];
  blobs: readonly Uint8Array[];
  passphrase?: string;
  /** Called between entries, e.g. to let the page paint (a resolved promise in tests). */
  pause?: () => Promise<void>;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Builds a backup file part by part, as the parts become available: a table as soon as it is
 * read, a blob as soon as its bytes are (the app reads them while the big tables are still
 * coming, so the waiting and the work overlap). Entries go into the zip as a stream (fflate's
 * Zip): JSON tables deflated at level 1 (text compresses well and level 1 is several times
 * faster than the default), blobs stored. The SHA-256 of every part is started at once and runs
 * beside the rest (WebCrypto works off this thread); `finish` waits for them and adds the manifest.
 */
export class BackupWriter {
  private readonly chunks: Uint8Array[] = [];
  private failure: Error | null = null;
  private readonly zip = new Zip((error, chunk) => {
    if (error) this.failure = error;
    else this.chunks.push(chunk);
  });
  private readonly tables: Promise<BackupManifest['tables'][number]>[] = [];
  private readonly blobs: Promise<BackupManifest['blobs'][number]>[] = [];

  private readonly openTables = new Map<string, { entry: ZipDeflate; parts: Uint8Array[]; count: number }>();

  /** Adds a table (its rows JSON-safe already); the JSON is made and compressed right away. */
  addTable(table: BackupTableInput): void {
    this.addTablePart(table.name, new TableJsonParts().next(table.rows, true), table.rows.length, true);
  }

  /**
   * Adds the next part of a table's JSON (TableJsonParts, made elsewhere, e.g. on the page for a
   * worker) holding `count` rows; `last` closes the table. Each part is compressed as it comes.
   */
  addTablePart(name: string, json: Uint8Array, count: number, last: boolean): void {
    let table = this.openTables.get(name);
    if (!table) {
      table = { entry: new ZipDeflate(tablePath(name), { level: 1 }), parts: [], count: 0 };
      this.zip.add(table.entry);
      this.openTables.set(name, table);
    }
    table.entry.push(json, last);
    table.parts.push(json);
    table.count += count;
    if (!last) return;
    this.openTables.delete(name);
    const { count: rows, parts } = table;
    const path = tablePath(name);
    // WebCrypto has no streaming digest: the table's checksum is taken over its parts joined.
    this.tables.push(sha256(parts.length === 1 ? parts[0]! : concat(parts)).then((hash) => ({ name, count: rows, path, sha256: hash })));
  }

  /** Adds blob number `ref` (the reference its rows carry); in any order. */
  addBlob(ref: number, data: Uint8Array): void {
    const path = blobPath(ref);
    const entry = new ZipPassThrough(path);
    this.zip.add(entry);
    entry.push(data, true);
    this.blobs[ref] = sha256(data).then((hash) => ({ path, size: data.length, sha256: hash }));
  }

  async finish(header: Pick<WriteBackupInput, 'app' | 'schemaVersion' | 'createdAt' | 'passphrase'>): Promise<{ bytes: Uint8Array; manifest: BackupManifest }> {
    if (Object.keys(this.blobs).length !== this.blobs.length || this.openTables.size > 0) throw new Error('back-up onvolledig: een deel ontbreekt');
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      app: header.app,
      schemaVersion: header.schemaVersion,
      createdAt: header.createdAt.toISOString(),
      tables: await Promise.all(this.tables),
      blobs: await Promise.all(this.blobs),
    };
    const manifestEntry = new ZipDeflate(MANIFEST_PATH, { level: 6 });
    this.zip.add(manifestEntry);
    manifestEntry.push(encodeUtf8(JSON.stringify(manifest, null, 1)), true);
    this.zip.end();
    if (this.failure) throw this.failure;
    const zipped = concat(this.chunks);
    this.chunks.length = 0;
    const bytes = header.passphrase ? await encryptBackup(zipped, header.passphrase) : zipped;
    return { bytes, manifest };
  }
}

/**
 * Builds a backup file from parts that are all at hand, pausing between entries so a big
 * backup does not freeze the page.
 */
export async function writeBackup(input: WriteBackupInput): Promise<{ bytes: Uint8Array; manifest: BackupManifest }> {
  const pause = input.pause ?? (() => Promise.resolve());
  const writer = new BackupWriter();
  const total = input.tables.length + input.blobs.length;
  let done = 0;
  const step = async () => {
    done += 1;
    input.onProgress?.(done, total);
    // Pausing after every small blob would cost more than the work; every 16 is enough.
    if (done % 16 === 0 || done === total) await pause();
  };
  for (const table of input.tables) {
    writer.addTable(table);
    await step();
  }
  for (const [ref, data] of input.blobs.entries()) {
    writer.addBlob(ref, data);
    await step();
  }
  return writer.finish(input);
}

/**
 * A table's entry made page by page: the parts, one per page of rows (JSON-safe already,
 * transport.ts), joined are the UTF-8 of JSON.stringify of all the rows. So the first page can
 * be compressed while the next is still being read.
 */
export class TableJsonParts {
  private started = false;
  private rows = 0;

  next(rows: readonly unknown[], last: boolean): Uint8Array {
    let text = rows.length > 0 ? JSON.stringify(rows).slice(1, -1) : '';
    if (this.rows > 0 && rows.length > 0) text = `,${text}`;
    if (!this.started) text = `[${text}`;
    if (last) text += ']';
    this.started = true;
    this.rows += rows.length;
    return encodeUtf8(text);
  }
}

/**
 * UTF-8 of a (long) string. TextEncoder.encodeInto into a buffer of our own is some 3× faster in
 * Chromium than encode() for the tens of megabytes of a large school's tables; the buffer first
 * assumes mostly ASCII and is made big enough for the worst case only when that falls short.
 */
function encodeUtf8(text: string): Uint8Array {
  const encoder = new TextEncoder();
  let buffer = new Uint8Array(text.length + (text.length >> 3) + 16);
  let result = encoder.encodeInto(text, buffer);
  if (result.read < text.length) {
    buffer = new Uint8Array(text.length * 3);
    result = encoder.encodeInto(text, buffer);
  }
  return buffer.subarray(0, result.written);
}

export type BackupProblem =
  | { code: 'empty' | 'not-a-backup' | 'not-a-vakwerk-backup' | 'passphrase-required' | 'wrong-passphrase' | 'truncated' | 'damaged' | 'manifest-invalid' }
  | { code: 'newer-format'; formatVersion: number }
  | { code: 'newer-schema'; schemaVersion: number; appVersion: string }
  | { code: 'part-missing' | 'checksum-mismatch' | 'unexpected-part' | 'too-large'; part: string }
  | { code: 'table-invalid'; table: string };

export type ReadBackupResult = { ok: true; contents: BackupContents; encrypted: boolean } | { ok: false; problem: BackupProblem };

/** A table of a backup that passed every check: its rows parsed, and whether any may be tagged. */
export type CheckedTable = BackupContents['tables'][number];
export type CheckBackupResult =
  | {
      ok: true;
      encrypted: boolean;
      manifest: BackupManifest;
      tables: CheckedTable[];
      blobs: (Uint8Array | Blob)[];
      /** The MIME type the rows give each blob ('' for one no row refers to). */
      blobTypes: string[];
    }
  | { ok: false; problem: BackupProblem };

export interface ReadBackupOptions {
  /** The app's schema version: a backup of a newer one is refused. */
  currentSchemaVersion: number;
  passphrase?: string;
  /** The file the bytes were read from, if there is one: the evidence then comes as slices of it. */
  file?: Blob;
}

/** No single entry of a real backup comes near this; a zip bomb would. */
const MAX_ENTRY_BYTES = 1024 * 1024 * 1024;

/**
 * Reads and checks a whole backup file before anything is restored: structure, manifest, the
 * SHA-256 of every entry, row counts, blob references and the versions. Any problem is
 * returned (never thrown) with a code the screen turns into a Dutch sentence.
 */
export async function readBackup(bytes: Uint8Array, options: ReadBackupOptions): Promise<ReadBackupResult> {
  const checked = await checkBackup(bytes, options);
  if (!checked.ok) return checked;
  return { ok: true, encrypted: checked.encrypted, contents: { manifest: checked.manifest, tables: checked.tables, blobs: checked.blobs } };
}

/**
 * checkBackup of a file the teacher picked (read here; its evidence parts then come back as
 * slices of it, see ReadBackupOptions.file) or of bytes already in memory.
 */
export async function checkBackupOf(source: Uint8Array | Blob, options: ReadBackupOptions): Promise<CheckBackupResult> {
  if (source instanceof Uint8Array) return checkBackup(source, options);
  return checkBackup(new Uint8Array(await source.arrayBuffer()), { ...options, file: source });
}

/** readBackup's checks, with what the file holds as the check found it. */
export async function checkBackup(bytes: Uint8Array, options: ReadBackupOptions): Promise<CheckBackupResult> {
  if (bytes.length === 0) return fail({ code: 'empty' });
  let zipped = bytes;
  const encrypted = isEncryptedBackup(bytes);
  if (encrypted) {
    if (!options.passphrase) return fail({ code: 'passphrase-required' });
    const decrypted = await decryptBackup(bytes, options.passphrase);
    if (!decrypted.ok) return fail({ code: decrypted.code });
    zipped = decrypted.data;
  } else if (!isZip(bytes)) {
    return fail({ code: 'not-a-backup' });
  }
  if (findEndOfDirectory(zipped) < 0) return fail({ code: 'truncated' });

  let entries: Record<string, Uint8Array>;
  let oversized: string | null = null;
  // Stored parts (the evidence) are read where they lie, not copied out by fflate.
  const stored = storedEntries(zipped);
  try {
    entries = unzipSync(zipped, {
      filter: (file: UnzipFileInfo) => {
        if (stored.has(file.name)) return false;
        if (file.originalSize > MAX_ENTRY_BYTES) oversized ??= file.name;
        return file.originalSize <= MAX_ENTRY_BYTES;
      },
    });
  } catch {
    return fail({ code: 'damaged' });
  }
  if (oversized) return fail({ code: 'too-large', part: oversized });
  for (const [name, { offset, size }] of stored) entries[name] = zipped.subarray(offset, offset + size);

  const manifestBytes = entries[MANIFEST_PATH];
  if (!manifestBytes) return fail({ code: 'not-a-vakwerk-backup' });
  const manifest = parseManifest(manifestBytes);
  if (manifest === 'not-ours') return fail({ code: 'not-a-vakwerk-backup' });
  if (manifest === 'invalid') return fail({ code: 'manifest-invalid' });
  if (manifest.formatVersion > BACKUP_FORMAT_VERSION) return fail({ code: 'newer-format', formatVersion: manifest.formatVersion });
  if (manifest.schemaVersion > options.currentSchemaVersion) {
    return fail({ code: 'newer-schema', schemaVersion: manifest.schemaVersion, appVersion: manifest.app.version });
  }

  const expected = new Set([MANIFEST_PATH, ...manifest.tables.map((t) => t.path), ...manifest.blobs.map((b) => b.path)]);
  for (const name of Object.keys(entries)) if (!expected.has(name)) return fail({ code: 'unexpected-part', part: name });
  const parts = [...manifest.tables, ...manifest.blobs];
  const missing = parts.find((part) => !entries[part.path]);
  if (missing) return fail({ code: 'part-missing', part: missing.path });
  // All checksums at once: WebCrypto works beside this thread, one part after another would
  // idle it; and this thread parses the tables meanwhile. A checksum mismatch is still what is
  // reported first: a part that was changed would usually fail its parse too.
  const hashing = Promise.all(parts.map((part) => sha256(entries[part.path]!)));
  hashing.catch(() => undefined);
  const tables: CheckedTable[] = [];
  const blobTypes = manifest.blobs.map(() => '');
  let invalid: string | null = null;
  for (const table of manifest.tables) {
    const parsed = parseRows(entries[table.path]!);
    const refs = parsed?.tagged ? binaryRefs(parsed.rows) : [];
    if (!parsed || parsed.rows.length !== table.count || refs.some(({ ref }) => !Number.isInteger(ref) || ref < 0 || ref >= manifest.blobs.length)) {
      invalid = table.name;
      break;
    }
    for (const { ref, type } of refs) blobTypes[ref] ||= type;
    tables.push({ name: table.name, rows: parsed.rows, tagged: parsed.tagged });
  }
  const hashes = await hashing;
  const mismatch = parts.find((part, index) => hashes[index] !== part.sha256);
  if (mismatch) return fail({ code: 'checksum-mismatch', part: mismatch.path });
  if (invalid !== null) return fail({ code: 'table-invalid', table: invalid });
  // From the teacher's file itself (not encrypted): a stored part is a slice of it, no copy.
  const file = encrypted ? undefined : options.file;
  const blobs = manifest.blobs.map((blob, ref) => {
    const where = file && stored.get(blob.path);
    return where ? file.slice(where.offset, where.offset + where.size, blobTypes[ref]) : entries[blob.path]!;
  });
  return { ok: true, encrypted, manifest, tables, blobs, blobTypes };
}

function fail(problem: BackupProblem): { ok: false; problem: BackupProblem } {
  return { ok: false, problem };
}

function parseManifest(bytes: Uint8Array): BackupManifest | 'not-ours' | 'invalid' {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return 'invalid';
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT) return 'not-ours';
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) return 'invalid';
  const paths = [...parsed.data.tables.map((t) => t.path), ...parsed.data.blobs.map((b) => b.path)];
  const names = parsed.data.tables.map((t) => t.name);
  // Each part once, each table once: a duplicate would let one part stand in for another.
  if (new Set(paths).size !== paths.length || new Set(names).size !== names.length || paths.includes(MANIFEST_PATH)) return 'invalid';
  return parsed.data;
}

/**
 * The rows of a table entry, and whether any value in them may be tagged (transport.ts). A tag
 * is the key `"$vakwerk"`; JSON could only spell it differently with a \u escape. Text with
 * neither has no tag, and its rows need no reviving: no walk over, and no copy of, every value
 * of 100,000 observations.
 */
function parseRows(bytes: Uint8Array): { rows: unknown[]; tagged: boolean } | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const rows = JSON.parse(text) as unknown;
    return Array.isArray(rows) ? { rows, tagged: text.includes(JSON.stringify(TAG)) || text.includes('\\u') } : null;
  } catch {
    return null;
  }
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
