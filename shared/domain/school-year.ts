/**
 * A Dutch schooljaar runs from 1 August to 31 July and is written "2025-2026".
 * The boundary is a convention (the summer holiday differs per region), so only the month
 * is used: August or later belongs to the year that starts then.
 */
export type SchoolYear = `${number}-${number}`;

const SCHOOL_YEAR_PATTERN = /^(\d{4})\s*[-/]\s*(\d{4})$/;

export function schoolYearStarting(startYear: number): SchoolYear {
  return `${startYear}-${startYear + 1}`;
}

export function schoolYearOf(date: Date): SchoolYear {
  const year = date.getFullYear();
  return schoolYearStarting(date.getMonth() >= 7 ? year : year - 1);
}

export function parseSchoolYear(text: string): SchoolYear | null {
  const match = SCHOOL_YEAR_PATTERN.exec(text.trim());
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return end === start + 1 ? schoolYearStarting(start) : null;
}

export function startYearOf(schoolYear: SchoolYear): number {
  return Number(schoolYear.slice(0, 4));
}

export function nextSchoolYear(schoolYear: SchoolYear): SchoolYear {
  return schoolYearStarting(startYearOf(schoolYear) + 1);
}
