import type { Cohort } from '../../../../shared/domain/cohort';
import { isLive } from '../../../../shared/domain/record';
import { cohortInputSchema, type CohortInput } from '../../../../shared/validation/student-input';
import { db } from '../db';
import { newId, now } from '../ids';

export async function listCohorts(): Promise<Cohort[]> {
  const all = await db.cohorts.toArray();
  return all.filter(isLive).sort((a, b) => b.firstSchoolYear.localeCompare(a.firstSchoolYear) || a.name.localeCompare(b.name, 'nl'));
}

export async function createCohort(input: CohortInput): Promise<Cohort> {
  const parsed = cohortInputSchema.parse(input);
  const stamp = now();
  const cohort: Cohort = { id: newId(), ...parsed, createdAt: stamp, updatedAt: stamp, deletedAt: null, archivedAt: null };
  await db.cohorts.add(cohort);
  return cohort;
}

export async function updateCohort(id: string, input: CohortInput): Promise<Cohort> {
  const parsed = cohortInputSchema.parse(input);
  const previous = await db.cohorts.get(id);
  if (!previous) throw new Error(`cohort ${id} bestaat niet`);
  await db.cohorts.update(id, { ...parsed, updatedAt: now() });
  return previous;
}

/** Restores a cohort's earlier fields (undo of an edit). */
export async function restoreCohort(previous: Cohort): Promise<void> {
  await db.cohorts.put({ ...previous, updatedAt: now() });
}

/**
 * Soft-deletes a cohort with its groups and their students in one transaction, all stamped
 * with the same time so that `undoDeleteCohort` brings back exactly what this removed.
 */
export async function deleteCohort(id: string): Promise<number> {
  const stamp = now();
  await db.transaction('rw', db.cohorts, db.groups, db.students, async () => {
    const groups = (await db.groups.where('cohortId').equals(id).toArray()).filter(isLive);
    const groupIds = groups.map((group) => group.id);
    const students = (await db.students.where('groupId').anyOf(groupIds).toArray()).filter(isLive);
    await db.students.bulkUpdate(students.map((s) => ({ key: s.id, changes: { deletedAt: stamp, updatedAt: stamp } })));
    await db.groups.bulkUpdate(groups.map((g) => ({ key: g.id, changes: { deletedAt: stamp, updatedAt: stamp } })));
    await db.cohorts.update(id, { deletedAt: stamp, updatedAt: stamp });
  });
  return stamp;
}

export async function undoDeleteCohort(id: string, stamp: number): Promise<void> {
  const restoredAt = now();
  await db.transaction('rw', db.cohorts, db.groups, db.students, async () => {
    const groups = (await db.groups.where('cohortId').equals(id).toArray()).filter((g) => g.deletedAt === stamp);
    const students = (await db.students.where('groupId').anyOf(groups.map((g) => g.id)).toArray()).filter(
      (s) => s.deletedAt === stamp,
    );
    await db.students.bulkUpdate(students.map((s) => ({ key: s.id, changes: { deletedAt: null, updatedAt: restoredAt } })));
    await db.groups.bulkUpdate(groups.map((g) => ({ key: g.id, changes: { deletedAt: null, updatedAt: restoredAt } })));
    await db.cohorts.update(id, { deletedAt: null, updatedAt: restoredAt });
  });
}
