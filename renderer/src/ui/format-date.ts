import type { IsoDate } from '../../../shared/domain/opdracht';
import { parseIsoDate } from '../../../shared/opdrachten/dates';

// toLocaleDateString with options builds a new Intl.DateTimeFormat on every call (as
// format-number.ts notes for numbers): a student page names hundreds of days, so keep one per language.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(language: string): Intl.DateTimeFormat {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  let format = dayFormats.get(locale);
  if (!format) dayFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' })));
  return format;
}

/** "2 mrt 2026": a calendar date in the interface language, without time-zone surprises. */
export function formatDay(date: IsoDate | null, language: string): string {
  if (!date) return '—';
  const parsed = parseIsoDate(date);
  if (!parsed) return date;
  return dayFormat(language).format(new Date(parsed.year, parsed.month - 1, parsed.day));
}
