import type { Pta } from '../domain/pta';
import { ptaProblem, type PtaProblem } from './problems';
import { validatePta } from './validate';

/**
 * The PTA lock. A vastgesteld PTA is read-only: it was handed to students and the Inspectie
 * before 1 October and is not changed during the year (../shared/domain.md "PTA"). A change
 * after that needs an explicit unlock with a reason; both steps are logged for good.
 */
export function isPtaEditable(pta: Pick<Pta, 'status'>): boolean {
  return pta.status === 'concept';
}

export type LockResult = { ok: true; pta: Pta } | { ok: false; problems: PtaProblem[] };

/** Vaststellen: only a PTA that can yield an SE-cijfer. */
export function vaststellen(pta: Pta, who: string, at: number): LockResult {
  if (!isPtaEditable(pta)) return { ok: false, problems: [ptaProblem('locked', {})] };
  const problems = validatePta(pta.toetsen);
  if (pta.toetsen.length === 0) problems.push(ptaProblem('no-weighted-toets', {}));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, pta: { ...pta, status: 'vastgesteld', log: [...pta.log, { action: 'vastgesteld', at, who, reason: '' }], updatedAt: at } };
}

/** Ontgrendelen: needs a reason (trimmed, not empty), kept in the log. */
export function ontgrendelen(pta: Pta, who: string, reason: string, at: number): LockResult {
  if (isPtaEditable(pta)) return { ok: true, pta };
  const why = reason.trim();
  if (why === '') return { ok: false, problems: [ptaProblem('unlock-reason-empty', {})] };
  return { ok: true, pta: { ...pta, status: 'concept', log: [...pta.log, { action: 'ontgrendeld', at, who, reason: why }], updatedAt: at } };
}

/** The last time the PTA was vastgesteld, when it is. */
export function vastgesteldOp(pta: Pta): number | null {
  if (pta.status !== 'vastgesteld') return null;
  for (let index = pta.log.length - 1; index >= 0; index--) if (pta.log[index]!.action === 'vastgesteld') return pta.log[index]!.at;
  return null;
}
