import type { Cohort } from '../domain/cohort';
import type { Framework, FrameworkNode } from '../domain/framework';
import { isLive } from '../domain/record';
import { nodesInTreeOrder } from '../frameworks/tree';

/** Families that hold an exam programme's eindtermen (the school's own and LOB frameworks do not). */
const PROGRAMME_FAMILIES: ReadonlySet<Framework['family']> = new Set(['vmbo-pgv', 'havo-pgp-m', 'havo-pgp-t', 'other']);

function sameProgramme(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');
}

/**
 * The exam programme a cohort is examined on: the active, unarchived framework whose programme
 * matches the cohort's (case-insensitive). Null when the school has not imported it yet.
 */
export function programmeFrameworkOf(cohort: Pick<Cohort, 'programme'>, frameworks: readonly Framework[]): Framework | null {
  const candidates = frameworks.filter(
    (f) => isLive(f) && f.status === 'active' && f.archivedAt == null && PROGRAMME_FAMILIES.has(f.family) && sameProgramme(f.programme, cohort.programme),
  );
  // Prefer the real exam-programme families over 'other' when a school has both.
  return candidates.find((f) => f.family !== 'other') ?? candidates[0] ?? null;
}

/** The eindtermen of a framework version, in the order of its tree (A1, A2, B1 …). */
export function eindtermenOf(nodes: readonly FrameworkNode[]): FrameworkNode[] {
  return nodesInTreeOrder(nodes.filter(isLive)).filter((node) => node.type === 'eindterm');
}
