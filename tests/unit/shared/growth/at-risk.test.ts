import { describe, expect, it } from 'vitest';
import { atRiskTiming, DEFAULT_EXAM_YEAR_END, examYearEnd, examYearStart, studentsAtRisk } from '../../../../shared/growth/at-risk';
import type { CoverageCounts } from '../../../../shared/growth/coverage-matrix';

const cohort = { firstSchoolYear: '2025-2026' as const };

function counts(afgesloten: number, formatief: number, nietGezien: number): CoverageCounts {
  return { afgesloten, formatief, 'niet-gezien': nietGezien, total: afgesloten + formatief + nietGezien };
}

describe('examYearEnd', () => {
  it('is 1 April of the second calendar year of leerjaar 4', () => {
    expect(DEFAULT_EXAM_YEAR_END).toEqual({ month: 4, day: 1 });
    expect(examYearEnd(cohort)).toBe('2027-04-01');
    expect(examYearEnd({ firstSchoolYear: '2026-2027' })).toBe('2028-04-01');
  });

  it('follows a school that sets another date', () => {
    expect(examYearEnd(cohort, { month: 3, day: 15 })).toBe('2027-03-15');
  });

  it('starts warning from 1 August of leerjaar 4', () => {
    expect(examYearStart(cohort)).toBe('2026-08-01');
  });
});

describe('atRiskTiming', () => {
  it('is before the exam year in leerjaar 3, up to the last day of July', () => {
    expect(atRiskTiming(cohort, '2026-07-31')).toEqual({ phase: 'before-exam-year', end: '2027-04-01', warnFrom: '2026-08-01' });
  });

  it('counts whole weeks and days to the end', () => {
    expect(atRiskTiming(cohort, '2026-08-01')).toEqual({ phase: 'approaching', end: '2027-04-01', daysLeft: 243, weeksLeft: 34 });
    // 84 days = exactly 12 weeks; 83 days is 11 full weeks.
    expect(atRiskTiming(cohort, '2027-01-07')).toMatchObject({ daysLeft: 84, weeksLeft: 12 });
    expect(atRiskTiming(cohort, '2027-01-08')).toMatchObject({ daysLeft: 83, weeksLeft: 11 });
  });

  it('is still approaching on the last day, passed the day after', () => {
    expect(atRiskTiming(cohort, '2027-04-01')).toEqual({ phase: 'approaching', end: '2027-04-01', daysLeft: 0, weeksLeft: 0 });
    expect(atRiskTiming(cohort, '2027-04-02')).toEqual({ phase: 'passed', end: '2027-04-01', daysPast: 1, weeksPast: 0 });
    expect(atRiskTiming(cohort, '2027-05-01')).toEqual({ phase: 'passed', end: '2027-04-01', daysPast: 30, weeksPast: 4 });
  });

  it('counts across a leap day', () => {
    const leap = { firstSchoolYear: '2026-2027' as const }; // ends 1 April 2028; 2028 is a leap year
    expect(atRiskTiming(leap, '2028-02-28')).toMatchObject({ daysLeft: 33 });
  });
});

describe('studentsAtRisk', () => {
  const coverage = [
    { student: 'Anna', counts: counts(13, 0, 0) },
    { student: 'Bram', counts: counts(9, 3, 1) },
    { student: 'Cas', counts: counts(9, 1, 3) },
    { student: 'Dewi', counts: counts(2, 11, 0) },
    { student: 'Emre', counts: counts(9, 4, 0) },
  ];

  it('lists only students with open eindtermen, most open first, then most never seen, then input order', () => {
    const list = studentsAtRisk(cohort, '2027-01-07', coverage);
    expect(list.students.map((s) => [s.student, s.open, s.notSeen, s.total])).toEqual([
      ['Dewi', 11, 0, 13],
      ['Cas', 4, 3, 13],
      ['Bram', 4, 1, 13],
      ['Emre', 4, 0, 13],
    ]);
    expect(list.timing).toMatchObject({ phase: 'approaching', weeksLeft: 12 });
  });

  it('flags nobody in leerjaar 3, but says when warnings start', () => {
    const list = studentsAtRisk(cohort, '2026-03-01', coverage);
    expect(list.students).toEqual([]);
    expect(list.timing).toEqual({ phase: 'before-exam-year', end: '2027-04-01', warnFrom: '2026-08-01' });
  });

  it('keeps flagging after the end has passed', () => {
    const list = studentsAtRisk(cohort, '2027-06-10', coverage);
    expect(list.students).toHaveLength(4);
    expect(list.timing).toMatchObject({ phase: 'passed', daysPast: 70, weeksPast: 10 });
  });

  it('flags nobody when everything is closed, or the programme has no eindtermen', () => {
    expect(studentsAtRisk(cohort, '2027-01-07', [{ student: 'Anna', counts: counts(13, 0, 0) }]).students).toEqual([]);
    expect(studentsAtRisk(cohort, '2027-01-07', [{ student: 'Anna', counts: counts(0, 0, 0) }]).students).toEqual([]);
    expect(studentsAtRisk(cohort, '2027-01-07', []).students).toEqual([]);
  });
});
