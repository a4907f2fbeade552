import type { CriterionScores, GradeConversion, RubricContent, RubricLevel } from '../domain/rubric';

/** Whether each voorwaardelijke eis (by condition id) is met; a missing id is not (yet) met. */
export type ConditionsMet = Readonly<Record<string, boolean>>;

export const MIN_GRADE = 1;
export const MAX_GRADE = 10;
/** The grade at the caesura of a linear conversion: the lowest voldoende. */
export const PASS_GRADE = 5.5;

function levelPoints(content: RubricContent, select: (points: number[]) => number): number {
  if (content.levels.length === 0) return 0;
  return select(content.levels.map((level) => level.points));
}

/** Σ weight × the highest level's points: what a student scores with the top level everywhere. */
export function maxPoints(content: RubricContent): number {
  const top = levelPoints(content, (points) => Math.max(...points));
  return content.criteria.reduce((sum, criterion) => sum + criterion.weight * top, 0);
}

/** Σ weight × the lowest level's points: the least a completely scored rubric gives. */
export function minPoints(content: RubricContent): number {
  const bottom = levelPoints(content, (points) => Math.min(...points));
  return content.criteria.reduce((sum, criterion) => sum + criterion.weight * bottom, 0);
}

/** The level a criterion's score names, or undefined when it is unscored or names no level of this content. */
function scoredLevel(content: RubricContent, scores: CriterionScores, criterionId: string): RubricLevel | undefined {
  const levelId = scores[criterionId];
  return levelId == null ? undefined : content.levels.find((level) => level.id === levelId);
}

/**
 * Σ weight × level points over the criteria that have a level. Scores for criteria this content
 * does not have, and levels it does not have, count for nothing (they belong to another version).
 */
export function totalPoints(content: RubricContent, scores: CriterionScores): number {
  return content.criteria.reduce((sum, criterion) => {
    const level = scoredLevel(content, scores, criterion.id);
    return level ? sum + criterion.weight * level.points : sum;
  }, 0);
}

/** How many criteria have a level of this content ("3 van 5 gescoord"). */
export function scoredCount(content: RubricContent, scores: CriterionScores): number {
  return content.criteria.filter((criterion) => scoredLevel(content, scores, criterion.id) !== undefined).length;
}

/** Every criterion has a level. A rubric without criteria is never complete: nothing was assessed. */
export function isComplete(content: RubricContent, scores: CriterionScores): boolean {
  return content.criteria.length > 0 && scoredCount(content, scores) === content.criteria.length;
}

/** All voorwaardelijke eisen are met (true when the rubric has none). */
export function conditionsMet(content: RubricContent, met: ConditionsMet): boolean {
  return content.conditions.every((condition) => met[condition.id] === true);
}

/**
 * Rounds a cijfer to one decimal, half up, from the unrounded value: 5.45 → 5.5, 5.449 → 5.4.
 * Source: ../shared/domain.md "How it is examined" (examenblad.nl): within the SE schools keep
 * one decimal, 5,45 → 5,5. The school's examenreglement decides the final whole number; this
 * is only the one-decimal cijfer of a single rubric.
 *
 * Floating point: the computed value of a grade that is exactly 5.45 on paper may come out as
 * 5.4499999999999993, and `Math.round(x * 10) / 10` then gives 5.4. So the value is first
 * snapped to a whole number of billionths (any real difference between two scores is far
 * larger: points have at most a few decimals), and the half-up step is done on integers.
 */
export function roundGrade(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`grade must be a finite number, got ${value}`);
  // Clamped first (a grade never leaves 1.0-10.0), which also keeps the integers below 2^53.
  const clamped = Math.min(MAX_GRADE, Math.max(MIN_GRADE, value));
  const shifted = Math.round(clamped * 1e9) + 50_000_000; // billionths + 0.05
  const tenths = (shifted - (shifted % 100_000_000)) / 100_000_000;
  return tenths / 10;
}

/** A linear conversion with a caesura strictly between 0 and 1, or a table with rows. */
export function isUsableConversion(conversion: GradeConversion): boolean {
  if (conversion.kind === 'linear') return Number.isFinite(conversion.caesura) && conversion.caesura > 0 && conversion.caesura < 1;
  if (conversion.kind === 'table') return conversion.rows.length > 0;
  return false;
}

/**
 * Turns points into a cijfer from 1.0 to 10.0 with one decimal (roundGrade).
 *
 * Linear with caesura c (a fraction of the maximum): with r = points / max,
 *   r ≤ c: 1 + 4.5 · r / c           (0 points → 1.0, exactly c → 5.5)
 *   r > c: 5.5 + 4.5 · (r − c) / (1 − c)   (the maximum → 10.0)
 * Table: the row with the highest minPoints at or below the points; below every row → 1.0
 * (validateRubricContent demands a first row at 0 points, so that cannot happen to a saved rubric).
 *
 * Points outside 0…max are clamped (the grade never leaves 1.0–10.0). A maximum ≤ 0 or an
 * unusable conversion is a programming error here (validateRubricContent refuses such
 * rubrics) and throws a RangeError.
 */
export function pointsToGrade(conversion: GradeConversion, points: number, maxPoints: number): number {
  if (!Number.isFinite(points)) throw new RangeError(`points must be finite, got ${points}`);
  if (!isUsableConversion(conversion)) throw new RangeError('conversion cannot give a grade');
  if (conversion.kind === 'table') {
    let best: { minPoints: number; grade: number } | undefined;
    for (const row of conversion.rows) {
      if (row.minPoints <= points && (best === undefined || row.minPoints > best.minPoints)) best = row;
    }
    return best === undefined ? MIN_GRADE : roundGrade(best.grade);
  }
  if (!Number.isFinite(maxPoints) || maxPoints <= 0) throw new RangeError(`maximum points must be > 0, got ${maxPoints}`);
  const c = conversion.caesura;
  const ratio = Math.min(1, Math.max(0, points / maxPoints));
  // ratio / c first: at the caesura it is exactly 1, so the grade is exactly 5.5.
  const raw = ratio <= c ? MIN_GRADE + (PASS_GRADE - MIN_GRADE) * (ratio / c) : PASS_GRADE + (MAX_GRADE - PASS_GRADE) * ((ratio - c) / (1 - c));
  return roundGrade(raw);
}

export interface RubricGradeResult {
  /** Σ weight × level points of the scored criteria, also while incomplete or blocked. */
  points: number;
  maxPoints: number;
  /** Every criterion has a level. */
  complete: boolean;
  /**
   * A voorwaardelijke eis is not (yet) met: the scores do not count and there is no grade.
   * Vakwerk does not invent a cijfer for this case (e.g. a 1.0): what follows (work handed
   * back, "niet beoordeeld", a herkansing) is the school's rule, so the teacher decides.
   */
  blocked: boolean;
  /**
   * The content cannot give a grade (maximum ≤ 0, unusable conversion). A guard for unsaved
   * drafts: saved versions passed validateRubricContent, which says why.
   */
  invalid: boolean;
  /** The cijfer, 1.0-10.0 with one decimal; null while incomplete, blocked or invalid. */
  grade: number | null;
}

/**
 * The grade of one assessment with this rubric. Scoring counts only when all voorwaardelijke
 * eisen are met (Platform BWI: the rubric is filled in after the go/no-go conditions are met,
 * ../shared/domain.md "Assessment practice"), so a rubric with conditions needs `met`.
 */
export function gradeForScores(content: RubricContent, scores: CriterionScores, met: ConditionsMet = {}): RubricGradeResult {
  const points = totalPoints(content, scores);
  const max = maxPoints(content);
  const complete = isComplete(content, scores);
  const blocked = !conditionsMet(content, met);
  const invalid = !(Number.isFinite(max) && max > 0 && Number.isFinite(points) && isUsableConversion(content.conversion));
  const grade = complete && !blocked && !invalid ? pointsToGrade(content.conversion, points, max) : null;
  return { points, maxPoints: max, complete, blocked, invalid, grade };
}
