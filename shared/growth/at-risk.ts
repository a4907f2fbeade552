import type { Cohort } from '../domain/cohort';
import type { IsoDate } from '../domain/opdracht';
import { startYearOf } from '../domain/school-year';
import { compareIsoDates, diffDays, formatIsoDate, schoolYearStart } from '../opdrachten/dates';
import type { CoverageCounts } from './coverage-matrix';

/**
 * When the exam year "ends" for coverage. Assumption (documented in the report): a cohort's
 * exam programme runs over leerjaar 3 and 4, starting in `firstSchoolYear`; the school
 * examination (SE) must be complete before the central exam (CE) starts, which is in the
 * spring of leerjaar 4. We take 1 April of the second calendar year of leerjaar 4's schooljaar
 * (cohort 2025-2027: 1 April 2027). Schools differ by a few weeks, so it is a constant that a
 * caller can replace.
 */
export interface ExamYearEndRule {
  month: number;
  day: number;
}
export const DEFAULT_EXAM_YEAR_END: ExamYearEndRule = { month: 4, day: 1 };

/** The end of the cohort's exam year: leerjaar 4 is the schooljaar after `firstSchoolYear`. */
export function examYearEnd(cohort: Pick<Cohort, 'firstSchoolYear'>, rule: ExamYearEndRule = DEFAULT_EXAM_YEAR_END): IsoDate {
  return formatIsoDate({ year: startYearOf(cohort.firstSchoolYear) + 2, month: rule.month, day: rule.day });
}

/** 1 August of leerjaar 4: from then on the end is near enough to warn about. */
export function examYearStart(cohort: Pick<Cohort, 'firstSchoolYear'>): IsoDate {
  const start = startYearOf(cohort.firstSchoolYear) + 1;
  return schoolYearStart(`${start}-${start + 1}`);
}

export interface StudentCoverage<S> {
  student: S;
  counts: CoverageCounts;
}

export interface AtRiskStudent<S> {
  student: S;
  /** Eindtermen not closed yet (never seen ones included). */
  open: number;
  /** Of those, the ones never seen at all. */
  notSeen: number;
  total: number;
}

export type AtRiskTiming =
  /** Leerjaar 3 (or earlier): the exam year has not started, nobody is flagged yet. */
  | { phase: 'before-exam-year'; end: IsoDate; warnFrom: IsoDate }
  /** In the exam year, before its end: `daysLeft` ≥ 0. */
  | { phase: 'approaching'; end: IsoDate; daysLeft: number; weeksLeft: number }
  /** The end has passed: whatever is open now is late. */
  | { phase: 'passed'; end: IsoDate; daysPast: number; weeksPast: number };

export interface AtRiskList<S> {
  timing: AtRiskTiming;
  /** Most open eindtermen first; then most never seen; then the input order (e.g. by name). */
  students: AtRiskStudent<S>[];
}

export function atRiskTiming(cohort: Pick<Cohort, 'firstSchoolYear'>, today: IsoDate, rule: ExamYearEndRule = DEFAULT_EXAM_YEAR_END): AtRiskTiming {
  const end = examYearEnd(cohort, rule);
  const warnFrom = examYearStart(cohort);
  if (compareIsoDates(today, warnFrom) < 0) return { phase: 'before-exam-year', end, warnFrom };
  const daysLeft = diffDays(today, end);
  if (daysLeft >= 0) return { phase: 'approaching', end, daysLeft, weeksLeft: Math.floor(daysLeft / 7) };
  return { phase: 'passed', end, daysPast: -daysLeft, weeksPast: Math.floor(-daysLeft / 7) };
}

/**
 * The students who still have eindtermen to close as the exam year's end comes near, most urgent
 * first. Before the exam year (leerjaar 3) the list is empty: open eindtermen are normal then.
 * A programme without eindtermen flags nobody.
 */
export function studentsAtRisk<S>(
  cohort: Pick<Cohort, 'firstSchoolYear'>,
  today: IsoDate,
  coverage: readonly StudentCoverage<S>[],
  rule: ExamYearEndRule = DEFAULT_EXAM_YEAR_END,
): AtRiskList<S> {
  const timing = atRiskTiming(cohort, today, rule);
  if (timing.phase === 'before-exam-year') return { timing, students: [] };
  const students = coverage
    .map(({ student, counts }, index) => ({ student, open: counts.total - counts.afgesloten, notSeen: counts['niet-gezien'], total: counts.total, index }))
    .filter((entry) => entry.open > 0)
    .sort((a, b) => b.open - a.open || b.notSeen - a.notSeen || a.index - b.index)
    .map(({ index: _index, ...entry }) => entry);
  return { timing, students };
}
