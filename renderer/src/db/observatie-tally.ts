import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware } from 'dexie';
import type { ObservatieLijst } from '../../../shared/domain/observatie-lijst';
import { tallyObservations } from '../../../shared/growth/observation-tally';

export const LIJSTEN = 'observatieLijsten';
export const TALLIES = 'observatieTallies';
/** DBCoreRangeType.Any: a const enum in Dexie's types, which isolated modules cannot import. */
const ANY_RANGE = 3;

/**
 * Keeps observatieTallies (schema version 5) in step with the students' observation lists
 * (observatieLijsten, version 6), in the same transaction as the write, whatever makes it: the
 * observation dialog, delete and undo, retention, restoring a backup, the demo school. It sits in
 * Dexie's DBCore stack, so every write through Dexie passes it: each read-write transaction on
 * the lists gets the tallies table in its scope, and each list written has its student's tally
 * counted again from the whole list (a list holds ALL of a student's observations, so no
 * difference has to be worked out). Only writes that succeeded count; when the transaction
 * aborts, the tallies roll back with it. Databases without both tables (an older version being
 * upgraded) are left alone: their upgrade functions fill the tallies.
 */
export const observatieTallyMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ObservatieTallies',
  create(down) {
    const names = new Set(down.schema.tables.map((table) => table.name));
    if (!names.has(LIJSTEN) || !names.has(TALLIES)) return {};
    return {
      transaction(stores, mode, options) {
        const scope = mode === 'readwrite' && stores.includes(LIJSTEN) && !stores.includes(TALLIES) ? [...stores, TALLIES] : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== LIJSTEN) return table;
        const tallies = down.table(TALLIES);
        return { ...table, mutate: (req) => mutateKeepingTallies(table, tallies, req) };
      },
    };
  },
};

async function mutateKeepingTallies(table: DBCoreTable, tallies: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  // A range delete other than clear(): which students it removes must be read before.
  const rangeKeys =
    req.type === 'deleteRange' && req.range.type !== ANY_RANGE
      ? ((await table.query({ trans, values: false, query: { index: table.schema.primaryKey, range: req.range } })).result as string[])
      : [];
  const response = await table.mutate(req);
  const succeeded = (index: number) => !(index in response.failures);
  switch (req.type) {
    case 'add':
    case 'put': {
      const lists = (req.values as ObservatieLijst[]).filter((_, index) => succeeded(index));
      const puts = lists.flatMap((list) => tallyObservations(list.observaties));
      const counted = new Set(puts.map((tally) => tally.studentId));
      const deletes = lists.map((list) => list.studentId).filter((studentId) => !counted.has(studentId));
      if (puts.length > 0) await check(tallies.mutate({ trans, type: 'put', values: puts }));
      if (deletes.length > 0) await check(tallies.mutate({ trans, type: 'delete', keys: deletes }));
      break;
    }
    case 'delete': {
      const keys = req.keys.filter((_, index) => succeeded(index));
      if (keys.length > 0) await check(tallies.mutate({ trans, type: 'delete', keys }));
      break;
    }
    case 'deleteRange':
      if (response.numFailures > 0) break;
      if (req.range.type === ANY_RANGE) await check(tallies.mutate({ trans, type: 'deleteRange', range: req.range }));
      else if (rangeKeys.length > 0) await check(tallies.mutate({ trans, type: 'delete', keys: rangeKeys }));
      break;
  }
  return response;
}

/** A tally write that fails must fail the list write too (and so abort the transaction). */
async function check(mutation: Promise<DBCoreMutateResponse>): Promise<void> {
  const response = await mutation;
  if (response.numFailures > 0) throw Object.values(response.failures)[0];
}
