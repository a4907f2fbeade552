import type { IsoDate } from '../../../../shared/domain/opdracht';
import { parseIsoDate } from '../../../../shared/opdrachten/dates';

/** "di 1 dec": a day in the coming fortnight, where the weekday says more than the year. */
export function formatWeekday(date: IsoDate, language: string): string {
  const parsed = parseIsoDate(date);
  if (!parsed) return date;
  return new Date(parsed.year, parsed.month - 1, parsed.day).toLocaleDateString(language === 'en' ? 'en-GB' : 'nl-NL', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  });
}
