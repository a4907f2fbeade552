import type { Transaction } from 'dexie';
import type { Observatie } from '../../../../shared/domain/observatie';
import { addToDelta, tallyRows, type TallyDelta } from '../../../../shared/growth/observation-tally';
import { readInChunks } from './read-in-chunks';

/**
 * Version 5 (2026-12-04): the new observatieTallies table is filled from the observations
 * already stored (one row per student with evidence). No existing row changes. From then on the
 * database keeps the tallies itself (../observatie-tally.ts).
 */
export async function upgradeObservatieTallies(tx: Transaction): Promise<void> {
  const delta: TallyDelta = new Map();
  await readInChunks(tx.table<Observatie, string>('observaties'), (chunk) => {
    for (const row of chunk) addToDelta(delta, row);
  });
  await tx.table('observatieTallies').bulkPut(tallyRows(delta));
}
