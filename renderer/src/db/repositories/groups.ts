import { groupNameKey, type Group } from '../../../../shared/domain/group';
import { isLive } from '../../../../shared/domain/record';
import { groupInputSchema, type GroupInput } from '../../../../shared/validation/student-input';
import { db } from '../db';
import { newId, now } from '../ids';

export class DuplicateGroupNameError extends Error {
  constructor(readonly groupName: string) {
    super(`groep ${groupName} bestaat al in dit cohort`);
    this.name = 'DuplicateGroupNameError';
  }
}

export async function listGroups(): Promise<Group[]> {
  const all = await db.groups.toArray();
  return all.filter(isLive).sort((a, b) => a.name.localeCompare(b.name, 'nl', { numeric: true }));
}

async function assertUniqueName(cohortId: string, name: string, exceptId?: string): Promise<void> {
  const siblings = await db.groups.where('cohortId').equals(cohortId).toArray();
  const clash = siblings.find((g) => isLive(g) && g.id !== exceptId && groupNameKey(g.name) === groupNameKey(name));
  if (clash) throw new DuplicateGroupNameError(clash.name);
}

export async function createGroup(input: GroupInput): Promise<Group> {
  const parsed = groupInputSchema.parse(input);
  return db.transaction('rw', db.groups, async () => {
    await assertUniqueName(parsed.cohortId, parsed.name);
    const stamp = now();
    const group: Group = { id: newId(), ...parsed, createdAt: stamp, updatedAt: stamp, deletedAt: null };
    await db.groups.add(group);
    return group;
  });
}

/** Returns the group as it was, for undo. */
export async function updateGroup(id: string, input: GroupInput): Promise<Group> {
  const parsed = groupInputSchema.parse(input);
  return db.transaction('rw', db.groups, async () => {
    const previous = await db.groups.get(id);
    if (!previous) throw new Error(`groep ${id} bestaat niet`);
    await assertUniqueName(parsed.cohortId, parsed.name, id);
    await db.groups.update(id, { ...parsed, updatedAt: now() });
    return previous;
  });
}

export async function restoreGroup(previous: Group): Promise<void> {
  await db.groups.put({ ...previous, updatedAt: now() });
}

/** Soft-deletes a group and its students together; returns the stamp undo needs. */
export async function deleteGroup(id: string): Promise<number> {
  const stamp = now();
  await db.transaction('rw', db.groups, db.students, async () => {
    const students = (await db.students.where('groupId').equals(id).toArray()).filter(isLive);
    await db.students.bulkUpdate(students.map((s) => ({ key: s.id, changes: { deletedAt: stamp, updatedAt: stamp } })));
    await db.groups.update(id, { deletedAt: stamp, updatedAt: stamp });
  });
  return stamp;
}

export async function undoDeleteGroup(id: string, stamp: number): Promise<void> {
  const restoredAt = now();
  await db.transaction('rw', db.groups, db.students, async () => {
    const students = (await db.students.where('groupId').equals(id).toArray()).filter((s) => s.deletedAt === stamp);
    await db.students.bulkUpdate(students.map((s) => ({ key: s.id, changes: { deletedAt: null, updatedAt: restoredAt } })));
    await db.groups.update(id, { deletedAt: null, updatedAt: restoredAt });
  });
}
