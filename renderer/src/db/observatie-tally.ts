import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware, Transaction } from 'dexie';
import { applyTallyChange, tallyDelta, tallyObservations, type ObservatieTally, type TalliedFields } from '../../../shared/growth/observation-tally';

const OBSERVATIES = 'observaties';
export const TALLIES = 'observatieTallies';
/** DBCoreRangeType.Any: a const enum in Dexie's types, which isolated modules cannot import. */
const ANY_RANGE = 3;

/**
 * Keeps observatieTallies (schema version 5) in step with observaties, in the same transaction
 * as the write, whatever makes it: the observation dialog, delete and undo, retention, restoring
 * a backup, the demo school. It sits in Dexie's DBCore stack, so every write through Dexie passes
 * it: each read-write transaction on observaties gets the tallies table in its scope; each
 * mutation of observaties first reads the rows it replaces or removes, lets the write happen, and
 * then applies the difference for the writes that succeeded (a failed write changes nothing;
 * when the transaction aborts, the tallies roll back with it). The mutations of one transaction
 * are applied one after another, so two writes for the same student cannot both build on the
 * same old tally row. Databases at an older version (a backup being upgraded) have no tallies
 * table: then it does nothing.
 */
export const observatieTallyMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ObservatieTallies',
  create(down) {
    const names = new Set(down.schema.tables.map((table) => table.name));
    if (!names.has(OBSERVATIES) || !names.has(TALLIES)) return {};
    return {
      transaction(stores, mode, options) {
        const scope = mode === 'readwrite' && stores.includes(OBSERVATIES) && !stores.includes(TALLIES) ? [...stores, TALLIES] : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== OBSERVATIES) return table;
        const tallies = down.table(TALLIES);
        return { ...table, mutate: (req) => (rebuiltAtEnd.has(req.trans) ? table.mutate(req) : inOrder(req.trans, () => mutateKeepingTallies(table, tallies, req))) };
      },
    };
  },
};

const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();

/** Transactions whose tallies are rebuilt at their end (replaceTalliesAtEnd), not write by write. */
const rebuiltAtEnd = new WeakSet<object>();

/**
 * For a transaction that replaces ALL observations (a restore): the middleware stands aside for
 * its observation writes, and the returned function, called last in the transaction with every
 * observation written, replaces the tallies in one bulk write. Kept write by write, the 100,000
 * observations of a large school cost some 50 reads and rewrites of every student's tally (about
 * 6 s of a restore); counted once in memory they cost a few milliseconds. Null when the database
 * has no tallies table (an older schema version).
 */
export function replaceTalliesAtEnd(tx: Transaction): ((observaties: readonly TalliedFields[]) => Promise<void>) | null {
  if (!tx.db.tables.some((table) => table.name === TALLIES)) return null;
  // Dexie hands each DBCore request the transaction's idbtrans, so that is what the middleware sees.
  rebuiltAtEnd.add(tx.idbtrans);
  return async (observaties) => {
    const tallies = tx.table<ObservatieTally, string>(TALLIES);
    await tallies.clear();
    await tallies.bulkAdd(tallyObservations(observaties));
  };
}

/** Runs `work` after the earlier observation writes of the same transaction. */
function inOrder<T>(trans: DBCoreTransaction, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(trans) ?? Promise.resolve();
  const next = previous.then(work, work);
  queues.set(trans, next.catch(() => undefined));
  return next;
}

interface Change {
  before: TalliedFields | undefined;
  after: TalliedFields | undefined;
}

async function mutateKeepingTallies(table: DBCoreTable, tallies: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  const keyOf = (value: unknown) => table.schema.primaryKey.extractKey!(value) as string;
  let before: (TalliedFields | undefined)[] = [];
  if (req.type === 'put' || req.type === 'delete') {
    const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map(keyOf));
    if (keys.length > 0) before = await table.getMany({ trans, keys });
  } else if (req.type === 'deleteRange' && req.range.type !== ANY_RANGE) {
    before = (await table.query({ trans, values: true, query: { index: table.schema.primaryKey, range: req.range } })).result as TalliedFields[];
  }

  const response = await table.mutate(req);

  if (req.type === 'deleteRange' && req.range.type === ANY_RANGE) {
    // The whole table emptied (clear()): so are the tallies.
    if (response.numFailures === 0) await check(tallies.mutate({ trans, type: 'deleteRange', range: req.range }));
    return response;
  }
  const succeeded = (index: number) => !(index in response.failures);
  // Per observation id: the row before this request, and the last row it wrote.
  const changes = new Map<string, Change>();
  const record = (key: string, was: TalliedFields | undefined, now: TalliedFields | undefined) => {
    const known = changes.get(key);
    changes.set(key, { before: known ? known.before : was, after: now });
  };
  switch (req.type) {
    case 'add':
      req.values.forEach((value, index) => succeeded(index) && record(keyOf(value), undefined, value as TalliedFields));
      break;
    case 'put':
      req.values.forEach((value, index) => succeeded(index) && record(keyOf(value), before[index], value as TalliedFields));
      break;
    case 'delete':
      req.keys.forEach((key, index) => succeeded(index) && record(key as string, before[index], undefined));
      break;
    case 'deleteRange':
      if (response.numFailures === 0) for (const row of before) record(keyOf(row), row, undefined);
      break;
  }
  await applyChanges(tallies, trans, changes.values());
  return response;
}

async function applyChanges(tallies: DBCoreTable, trans: DBCoreTransaction, changes: Iterable<Change>): Promise<void> {
  const delta = tallyDelta(changes);
  for (const [studentId, change] of delta) {
    for (const [nodeId, by] of change) if (by === 0) change.delete(nodeId);
    if (change.size === 0) delta.delete(studentId);
  }
  if (delta.size === 0) return;
  const studentIds = [...delta.keys()];
  const rows = (await tallies.getMany({ trans, keys: studentIds })) as (ObservatieTally | undefined)[];
  const puts: ObservatieTally[] = [];
  const deletes: string[] = [];
  studentIds.forEach((studentId, index) => {
    const next = applyTallyChange(studentId, rows[index], delta.get(studentId)!);
    if (next) puts.push(next);
    else if (rows[index]) deletes.push(studentId);
  });
  if (puts.length > 0) await check(tallies.mutate({ trans, type: 'put', values: puts }));
  if (deletes.length > 0) await check(tallies.mutate({ trans, type: 'delete', keys: deletes }));
}

/** A tally write that fails must fail the observation write too (and so abort the transaction). */
async function check(mutation: Promise<DBCoreMutateResponse>): Promise<void> {
  const response = await mutation;
  if (response.numFailures > 0) throw Object.values(response.failures)[0];
}
