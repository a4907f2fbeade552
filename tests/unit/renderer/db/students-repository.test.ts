import { describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/db';
import { createCohort, deleteCohort, undoDeleteCohort } from '../../../../renderer/src/db/repositories/cohorts';
import { createGroup, deleteGroup, DuplicateGroupNameError, undoDeleteGroup } from '../../../../renderer/src/db/repositories/groups';
import {
  archiveStudents,
  createStudent,
  deleteStudents,
  DELETED_RETENTION_MS,
  DuplicateLeerlingnummerError,
  listStudents,
  moveStudents,
  purgeDeleted,
  restoreStudents,
  updateStudent,
} from '../../../../renderer/src/db/repositories/students';

async function setup() {
  const cohort = await createCohort({ name: 'Cohort 2026-2028', leerweg: 'tl', programme: 'Zorg en Welzijn', firstSchoolYear: '2026-2027' });
  const a = await createGroup({ name: '3T-A', cohortId: cohort.id });
  const b = await createGroup({ name: '3T-B', cohortId: cohort.id });
  const zoe = await createStudent({ roepnaam: 'Zoë', tussenvoegsel: '', achternaam: 'Bakker', leerlingnummer: '104233', groupId: a.id });
  const daniel = await createStudent({ roepnaam: 'Daniël', tussenvoegsel: 'van der', achternaam: 'Berg', leerlingnummer: '104234', groupId: a.id });
  return { cohort, a, b, zoe, daniel };
}

describe('students repository', () => {
  it('stores a student with a UUID key and timestamps', async () => {
    const { zoe } = await setup();
    expect(zoe.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(zoe.createdAt).toBeGreaterThan(0);
    expect(await db.students.get(zoe.id)).toEqual(zoe);
  });

  it('refuses a leerlingnummer that another live student has', async () => {
    const { a, zoe } = await setup();
    await expect(createStudent({ roepnaam: 'Sven', tussenvoegsel: '', achternaam: 'Smit', leerlingnummer: '104233', groupId: a.id })).rejects.toBeInstanceOf(
      DuplicateLeerlingnummerError,
    );
    await expect(updateStudent(zoe.id, { ...zoe, leerlingnummer: '104234' })).rejects.toBeInstanceOf(DuplicateLeerlingnummerError);
    expect(await db.students.count()).toBe(2);
  });

  it('an edit returns the previous version, which undo puts back', async () => {
    const { zoe } = await setup();
    const previous = await updateStudent(zoe.id, { ...zoe, roepnaam: 'Zoey' });
    expect((await db.students.get(zoe.id))?.roepnaam).toBe('Zoey');
    await restoreStudents([previous]);
    expect((await db.students.get(zoe.id))?.roepnaam).toBe('Zoë');
  });

  it('moves, archives and deletes in batches that can be undone', async () => {
    const { b, zoe, daniel } = await setup();
    const beforeMove = await moveStudents([zoe.id, daniel.id], b.id);
    expect((await db.students.bulkGet([zoe.id, daniel.id])).map((s) => s?.groupId)).toEqual([b.id, b.id]);
    await restoreStudents(beforeMove);
    expect((await db.students.get(zoe.id))?.groupId).not.toBe(b.id);

    await archiveStudents([zoe.id]);
    expect((await db.students.get(zoe.id))?.archivedAt).toBeGreaterThan(0);

    const beforeDelete = await deleteStudents([daniel.id]);
    expect((await listStudents()).map((s) => s.id)).toEqual([zoe.id]);
    await restoreStudents(beforeDelete);
    expect((await listStudents()).map((s) => s.id).sort()).toEqual([zoe.id, daniel.id].sort());
  });

  it('purges rows deleted more than 30 days ago, and only those', async () => {
    const { zoe, daniel } = await setup();
    await db.students.update(zoe.id, { deletedAt: Date.now() - DELETED_RETENTION_MS - 1000 });
    await db.students.update(daniel.id, { deletedAt: Date.now() - 1000 });
    expect(await purgeDeleted()).toBe(1);
    expect(await db.students.get(zoe.id)).toBeUndefined();
    expect(await db.students.get(daniel.id)).toBeDefined();
  });
});

describe('groups and cohorts', () => {
  it('refuses a second group with the same name in a cohort', async () => {
    const { cohort } = await setup();
    await expect(createGroup({ name: ' 3t-a ', cohortId: cohort.id })).rejects.toBeInstanceOf(DuplicateGroupNameError);
  });

  it('deleting a group takes its students along, and undo brings exactly those back', async () => {
    const { a, zoe } = await setup();
    const earlier = await db.students.add({ ...zoe, id: 'deleted-before', leerlingnummer: '1', deletedAt: 5 });
    const stamp = await deleteGroup(a.id);
    expect(await listStudents()).toEqual([]);
    await undoDeleteGroup(a.id, stamp);
    expect((await listStudents()).length).toBe(2);
    expect((await db.students.get(earlier))?.deletedAt).toBe(5);
  });

  it('deleting a cohort takes its groups and students along, and undo restores them', async () => {
    const { cohort } = await setup();
    const stamp = await deleteCohort(cohort.id);
    expect(await db.groups.filter((g) => g.deletedAt == null).count()).toBe(0);
    expect(await listStudents()).toEqual([]);
    await undoDeleteCohort(cohort.id, stamp);
    expect(await db.groups.filter((g) => g.deletedAt == null).count()).toBe(2);
    expect((await listStudents()).length).toBe(2);
  });
});
