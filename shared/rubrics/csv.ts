import Papa from 'papaparse';
import { looksLikeFormula } from '../csv/formula';
import { DUTCH_EXCEL_CSV, writeCsv } from '../csv/write-csv';
import type { GradeConversion, RubricCondition, RubricContent, RubricCriterion, RubricLevel } from '../domain/rubric';
import { decodeText, looksBinary } from '../import/decode-text';
import { detectDelimiter } from '../import/read-delimited';
import { formatDecimal, parseDecimal } from './numbers';
import { DEFAULT_CAESURA, matchingPreset, NEW_LEVEL_COLOR, SCALE_PRESETS } from './presets';
import { RubricImportError, type RubricImportProblem, type RubricProblem, type RubricWarning } from './problems';
import { rubricWarnings, validateRubricContent } from './validate';

/*
 * The rubric CSV, as Dutch Excel writes and reads it (UTF-8 with BOM, ";", CRLF). A teacher
 * can open, edit and write it in Excel, or make one from scratch:
 *
 *   Rubric;Presenteren                                          title line (optional)
 *   Criterium;Gewicht;Opdrachtgever;D minimaal (1);C basis (2);…   header
 *   Samenwerken;1;nee;<descriptor D>;<descriptor C>;…             one row per criterion
 *   Plannen;0,5;ja;…
 *   Kleur;;;#F28B82;#F6B26B;…                                   level colours (optional)
 *   Voorwaarde;Je draagt veiligheidsschoenen                    one row per voorwaardelijke eis
 *   Cesuur;55%                                                  linear conversion, or instead:
 *   Cijfertabel;0;1,0                                           one row per table row:
 *   Cijfertabel;12;5,5                                          from … points, cijfer
 *
 * Header: the first column holds the criterion titles (whatever its title); "Gewicht" (or
 * Weging) and "Opdrachtgever" columns are optional (weight 1 and "nee" without them), and
 * every other column is a level, lowest first, written "label (points)"; "(3 punten)" is read
 * too. Numbers take a decimal comma. Rows are recognised by the keyword in their first cell;
 * a "Kleur" row only when its cells are colours, so a criterion called Kleur stays a
 * criterion. Without a Cesuur or Cijfertabel the conversion is linear at 55 %. Framework
 * links (nodeIds) are not written: they are ids of this installation and mean nothing in
 * another; an imported rubric starts without links.
 *
 * The export pads every row to the header's width so Excel shows one grid; on import a row
 * must have exactly the header's cells (empty cells beyond it are ignored), because a
 * missing or extra cell would shift every descriptor after it into the wrong level.
 */

/** A rubric is a few kilobytes; anything near a megabyte is not a rubric. */
export const MAX_RUBRIC_CSV_BYTES = 1024 * 1024;

const KEYWORDS = {
  title: ['rubric', 'titel'],
  color: ['kleur', 'kleuren'],
  condition: ['voorwaarde', 'voorwaardelijkeeis'],
  caesura: ['cesuur'],
  table: ['cijfertabel'],
} as const;
type Keyword = keyof typeof KEYWORDS;

const WEIGHT_HEADERS = ['gewicht', 'weging', 'wegingsfactor', 'weight'];
const CLIENT_HEADERS = ['opdrachtgever', 'client'];
const YES = ['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'x'];
const NO = ['', 'nee', 'n', 'no', 'false', 'onwaar', '0'];

/** Lower case, no accents, letters and digits only: "Gewicht " and "gewicht:" match. */
function key(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

function keywordOf(cell: string | undefined): Keyword | null {
  const k = key(cell ?? '');
  for (const [keyword, words] of Object.entries(KEYWORDS) as [Keyword, readonly string[]][]) {
    if (words.includes(k)) return keyword;
  }
  return null;
}

/** "Voldoende (3)", "Goed (boven verwachting) (4)", "Expert (2,5 punten)": the last (…) holds the points. */
const LEVEL_HEADER = /^(.*)\(([^()]*)\)\s*$/s;
const POINTS_UNIT = /\s*(punten|punt|pnt|pt|p)\.?$/i;

function parseLevelHeader(header: string): { label: string; pointsText: string; points: number | null } | null {
  const match = LEVEL_HEADER.exec(header.trim());
  if (!match) return null;
  const pointsText = match[2]!.trim();
  return { label: match[1]!.trim(), pointsText, points: parseDecimal(pointsText.replace(POINTS_UNIT, '')) };
}

/** Spreadsheet column letter of a 0-based index: 0 → A, 26 → AA. */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Undoes what writeCsv does to a cell that looks like a formula (a leading '), then trims. */
function cellText(cell: string | undefined): string {
  const value = cell ?? '';
  return (value.startsWith("'") && looksLikeFormula(value.slice(1)) ? value.slice(1) : value).trim();
}

// Export.

function caesuraText(caesura: number): string {
  // "55%" reads best, but only when it gives exactly the same caesura back; otherwise the fraction.
  const percent = Number((caesura * 100).toPrecision(12));
  return percent / 100 === caesura ? `${formatDecimal(percent)}%` : formatDecimal(caesura);
}

/** The rubric as CSV text for Dutch Excel (BOM, ";", CRLF, formulas neutralised). */
export function rubricToCsv(title: string, content: RubricContent): string {
  const header = [
    'Criterium',
    'Gewicht',
    'Opdrachtgever',
    ...content.levels.map((level) => `${level.label} (${formatDecimal(level.points)})`),
  ];
  const width = header.length;
  const padded = (cells: string[]) => [...cells, ...Array<string>(Math.max(0, width - cells.length)).fill('')];
  const rows: string[][] = [padded(['Rubric', title]), header];
  for (const criterion of content.criteria) {
    rows.push([
      criterion.title,
      formatDecimal(criterion.weight),
      criterion.clientInput ? 'ja' : 'nee',
      ...content.levels.map((level) => criterion.descriptors[level.id] ?? ''),
    ]);
  }
  rows.push(['Kleur', '', '', ...content.levels.map((level) => level.color)]);
  for (const condition of content.conditions) rows.push(padded(['Voorwaarde', condition.text]));
  const { conversion } = content;
  if (conversion.kind === 'linear') rows.push(padded(['Cesuur', caesuraText(conversion.caesura)]));
  else for (const row of conversion.rows) rows.push(padded(['Cijfertabel', formatDecimal(row.minPoints), formatDecimal(row.grade)]));
  return writeCsv(rows, DUTCH_EXCEL_CSV);
}

// Import.

export interface RubricCsvResult {
  content: RubricContent;
  /** From the title line, when the file has one that is not empty. */
  title?: string;
  /** Nothing that stops the import, e.g. two criteria with the same title (shown, not refused). */
  warnings: RubricImportProblem[];
}

interface Row {
  /** 1-based, as a spreadsheet shows it (a cell with line breaks is still one row). */
  number: number;
  cells: string[];
}

const LEVEL_HEADER_SCORE = /\([^()]*\d[^()]*\)\s*$/;

/**
 * The delimiter under which the header shows the most "label (points)" cells; the generic
 * detector only when no delimiter shows any. (A descriptor full of commas must not make a
 * ";" file look like a "," file.)
 */
function rubricDelimiter(text: string): ';' | ',' | '\t' {
  const sample = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, 10)
    .join('\n');
  let best: ';' | ',' | '\t' | null = null;
  let bestScore = 0;
  for (const delimiter of [';', ',', '\t'] as const) {
    const parsed = Papa.parse<string[]>(sample, { delimiter, quoteChar: '"' });
    const score = Math.max(0, ...parsed.data.map((cells) => cells.filter((cell) => LEVEL_HEADER_SCORE.test(cell.trim())).length));
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best ?? detectDelimiter(text);
}

function readRows(bytes: Uint8Array): Row[] {
  if (bytes.byteLength > MAX_RUBRIC_CSV_BYTES) {
    fail({
      code: 'too-large',
      row: null,
      column: null,
      params: { sizeBytes: bytes.byteLength, maxBytes: MAX_RUBRIC_CSV_BYTES, maxMegabytes: MAX_RUBRIC_CSV_BYTES / (1024 * 1024) },
    });
  }
  const { text } = decodeText(bytes);
  if (text.trim() === '') fail({ code: 'empty-file', row: null, column: null, params: {} });
  if (looksBinary(text)) fail({ code: 'not-text', row: null, column: null, params: {} });
  const parsed = Papa.parse<string[]>(text, { delimiter: rubricDelimiter(text), quoteChar: '"', skipEmptyLines: false });
  return parsed.data
    .map((cells, index) => ({ number: index + 1, cells: cells.map((cell) => cellText(cell)) }))
    .filter((row) => row.cells.some((cell) => cell !== ''));
}

function fail(...problems: RubricImportProblem[]): never {
  throw new RubricImportError(problems);
}

/** Index of the last filled cell + 1. */
function filledLength(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== '') return i + 1;
  return 0;
}

interface Layout {
  row: number;
  width: number;
  weightColumn: number | null;
  clientColumn: number | null;
  levelColumns: number[];
  levels: { label: string; points: number }[];
}

function readHeader(header: Row): { layout: Layout | null; problems: RubricImportProblem[] } {
  const problems: RubricImportProblem[] = [];
  const row = header.number;
  const width = filledLength(header.cells);
  let weightColumn: number | null = null;
  let clientColumn: number | null = null;
  const levelColumns: number[] = [];
  const levels: { label: string; points: number }[] = [];
  const candidates: number[] = [];

  for (let column = 1; column < width; column++) {
    const text = header.cells[column]!;
    const k = key(text);
    if (WEIGHT_HEADERS.includes(k) || CLIENT_HEADERS.includes(k)) {
      const isWeight = WEIGHT_HEADERS.includes(k);
      if ((isWeight ? weightColumn : clientColumn) !== null) {
        problems.push({ code: 'duplicate-column', row, column: column + 1, params: { row, columnLetter: columnLetter(column), header: text } });
      } else if (isWeight) weightColumn = column;
      else clientColumn = column;
    } else candidates.push(column);
  }
  // A header none of whose other columns has "(…)" is not a rubric header at all (a student
  // list, a header without levels): one clear problem instead of one per column.
  if (!candidates.some((column) => LEVEL_HEADER.test(header.cells[column]!.trim()))) {
    return { layout: null, problems: [...problems, { code: 'no-level-columns', row, column: null, params: { row } }] };
  }
  for (const column of candidates) {
    const text = header.cells[column]!;
    const parsed = parseLevelHeader(text);
    const where = { row, column: column + 1 };
    const letter = columnLetter(column);
    if (text === '') {
      problems.push({ code: 'level-header-empty', ...where, params: { row, columnLetter: letter } });
    } else if (!parsed) {
      problems.push({ code: 'level-header-no-points', ...where, params: { row, columnLetter: letter, header: text } });
    } else if (parsed.points === null) {
      problems.push({ code: 'level-points-not-number', ...where, params: { row, columnLetter: letter, header: text, value: parsed.pointsText } });
    } else {
      levelColumns.push(column);
      levels.push({ label: parsed.label, points: parsed.points });
    }
  }
  return { layout: { row, width, weightColumn, clientColumn, levelColumns, levels }, problems };
}

/** Where each item of the content came from, to point content problems at their cells. */
interface Origins {
  layout: Layout;
  criterionRows: number[];
  conditionRows: number[];
  tableRows: number[];
  caesuraRow: number | null;
  colorRow: number | null;
}

function locate(problem: RubricProblem | RubricWarning, origins: Origins): RubricImportProblem {
  const { layout } = origins;
  const levelColumn = (level: number) => {
    const column = layout.levelColumns[level - 1];
    return column === undefined ? null : column + 1;
  };
  const at = (row: number | null | undefined, column: number | null): RubricImportProblem =>
    ({ ...problem, row: row ?? null, column }) as RubricImportProblem;
  const params = problem.params as Partial<Record<'level' | 'criterion' | 'condition' | 'tableRow', number>>;
  switch (problem.code) {
    case 'level-color-invalid':
      return at(origins.colorRow ?? layout.row, levelColumn(problem.params.level));
    case 'too-few-levels':
      return at(layout.row, null);
    case 'criterion-weight-invalid':
      return at(origins.criterionRows[problem.params.criterion - 1], layout.weightColumn === null ? null : layout.weightColumn + 1);
    case 'caesura-out-of-range':
      return at(origins.caesuraRow, 2);
    case 'table-first-row-not-zero':
    case 'table-min-points-invalid':
    case 'table-rows-not-increasing':
    case 'table-row-unreachable':
      return at(origins.tableRows[problem.params.tableRow - 1], 2);
    case 'table-grade-out-of-range':
    case 'table-grades-decreasing':
      return at(origins.tableRows[problem.params.tableRow - 1], 3);
    default:
      if (params.level !== undefined) return at(layout.row, levelColumn(params.level));
      if (params.criterion !== undefined) return at(origins.criterionRows[params.criterion - 1], 1);
      if (params.condition !== undefined) return at(origins.conditionRows[params.condition - 1], 2);
      return at(null, null);
  }
}

function isColorRow(cells: readonly string[], layout: Layout): boolean {
  const levelCells = layout.levelColumns.map((column) => cells[column] ?? '');
  const others = cells.filter((_, column) => column !== 0 && !layout.levelColumns.includes(column));
  return levelCells.some((cell) => cell !== '') && levelCells.every((cell) => cell === '' || /^#[0-9a-f]{3,8}$/i.test(cell)) && others.every((c) => c === '');
}

/**
 * Reads a rubric CSV (UTF-8 with or without BOM, or Windows-1252; ";", "," or tab). Ids come
 * from `newId`: levels, then criteria, then conditions. Throws RubricImportError, with every
 * problem found and where, when the file cannot be read or gives a rubric that
 * validateRubricContent refuses; then nothing of the file may be used.
 */
export function rubricFromCsv(bytes: Uint8Array, newId: () => string): RubricCsvResult {
  const rows = readRows(bytes);
  if (rows.length === 0) fail({ code: 'empty-file', row: null, column: null, params: {} });

  const problems: RubricImportProblem[] = [];
  let title: string | undefined;
  let headerIndex = 0;
  const first = rows[0]!;
  // A title line: "Rubric;<title>" and nothing after it (a header has level columns there).
  if (keywordOf(first.cells[0]) === 'title' && filledLength(first.cells) <= 2 && !LEVEL_HEADER.test(first.cells[1] ?? '')) {
    title = first.cells[1] || undefined;
    headerIndex = 1;
  }
  const headerRow = rows[headerIndex];
  // File-level problems have no row to point at; the message names the header's row itself.
  if (!headerRow) fail({ code: 'header-only', row: null, column: null, params: { row: first.number } });
  const body = rows.slice(headerIndex + 1);
  if (body.length === 0) fail({ code: 'header-only', row: null, column: null, params: { row: headerRow.number } });

  const { layout, problems: headerProblems } = readHeader(headerRow);
  problems.push(...headerProblems);
  if (!layout) fail(...problems);

  const origins: Origins = { layout, criterionRows: [], conditionRows: [], tableRows: [], caesuraRow: null, colorRow: null };
  const criteria: { title: string; weight: number; clientInput: boolean; descriptors: string[] }[] = [];
  const conditions: string[] = [];
  const tableRows: { minPoints: number; grade: number }[] = [];
  let caesura: number | null = null;
  let colors: string[] | null = null;
  /** The first Cesuur or Cijfertabel row: one conversion per rubric. */
  let conversionRow: { keyword: 'caesura' | 'table'; row: number } | null = null;

  /** A keyword row with filled cells beyond the ones it uses: reported, and the row is skipped. */
  const hasExtraCells = (row: Row, used: number) => {
    if (filledLength(row.cells) <= used) return false;
    problems.push({ code: 'meta-row-extra-cells', row: row.number, column: used + 1, params: { row: row.number, keyword: row.cells[0]! } });
    return true;
  };

  for (const row of body) {
    const { cells, number } = row;
    // A title keyword below the header is a criterion ("Titel" can be one); only the line above the header is a title.
    const keyword = keywordOf(cells[0]);

    if (keyword === 'condition') {
      if (hasExtraCells(row, 2)) continue;
      conditions.push(cells[1] ?? '');
      origins.conditionRows.push(number);
      continue;
    }
    if (keyword === 'caesura' || keyword === 'table') {
      if (hasExtraCells(row, keyword === 'caesura' ? 2 : 3)) continue;
      if (conversionRow && (keyword === 'caesura' || conversionRow.keyword === 'caesura')) {
        problems.push({ code: 'conversion-conflict', row: number, column: 1, params: { row: number, otherRow: conversionRow.row } });
        continue;
      }
      conversionRow ??= { keyword, row: number };
      if (keyword === 'caesura') {
        origins.caesuraRow = number;
        const text = cells[1] ?? '';
        const value = parseDecimal(text.replace(/%$/, ''));
        if (value === null) problems.push({ code: 'caesura-not-number', row: number, column: 2, params: { row: number, value: text } });
        // "55%", and "55" without % too: as a fraction a caesura is never above 1.
        else caesura = text.endsWith('%') || value > 1 ? value / 100 : value;
      } else {
        const minPoints = parseDecimal(cells[1] ?? '');
        const grade = parseDecimal(cells[2] ?? '');
        if (minPoints === null || grade === null) {
          const column = minPoints === null ? 2 : 3;
          problems.push({ code: 'table-row-not-number', row: number, column, params: { row: number, value: cells[column - 1] ?? '' } });
        } else {
          tableRows.push({ minPoints, grade });
          origins.tableRows.push(number);
        }
      }
      continue;
    }
    if (keyword === 'color' && isColorRow(cells, layout)) {
      if (origins.colorRow !== null) {
        problems.push({ code: 'duplicate-meta-row', row: number, column: 1, params: { row: number, otherRow: origins.colorRow, keyword: cells[0]! } });
        continue;
      }
      origins.colorRow = number;
      colors = layout.levelColumns.map((column) => cells[column] ?? '');
      continue;
    }

    // A criterion row: exactly the header's cells (empty ones beyond it do not count).
    if (cells.length < layout.width) {
      problems.push({ code: 'row-too-few-cells', row: number, column: null, params: { row: number, count: cells.length, expected: layout.width } });
      continue;
    }
    const filled = filledLength(cells);
    if (filled > layout.width) {
      problems.push({ code: 'row-too-many-cells', row: number, column: filled, params: { row: number, count: filled, expected: layout.width } });
      continue;
    }
    const criterionTitle = cells[0]!;
    let weight = 1;
    if (layout.weightColumn !== null) {
      const text = cells[layout.weightColumn]!;
      // An empty weight is 1, as without a Gewicht column.
      const parsed = text === '' ? 1 : parseDecimal(text);
      if (parsed === null) {
        problems.push({ code: 'weight-not-number', row: number, column: layout.weightColumn + 1, params: { row: number, title: criterionTitle, value: text } });
      } else weight = parsed;
    }
    let clientInput = false;
    if (layout.clientColumn !== null) {
      const text = cells[layout.clientColumn]!;
      if (YES.includes(key(text))) clientInput = true;
      else if (!NO.includes(key(text))) {
        problems.push({ code: 'client-input-invalid', row: number, column: layout.clientColumn + 1, params: { row: number, title: criterionTitle, value: text } });
      }
    }
    criteria.push({ title: criterionTitle, weight, clientInput, descriptors: layout.levelColumns.map((column) => cells[column]!) });
    origins.criterionRows.push(number);
  }
  if (problems.length > 0) fail(...problems);

  // Without a colour, a level gets its preset's colour, or the neutral tint of a custom scale.
  const preset = matchingPreset(layout.levels);
  const defaultColor = (index: number) => (preset === 'custom' ? NEW_LEVEL_COLOR : SCALE_PRESETS[preset].levels[index]!.color);
  const levels: RubricLevel[] = layout.levels.map((level, index) => ({
    id: newId(),
    label: level.label,
    points: level.points,
    color: colors?.[index] || defaultColor(index),
  }));
  const rubricCriteria: RubricCriterion[] = criteria.map((criterion) => ({
    id: newId(),
    title: criterion.title,
    weight: criterion.weight,
    descriptors: Object.fromEntries(levels.map((level, index) => [level.id, criterion.descriptors[index] ?? ''])),
    nodeIds: [],
    clientInput: criterion.clientInput,
  }));
  const rubricConditions: RubricCondition[] = conditions.map((text) => ({ id: newId(), text }));
  const conversion: GradeConversion =
    tableRows.length > 0 ? { kind: 'table', rows: tableRows } : { kind: 'linear', caesura: caesura ?? DEFAULT_CAESURA };
  const content: RubricContent = {
    levels,
    criteria: rubricCriteria,
    conditions: rubricConditions,
    conversion,
    scalePreset: matchingPreset(levels),
  };

  const contentProblems = validateRubricContent(content);
  if (contentProblems.length > 0) fail(...contentProblems.map((problem) => locate(problem, origins)));
  const warnings = rubricWarnings(content).map((warning) => locate(warning, origins));
  return title === undefined ? { content, warnings } : { content, title, warnings };
}

