import { isZipContainer } from '../../../../shared/import/decode-text';
import { FileProblemError, MAX_IMPORT_BYTES, type RawRow, type RawTable } from '../../../../shared/import/raw-table';
import { readDelimited, tableFromRows } from '../../../../shared/import/read-delimited';
import { readFileBytes } from '../../platform';

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** XLSX: the first sheet, every cell as text; the reader is loaded only when an XLSX arrives. */
async function readXlsx(bytes: Uint8Array): Promise<RawTable> {
  const { readSheet } = await import('read-excel-file/universal');
  let data: unknown[][];
  try {
    data = (await readSheet(bytes.slice().buffer)) as unknown[][];
  } catch {
    throw new FileProblemError({ code: 'unreadable-xlsx' });
  }
  const width = Math.max(0, ...data.map((row) => row.length));
  // Spreadsheet rows have exact positions, so short rows are padded: an empty cell is not missing.
  const rows: RawRow[] = data.map((row, index) => ({
    rowNumber: index + 1,
    cells: Array.from({ length: width }, (_, column) => cellText(row[column])),
  }));
  return tableFromRows(rows, { kind: 'xlsx', sheet: '1' });
}

/**
 * Reads a student list the teacher picked. The size is checked before a single byte is read,
 * so a 50 MB file is refused at once instead of freezing the window.
 */
export async function readImportFile(file: File): Promise<RawTable> {
  if (file.size === 0) throw new FileProblemError({ code: 'empty-file' });
  if (file.size > MAX_IMPORT_BYTES) throw new FileProblemError({ code: 'too-large', sizeBytes: file.size, maxBytes: MAX_IMPORT_BYTES });
  const bytes = await readFileBytes(file);
  return isZipContainer(bytes) ? readXlsx(bytes) : readDelimited(bytes);
}
