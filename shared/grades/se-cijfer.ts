import type { FinalRoundingFrom, IntermediateRounding } from '../domain/school-settings';
import { roundHalfUp, truncate } from './rounding';

/** One toets as the SE sees it: its weging (null for a handelingsopdracht) and its cijfer. */
export interface SeItem {
  toetsId: string;
  weging: number | null;
  grade: number | null;
}

export interface SeRounding {
  intermediateRounding: IntermediateRounding;
  finalRoundingFrom: FinalRoundingFrom;
}

export type SeImpossibleReason = 'no-weighted-toets' | 'invalid-weging';

export type SeResult =
  | { ok: false; reason: SeImpossibleReason; toetsIds: string[] }
  | {
      ok: true;
      /** The weighted average of the toetsen graded so far, unrounded; null when none is graded. */
      raw: number | null;
      /** The SE-cijfer as kept within the SE: one decimal. */
      oneDecimal: number | null;
      /** The whole eindcijfer 1-10. */
      final: number | null;
      /** Every weighted toets has a cijfer: otherwise the values are provisional. */
      complete: boolean;
      missingToetsIds: string[];
    };

/** A weging is a positive, finite number. */
export function isValidWeging(weging: number | null): weging is number {
  return weging != null && Number.isFinite(weging) && weging > 0;
}

/**
 * The SE-cijfer: the weighted average of the PTA toetsen (../shared/domain.md "How it is
 * examined"), kept with one decimal within the SE and rounded to a whole eindcijfer, both by
 * the school's rules. Handelingsopdrachten (weging null) do not count. While toetsen lack a
 * cijfer, the average of those graded so far is returned as provisional (complete = false).
 *
 * Impossible, and said so rather than guessed: no toets with a weging, or a weging that is 0,
 * negative or not a number.
 */
export function seCijfer(items: readonly SeItem[], rounding: SeRounding): SeResult {
  const invalid = items.filter((item) => item.weging != null && !isValidWeging(item.weging)).map((item) => item.toetsId);
  if (invalid.length > 0) return { ok: false, reason: 'invalid-weging', toetsIds: invalid };
  const weighted = items.filter((item): item is SeItem & { weging: number } => isValidWeging(item.weging));
  if (weighted.length === 0) return { ok: false, reason: 'no-weighted-toets', toetsIds: [] };

  const graded = weighted.filter((item) => item.grade != null);
  const missingToetsIds = weighted.filter((item) => item.grade == null).map((item) => item.toetsId);
  if (graded.length === 0) return { ok: true, raw: null, oneDecimal: null, final: null, complete: false, missingToetsIds };

  const totalWeight = graded.reduce((sum, item) => sum + item.weging, 0);
  const raw = graded.reduce((sum, item) => sum + item.weging * item.grade!, 0) / totalWeight;
  const oneDecimal = rounding.intermediateRounding === 'truncate' ? truncate(raw, 1) : roundHalfUp(raw, 1);
  const final = roundHalfUp(rounding.finalRoundingFrom === 'raw' ? raw : oneDecimal, 0);
  return { ok: true, raw, oneDecimal, final, complete: missingToetsIds.length === 0, missingToetsIds };
}
