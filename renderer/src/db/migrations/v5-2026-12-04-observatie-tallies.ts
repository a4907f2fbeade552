import type { Transaction } from 'dexie';
import type { Observatie } from '../../../../shared/domain/observatie';
import { addToDelta, tallyRows, type TallyDelta } from '../../../../shared/growth/observation-tally';

/** Observations read per request: bulk reads (a cursor would step row by row), in bounded memory. */
const CHUNK = 5000;

/**
 * Version 5 (2026-12-04): the new observatieTallies table is filled from the observations
 * already stored (one row per student with evidence). No existing row changes. From then on the
 * database keeps the tallies itself (../observatie-tally.ts).
 */
export async function upgradeObservatieTallies(tx: Transaction): Promise<void> {
  const observaties = tx.table<Observatie, string>('observaties');
  const delta: TallyDelta = new Map();
  let last: string | null = null;
  for (;;) {
    const chunk: Observatie[] = await (last === null ? observaties.orderBy(':id') : observaties.where(':id').above(last)).limit(CHUNK).toArray();
    for (const row of chunk) addToDelta(delta, row);
    if (chunk.length < CHUNK) break;
    last = chunk[chunk.length - 1]!.id;
  }
  await tx.table('observatieTallies').bulkPut(tallyRows(delta));
}
