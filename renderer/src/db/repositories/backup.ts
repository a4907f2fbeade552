import Dexie, { type Table } from 'dexie';
import { db } from '../db';

/**
 * Whole-database reads and writes for backup and restore. Every table of the given database is
 * included (Dexie's `tables`), so a table added in a later schema version is backed up without
 * a change here.
 */
export interface TableRows {
  name: string;
  rows: unknown[];
}

/** All rows of all tables, read in one transaction: a consistent snapshot. */
export async function readAllTables(database: Dexie = db): Promise<TableRows[]> {
  return database.transaction('r', database.tables, () => Promise.all(database.tables.map(async (table) => ({ name: table.name, rows: await table.toArray() }))));
}

export async function countAllTables(database: Dexie = db): Promise<Record<string, number>> {
  return database.transaction('r', database.tables, async () =>
    Object.fromEntries(await Promise.all(database.tables.map(async (table) => [table.name, await table.count()] as const))),
  );
}

/** Rows per bulkAdd: each call's structured cloning is one task on the main thread; keep it short. */
const CHUNK_ROWS = 2000;

/**
 * Replaces the contents of every table with `tables` in ONE read-write transaction: if anything
 * fails (a quota error, a constraint), IndexedDB rolls all of it back and the old data stays.
 * A table of the database that `tables` does not mention ends up empty (the backup had none).
 */
export async function replaceAllTables(tables: readonly TableRows[], onProgress?: (done: number, total: number) => void, database: Dexie = db): Promise<void> {
  const byName = new Map(tables.map((table) => [table.name, table.rows]));
  for (const name of byName.keys()) if (!database.tables.some((table) => table.name === name)) throw new Error(`onbekende tabel ${name}`);
  const total = tables.reduce((sum, table) => sum + table.rows.length, 0);
  let done = 0;
  await database.transaction('rw', database.tables, async () => {
    for (const table of database.tables as Table<unknown, unknown>[]) {
      await table.clear();
      const rows = byName.get(table.name) ?? [];
      for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
        const chunk = rows.slice(start, start + CHUNK_ROWS);
        await table.bulkAdd(chunk);
        done += chunk.length;
        onProgress?.(done, total);
      }
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
