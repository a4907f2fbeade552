import type { TFunction } from 'i18next';
import type { PtaProblem } from '../../../../shared/pta/problems';

/** A PTA problem in words; a toets without a code yet is named by its position ("Toets 9"). */
export function ptaProblemText(t: TFunction, problem: PtaProblem): string {
  const params = problem.params as Record<string, unknown>;
  const unnamed = 'code' in params && String(params.code).trim() === '';
  return t(`ptaProblems.${problem.code}`, unnamed ? { ...params, context: 'unnamed' } : params);
}
