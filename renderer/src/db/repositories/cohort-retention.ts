import type { Table, UpdateSpec } from 'dexie';
import {
  planCohortAnonymise,
  planCohortDelete,
  retentionKey,
  RETENTION_SETTING_PREFIX,
  type CohortAnonymisePlan,
  type CohortDeletePlan,
  type CohortRows,
  type RetentionSetting,
  type RowChange,
} from '../../../../shared/privacy/cohort-retention';
import { db } from '../db';
import { deleteObservaties, readObservatiesOf, writeObservaties } from './observaties';
import { now } from '../ids';

/**
 * Retention of whole cohorts: the end date per cohort (settings table, `retention:<id>`), and
 * anonymising or deleting a cohort. Both read the cohort's rows and write the plan of
 * shared/privacy/cohort-retention.ts in ONE read-write transaction: a failure half-way leaves
 * every table as it was, and rows of other cohorts are only touched where they point at this
 * cohort's students (a shared team, shared evidence, a peer assessment).
 */

/** Retention settings by cohort id (only cohorts with a stored setting). */
export async function listRetentionSettings(): Promise<Map<string, RetentionSetting>> {
  const rows = await db.settings.where('key').startsWith(RETENTION_SETTING_PREFIX).toArray();
  return new Map(rows.map((row) => [row.key.slice(RETENTION_SETTING_PREFIX.length), row.value as RetentionSetting]));
}

/** Sets the end date; returns the previous setting (undefined when none), for undo. */
export async function saveRetentionEnd(cohortId: string, endDate: string): Promise<RetentionSetting | undefined> {
  return db.transaction('rw', db.settings, async () => {
    const previous = (await db.settings.get(retentionKey(cohortId)))?.value as RetentionSetting | undefined;
    await db.settings.put({ key: retentionKey(cohortId), value: { ...previous, endDate } satisfies RetentionSetting });
    return previous;
  });
}

export async function restoreRetention(cohortId: string, previous: RetentionSetting | undefined): Promise<void> {
  if (previous) await db.settings.put({ key: retentionKey(cohortId), value: previous });
  else await db.settings.delete(retentionKey(cohortId));
}

const COHORT_TABLES = () => [
  db.cohorts,
  db.groups,
  db.students,
  db.observatieLijsten,
  db.bewijs,
  db.beoordelingen,
  db.resultaten,
  db.auditTrail,
  db.teams,
  db.ptas,
  db.opdrachten,
  db.settings,
];

/** The cohort's rows and the rows pointing at its students; call inside a transaction over COHORT_TABLES. */
async function readCohortRows(cohortId: string): Promise<CohortRows | null> {
  const cohort = await db.cohorts.get(cohortId);
  if (!cohort) return null;
  const groups = await db.groups.where('cohortId').equals(cohortId).toArray();
  const groupIds = groups.map((g) => g.id);
  const students = groupIds.length === 0 ? [] : await db.students.where('groupId').anyOf(groupIds).toArray();
  const studentIds = students.map((s) => s.id);
  const studentSet = new Set(studentIds);
  const perStudent = <T>(table: Table<T, string>, index: string) =>
    Promise.all(studentIds.map((id) => table.where(index).equals(id).toArray())).then((lists) => lists.flat());
  const [observaties, bewijsLists, beoordelingen, resultaten, audit, teams, ptas, opdrachten, peerBeoordelingen] = await Promise.all([
    readObservatiesOf(studentIds).then((lists) => lists.flat()),
    perStudent(db.bewijs, 'studentIds'),
    perStudent(db.beoordelingen, 'studentId'),
    perStudent(db.resultaten, 'studentId'),
    perStudent(db.auditTrail, 'studentId'),
    // Teams have no index on members; filtering all of them finds those elsewhere too.
    db.teams.filter((team) => groupIds.includes(team.groupId) || team.studentIds.some((id) => studentSet.has(id))).toArray(),
    db.ptas.where('cohortId').equals(cohortId).toArray(),
    groupIds.length === 0 ? Promise.resolve([]) : db.opdrachten.where('groupIds').anyOf(groupIds).distinct().toArray(),
    // Peer assessments by these students of others: no index on peerStudentId; a rare action.
    studentIds.length === 0 ? Promise.resolve([]) : db.beoordelingen.filter((b) => b.peerStudentId != null && studentSet.has(b.peerStudentId)).toArray(),
  ]);
  const bewijs = [...new Map(bewijsLists.map((b) => [b.id, b])).values()];
  return { cohort, groups, students, observaties, bewijs, beoordelingen, resultaten, audit, teams, ptas, opdrachten, peerBeoordelingen };
}

export interface CohortRetentionPreview {
  delete: CohortDeletePlan['counts'];
  anonymise: CohortAnonymisePlan['counts'];
}

/** What deleting and anonymising would do, for the confirmation; null when the cohort is gone. */
export async function previewCohortRetention(cohortId: string): Promise<CohortRetentionPreview | null> {
  return db.transaction('r', COHORT_TABLES(), async () => {
    const rows = await readCohortRows(cohortId);
    if (!rows) return null;
    return { delete: planCohortDelete(rows).counts, anonymise: planCohortAnonymise(rows).counts };
  });
}

async function applyChanges<T>(table: Table<T, string>, changes: readonly RowChange<T>[]): Promise<void> {
  if (changes.length === 0) return;
  // bulkUpdate's key paths take nested objects as a whole value, which is what is meant here
  // (comments = {} replaces all comments).
  await table.bulkUpdate(changes.map((change) => ({ key: change.id, changes: change.changes as UpdateSpec<T> })));
}

/** Anonymises the cohort (see cohort-retention.ts for what that means); returns what was done. */
export async function anonymiseCohort(cohortId: string): Promise<CohortAnonymisePlan['counts']> {
  return db.transaction('rw', COHORT_TABLES(), async () => {
    const rows = await readCohortRows(cohortId);
    if (!rows) throw new Error(`cohort ${cohortId} bestaat niet`);
    const plan = planCohortAnonymise(rows);
    const stamp = now();
    const stamped = <T>(changes: RowChange<T>[]) => changes.map((c) => ({ id: c.id, changes: { ...c.changes, updatedAt: stamp } as Partial<T> }));
    await applyChanges(db.students, stamped(plan.update.students));
    const observaties = new Map(rows.observaties.map((o) => [o.id, o]));
    await writeObservaties(stamped(plan.update.observaties).map((change) => ({ ...observaties.get(change.id)!, ...change.changes })));
    await applyChanges(db.beoordelingen, stamped(plan.update.beoordelingen));
    await applyChanges(db.resultaten, stamped(plan.update.resultaten));
    // Audit entries have no updatedAt: only the reason text goes.
    await applyChanges(db.auditTrail, plan.update.audit);
    await applyChanges(db.bewijs, stamped(plan.update.bewijs));
    await db.bewijs.bulkDelete(plan.delete.bewijs);
    const key = retentionKey(cohortId);
    const previous = (await db.settings.get(key))?.value as RetentionSetting | undefined;
    await db.settings.put({ key, value: { ...previous, endDate: previous?.endDate ?? '', anonymisedAt: stamp } });
    return plan.counts;
  });
}

/** Deletes the cohort and everything linked to it, for good; returns what was removed. */
export async function deleteCohortForGood(cohortId: string): Promise<CohortDeletePlan['counts']> {
  return db.transaction('rw', COHORT_TABLES(), async () => {
    const rows = await readCohortRows(cohortId);
    if (!rows) throw new Error(`cohort ${cohortId} bestaat niet`);
    const plan = planCohortDelete(rows);
    const stamp = now();
    const stamped = <T>(changes: RowChange<T>[]) => changes.map((c) => ({ id: c.id, changes: { ...c.changes, updatedAt: stamp } as Partial<T> }));
    const doomed = new Set(plan.delete.observaties);
    await deleteObservaties(rows.observaties.filter((o) => doomed.has(o.id)));
    await db.bewijs.bulkDelete(plan.delete.bewijs);
    await applyChanges(db.bewijs, stamped(plan.update.bewijs));
    await db.beoordelingen.bulkDelete(plan.delete.beoordelingen);
    await applyChanges(db.beoordelingen, stamped(plan.update.beoordelingen));
    await db.resultaten.bulkDelete(plan.delete.resultaten);
    await db.auditTrail.bulkDelete(plan.delete.audit);
    await db.teams.bulkDelete(plan.delete.teams);
    await applyChanges(db.teams, stamped(plan.update.teams));
    await applyChanges(db.opdrachten, stamped(plan.update.opdrachten));
    await db.ptas.bulkDelete(plan.delete.ptas);
    await db.students.bulkDelete(plan.delete.students);
    await db.groups.bulkDelete(plan.delete.groups);
    await db.cohorts.delete(cohortId);
    await db.settings.delete(retentionKey(cohortId));
    return plan.counts;
  });
}
