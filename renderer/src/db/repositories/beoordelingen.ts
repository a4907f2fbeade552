import { beoordelingChanges } from '../../../../shared/assessment/audit-trail';
import { isSummativeAssessor, type Assessor, type Attempt, type Beoordeling } from '../../../../shared/domain/beoordeling';
import { isLive } from '../../../../shared/domain/record';
import { db } from '../db';
import { readWhereAnyOf } from '../read-many';
import { newId, now } from '../ids';

/** What identifies one beoordeling: whose work, with which rubric, by whom, for what. */
export interface BeoordelingKey {
  studentId: string;
  rubricId: string;
  opdrachtId: string | null;
  assessor: Assessor;
  peerStudentId: string | null;
  attempt: Attempt;
}

/** What a new beoordeling starts with, besides its key. */
export interface BeoordelingDefaults {
  rubricVersionId: string;
  assessorName: string;
  teamId: string | null;
  ptaToetsId: string | null;
  workDate: string;
}

export function sameKey(row: Beoordeling, key: BeoordelingKey): boolean {
  return (
    row.studentId === key.studentId &&
    row.rubricId === key.rubricId &&
    row.opdrachtId === key.opdrachtId &&
    row.assessor === key.assessor &&
    row.peerStudentId === key.peerStudentId &&
    row.attempt === key.attempt
  );
}

/** The beoordelingen of an opdracht with one rubric, by every assessor: what the classroom screen shows. */
export async function listBeoordelingenOf(opdrachtId: string, rubricId: string): Promise<Beoordeling[]> {
  return (await db.beoordelingen.where('[opdrachtId+rubricId]').equals([opdrachtId, rubricId]).toArray()).filter(isLive);
}

export async function listBeoordelingenOfStudent(studentId: string): Promise<Beoordeling[]> {
  return (await db.beoordelingen.where('studentId').equals(studentId).toArray()).filter(isLive);
}

/** The beoordelingen of some students (a group) that deliver results for these toetsen. */
export async function listToetsBeoordelingenOf(studentIds: readonly string[], toetsIds: readonly string[]): Promise<Beoordeling[]> {
  if (toetsIds.length === 0) return [];
  const toetsen = new Set(toetsIds);
  return (await readWhereAnyOf(db.beoordelingen, 'studentId', studentIds)).filter((b) => b.ptaToetsId != null && toetsen.has(b.ptaToetsId) && isLive(b));
}

export interface BeoordelingUpdate {
  key: BeoordelingKey;
  defaults: BeoordelingDefaults;
}

/**
 * Changes beoordelingen in one transaction. `change` gets the rows as they are in the database
 * at this moment (made from the defaults where none exists yet), in the order of `updates`, and
 * returns them as they should be. Working on what is stored, not on what a screen last saw,
 * makes two windows editing the same score end with the later change, and both are in the
 * audit trail (each with the value it replaced).
 *
 * For summative assessors every changed level and condition is logged with who, when, old and
 * new value and the reason; one rubric version's labels name them.
 */
export async function updateBeoordelingen(
  updates: readonly BeoordelingUpdate[],
  change: (rows: Beoordeling[]) => Beoordeling[],
  audit: { who: string; reason: string },
): Promise<Beoordeling[]> {
  if (updates.length === 0) return [];
  return db.transaction('rw', db.beoordelingen, db.auditTrail, db.rubricVersions, async () => {
    const stamp = now();
    const studentIds = [...new Set(updates.map((update) => update.key.studentId))];
    const existing = (await db.beoordelingen.where('studentId').anyOf(studentIds).toArray()).filter(isLive);
    const before = updates.map(({ key }) => existing.find((row) => sameKey(row, key)) ?? null);
    const rows = updates.map(({ key, defaults }, index): Beoordeling =>
      before[index] ?? {
        id: newId(),
        ...key,
        ...defaults,
        scores: {},
        conditionsMet: {},
        overrides: [],
        comments: {},
        createdAt: stamp,
        updatedAt: stamp,
        deletedAt: null,
      },
    );
    const after = change(rows).map((row) => ({ ...row, updatedAt: stamp }));
    const versionIds = [...new Set(after.map((row) => row.rubricVersionId))];
    const versions = new Map((await db.rubricVersions.bulkGet(versionIds)).filter((v) => v !== undefined).map((v) => [v.id, v]));
    const entries = after.flatMap((row, index) => {
      if (!isSummativeAssessor(row.assessor)) return [];
      const version = versions.get(row.rubricVersionId);
      // Without its rubric version a summative change could not be logged: refuse it rather than store it silently.
      if (!version) throw new Error(`rubricversie ${row.rubricVersionId} bestaat niet`);
      return beoordelingChanges(before[index] ?? null, row, version, { who: audit.who, at: stamp, reason: audit.reason, toetsId: row.ptaToetsId, newId });
    });
    await db.beoordelingen.bulkPut(after);
    if (entries.length > 0) await db.auditTrail.bulkAdd(entries);
    return after;
  });
}
