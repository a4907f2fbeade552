/**
 * Numbers in rubric files as Dutch teachers write them: a decimal comma ("0,5"; the decimal
 * point is accepted too), no thousands separators (weights and points are small).
 */
const DECIMAL = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

/** The number in `text`, or null when it is not one ("", "x", "1.000,5"). */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return null;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/**
 * Writes a number with a decimal comma. JavaScript's shortest round-trip form is used, so
 * parseDecimal gives back exactly the same number (0.1 + 0.2 stays 0,30000000000000004
 * rather than being rounded into another value).
 */
export function formatDecimal(value: number): string {
  return String(value).replace('.', ',');
}
