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
