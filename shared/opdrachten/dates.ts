import type { IsoDate } from '../domain/opdracht';
import { startYearOf, type SchoolYear } from '../domain/school-year';

/**
 * Calendar arithmetic on IsoDate strings (yyyy-mm-dd). A lesson day is a day, not a moment, so
 * nothing here goes through `Date`: `new Date('2027-03-10')` is midnight UTC, which is still
 * 9 March in the Americas, and adding 24 hours across a daylight-saving change lands on the
 * wrong day. Dates are turned into whole day numbers (days since 1970-01-01 in the proleptic
 * Gregorian calendar) with integer arithmetic and back, which is exact in every time zone.
 */

export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The parts of a real calendar date, or null for anything else ("2027-02-30", "10-03-2027", ""). */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = ISO_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/** yyyy-mm-dd from parts; the parts must form a real date. */
export function formatIsoDate(date: CalendarDate): IsoDate {
  const pad = (value: number, length: number) => String(value).padStart(length, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** The date on the teacher's clock (local time, not UTC: a note at 00:30 is today's). */
export function localToday(now: Date = new Date()): IsoDate {
  return formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

// Howard Hinnant's days_from_civil / civil_from_days: exact integer conversions between a
// Gregorian date and a day count, with March as the first month of the computational year so
// the leap day is the last day of it.
function daysFromCivil({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function civilFromDays(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function requireDate(date: IsoDate): CalendarDate {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Not an ISO calendar date: "${date}"`);
  return parsed;
}

function requireWholeDays(days: number): void {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
}

/** Days since 1970-01-01 (negative before). Throws RangeError for an invalid date. */
export function toDayNumber(date: IsoDate): number {
  return daysFromCivil(requireDate(date));
}

export function fromDayNumber(dayNumber: number): IsoDate {
  requireWholeDays(dayNumber);
  return formatIsoDate(civilFromDays(dayNumber));
}

/** The date `days` (a whole number, may be negative) after `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  requireWholeDays(days);
  return fromDayNumber(toDayNumber(date) + days);
}

/** How many days `to` lies after `from` (negative when before): diffDays('2027-03-01', '2027-03-03') = 2. */
export function diffDays(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * Orders two dates (negative, 0, positive). Valid IsoDates are zero-padded, so comparing the
 * strings is comparing the dates; no parsing is needed in sorts over many phases.
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The same calendar date `years` later (or earlier). 29 February becomes 28 February in a year
 * without one: the date stays in the same month, which is what a teacher expects of "the same
 * date next year" (1 March would move a February deadline into another month).
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  requireWholeDays(years);
  const { year, month, day } = requireDate(date);
  const target = year + years;
  return formatIsoDate({ year: target, month, day: Math.min(day, daysInMonth(target, month)) });
}

/**
 * The local calendar date of a moment, e.g. today for the teacher: the year plan's "today" is
 * the day on the teacher's wall calendar, not the UTC date (which differs after 23:00 or 22:00
 * in the Netherlands).
 */
export function isoDateOf(moment: Date): IsoDate {
  return formatIsoDate({ year: moment.getFullYear(), month: moment.getMonth() + 1, day: moment.getDate() });
}

/** 1 August of the school year's first calendar year (see shared/domain/school-year.ts). */
export function schoolYearStart(schoolYear: SchoolYear): IsoDate {
  return formatIsoDate({ year: startYearOf(schoolYear), month: 8, day: 1 });
}

/** 31 July of the school year's second calendar year. */
export function schoolYearEnd(schoolYear: SchoolYear): IsoDate {
  return formatIsoDate({ year: startYearOf(schoolYear) + 1, month: 7, day: 31 });
}

/** 365, or 366 when the February of the school year has a leap day. */
export function schoolYearLength(schoolYear: SchoolYear): number {
  return diffDays(schoolYearStart(schoolYear), schoolYearEnd(schoolYear)) + 1;
}

export function isInSchoolYear(date: IsoDate, schoolYear: SchoolYear): boolean {
  return compareIsoDates(date, schoolYearStart(schoolYear)) >= 0 && compareIsoDates(date, schoolYearEnd(schoolYear)) <= 0;
}

/** The school year a date belongs to: August or later starts a new one. Throws for an invalid date. */
export function schoolYearOfDate(date: IsoDate): SchoolYear {
  const { year, month } = requireDate(date);
  const start = month >= 8 ? year : year - 1;
  return `${start}-${start + 1}`;
}
