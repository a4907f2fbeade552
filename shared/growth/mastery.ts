import type { Assessor } from '../domain/beoordeling';
import type { IsoDate } from '../domain/opdracht';
import { byWorkDate, type EvidencePoint } from './evidence';

/**
 * How a student's evidence on one goal becomes one mastery level (the methods of Canvas
 * outcomes; ../shared/domain.md "Assessment practice"). Chosen per framework.
 */
export type MasteryMethod =
  | { kind: 'most-recent' }
  | { kind: 'highest' }
  | { kind: 'mean' }
  /** The newest piece weighs `newestWeight`, the plain mean of all before it the rest (0.65 = 65/35); see `decayingAverage`. */
  | { kind: 'decaying-average'; newestWeight: number }
  /** The plain mean of the newest `n` pieces (all of them when there are fewer). */
  | { kind: 'mean-last-n'; n: number };

export type MasteryMethodKind = MasteryMethod['kind'];

/** The methods in the order a teacher is offered them. */
export const MASTERY_METHOD_KINDS: readonly MasteryMethodKind[] = ['most-recent', 'highest', 'mean', 'decaying-average', 'mean-last-n'];

/** The parameters a method gets when a teacher picks it: Canvas's 65/35, and the last 3. */
export const DEFAULT_NEWEST_WEIGHT = 0.65;
export const DEFAULT_LAST_N = 3;

/** A method of this kind with its default parameter (or `from`'s, when that is the same kind). */
export function methodOfKind(kind: MasteryMethodKind, from?: MasteryMethod): MasteryMethod {
  if (from?.kind === kind) return from;
  switch (kind) {
    case 'decaying-average':
      return { kind, newestWeight: DEFAULT_NEWEST_WEIGHT };
    case 'mean-last-n':
      return { kind, n: DEFAULT_LAST_N };
    default:
      return { kind };
  }
}

export interface MasterySettings {
  method: MasteryMethod;
  /** Whose judgement counts; the examinator's always should, the others are the teacher's choice. */
  sources: readonly Assessor[];
}

export const DEFAULT_MASTERY_SETTINGS: MasterySettings = {
  method: { kind: 'decaying-average', newestWeight: DEFAULT_NEWEST_WEIGHT },
  sources: ['examinator', 'tweede-examinator'],
};

export interface Mastery {
  /** 0 = lowest level, 1 = highest, on a common scale. */
  fraction: number;
  /** The fraction as a level of the target scale, 1-based (rounded to the nearest level). */
  level: number;
  /** How many pieces of evidence counted. */
  count: number;
  /** Some counted evidence was on a scale with another number of levels than the target scale. */
  normalised: boolean;
  /** The date of the newest counted work. */
  latestDate: IsoDate;
}

/** The points whose assessor is one of the chosen sources. */
export function filterSources(points: readonly EvidencePoint[], sources: readonly Assessor[]): EvidencePoint[] {
  const allowed = new Set(sources);
  return points.filter((point) => allowed.has(point.assessor));
}

/**
 * Combines values ordered oldest first, by the method. Empty input gives null; one value
 * gives that value under every method. The methods are linear in the values, so this works on
 * fractions and on levels alike.
 */
export function combine(fractions: readonly number[], method: MasteryMethod): number | null {
  if (fractions.length === 0) return null;
  switch (method.kind) {
    case 'most-recent':
      return fractions[fractions.length - 1]!;
    case 'highest':
      // A loop, not Math.max(...values): spreading a very long list overflows the call stack.
      return fractions.reduce((max, value) => (value > max ? value : max), -Infinity);
    case 'mean':
      return mean(fractions);
    case 'mean-last-n':
      // Fewer pieces than n: the mean of what there is (the count is shown beside the result).
      return mean(fractions.slice(-Math.max(1, Math.floor(method.n))));
    case 'decaying-average':
      return decayingAverage(fractions, method.newestWeight);
  }
}

/**
 * Canvas's decaying average: the newest value weighs `newestWeight`, the plain mean of every
 * value before it weighs the rest; a single value is itself. Canvas Guides, "What calculation
 * methods are available for outcomes?" (guides.instructure.com/m/4214/l/332742): "the Canvas
 * method uses a simplified approach where Canvas calculates the average of all prior
 * assessments and applies the value as a weighted percentage formula, instead of the
 * alternative approach of simply using the prior decaying average. By default, the Canvas
 * decaying average is set at 65/35". Canvas's own code (instructure/canvas-lms,
 * app/models/rollup_score.rb `decaying_average`) does exactly this, and its spec works
 * 1, 2, 3, 4, 5 at 65 % out as 5 × 0.65 + mean(1, 2, 3, 4) × 0.35 = 4.125.
 *
 * Not the recursive running average (each new value against the previous result), which gives
 * 4.47 on the same scores: Canvas later added that one under the name "Decaying Average" and
 * renamed the formula above "Weighted Average" (Canvas product blog, "Canvas Outcomes: New and
 * Updated Proficiency Calculations"). We keep the definition teachers know as 65/35.
 */
export function decayingAverage(values: readonly number[], newestWeight: number): number | null {
  if (values.length === 0) return null;
  const newest = values[values.length - 1]!;
  if (values.length === 1) return newest;
  return newest * newestWeight + mean(values.slice(0, -1)) * (1 - newestWeight);
}

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** A fraction as a 1-based level of a scale of `scaleSize` levels. */
export function fractionToLevel(fraction: number, scaleSize: number): number {
  if (scaleSize <= 1) return 1;
  // The epsilon keeps a half that arithmetic made 2.4999999999 rounding up, as 2.5 does.
  const level = Math.round(fraction * (scaleSize - 1) + 1e-9) + 1;
  return Math.min(Math.max(level, 1), scaleSize);
}

/**
 * Mastery of one goal from its evidence (any order; sorted by the date the work was done),
 * counting only the chosen sources. Null when nothing counts.
 */
export function masteryOf(points: readonly EvidencePoint[], settings: MasterySettings, targetScaleSize: number): Mastery | null {
  const counted = filterSources(points, settings.sources).sort(byWorkDate);
  const fraction = combine(
    counted.map((point) => point.fraction),
    settings.method,
  );
  if (fraction === null) return null;
  return {
    fraction,
    level: fractionToLevel(fraction, targetScaleSize),
    count: counted.length,
    normalised: counted.some((point) => point.scaleSize !== targetScaleSize),
    latestDate: counted[counted.length - 1]!.date,
  };
}
