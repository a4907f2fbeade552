import type { Observatie } from '../domain/observatie';
import { observedNodeOf } from './evidence';

/**
 * One student's observations counted per goal: how many are evidence on it (observedNodeOf:
 * live, with a goal and a level). The coverage matrix and the dashboard's gap card only need to
 * know whether a student has observational evidence on an eindterm, and a cohort of 200 has some
 * 20,000 observations: they read these tallies (one small row per student) instead. The database
 * keeps them in the same transaction as every write of a student's observations
 * (renderer/src/db/observatie-tally.ts).
 * A student without any such observation has no row.
 */
export interface ObservatieTally {
  studentId: string;
  /** Goal id (as recorded) → how many of the student's observations are evidence on it; never 0. */
  counts: Record<string, number>;
}

/** The fields of an observation the tally depends on. */
export type TalliedFields = Pick<Observatie, 'studentId' | 'nodeId' | 'level' | 'deletedAt'>;

/** Per student, per goal: a count being built up. */
export type TallyDelta = Map<string, Map<string, number>>;

/** Counts one observation in; a note, one without a level or a deleted one counts for nothing. */
export function addToDelta(delta: TallyDelta, observatie: TalliedFields): void {
  const nodeId = observedNodeOf(observatie);
  if (nodeId === null) return;
  let perNode = delta.get(observatie.studentId);
  if (!perNode) delta.set(observatie.studentId, (perNode = new Map()));
  perNode.set(nodeId, (perNode.get(nodeId) ?? 0) + 1);
}

/** The tallies of a whole set of observations (an upgrade, a check): one row per student with evidence. */
export function tallyObservations(observaties: Iterable<TalliedFields>): ObservatieTally[] {
  const delta: TallyDelta = new Map();
  for (const observatie of observaties) addToDelta(delta, observatie);
  return tallyRows(delta);
}

/** The rows of the counts built up with addToDelta. */
export function tallyRows(delta: TallyDelta): ObservatieTally[] {
  const rows: ObservatieTally[] = [];
  for (const [studentId, perNode] of delta) {
    rows.push({ studentId, counts: Object.fromEntries(perNode) });
  }
  return rows;
}
