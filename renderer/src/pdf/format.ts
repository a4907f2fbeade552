/**
 * Numbers and dates as the reader of the document writes them: "5,5" and "3 maart 2026" in
 * Dutch, "5.5" and "3 March 2026" in English. Intl is available in browsers, Electron and Node.
 * Formatters are cached: creating one costs more than formatting with it, and a document
 * formats hundreds of numbers.
 */
export type PdfLanguage = 'nl' | 'en';

const LOCALES: Record<PdfLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: PdfLanguage, minDecimals: number, maxDecimals: number): Intl.NumberFormat {
  const key = `${language}:${minDecimals}:${maxDecimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals, useGrouping: false });
    numberFormats.set(key, format);
  }
  return format;
}

/** A number with at most `maxDecimals` decimals (trailing zeros dropped): 24, 13,2. */
export function formatNumber(value: number, language: PdfLanguage, maxDecimals = 2): string {
  return numberFormat(language, 0, maxDecimals).format(value);
}

/** A number with exactly `decimals` decimals: a cijfer as 5,5 or 10,0. */
export function formatFixed(value: number, language: PdfLanguage, decimals: number): string {
  return numberFormat(language, decimals, decimals).format(value);
}

/** A date in words: 3 maart 2026. */
export function formatDate(date: Date, language: PdfLanguage): string {
  return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(language: PdfLanguage, part: 'weekday' | 'month'): Intl.DateTimeFormat {
  const key = `${language}:${part}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], part === 'weekday' ? { weekday: 'short' } : { month: 'short' });
    dayFormats.set(key, format);
  }
  return format;
}

/** An ISO calendar date (yyyy-mm-dd) as local midnight of that day; null when it is no real date. */
export function dateFromIso(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

export interface PdfDayFormatOptions {
  /** Default true. */
  withYear?: boolean;
  /** Join the parts with no-break spaces, so a table cell wraps a range only at its dash. Default false. */
  nonBreaking?: boolean;
}

/** A day with its weekday, short: "ma 2 mrt 2026" ("Mon 2 Mar 2026"). */
export function formatDay(date: Date, language: PdfLanguage, options: PdfDayFormatOptions = {}): string {
  const parts = [dayFormat(language, 'weekday').format(date), String(date.getDate()), dayFormat(language, 'month').format(date)];
  if (options.withYear ?? true) parts.push(String(date.getFullYear()));
  return parts.join(options.nonBreaking ? '\u00a0' : ' ');
}

/**
 * A range of days as a planning shows it: "ma 2 mrt – vr 13 mrt 2026", the year once when both
 * days fall in the same year ("ma 28 dec 2026 – vr 8 jan 2027" when not), and one day alone when
 * start and end are the same day.
 */
export function formatDateRange(start: Date, end: Date, language: PdfLanguage, options: Omit<PdfDayFormatOptions, 'withYear'> = {}): string {
  const sameDay = start.getFullYear() === end.getFullYear() && start.getMonth() === end.getMonth() && start.getDate() === end.getDate();
  if (sameDay) return formatDay(end, language, options);
  const sameYear = start.getFullYear() === end.getFullYear();
  return `${formatDay(start, language, { ...options, withYear: !sameYear })} – ${formatDay(end, language, options)}`;
}
