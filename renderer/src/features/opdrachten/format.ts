import type { IsoDate } from '../../../../shared/domain/opdracht';
import { parseIsoDate } from '../../../../shared/opdrachten';

/** "2 mrt 2026": a calendar date in the interface language, without time-zone surprises. */
export function formatDay(date: IsoDate | null, language: string): string {
  if (!date) return '—';
  const parsed = parseIsoDate(date);
  if (!parsed) return date;
  return new Date(parsed.year, parsed.month - 1, parsed.day).toLocaleDateString(language === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

/** The Monday on or after a date: opdrachten usually start at the start of a week. */
export function nextMonday(from: Date): IsoDate {
  const date = new Date(from.getFullYear(), from.getMonth(), from.getDate());
  date.setDate(date.getDate() + ((8 - date.getDay()) % 7 || 7));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
