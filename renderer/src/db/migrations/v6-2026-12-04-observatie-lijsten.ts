import type { Transaction } from 'dexie';
import type { Observatie } from '../../../../shared/domain/observatie';
import { packObservaties } from '../../../../shared/domain/observatie-lijst';
import { readInChunks } from './read-in-chunks';

/**
 * Version 6 (2026-12-04): every student's observations are copied into one list row
 * (observatieLijsten), in the order of their ids as stored. No observation changes; the
 * tallies stay as they are (the same observations). Version 7 then drops the observation rows.
 */
export async function upgradeObservatieLijsten(tx: Transaction): Promise<void> {
  const all: Observatie[] = [];
  await readInChunks(tx.table<Observatie, string>('observaties'), (chunk) => {
    for (const row of chunk) all.push(row);
  });
  await tx.table('observatieLijsten').bulkAdd(packObservaties(all));
}
