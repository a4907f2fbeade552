import type { Bewijs } from '../../../../shared/domain/bewijs';
import type { Observatie } from '../../../../shared/domain/observatie';
import { byWorkDate, withObservaties, withoutObservaties, type ObservatieLijst } from '../../../../shared/domain/observatie-lijst';
import { isLive } from '../../../../shared/domain/record';
import { db } from '../db';
import { newId, now } from '../ids';

export type ObservatieInput = Pick<Observatie, 'nodeId' | 'level' | 'scaleSize' | 'date' | 'note' | 'opdrachtId' | 'assessor'>;
export type BewijsInput = Omit<Bewijs, 'id' | 'studentIds' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

/**
 * Stores one observation for each student, with the evidence they share, in one transaction:
 * either all of it is there afterwards or none of it. Returns the batch id, for undo.
 */
export async function createObservaties(studentIds: readonly string[], input: ObservatieInput, evidence: readonly BewijsInput[]): Promise<{ batchId: string; observaties: ObservatieRef[]; bewijsIds: string[] }> {
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
  await db.transaction('rw', db.observatieLijsten, db.bewijs, async () => {
    await db.bewijs.bulkAdd(bewijs);
    await writeObservaties(observaties);
  });
  return { batchId, observaties: observaties.map(({ id, studentId }) => ({ id, studentId })), bewijsIds: bewijs.map((b) => b.id) };
}

/** Undo of createObservaties: removes the batch and its evidence for good (it was just made). */
export async function removeObservatieBatch(created: { observaties: readonly ObservatieRef[]; bewijsIds: readonly string[] }): Promise<void> {
  await db.transaction('rw', db.observatieLijsten, db.bewijs, async () => {
    await deleteObservaties(created.observaties);
    await db.bewijs.bulkDelete([...created.bewijsIds]);
  });
}

/** Which observation: its id, and the student whose list holds it. */
export type ObservatieRef = Pick<Observatie, 'id' | 'studentId'>;

/** Each student's observations (live and deleted), as stored: one list read per student. */
export async function readObservatiesOf(studentIds: readonly string[]): Promise<Observatie[][]> {
  // One student (a profile, a student page): a plain get, cheaper than a bulk read of one key.
  if (studentIds.length === 1) return [(await db.observatieLijsten.get(studentIds[0]!))?.observaties ?? []];
  const lists = await db.observatieLijsten.bulkGet([...studentIds]);
  return lists.map((list) => list?.observaties ?? []);
}

/** Each student's observations (live and deleted) in the order the work was done, oldest first. */
export async function readObservatiesInWorkOrder(studentIds: readonly string[]): Promise<Observatie[][]> {
  return (await readObservatiesOf(studentIds)).map((rows) => [...rows].sort(byWorkDate));
}

/**
 * Writes observations into their students' lists (an id already there is replaced), in one
 * transaction, or in the caller's when it has one on observatieLijsten.
 */
export async function writeObservaties(rows: readonly Observatie[]): Promise<void> {
  if (rows.length === 0) return;
  await changeLists(rows, (studentId, list, mine) => withObservaties(studentId, list, mine));
}

/** Removes observations from their students' lists for good; a list left empty goes. */
export async function deleteObservaties(refs: readonly ObservatieRef[]): Promise<void> {
  if (refs.length === 0) return;
  await changeLists(refs, (_, list, mine) => (list ? withoutObservaties(list, new Set(mine.map((ref) => ref.id))) : null));
}

/**
 * Reads the lists of the students `items` belong to, changes each, and writes back those that
 * changed (`change` hands back the list itself when nothing changes; null when it goes).
 */
async function changeLists<T extends ObservatieRef>(items: readonly T[], change: (studentId: string, list: ObservatieLijst | undefined, mine: readonly T[]) => ObservatieLijst | null): Promise<void> {
  const perStudent = new Map<string, T[]>();
  for (const item of items) {
    const mine = perStudent.get(item.studentId);
    if (mine) mine.push(item);
    else perStudent.set(item.studentId, [item]);
  }
  const studentIds = [...perStudent.keys()];
  await db.transaction('rw', db.observatieLijsten, async () => {
    const lists = await db.observatieLijsten.bulkGet(studentIds);
    const puts: ObservatieLijst[] = [];
    const deletes: string[] = [];
    studentIds.forEach((studentId, index) => {
      const next = change(studentId, lists[index], perStudent.get(studentId)!);
      if (next === lists[index]) return;
      if (next) puts.push(next);
      else if (lists[index]) deletes.push(studentId);
    });
    if (puts.length > 0) await db.observatieLijsten.bulkPut(puts);
    if (deletes.length > 0) await db.observatieLijsten.bulkDelete(deletes);
  });
}

/** A student's live observations in the order the work was done (oldest first). */
export async function listObservatiesOfStudent(studentId: string): Promise<Observatie[]> {
  const [rows] = await readObservatiesInWorkOrder([studentId]);
  return rows!.filter(isLive);
}

/**
 * The `limit` live observations written last, newest first. Lists come in the order of their
 * newest observation; once `limit` are found, a list whose newest is not newer than all of them
 * cannot change the answer (at most tie, and ties may go either way), and neither can any list
 * after it. (Stopping only at an older list read every list of a school whose observations were
 * all written at one moment, as the demo school's are: 0.8 s for the large one.)
 */
export async function listRecentObservaties(limit: number): Promise<Observatie[]> {
  if (limit <= 0) return [];
  const found: Observatie[] = [];
  await db.observatieLijsten
    .orderBy('lastCreatedAt')
    .reverse()
    .until((list) => found.length >= limit && list.lastCreatedAt <= found[limit - 1]!.createdAt)
    .each((list) => {
      found.push(...list.observaties.filter(isLive));
      found.sort((a, b) => b.createdAt - a.createdAt);
      found.length = Math.min(found.length, limit);
    });
  return found;
}

/** Soft-deletes (or brings back) one observation. */
export async function setObservatieDeleted(observatie: ObservatieRef, deleted: boolean): Promise<void> {
  const stamp = now();
  await changeLists([observatie], (studentId, list) => {
    const row = list?.observaties.find((candidate) => candidate.id === observatie.id);
    return row ? withObservaties(studentId, list, [{ ...row, deletedAt: deleted ? stamp : null, updatedAt: stamp }]) : (list ?? null);
  });
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
