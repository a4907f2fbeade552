import type { Bewijs } from '../../../../shared/domain/bewijs';
import type { Observatie } from '../../../../shared/domain/observatie';
import { isLive } from '../../../../shared/domain/record';
import { db } from '../db';
import { newId, now } from '../ids';

export type ObservatieInput = Pick<Observatie, 'nodeId' | 'level' | 'scaleSize' | 'date' | 'note' | 'opdrachtId' | 'assessor'>;
export type BewijsInput = Omit<Bewijs, 'id' | 'studentIds' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

/**
 * Stores one observation for each student, with the evidence they share, in one transaction:
 * either all of it is there afterwards or none of it. Returns the batch id, for undo.
 */
export async function createObservaties(studentIds: readonly string[], input: ObservatieInput, evidence: readonly BewijsInput[]): Promise<{ batchId: string; observatieIds: string[]; bewijsIds: string[] }> {
  if (studentIds.length === 0) throw new Error('een observatie hoort bij minstens één leerling');
  const stamp = now();
  const batchId = newId();
  const bewijs: Bewijs[] = evidence.map((item) => ({ ...item, id: newId(), studentIds: [...studentIds], createdAt: stamp, updatedAt: stamp, deletedAt: null }));
  const observaties: Observatie[] = studentIds.map((studentId) => ({
    ...input,
    id: newId(),
    studentId,
    batchId,
    evidenceIds: bewijs.map((item) => item.id),
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
  }));
  await db.transaction('rw', db.observaties, db.bewijs, async () => {
    await db.bewijs.bulkAdd(bewijs);
    await db.observaties.bulkAdd(observaties);
  });
  return { batchId, observatieIds: observaties.map((o) => o.id), bewijsIds: bewijs.map((b) => b.id) };
}

/** Undo of createObservaties: removes the batch and its evidence for good (it was just made). */
export async function removeObservatieBatch(created: { observatieIds: readonly string[]; bewijsIds: readonly string[] }): Promise<void> {
  await db.transaction('rw', db.observaties, db.bewijs, async () => {
    await db.observaties.bulkDelete([...created.observatieIds]);
    await db.bewijs.bulkDelete([...created.bewijsIds]);
  });
}

/** A student's observations in the order the work was done (oldest first). */
export async function listObservatiesOfStudent(studentId: string): Promise<Observatie[]> {
  const rows = (await db.observaties.where('[studentId+date]').between([studentId, ''], [studentId, '\uffff']).toArray()).filter(isLive);
  // The index orders by date; within a day, the order they were written down.
  return rows.sort((a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt);
}

export async function listRecentObservaties(limit: number): Promise<Observatie[]> {
  return db.observaties.orderBy('createdAt').reverse().filter(isLive).limit(limit).toArray();
}

export async function setObservatieDeleted(id: string, deleted: boolean): Promise<void> {
  await db.observaties.update(id, { deletedAt: deleted ? now() : null, updatedAt: now() });
}

/** A student's evidence (photos, PDFs, files), newest work first. */
export async function listBewijsOfStudent(studentId: string): Promise<Bewijs[]> {
  return (await db.bewijs.where('studentIds').equals(studentId).toArray()).filter(isLive).sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt);
}

export async function getBewijs(id: string): Promise<Bewijs | undefined> {
  return db.bewijs.get(id);
}

/** Adds evidence to students without an observation (a product photo in the gallery). */
export async function addBewijs(studentIds: readonly string[], evidence: readonly BewijsInput[]): Promise<string[]> {
  const stamp = now();
  const rows: Bewijs[] = evidence.map((item) => ({ ...item, id: newId(), studentIds: [...studentIds], createdAt: stamp, updatedAt: stamp, deletedAt: null }));
  await db.bewijs.bulkAdd(rows);
  return rows.map((row) => row.id);
}

export async function setBewijsDeleted(id: string, deleted: boolean): Promise<void> {
  await db.bewijs.update(id, { deletedAt: deleted ? now() : null, updatedAt: now() });
}
