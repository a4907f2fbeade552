import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  compareIsoDates,
  diffDays,
  fromDayNumber,
  isInSchoolYear,
  isIsoDate,
  isoDateOf,
  parseIsoDate,
  schoolYearEnd,
  schoolYearLength,
  schoolYearOfDate,
  schoolYearStart,
  toDayNumber,
} from '../../../../shared/opdrachten/dates';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('IsoDate parsing', () => {
  it('accepts real calendar dates only', () => {
    expect(parseIsoDate('2027-03-10')).toEqual({ year: 2027, month: 3, day: 10 });
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    for (const bad of ['2027-02-29', '2027-13-01', '2027-00-10', '2027-04-31', '10-03-2027', '2027-3-10', '2027-03-10T00:00', '', ' 2027-03-10']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
  });
});

describe('day arithmetic', () => {
  it('agrees with the UTC calendar for every day from 1999 to 2031', () => {
    const start = Date.UTC(1999, 0, 1) / 86_400_000;
    const wrong: string[] = [];
    for (let day = start; day < start + 33 * 366; day++) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (fromDayNumber(day) !== iso || toDayNumber(iso) !== day) wrong.push(iso);
    }
    expect(wrong).toEqual([]);
  });

  it('adds and subtracts days across month, year and leap-day boundaries', () => {
    expect(addDays('2027-03-10', 1)).toBe('2027-03-11');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(diffDays('2027-03-01', '2027-03-03')).toBe(2);
    expect(diffDays('2027-03-03', '2027-03-01')).toBe(-2);
    expect(diffDays('2026-08-01', '2027-07-31')).toBe(364);
  });

  it('gives the same answers in every time zone, across the Dutch daylight-saving change', () => {
    const results = () => [addDays('2027-03-27', 1), addDays('2027-03-28', 1), addDays('2027-10-30', 1), diffDays('2027-03-27', '2027-03-29')];
    const expected = ['2027-03-28', '2027-03-29', '2027-10-31', 2];
    for (const tz of ['Europe/Amsterdam', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
      process.env.TZ = tz;
      expect(results(), tz).toEqual(expected);
    }
  });

  it('refuses invalid dates and fractional days instead of guessing', () => {
    expect(() => addDays('2027-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2027-03-10', 0.5)).toThrow(RangeError);
    expect(() => diffDays('morgen', '2027-03-10')).toThrow(RangeError);
  });

  it('compares dates as dates', () => {
    expect(['2027-03-10', '2026-09-01', '2027-01-15'].sort(compareIsoDates)).toEqual(['2026-09-01', '2027-01-15', '2027-03-10']);
    expect(compareIsoDates('2027-03-10', '2027-03-10')).toBe(0);
  });
});

describe('years', () => {
  it('moves to the same calendar date, 29 February to 28 February', () => {
    expect(addYears('2026-09-14', 1)).toBe('2027-09-14');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2027-02-28', 1)).toBe('2028-02-28');
    expect(addYears('2028-02-29', -4)).toBe('2024-02-29');
  });

  it('knows the school year: 1 August to 31 July', () => {
    expect(schoolYearStart('2026-2027')).toBe('2026-08-01');
    expect(schoolYearEnd('2026-2027')).toBe('2027-07-31');
    expect(schoolYearLength('2026-2027')).toBe(365);
    expect(schoolYearLength('2027-2028')).toBe(366);
    expect(isInSchoolYear('2027-07-31', '2026-2027')).toBe(true);
    expect(isInSchoolYear('2027-08-01', '2026-2027')).toBe(false);
    expect(isInSchoolYear('2026-07-31', '2026-2027')).toBe(false);
    expect(schoolYearOfDate('2026-08-01')).toBe('2026-2027');
    expect(schoolYearOfDate('2027-07-31')).toBe('2026-2027');
  });

  it("takes today's date from the local calendar, not UTC", () => {
    process.env.TZ = 'Europe/Amsterdam';
    // 00:15 on 1 January in Amsterdam is still 31 December in UTC: the local date counts.
    expect(isoDateOf(new Date(2027, 2, 28, 23, 30))).toBe('2027-03-28');
    expect(isoDateOf(new Date(2027, 0, 1, 0, 15))).toBe('2027-01-01');
  });
});
