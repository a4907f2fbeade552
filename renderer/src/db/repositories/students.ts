import { isLive, type StoredRecord } from '../../../../shared/domain/record';
import type { Student } from '../../../../shared/domain/student';
import { studentInputSchema, type StudentInput } from '../../../../shared/validation/student-input';
import { db } from '../db';
import { newId, now } from '../ids';

export class DuplicateLeerlingnummerError extends Error {
  constructor(
    readonly leerlingnummer: string,
    readonly existing: Student,
  ) {
    super(`leerlingnummer ${leerlingnummer} is al in gebruik`);
    this.name = 'DuplicateLeerlingnummerError';
  }
}

/** Every student that is not deleted, archived ones included (the UI filters those). */
export async function listStudents(): Promise<Student[]> {
  // toArray() reads with one getAll(); Dexie's filter() would walk a cursor row by row (~5× slower).
  return (await db.students.toArray()).filter(isLive);
}

/** The students of one group (archived ones included), by the groupId index: not the whole school. */
export async function listStudentsOfGroup(groupId: string): Promise<Student[]> {
  return (await db.students.where('groupId').equals(groupId).toArray()).filter(isLive);
}

/** One student, archived or not; undefined when there is none or it was deleted. */
export async function getStudent(id: string): Promise<Student | undefined> {
  const student = await db.students.get(id);
  return student && isLive(student) ? student : undefined;
}

async function assertNumberFree(leerlingnummer: string, exceptId?: string): Promise<void> {
  const sameNumber = await db.students.where('leerlingnummer').equalsIgnoreCase(leerlingnummer).toArray();
  const clash = sameNumber.find((s) => isLive(s) && s.id !== exceptId);
  if (clash) throw new DuplicateLeerlingnummerError(leerlingnummer, clash);
}

export async function createStudent(input: StudentInput): Promise<Student> {
  const parsed = studentInputSchema.parse(input);
  return db.transaction('rw', db.students, async () => {
    await assertNumberFree(parsed.leerlingnummer);
    const stamp = now();
    const student: Student = { id: newId(), ...parsed, createdAt: stamp, updatedAt: stamp, deletedAt: null, archivedAt: null };
    await db.students.add(student);
    return student;
  });
}

/** Saves the edited fields; returns the student as it was so the edit can be undone. */
export async function updateStudent(id: string, input: StudentInput): Promise<Student> {
  const parsed = studentInputSchema.parse(input);
  return db.transaction('rw', db.students, async () => {
    const previous = await db.students.get(id);
    if (!previous) throw new Error(`leerling ${id} bestaat niet`);
    await assertNumberFree(parsed.leerlingnummer, id);
    await db.students.update(id, { ...parsed, updatedAt: now() });
    return previous;
  });
}

/** Puts earlier versions of students back as they were (undo of edits and moves). */
export async function restoreStudents(previous: readonly Student[]): Promise<void> {
  const stamp = now();
  await db.students.bulkPut(previous.map((student) => ({ ...student, updatedAt: stamp })));
}

async function snapshotAndUpdate(ids: readonly string[], changes: Partial<Student>): Promise<Student[]> {
  return db.transaction('rw', db.students, async () => {
    const previous = (await db.students.bulkGet([...ids])).filter((s): s is Student => s !== undefined);
    const stamp = now();
    await db.students.bulkUpdate(previous.map((s) => ({ key: s.id, changes: { ...changes, updatedAt: stamp } })));
    return previous;
  });
}

export function moveStudents(ids: readonly string[], groupId: string): Promise<Student[]> {
  return snapshotAndUpdate(ids, { groupId });
}

export function archiveStudents(ids: readonly string[]): Promise<Student[]> {
  return snapshotAndUpdate(ids, { archivedAt: now() });
}

export function unarchiveStudents(ids: readonly string[]): Promise<Student[]> {
  return snapshotAndUpdate(ids, { archivedAt: null });
}

/** Soft delete: the rows stay (hidden) so the delete can be undone; purged after 30 days. */
export function deleteStudents(ids: readonly string[]): Promise<Student[]> {
  return snapshotAndUpdate(ids, { deletedAt: now() });
}

export const DELETED_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Removes students, groups and cohorts that were deleted more than 30 days ago. Undo is only
 * offered right after a delete, so after 30 days nothing can bring them back and keeping them
 * would hold personal data without purpose (AVG dataminimalisatie).
 */
export async function purgeDeleted(at: number = now()): Promise<number> {
  const cutoff = at - DELETED_RETENTION_MS;
  // Look first, read-only: a read-write transaction would hold the tables while the first
  // screen wants to read them. Only when something is due is a short write transaction opened.
  const old = (row: StoredRecord) => row.deletedAt != null && row.deletedAt < cutoff;
  const [students, groups, cohorts] = await Promise.all([
    // Indexed: only soft-deleted students are visited, not the whole school.
    db.students.where('deletedAt').below(cutoff).primaryKeys(),
    (await db.groups.toArray()).filter(old).map((row) => row.id),
    (await db.cohorts.toArray()).filter(old).map((row) => row.id),
  ]);
  const total = students.length + groups.length + cohorts.length;
  if (total === 0) return 0;
  await db.transaction('rw', db.students, db.groups, db.cohorts, async () => {
    await db.students.bulkDelete(students);
    await db.groups.bulkDelete(groups);
    await db.cohorts.bulkDelete(cohorts);
  });
  return total;
}
