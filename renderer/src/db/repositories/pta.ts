import type { Pta, PtaToets } from '../../../../shared/domain/pta';
import { isLive } from '../../../../shared/domain/record';
import { isPtaEditable, ontgrendelen, vaststellen, type LockResult } from '../../../../shared/pta/lock';
import { db } from '../db';
import { newId, now } from '../ids';

/** Writing to a vastgesteld PTA: refused here too, not only greyed out on screen. */
export class PtaLockedError extends Error {
  constructor() {
    super('het PTA is vastgesteld');
    this.name = 'PtaLockedError';
  }
}

export async function listPtas(): Promise<Pta[]> {
  return (await db.ptas.toArray()).filter(isLive);
}

export async function getPtaOfCohort(cohortId: string): Promise<Pta | undefined> {
  return (await db.ptas.where('cohortId').equals(cohortId).toArray()).find(isLive);
}

export async function getPta(id: string): Promise<Pta | undefined> {
  return db.ptas.get(id);
}

export async function createPta(cohortId: string, title: string, toetsen: readonly PtaToets[] = []): Promise<Pta> {
  return db.transaction('rw', db.ptas, async () => {
    const existing = await getPtaOfCohort(cohortId);
    if (existing) return existing;
    const stamp = now();
    const pta: Pta = { id: newId(), cohortId, title, toetsen: [...toetsen], status: 'concept', log: [], createdAt: stamp, updatedAt: stamp, deletedAt: null };
    await db.ptas.add(pta);
    return pta;
  });
}

/**
 * Changes the toetsen or title of a PTA that is not vastgesteld; returns it as it was, for undo.
 * The check runs inside the transaction: a PTA locked in another window meanwhile is refused.
 */
export async function updatePta(id: string, change: (pta: Pta) => Pick<Pta, 'title' | 'toetsen'>): Promise<Pta> {
  return db.transaction('rw', db.ptas, async () => {
    const pta = await db.ptas.get(id);
    if (!pta) throw new Error(`PTA ${id} bestaat niet`);
    if (!isPtaEditable(pta)) throw new PtaLockedError();
    const { title, toetsen } = change(pta);
    await db.ptas.put({ ...pta, title, toetsen, updatedAt: now() });
    return pta;
  });
}

/** Undo of updatePta: puts the earlier title and toetsen back, if the PTA is still editable. */
export async function restorePta(previous: Pta): Promise<void> {
  await updatePta(previous.id, () => ({ title: previous.title, toetsen: previous.toetsen }));
}

export function newToetsId(): string {
  return newId();
}

async function applyLock(id: string, step: (pta: Pta, at: number) => LockResult): Promise<LockResult> {
  return db.transaction('rw', db.ptas, async () => {
    const pta = await db.ptas.get(id);
    if (!pta) throw new Error(`PTA ${id} bestaat niet`);
    const result = step(pta, now());
    if (result.ok) await db.ptas.put(result.pta);
    return result;
  });
}

/** Vaststellen: locks the PTA (only one that can yield an SE-cijfer); logged with who and when. */
export function vaststellenPta(id: string, who: string): Promise<LockResult> {
  return applyLock(id, (pta, at) => vaststellen(pta, who, at));
}

/** Unlocks a vastgesteld PTA for a change; the reason is required and logged. */
export function ontgrendelPta(id: string, who: string, reason: string): Promise<LockResult> {
  return applyLock(id, (pta, at) => ontgrendelen(pta, who, reason, at));
}
