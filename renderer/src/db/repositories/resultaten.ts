import { resultChanges } from '../../../../shared/assessment/audit-trail';
import type { Attempt } from '../../../../shared/domain/beoordeling';
import type { ToetsResultaat } from '../../../../shared/domain/toets-resultaat';
import { isLive } from '../../../../shared/domain/record';
import { isValidGrade } from '../../../../shared/grades/grade-input';
import { db } from '../db';
import { readWhereAnyOf } from '../read-many';
import { newId, now } from '../ids';

export async function listResultsOfStudent(studentId: string): Promise<ToetsResultaat[]> {
  return db.resultaten.where('studentId').equals(studentId).toArray();
}

/** The results of some students (a group) in one PTA, by the studentId index. */
export async function listResultsOfStudents(studentIds: readonly string[], ptaId: string): Promise<ToetsResultaat[]> {
  return (await readWhereAnyOf(db.resultaten, 'studentId', studentIds)).filter((result) => result.ptaId === ptaId && isLive(result));
}

export type ResultPatch = Partial<Pick<ToetsResultaat, 'grade' | 'override' | 'voldaan' | 'late'>>;

export class InvalidGradeError extends Error {
  constructor(readonly grade: number) {
    super(`cijfer ${grade} ligt niet tussen 1,0 en 10,0 met één decimaal`);
    this.name = 'InvalidGradeError';
  }
}

export class MissingReasonError extends Error {
  constructor() {
    super('een aangepast cijfer heeft een reden nodig');
    this.name = 'MissingReasonError';
  }
}

/**
 * Sets a student's result on one attempt at a toets, in one transaction with its audit entries
 * (who, when, old and new value, the reason). A cijfer outside 1.0-10.0 and an override without
 * a reason are refused here as well as on screen: nothing summative is stored unchecked.
 */
export async function setResult(
  target: { studentId: string; ptaId: string; toetsId: string; attempt: Attempt },
  patch: ResultPatch,
  audit: { who: string; reason: string; label: string },
): Promise<ToetsResultaat> {
  if (patch.grade != null && !isValidGrade(patch.grade)) throw new InvalidGradeError(patch.grade);
  if (patch.override) {
    if (!isValidGrade(patch.override.grade)) throw new InvalidGradeError(patch.override.grade);
    if (patch.override.reason.trim() === '') throw new MissingReasonError();
  }
  return db.transaction('rw', db.resultaten, db.auditTrail, async () => {
    const stamp = now();
    const before = (await db.resultaten.where('[studentId+toetsId+attempt]').equals([target.studentId, target.toetsId, target.attempt]).first()) ?? null;
    const override = patch.override ? { grade: patch.override.grade, reason: patch.override.reason.trim() } : patch.override;
    const after: ToetsResultaat = {
      ...(before ?? { id: newId(), ...target, grade: null, override: null, voldaan: null, late: false, createdAt: stamp, deletedAt: null }),
      ...patch,
      ...(override !== undefined ? { override } : {}),
      updatedAt: stamp,
    };
    const reason = override ? override.reason : audit.reason;
    const entries = resultChanges(before, after, audit.label, { who: audit.who, at: stamp, reason, toetsId: target.toetsId, newId });
    await db.resultaten.put(after);
    if (entries.length > 0) await db.auditTrail.bulkAdd(entries);
    return after;
  });
}
