import type { ResitRule } from '../domain/school-settings';
import type { GradeOverride } from '../domain/toets-resultaat';

/** Where the cijfer of one attempt came from, for display ("aangepast", "uit rubric"). */
export type AttemptSource = 'override' | 'rubric' | 'entered';

export interface AttemptGrade {
  grade: number;
  source: AttemptSource;
}

/**
 * The cijfer of one attempt at a toets: the teacher's override wins over the rubric's cijfer,
 * which wins over a cijfer entered by hand (a toets without a rubric has only that one).
 */
export function attemptGrade(parts: { override: GradeOverride | null; rubricGrade: number | null; enteredGrade: number | null }): AttemptGrade | null {
  if (parts.override) return { grade: parts.override.grade, source: 'override' };
  if (parts.rubricGrade != null) return { grade: parts.rubricGrade, source: 'rubric' };
  if (parts.enteredGrade != null) return { grade: parts.enteredGrade, source: 'entered' };
  return null;
}

export interface ToetsGrade {
  /** The cijfer that counts for the SE, null when there is none yet. */
  grade: number | null;
  /** Which attempt gave it. */
  counted: 1 | 2 | null;
}

/**
 * The cijfer of a toets from its first attempt and its herkansing, by the school's rule: the
 * highest counts, or the last (the herkansing, also when lower). A herkansing of a toets that
 * is not herkansbaar is ignored (the PTA does not allow it).
 */
export function toetsGrade(first: number | null, resit: number | null, rule: ResitRule, herkansbaar: boolean): ToetsGrade {
  const second = herkansbaar ? resit : null;
  if (second == null) return { grade: first, counted: first == null ? null : 1 };
  if (first == null) return { grade: second, counted: 2 };
  if (rule === 'last') return { grade: second, counted: 2 };
  return second > first ? { grade: second, counted: 2 } : { grade: first, counted: 1 };
}
