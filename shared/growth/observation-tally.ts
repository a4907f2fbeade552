import type { Observatie } from '../domain/observatie';
import { observedNodeOf } from './evidence';

/**
 * One student's observations counted per goal: how many are evidence on it (observedNodeOf:
 * live, with a goal and a level). The coverage matrix and the dashboard's gap card only need to
 * know whether a student has observational evidence on an eindterm, and a cohort of 200 has some
 * 20,000 observations: they read these tallies (one small row per student) instead. The database
 * keeps them in the same transaction as every observation write (renderer/src/db/observatie-tally.ts).
 * A student without any such observation has no row.
 */
export interface ObservatieTally {
  studentId: string;
  /** Goal id (as recorded) → how many of the student's observations are evidence on it; never 0. */
  counts: Record<string, number>;
}

/** The fields of an observation the tally depends on. */
export type TalliedFields = Pick<Observatie, 'studentId' | 'nodeId' | 'level' | 'deletedAt'>;

/** Per student, per goal: how much the counts change. */
export type TallyDelta = Map<string, Map<string, number>>;

/** Adds (+1) or takes away (-1) one observation's part in the counts; a note or deleted one has none. */
export function addToDelta(delta: TallyDelta, observatie: TalliedFields | undefined, sign: 1 | -1): void {
  if (!observatie) return;
  const nodeId = observedNodeOf(observatie);
  if (nodeId === null) return;
  let perNode = delta.get(observatie.studentId);
  if (!perNode) delta.set(observatie.studentId, (perNode = new Map()));
  perNode.set(nodeId, (perNode.get(nodeId) ?? 0) + sign);
}

/** How the counts change when each `before` row (absent: new) becomes its `after` row (absent: removed). */
export function tallyDelta(changes: Iterable<{ before?: TalliedFields | undefined; after?: TalliedFields | undefined }>): TallyDelta {
  const delta: TallyDelta = new Map();
  for (const { before, after } of changes) {
    addToDelta(delta, before, -1);
    addToDelta(delta, after, 1);
  }
  return delta;
}

/**
 * A student's tally row after `change`: null when no goal keeps a count (the row goes). A count
 * never drops below zero.
 */
export function applyTallyChange(studentId: string, row: ObservatieTally | undefined, change: ReadonlyMap<string, number>): ObservatieTally | null {
  const counts = new Map(Object.entries(row?.counts ?? {}));
  for (const [nodeId, by] of change) {
    const next = (counts.get(nodeId) ?? 0) + by;
    if (next > 0) counts.set(nodeId, next);
    else counts.delete(nodeId);
  }
  return counts.size === 0 ? null : { studentId, counts: Object.fromEntries(counts) };
}

/** The tallies of a whole set of observations (an upgrade, a check): one row per student with evidence. */
export function tallyObservations(observaties: Iterable<TalliedFields>): ObservatieTally[] {
  const delta: TallyDelta = new Map();
  for (const observatie of observaties) addToDelta(delta, observatie, 1);
  return tallyRows(delta);
}

/** The rows of counts built up from nothing (addToDelta with +1 only). */
export function tallyRows(delta: TallyDelta): ObservatieTally[] {
  const rows: ObservatieTally[] = [];
  for (const [studentId, change] of delta) {
    const row = applyTallyChange(studentId, undefined, change);
    if (row) rows.push(row);
  }
  return rows;
}
