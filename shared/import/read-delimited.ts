import Papa from 'papaparse';
import { decodeText, looksBinary } from './decode-text';
import { FileProblemError, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type RawRow, type RawTable } from './raw-table';
import { findHeaderRow } from './student-columns';

const DELIMITERS = [';', ',', '\t'] as const;
type Delimiter = (typeof DELIMITERS)[number];

function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * Chooses the delimiter that splits the first lines into the same, largest number of
 * columns. Papaparse guesses too, but prefers ',' on ties, which is wrong for Dutch files
 * where a name may contain a comma and ';' is the list separator.
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '').slice(0, 10);
  let best: Delimiter = ';';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const parsed = Papa.parse<string[]>(lines.join('\n'), { delimiter, quoteChar: '"' });
    const counts = parsed.data.map((row) => row.length);
    const first = counts[0] ?? 1;
    if (first < 2) continue;
    const consistent = counts.filter((count) => count === first).length;
    const score = first * consistent;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Picks the header among the first non-blank rows (0-based index into `candidates`). Student
 * lists and goal frameworks have different column titles, so each importer brings its own.
 */
export type HeaderFinder = (candidates: readonly (readonly string[])[]) => number;

export interface ReadDelimitedOptions {
  /** Defaults to the student-list header finder. */
  findHeader?: HeaderFinder;
}

/** Reads CSV/TSV bytes into a RawTable, or throws FileProblemError. */
export function readDelimited(bytes: Uint8Array, options: ReadDelimitedOptions = {}): RawTable {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new FileProblemError({ code: 'too-large', sizeBytes: bytes.byteLength, maxBytes: MAX_IMPORT_BYTES });
  }
  const decoded = decodeText(bytes);
  if (decoded.text.trim() === '') throw new FileProblemError({ code: 'empty-file' });
  if (looksBinary(decoded.text)) throw new FileProblemError({ code: 'binary' });

  const delimiter = detectDelimiter(decoded.text);
  const parsed = Papa.parse<string[]>(decoded.text, { delimiter, quoteChar: '"', skipEmptyLines: false });
  const all: RawRow[] = parsed.data.map((cells, index) => ({ rowNumber: index + 1, cells: cells.map((c) => c ?? '') }));
  return tableFromRows(all, { kind: 'csv', delimiter, encoding: decoded.encoding, hadBom: decoded.hadBom }, options.findHeader);
}

/** Shared by the CSV and XLSX readers: finds the header and drops blank rows. */
export function tableFromRows(all: RawRow[], format: RawTable['format'], findHeader: HeaderFinder = findHeaderRow): RawTable {
  const nonBlank = all.filter((row) => !isBlankRow(row.cells));
  if (nonBlank.length === 0) throw new FileProblemError({ code: 'empty-file' });
  const headerIndex = findHeader(nonBlank.slice(0, 5).map((row) => row.cells));
  const headerRow = nonBlank[headerIndex]!;
  const rows = nonBlank.slice(headerIndex + 1);
  if (rows.length === 0) throw new FileProblemError({ code: 'header-only', headerRowNumber: headerRow.rowNumber });
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new FileProblemError({ code: 'too-many-rows', rowCount: rows.length, maxRows: MAX_IMPORT_ROWS });
  }
  return {
    headerRowNumber: headerRow.rowNumber,
    header: headerRow.cells.map((cell) => cell.trim()),
    rows,
    format,
  };
}
