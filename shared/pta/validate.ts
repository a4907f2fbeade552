import { isGraded, type PtaToets } from '../domain/pta';
import { isIsoDate } from '../opdrachten/dates';
import { isValidWeging } from '../grades/se-cijfer';
import { ptaProblem, type PtaProblem } from './problems';

/** Problems of one toets on its own (its position is 1-based, for the message). */
export function validateToets(toets: PtaToets, position: number): PtaProblem[] {
  const problems: PtaProblem[] = [];
  const code = toets.code.trim();
  if (code === '') problems.push(ptaProblem('code-empty', { toets: position }));
  if (toets.name.trim() === '') problems.push(ptaProblem('name-empty', { toets: position, code }));
  if (isGraded(toets.toetsvorm)) {
    if (toets.weging == null) problems.push(ptaProblem('weging-missing', { toets: position, code }));
    else if (!isValidWeging(toets.weging)) problems.push(ptaProblem('weging-not-positive', { toets: position, code, weging: toets.weging }));
  }
  if (toets.date != null && !isIsoDate(toets.date)) problems.push(ptaProblem('date-invalid', { toets: position, code, date: toets.date }));
  if (toets.herkansbaar && toets.herkansingVorm == null) problems.push(ptaProblem('herkansing-vorm-missing', { toets: position, code }));
  return problems;
}

/**
 * Everything that stops a PTA from being vastgesteld or an SE-cijfer from being computed: each
 * toets's own problems, codes used twice (a code maps to one Magister column), and a PTA
 * without any weighted toets.
 */
export function validatePta(toetsen: readonly PtaToets[]): PtaProblem[] {
  const problems: PtaProblem[] = [];
  const seen = new Map<string, number>();
  toetsen.forEach((toets, index) => {
    const position = index + 1;
    problems.push(...validateToets(toets, position));
    const key = toets.code.trim().toLowerCase();
    if (key === '') return;
    const earlier = seen.get(key);
    if (earlier !== undefined) problems.push(ptaProblem('code-duplicate', { toets: position, code: toets.code.trim(), otherToets: earlier }));
    else seen.set(key, position);
  });
  if (toetsen.length > 0 && !toetsen.some((toets) => isGraded(toets.toetsvorm) && isValidWeging(toets.weging))) {
    problems.push(ptaProblem('no-weighted-toets', {}));
  }
  return problems;
}

/** Each toets's share of the SE-cijfer ("25 %"), by weging; 0 for a handelingsopdracht. */
export function wegingShares(toetsen: readonly PtaToets[]): Map<string, number> {
  const total = toetsen.reduce((sum, toets) => sum + (isGraded(toets.toetsvorm) && isValidWeging(toets.weging) ? toets.weging : 0), 0);
  return new Map(toetsen.map((toets) => [toets.id, total > 0 && isGraded(toets.toetsvorm) && isValidWeging(toets.weging) ? toets.weging / total : 0]));
}
