import type { Group } from '../../../../shared/domain/group';
import type { Student } from '../../../../shared/domain/student';
import type { ColumnMapping } from '../../../../shared/import/student-columns';
import type { RawTable } from '../../../../shared/import/raw-table';
import { planStudentImport, type ImportPlan, type StudentValues } from '../../../../shared/import/plan-student-import';
import { db } from '../db';
import { newId, now } from '../ids';
import { listGroups } from './groups';

export interface StudentImportRequest {
  table: RawTable;
  mapping: ColumnMapping;
  cohortId: string;
  defaultGroupId: string | null;
}

/** What an import changed, so it can be reported and undone as a whole. */
export interface StudentImportResult {
  plan: ImportPlan;
  addedStudentIds: string[];
  createdGroups: Group[];
  /** The updated students as they were before the import. */
  previousStudents: Student[];
}

/** Plans without writing: what the preview shows. */
export async function previewStudentImport(request: StudentImportRequest): Promise<ImportPlan> {
  const [existingStudents, groups] = await Promise.all([db.students.toArray(), listGroups()]);
  return planStudentImport({ ...request, existingStudents, groups });
}

/**
 * Imports in one transaction: the plan is made again inside it, against the rows as they are
 * at that moment, so a change made in between cannot be overwritten by a stale preview, and a
 * failure halfway leaves nothing written.
 */
export async function importStudents(request: StudentImportRequest): Promise<StudentImportResult> {
  return db.transaction('rw', db.students, db.groups, async () => {
    const existingStudents = await db.students.toArray();
    const groups = (await db.groups.toArray()).filter((g) => g.deletedAt == null);
    const plan = planStudentImport({ ...request, existingStudents, groups });
    const stamp = now();

    const createdGroups: Group[] = [...plan.newGroups].map(([, name]) => ({
      id: newId(),
      cohortId: request.cohortId,
      name,
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
    }));
    const newGroupIdByKey = new Map([...plan.newGroups.keys()].map((key, index) => [key, createdGroups[index]!.id]));
    const groupIdOf = (values: StudentValues) =>
      values.group.kind === 'existing' ? values.group.groupId : newGroupIdByKey.get(values.group.key)!;

    const existingById = new Map(existingStudents.map((s) => [s.id, s]));
    const added: Student[] = [];
    const updated: Student[] = [];
    const previousStudents: Student[] = [];
    for (const row of plan.rows) {
      if (row.kind === 'add') {
        const { group: _group, ...names } = row.values;
        added.push({
          id: newId(),
          ...names,
          groupId: groupIdOf(row.values),
          createdAt: stamp,
          updatedAt: stamp,
          deletedAt: null,
          archivedAt: null,
        });
      } else if (row.kind === 'update') {
        const previous = existingById.get(row.existingId)!;
        const { group: _group, ...names } = row.values;
        previousStudents.push(previous);
        updated.push({ ...previous, ...names, groupId: groupIdOf(row.values), deletedAt: null, updatedAt: stamp });
      }
    }
    await db.groups.bulkAdd(createdGroups);
    await db.students.bulkAdd(added);
    await db.students.bulkPut(updated);
    return { plan, addedStudentIds: added.map((s) => s.id), createdGroups, previousStudents };
  });
}

/** Undoes an import: removes what it added, puts updated students back, removes new groups. */
export async function undoStudentImport(result: StudentImportResult): Promise<void> {
  await db.transaction('rw', db.students, db.groups, async () => {
    await db.students.bulkDelete(result.addedStudentIds);
    await db.students.bulkPut(result.previousStudents);
    await db.groups.bulkDelete(result.createdGroups.map((g) => g.id));
  });
}
