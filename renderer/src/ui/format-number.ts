/** Numbers the Dutch way (6,5) or the English way (6.5), by the interface language. */
function locale(language: string): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

// toLocaleString with options builds a new Intl.NumberFormat on every call (tens of µs): a grade
// table formats hundreds of numbers per render, so the formatters are made once and kept.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(language: string, kind: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale(language)}|${kind}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(locale(language), options);
    formatters.set(key, cached);
  }
  return cached;
}

/** A cijfer with one decimal: "6,5", "7,0". */
export function formatGrade(grade: number | null | undefined, language: string): string {
  if (grade == null || !Number.isFinite(grade)) return '';
  return formatter(language, 'grade', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(grade);
}

/** A number with at most `maxDecimals` decimals, no trailing zeros: "2", "1,5", "5,4167". */
export function formatDecimal(value: number, language: string, maxDecimals = 2): string {
  return formatter(language, `decimal${maxDecimals}`, { maximumFractionDigits: maxDecimals }).format(value);
}

/** A share as a percentage: "20 %", "12,5 %" (Dutch puts a space before %). */
export function formatPercent(share: number, language: string): string {
  return formatter(language, 'percent', { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/**
 * Reads a decimal number typed the Dutch or English way ("1,5", "1.5"). Empty gives null;
 * anything that is not a plain number gives NaN, for the form to refuse.
 */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^-?\d+([.,]\d+)?$/.test(trimmed)) return Number.NaN;
  return Number(trimmed.replace(',', '.'));
}
