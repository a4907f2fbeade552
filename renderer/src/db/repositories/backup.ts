import Dexie, { type Table } from 'dexie';
import { db, VakwerkDatabase } from '../db';
import { CURRENT_SCHEMA_VERSION, DERIVED_TABLES, SCHEMA_VERSIONS } from '../schema';
import { rowsPerPiece } from '../../../../shared/backup/pieces';

/**
 * Whole-database reads and writes for backup and restore. Every table of the given database is
 * included (Dexie's `tables`), so a table added in a later schema version is backed up without
 * a change here; except the derived tables (DERIVED_TABLES), which the database computes from
 * the others as their rows are written back.
 */
export interface TableRows {
  name: string;
  rows: unknown[];
}

/** The tables a backup holds: all but the derived ones. */
export function backedUpTables(database: Dexie = db): Table<unknown, unknown>[] {
  return (database.tables as Table<unknown, unknown>[]).filter((table) => !DERIVED_TABLES.includes(table.name));
}

/** All rows of all tables, read in one transaction: a consistent snapshot. */
export async function readAllTables(database: Dexie = db): Promise<TableRows[]> {
  const tables = backedUpTables(database);
  return database.transaction('r', tables, () => Promise.all(tables.map(async (table) => ({ name: table.name, rows: await table.toArray() }))));
}

/** A page of a table's rows, in primary-key order; `last` when the table has no more. */
export interface TablePage {
  name: string;
  rows: unknown[];
  last: boolean;
}

/**
 * How big a read of a table is. A backup works on one page while IndexedDB reads the next, so
 * pages must be small enough to overlap and big enough not to cost a read per handful of rows.
 * Rows differ a thousandfold in size (a setting; a student's list of observations, ~40 KB), so a
 * table's first page is `first` rows and after that the page holds about `bytes`, going by what
 * the pages so far made (onPage's answer), never more than `max` rows.
 */
export interface Paging {
  first: number;
  bytes: number;
  max: number;
}

const PAGING: Paging = { first: 100, bytes: 4_000_000, max: 10_000 };

/**
 * Reads all tables in one transaction (a consistent snapshot), each in pages in primary-key
 * order (see Paging), handing each page to `onPage` as it arrives; the next page is asked for
 * first, so IndexedDB reads it while `onPage` works (the observations of a large school take
 * IndexedDB seconds to read; as one piece, the work could only start after). `onPage` runs
 * inside the transaction: it must not wait for anything. It returns how many bytes the page
 * made, if it knows, to size the pages after it.
 */
export async function readTablesInPages(onPage: (page: TablePage) => number | void, database: Dexie = db, paging: Paging = PAGING): Promise<void> {
  const tables = inReadingOrder(backedUpTables(database));
  await database.transaction('r', tables, async () => {
    for (const table of tables) {
      const keyOf = table.core.schema.primaryKey.extractKey;
      if (!keyOf) {
        onPage({ name: table.name, rows: await table.toArray(), last: true });
        continue;
      }
      let rowsSeen = 0;
      let bytesSeen = 0;
      const nextSize = () => (bytesSeen === 0 ? paging.first : Math.max(1, Math.min(paging.max, Math.round(paging.bytes / (bytesSeen / rowsSeen)))));
      let size = paging.first;
      let next = table.orderBy(':id').limit(size).toArray();
      for (;;) {
        const rows = await next;
        const last = rows.length < size;
        if (!last) {
          size = nextSize();
          next = table.where(':id').above(keyOf(rows[rows.length - 1])).limit(size).toArray();
        }
        const bytes = onPage({ name: table.name, rows, last });
        if (typeof bytes === 'number' && rows.length > 0) {
          rowsSeen += rows.length;
          bytesSeen += bytes;
        }
        if (last) break;
      }
    }
  });
}

/**
 * The evidence first (its photos' bytes are read beside everything after it), then the
 * students' observation lists (the most JSON: its compressing and checksum then overlap the
 * reading of the rest instead of coming after it), then the others in schema order.
 */
const READ_FIRST = ['bewijs', 'observatieLijsten'];

function inReadingOrder<T extends { name: string }>(tables: readonly T[]): T[] {
  const rank = (table: T) => (READ_FIRST.includes(table.name) ? READ_FIRST.indexOf(table.name) : READ_FIRST.length);
  return [...tables].sort((a, b) => rank(a) - rank(b));
}

export async function countAllTables(database: Dexie = db): Promise<Record<string, number>> {
  const tables = backedUpTables(database);
  return database.transaction('r', tables, async () => Object.fromEntries(await Promise.all(tables.map(async (table) => [table.name, await table.count()] as const))));
}

/**
 * Rows per bulkAdd: each call's cloning is one task on the main thread (2000 observation rows
 * took up to 190 ms); keep it well under 200 ms. Small rows cost per row, big ones (a student's
 * list of observations, ~40 KB) per byte: a chunk holds at most CHUNK_ROWS rows and, by a
 * sample of its table's rows, about CHUNK_BYTES of JSON (rowsPerPiece).
 */
const CHUNK_ROWS = 1000;
const CHUNK_BYTES = 2_000_000;

/**
 * Replaces the contents of every table with `tables` in ONE read-write transaction: if anything
 * fails (a quota error, a constraint), IndexedDB rolls all of it back and the old data stays.
 * A table of the database that `tables` does not mention ends up empty (the backup had none).
 * Derived tables are not written from `tables`: the app's database (VakwerkDatabase) keeps them
 * in step with the rows written here.
 */
export async function replaceAllTables(tables: readonly TableRows[], onProgress?: (done: number, total: number) => void, database: Dexie = db): Promise<void> {
  const restored = tables.filter((table) => !DERIVED_TABLES.includes(table.name));
  const byName = new Map(restored.map((table) => [table.name, table.rows]));
  for (const name of byName.keys()) if (!database.tables.some((table) => table.name === name)) throw new Error(`onbekende tabel ${name}`);
  const total = restored.reduce((sum, table) => sum + table.rows.length, 0);
  let done = 0;
  await database.transaction('rw', database.tables, async () => {
    for (const table of backedUpTables(database)) {
      await table.clear();
      const rows = byName.get(table.name) ?? [];
      // Two chunks in flight: while IndexedDB stores one, this thread hands it the next (each
      // add's cloning happens here, the storing in the browser's database thread).
      let previous: Promise<unknown> = Promise.resolve();
      const size = rowsPerPiece(rows, CHUNK_BYTES, CHUNK_ROWS);
      for (let start = 0; start < rows.length; start += size) {
        const chunk = rows.slice(start, start + size);
        const written = table.bulkAdd(chunk).then(() => {
          done += chunk.length;
          onProgress?.(done, total);
        });
        // Awaited below; but when the chunk before it fails, the transaction aborts and this one
        // fails too, unawaited: that second failure says nothing new and must not go unhandled.
        written.catch(() => undefined);
        await previous;
        previous = written;
      }
      await previous;
    }
  });
}

/**
 * The stored database as it is on disk, without declaring a schema (Dexie's dynamic mode), so
 * opening it runs no upgrade. Null when no database exists yet (nothing is created then).
 */
export async function openStoredDatabase(name = db.name): Promise<Dexie | null> {
  if (!(await Dexie.exists(name))) return null;
  const stored = new Dexie(name);
  await stored.open();
  return stored;
}

export async function isDatabaseEmpty(database: Dexie): Promise<boolean> {
  const counts = await countAllTables(database);
  return Object.values(counts).every((count) => count === 0);
}

/** A database handle as the backup code passes it around (the app's, or a stored one). */
export type StoredDatabase = Dexie;

/** Calls `listener` after every committed write to the app's database (Dexie's own event). */
export function onDatabaseChange(listener: () => void, name = db.name): void {
  const prefix = `idb://${name}/`;
  Dexie.on('storagemutated', (parts) => {
    if (Object.keys(parts).some((key) => key.startsWith(prefix))) listener();
  });
}

/** The tables a schema version has (the current database's own for the current version). */
export function tableNamesOfVersion(version: number, database: Dexie = db): string[] {
  if (version === CURRENT_SCHEMA_VERSION) return database.tables.map((table) => table.name);
  const entry = SCHEMA_VERSIONS.find((candidate) => candidate.version === version);
  return entry ? Object.keys(entry.stores) : [];
}

/**
 * Rows of an older schema version brought to the current one by the app's own upgrade
 * functions: written into a temporary database at their version, which is then opened at the
 * current version (Dexie runs every upgrade since), read back, and deleted.
 */
export async function upgradeTablesFrom(tables: readonly TableRows[], fromVersion: number): Promise<TableRows[]> {
  const name = `vakwerk-herstel-${Date.now()}`;
  const old = new VakwerkDatabase(name, SCHEMA_VERSIONS.filter((entry) => entry.version <= fromVersion));
  try {
    await replaceAllTables(tables, undefined, old);
    old.close();
    const upgraded = new VakwerkDatabase(name);
    try {
      return await readAllTables(upgraded);
    } finally {
      upgraded.close();
    }
  } finally {
    old.close();
    await Dexie.delete(name);
  }
}
