/**
 * Problems with a PTA, as codes with parameters. shared/ holds no UI text: the renderer words
 * each code as `ptaProblems.<code>` (renderer/src/i18n/pta-messages.ts). `toets` is the 1-based
 * position of the toets in the PTA, `code` its code as typed.
 */
export interface PtaProblemParams {
  'code-empty': { toets: number };
  'code-duplicate': { toets: number; code: string; otherToets: number };
  'name-empty': { toets: number; code: string };
  /** A graded toets without a weging. */
  'weging-missing': { toets: number; code: string };
  /** 0, negative or not a number. */
  'weging-not-positive': { toets: number; code: string; weging: number };
  'date-invalid': { toets: number; code: string; date: string };
  'herkansing-vorm-missing': { toets: number; code: string };
  /** No toets with a weging: the SE-cijfer cannot be computed. */
  'no-weighted-toets': Record<string, never>;
  'unlock-reason-empty': Record<string, never>;
  'locked': Record<string, never>;
}

export type PtaProblemCode = keyof PtaProblemParams;

export type PtaProblem = { [C in PtaProblemCode]: { code: C; params: PtaProblemParams[C] } }[PtaProblemCode];

export function ptaProblem<C extends PtaProblemCode>(code: C, params: PtaProblemParams[C]): PtaProblem {
  return { code, params } as PtaProblem;
}
