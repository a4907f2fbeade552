import type { IsoDate } from '../../../shared/domain/opdracht';
import { parseIsoDate } from '../../../shared/opdrachten/dates';

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
