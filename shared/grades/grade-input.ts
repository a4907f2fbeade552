import { MAX_GRADE, MIN_GRADE } from '../rubrics/scoring';
import { decimalsOf } from './rounding';

/**
 * Why a typed cijfer is refused. Codes only: the renderer words them
 * (renderer/src/i18n/grade-messages.ts).
 */
export type GradeInputProblem =
  | { code: 'grade-empty' }
  | { code: 'grade-not-a-number'; text: string }
  | { code: 'grade-out-of-range'; grade: number }
  | { code: 'grade-too-precise'; grade: number };

export type GradeInputResult = { ok: true; grade: number } | { ok: false; problem: GradeInputProblem };

/**
 * Reads a cijfer as a Dutch teacher types it: "6,5", "6.5", " 7 ". It must lie in 1.0-10.0 and
 * have at most one decimal (a cijfer within the SE has one decimal; ../shared/domain.md).
 */
export function parseGrade(text: string): GradeInputResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: { code: 'grade-empty' } };
  if (!/^\d{1,2}([.,]\d+)?$/.test(trimmed)) return { ok: false, problem: { code: 'grade-not-a-number', text: trimmed } };
  const grade = Number(trimmed.replace(',', '.'));
  if (grade < MIN_GRADE || grade > MAX_GRADE) return { ok: false, problem: { code: 'grade-out-of-range', grade } };
  if (decimalsOf(grade) > 1) return { ok: false, problem: { code: 'grade-too-precise', grade } };
  return { ok: true, grade };
}

/** A stored cijfer is valid when it could have been typed: 1.0-10.0, one decimal at most. */
export function isValidGrade(grade: number): boolean {
  return Number.isFinite(grade) && grade >= MIN_GRADE && grade <= MAX_GRADE && decimalsOf(grade) <= 1;
}
