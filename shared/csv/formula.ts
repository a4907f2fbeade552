/**
 * Spreadsheet programs execute a cell that starts with one of these characters as a formula
 * (CSV injection, OWASP). Tab and carriage return are included because Excel strips them
 * and then evaluates what follows.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(value: string): boolean {
  return FORMULA_START.test(value);
}

/** Makes a value safe to put in a CSV cell by prefixing a quote, as OWASP recommends. */
export function neutraliseFormula(value: string): string {
  return looksLikeFormula(value) ? `'${value}` : value;
}
