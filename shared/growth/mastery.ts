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
  /** Each newer piece weighs `newestWeight` against the running average of all before it (0.65 = 65/35). */
  | { kind: 'decaying-average'; newestWeight: number }
  | { kind: 'mean-last-n'; n: number };

export type MasteryMethodKind = MasteryMethod['kind'];

export interface MasterySettings {
  method: MasteryMethod;
  /** Whose judgement counts; the examinator's always should, the others are the teacher's choice. */
  sources: readonly Assessor[];
}

export const DEFAULT_MASTERY_SETTINGS: MasterySettings = {
  method: { kind: 'decaying-average', newestWeight: 0.65 },
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

/** Combines fractions ordered oldest first, by the method. Empty input gives null. */
export function combine(fractions: readonly number[], method: MasteryMethod): number | null {
  if (fractions.length === 0) return null;
  switch (method.kind) {
    case 'most-recent':
      return fractions[fractions.length - 1]!;
    case 'highest':
      return Math.max(...fractions);
    case 'mean':
      return mean(fractions);
    case 'mean-last-n':
      return mean(fractions.slice(-Math.max(1, Math.floor(method.n))));
    case 'decaying-average': {
      const w = method.newestWeight;
      let running = fractions[0]!;
      for (let i = 1; i < fractions.length; i++) running = running * (1 - w) + fractions[i]! * w;
      return running;
    }
  }
}

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** A fraction as a 1-based level of a scale of `scaleSize` levels. */
export function fractionToLevel(fraction: number, scaleSize: number): number {
  if (scaleSize <= 1) return 1;
  return Math.round(fraction * (scaleSize - 1)) + 1;
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
