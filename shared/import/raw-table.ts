/** A table read from a CSV or XLSX file, before any column has a meaning. */
export interface RawTable {
  /** Row number of the header as a spreadsheet shows it (1-based). */
  headerRowNumber: number;
  header: string[];
  rows: RawRow[];
  /** What the reader detected, shown to the teacher ("puntkomma, UTF-8 met BOM"). */
  format: TableFormat;
}

export interface RawRow {
  /** 1-based, as the teacher sees it in Excel: the header is usually row 1. */
  rowNumber: number;
  cells: string[];
}

export type TableFormat =
  | { kind: 'csv'; delimiter: ';' | ',' | '\t'; encoding: string; hadBom: boolean }
  | { kind: 'xlsx'; sheet: string };

/** File-level problems: nothing can be imported, and nothing is. */
export type FileProblem =
  | { code: 'empty-file' }
  | { code: 'too-large'; sizeBytes: number; maxBytes: number }
  | { code: 'binary' }
  | { code: 'header-only'; headerRowNumber: number }
  | { code: 'unreadable-xlsx' }
  | { code: 'too-many-rows'; rowCount: number; maxRows: number };

export class FileProblemError extends Error {
  constructor(readonly problem: FileProblem) {
    super(problem.code);
    this.name = 'FileProblemError';
  }
}

/** A student list of a whole school fits in well under a megabyte; 5 MB leaves ample room. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;
