import { neutraliseFormula } from './formula';

export interface CsvOptions {
  delimiter: ';' | ',' | '\t';
  /** Dutch Excel only reads UTF-8 correctly when the file starts with a byte order mark. */
  bom: boolean;
}

export const DUTCH_EXCEL_CSV: CsvOptions = { delimiter: ';', bom: true };

function quoteCell(value: string, delimiter: string): string {
  const safe = neutraliseFormula(value);
  return /["\r\n]/.test(safe) || safe.includes(delimiter) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function writeCsv(rows: readonly (readonly string[])[], options: CsvOptions = DUTCH_EXCEL_CSV): string {
  const body = rows.map((row) => row.map((cell) => quoteCell(cell, options.delimiter)).join(options.delimiter)).join('\r\n');
  return (options.bom ? '\uFEFF' : '') + body + '\r\n';
}
