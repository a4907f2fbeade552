import type Dexie from 'dexie';
import { SCHEMA_VERSIONS } from '../../../../renderer/src/db/schema';
import { VakwerkDatabase } from '../../../../renderer/src/db/db';

/**
 * Migration harness: a database as a teacher's machine has it at an older schema version.
 * A test seeds rows at version N-1 with `seedAtVersion`, then opens the same database with the
 * current VakwerkDatabase (which runs every upgrade since) and checks what survived.
 */
export function databaseAtVersion(name: string, version: number): VakwerkDatabase {
  const versions = SCHEMA_VERSIONS.filter((entry) => entry.version <= version);
  if (versions.length === 0) throw new Error(`schemaversie ${version} bestaat niet`);
  return new VakwerkDatabase(name, versions);
}

export async function seedAtVersion(name: string, version: number, rows: Record<string, unknown[]>): Promise<void> {
  const old = databaseAtVersion(name, version);
  await old.open();
  await old.transaction('rw', Object.keys(rows), async () => {
    for (const [table, records] of Object.entries(rows)) await old.table(table).bulkAdd(records);
  });
  old.close();
}

export async function openCurrent(name: string): Promise<VakwerkDatabase> {
  const current = new VakwerkDatabase(name);
  await current.open();
  return current;
}

export async function dumpAll(database: Dexie): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of database.tables) result[table.name] = await table.toArray();
  return result;
}
