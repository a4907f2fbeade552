import { DUTCH_EXCEL_CSV, writeCsv } from '../csv/write-csv';
import { sortableName, type StudentName } from '../domain/student';
import { roundHalfUp } from './rounding';

/**
 * A grade file for one PTA toets, to import into the school's administration system
 * (../shared/domain.md "Interop": a file per PTA toets, leerlingnummer + cijfer with a decimal
 * comma). Dutch Excel conventions: `;` between cells, UTF-8 with a byte order mark, CRLF. Cells
 * that a spreadsheet would run as a formula (=, +, -, @) are neutralised by writeCsv.
 *
 * The presets give the column headers each system's import screen recognises by default; the
 * teacher can still choose which columns go in and in which order.
 */
export type GradeFileColumn = 'leerlingnummer' | 'naam' | 'cijfer';
export const GRADE_FILE_COLUMNS: readonly GradeFileColumn[] = ['leerlingnummer', 'naam', 'cijfer'];

export type GradeFilePresetId = 'magister' | 'somtoday';

export interface GradeFilePreset {
  id: GradeFilePresetId;
  columns: readonly GradeFileColumn[];
  headers: Readonly<Record<GradeFileColumn, string>>;
}

export const GRADE_FILE_PRESETS: Readonly<Record<GradeFilePresetId, GradeFilePreset>> = {
  // Magister calls the leerlingnummer "stamnummer".
  magister: { id: 'magister', columns: ['leerlingnummer', 'naam', 'cijfer'], headers: { leerlingnummer: 'Stamnummer', naam: 'Naam', cijfer: 'Cijfer' } },
  somtoday: { id: 'somtoday', columns: ['leerlingnummer', 'naam', 'cijfer'], headers: { leerlingnummer: 'Leerlingnummer', naam: 'Naam', cijfer: 'Resultaat' } },
};

export interface GradeFileRow extends StudentName {
  leerlingnummer: string;
  /** The cijfer that counts (resit rule applied); null when there is none. */
  grade: number | null;
}

export interface GradeFileOptions {
  preset: GradeFilePresetId;
  /** Which columns, in this order; default the preset's. Leerlingnummer and cijfer are required. */
  columns?: readonly GradeFileColumn[];
  /** Write a header row. Default true. */
  header?: boolean;
}

export interface GradeFile {
  /** The file's text, BOM included; encode as UTF-8. */
  text: string;
  /** Rows written (students with a cijfer). */
  written: number;
  /** Students left out because they have no cijfer yet, in the order given. */
  withoutGrade: GradeFileRow[];
}

export type GradeFileProblem = 'missing-leerlingnummer-column' | 'missing-cijfer-column' | 'duplicate-column';

export function checkGradeFileColumns(columns: readonly GradeFileColumn[]): GradeFileProblem | null {
  if (new Set(columns).size !== columns.length) return 'duplicate-column';
  if (!columns.includes('leerlingnummer')) return 'missing-leerlingnummer-column';
  if (!columns.includes('cijfer')) return 'missing-cijfer-column';
  return null;
}

/** A cijfer as the import expects it: one decimal with a decimal comma, 6,5 and 7,0. */
export function formatGradeForImport(grade: number): string {
  return roundHalfUp(grade, 1).toFixed(1).replace('.', ',');
}

/**
 * The file for one toets. Students without a cijfer are left out (an empty cell would clear a
 * grade already in the system) and returned, so the screen can name them.
 */
export function gradeFile(rows: readonly GradeFileRow[], options: GradeFileOptions): GradeFile {
  const preset = GRADE_FILE_PRESETS[options.preset];
  const columns = options.columns ?? preset.columns;
  const problem = checkGradeFileColumns(columns);
  if (problem) throw new Error(`grade file columns: ${problem}`);
  const cells = (row: GradeFileRow, grade: number): Record<GradeFileColumn, string> => ({
    leerlingnummer: row.leerlingnummer.trim(),
    naam: sortableName(row),
    cijfer: formatGradeForImport(grade),
  });
  const withGrade = rows.filter((row): row is GradeFileRow & { grade: number } => row.grade != null && Number.isFinite(row.grade));
  const lines: string[][] = [];
  if (options.header ?? true) lines.push(columns.map((column) => preset.headers[column]));
  for (const row of withGrade) {
    const values = cells(row, row.grade);
    lines.push(columns.map((column) => values[column]));
  }
  return { text: writeCsv(lines, DUTCH_EXCEL_CSV), written: withGrade.length, withoutGrade: rows.filter((row) => row.grade == null || !Number.isFinite(row.grade)) };
}
