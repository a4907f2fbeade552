import type { TFunction } from 'i18next';
import type { Student } from '../../../../shared/domain/student';
import { fullName } from '../../../../shared/domain/student';
import {
  archiveStudents,
  deleteStudents,
  moveStudents,
  restoreStudents,
  unarchiveStudents,
} from '../../db/repositories/students';
import { useToasts } from '../../state/toasts';

/**
 * Batch actions on students. Each one reports what it did in a toast that can undo it:
 * the repositories return the rows as they were, and undo puts exactly those back.
 */
type BatchAction = (ids: readonly string[]) => Promise<Student[]>;

async function runWithUndo(action: BatchAction, ids: readonly string[], message: (previous: Student[]) => string): Promise<void> {
  const previous = await action(ids);
  useToasts.getState().show({ message: message(previous), tone: 'success', undo: () => restoreStudents(previous) });
}

const nameOrCount = (t: TFunction, previous: Student[], key: string, extra: Record<string, unknown> = {}) =>
  previous.length === 1 ? t(`${key}One`, { name: fullName(previous[0]!), ...extra }) : t(`${key}Many`, { count: previous.length, ...extra });

export function deleteWithUndo(t: TFunction, ids: readonly string[]) {
  return runWithUndo(deleteStudents, ids, (previous) => nameOrCount(t, previous, 'students.toast.deleted'));
}

export function archiveWithUndo(t: TFunction, ids: readonly string[]) {
  return runWithUndo(archiveStudents, ids, (previous) => nameOrCount(t, previous, 'students.toast.archived'));
}

export function unarchiveWithUndo(t: TFunction, ids: readonly string[]) {
  return runWithUndo(unarchiveStudents, ids, (previous) => nameOrCount(t, previous, 'students.toast.unarchived'));
}

export function moveWithUndo(t: TFunction, ids: readonly string[], groupId: string, groupName: string) {
  return runWithUndo(
    (targets) => moveStudents(targets, groupId),
    ids,
    (previous) => nameOrCount(t, previous, 'students.toast.moved', { group: groupName }),
  );
}
