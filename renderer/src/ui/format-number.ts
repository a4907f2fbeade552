/** Numbers the Dutch way (6,5) or the English way (6.5), by the interface language. */
function locale(language: string): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

/** A cijfer with one decimal: "6,5", "7,0". */
export function formatGrade(grade: number | null | undefined, language: string): string {
  if (grade == null || !Number.isFinite(grade)) return '';
  return grade.toLocaleString(locale(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** A number with at most `maxDecimals` decimals, no trailing zeros: "2", "1,5", "5,4167". */
export function formatDecimal(value: number, language: string, maxDecimals = 2): string {
  return value.toLocaleString(locale(language), { maximumFractionDigits: maxDecimals });
}

/** A share as a percentage: "20 %", "12,5 %" (Dutch puts a space before %). */
export function formatPercent(share: number, language: string): string {
  return share.toLocaleString(locale(language), { style: 'percent', maximumFractionDigits: 1 });
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
