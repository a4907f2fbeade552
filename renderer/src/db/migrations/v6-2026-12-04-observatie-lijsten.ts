import type { Transaction } from 'dexie';
import type { Observatie } from '../../../../shared/domain/observatie';
import { packObservaties } from '../../../../shared/domain/observatie-lijst';

/** Observations read per request: bulk reads (a cursor would step row by row), in bounded memory. */
const CHUNK = 5000;

/**
 * Version 6 (2026-12-04): every student's observations are copied into one list row
 * (observatieLijsten), in the order of their ids as stored. No observation changes; the
 * tallies stay as they are (the same observations). Version 7 then drops the observation rows.
 */
export async function upgradeObservatieLijsten(tx: Transaction): Promise<void> {
  const observaties = tx.table<Observatie, string>('observaties');
  const all: Observatie[] = [];
  let last: string | null = null;
  for (;;) {
    const chunk: Observatie[] = await (last === null ? observaties.orderBy(':id') : observaties.where(':id').above(last)).limit(CHUNK).toArray();
    all.push(...chunk);
    if (chunk.length < CHUNK) break;
    last = chunk[chunk.length - 1]!.id;
  }
  await tx.table('observatieLijsten').bulkAdd(packObservaties(all));
}
