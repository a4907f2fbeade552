import type { Attempt } from './beoordeling';
import type { StoredRecord } from './record';

/** The teacher's cijfer instead of the one the rubric gives, always with a reason. */
export interface GradeOverride {
  grade: number;
  reason: string;
}

/**
 * A student's result on one attempt at one PTA toets, beside the rubric scores that may
 * deliver it: a cijfer entered by hand (a toets without a rubric), an override of the rubric's
 * cijfer, "voldaan" for a handelingsopdracht, and the late flag. One row per student, toets
 * and attempt.
 */
export interface ToetsResultaat extends StoredRecord {
  studentId: string;
  ptaId: string;
  toetsId: string;
  attempt: Attempt;
  /** A cijfer entered by hand, 1.0-10.0 with one decimal; null when none. */
  grade: number | null;
  override: GradeOverride | null;
  /** Handelingsopdracht: voldaan (true), niet voldaan (false), not judged yet (null). */
  voldaan: boolean | null;
  /** Handed in after the date. */
  late: boolean;
}
