import type { Table } from 'dexie';

/** Rows read per request: bulk reads (a cursor would step row by row), in bounded memory. */
const CHUNK = 5000;

/**
 * Hands every row of `table` to `onChunk`, CHUNK rows at a time in primary-key order, for an
 * upgrade function that must see all rows of a table that may hold 100,000.
 */
export async function readInChunks<T extends { id: string }>(table: Table<T, string>, onChunk: (rows: T[]) => void): Promise<void> {
  let last: string | null = null;
  for (;;) {
    const chunk: T[] = await (last === null ? table.orderBy(':id') : table.where(':id').above(last)).limit(CHUNK).toArray();
    onChunk(chunk);
    if (chunk.length < CHUNK) return;
    last = chunk[chunk.length - 1]!.id;
  }
}
