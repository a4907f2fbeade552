import type { FrameworkDraft, FrameworkNodeDraft, FrameworkNodeType } from '../domain/framework';
import { FileProblemError, MAX_IMPORT_BYTES, type FileProblem, type RawRow, type RawTable } from '../import/raw-table';
import { readDelimited } from '../import/read-delimited';
import { FRAMEWORK_CSV_FIELDS, FRAMEWORK_CSV_HEADER, csvFieldForHeader, findFrameworkHeaderRow, type FrameworkCsvField } from './csv-columns';
import { titleFromFileName, type FrameworkImportMeta } from './import-options';
import { cleanText, megabytes } from './json-input';
import { inferNodeType, nodeTypeFromLabel } from './node-types';
import { FILE_LOCATION, FrameworkImportError, frameworkProblem, throwIfProblems, type FrameworkProblem } from './problems';
import { describeCycle, findParentCycles, visitPreorder } from './tree-structure';

/**
 * Reads a framework from a simple spreadsheet: one row per node with its code, its text
 * (omschrijving) and the code of its parent (empty at top level), and optionally a type column.
 * Delimiter `;`, `,` or tab; UTF-8 with or without BOM, or Windows-1252 (shared/import reads it).
 *
 * - Rows may come in any order (a child before its parent); siblings keep the order of the rows.
 * - Node type: the type column (Dutch or English names, see node-types.ts) or, when there is
 *   none or the cell is empty, by depth (domein / eindterm / subitem, see inferNodeType).
 * - Texts are 'school' unless the teacher says otherwise (meta.textStatus): a spreadsheet has
 *   no provenance.
 * - A cell that exportFrameworkCsv neutralised as a formula ("'=…") is read back without the
 *   quote, so an export imports to the same texts.
 *
 * Refused, with every problem found and its row (as the spreadsheet numbers it) and column: an
 * empty file, a header without rows, missing code or omschrijving columns, a row without code or
 * text, duplicate codes (both rows), a parent code that does not exist, an unknown type, more
 * cells than columns (an unquoted delimiter in a text), and cycles.
 */
export function importFrameworkCsv(bytes: Uint8Array, meta: FrameworkImportMeta = {}): FrameworkDraft {
  const table = readTable(bytes);
  const columns = mapColumns(table);
  const rows = readRows(table, columns);
  const nodes = buildNodes(rows, meta);
  return {
    title: meta.title ?? titleFromFileName(meta.fileName),
    family: meta.family ?? 'other',
    programme: meta.programme ?? '',
    version: meta.version ?? '',
    source: { kind: 'csv', label: meta.label ?? meta.fileName ?? '' },
    nodes,
  };
}

function fileProblem(problem: FileProblem): FrameworkProblem {
  switch (problem.code) {
    case 'empty-file':
      return frameworkProblem('file.empty', FILE_LOCATION, {});
    case 'too-large':
      return frameworkProblem('file.too-large', FILE_LOCATION, { sizeMb: megabytes(problem.sizeBytes), maxMb: megabytes(MAX_IMPORT_BYTES) });
    case 'header-only':
      return frameworkProblem('csv.header-only', { kind: 'row', row: problem.headerRowNumber }, { row: problem.headerRowNumber });
    case 'too-many-rows':
      return frameworkProblem('csv.too-many-rows', FILE_LOCATION, { count: problem.rowCount, max: problem.maxRows });
    case 'binary':
    case 'unreadable-xlsx':
      return frameworkProblem('file.binary', FILE_LOCATION, {});
  }
}

function readTable(bytes: Uint8Array): RawTable {
  try {
    return readDelimited(bytes, { findHeader: findFrameworkHeaderRow });
  } catch (error) {
    if (error instanceof FileProblemError) throw new FrameworkImportError([fileProblem(error.problem)]);
    throw error;
  }
}

type ColumnIndex = Record<FrameworkCsvField, number | null>;

function mapColumns(table: RawTable): ColumnIndex {
  const row = table.headerRowNumber;
  const columns: ColumnIndex = { code: null, text: null, parent: null, type: null };
  const problems: FrameworkProblem[] = [];
  table.header.forEach((title, index) => {
    const field = csvFieldForHeader(title);
    if (field === null) return;
    const first = columns[field];
    if (first === null) columns[field] = index;
    else {
      // Two columns for one meaning: which one holds the parent codes is a guess we do not make.
      problems.push(
        frameworkProblem('csv.duplicate-column', { kind: 'row', row }, { row, field: FRAMEWORK_CSV_HEADER[field], first: table.header[first]!, second: title }),
      );
    }
  });
  if (FRAMEWORK_CSV_FIELDS.every((field) => columns[field] === null)) {
    throwIfProblems([frameworkProblem('csv.no-header', { kind: 'row', row }, { row })]);
  }
  for (const field of ['code', 'text'] as const) {
    if (columns[field] === null) problems.push(frameworkProblem('csv.missing-column', { kind: 'row', row }, { row, column: FRAMEWORK_CSV_HEADER[field] }));
  }
  throwIfProblems(problems);
  return columns;
}

interface CsvNode {
  row: number;
  code: string;
  text: string;
  parent: string;
  type: FrameworkNodeType | null;
}

/** Undoes writeCsv's formula neutralisation ("'=SOM" → "=SOM"), so exports import unchanged. */
function cellValue(cells: readonly string[], index: number | null): string {
  if (index === null) return '';
  const value = cells[index] ?? '';
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function readRows(table: RawTable, columns: ColumnIndex): CsvNode[] {
  const problems: FrameworkProblem[] = [];
  const title = (field: FrameworkCsvField) => table.header[columns[field]!] || FRAMEWORK_CSV_HEADER[field];
  const width = table.header.length;
  const firstRowOf = new Map<string, number>();
  const nodes: CsvNode[] = [];

  for (const { rowNumber: row, cells } of table.rows as RawRow[]) {
    const extra = cells.slice(width);
    if (extra.some((cell) => cell.trim() !== '')) {
      problems.push(frameworkProblem('csv.too-many-columns', { kind: 'row', row }, { row, expected: width, actual: cells.length }));
      continue;
    }
    const code = cellValue(cells, columns.code).trim();
    const text = cleanText(cellValue(cells, columns.text));
    const parent = cellValue(cells, columns.parent).trim();
    const typeCell = cellValue(cells, columns.type).trim();

    if (!code) problems.push(frameworkProblem('csv.missing-code', { kind: 'cell', row, column: title('code') }, { row, column: title('code') }));
    if (!text) problems.push(frameworkProblem('csv.missing-text', { kind: 'cell', row, column: title('text') }, { row, column: title('text'), code }));
    let type: FrameworkNodeType | null = null;
    if (typeCell) {
      type = nodeTypeFromLabel(typeCell);
      if (type === null) problems.push(frameworkProblem('csv.unknown-type', { kind: 'cell', row, column: title('type') }, { row, column: title('type'), value: typeCell }));
    }
    if (!code) continue;
    nodes.push({ row, code, text, parent, type });
    if (!firstRowOf.has(code)) firstRowOf.set(code, row);
  }

  // Both rows of a duplicate are reported: which one is right is the teacher's call.
  const rowsOf = new Map<string, number[]>();
  for (const node of nodes) appendTo(rowsOf, node.code, node.row);
  for (const node of nodes) {
    const rows = rowsOf.get(node.code)!;
    if (rows.length < 2) continue;
    const otherRow = rows.find((other) => other !== node.row)!;
    problems.push(
      frameworkProblem('csv.duplicate-code', { kind: 'cell', row: node.row, column: title('code') }, { row: node.row, column: title('code'), code: node.code, otherRow }),
    );
  }
  for (const node of nodes) {
    if (node.parent && !firstRowOf.has(node.parent)) {
      const column = title('parent');
      problems.push(frameworkProblem('csv.unknown-parent', { kind: 'cell', row: node.row, column }, { row: node.row, column, code: node.parent }));
    }
  }
  throwIfProblems(problems);

  const parentOf = new Map(nodes.map((node) => [node.code, node.parent || null]));
  const rowOf = new Map(nodes.map((node) => [node.code, node.row]));
  for (const cycle of findParentCycles(nodes.map((node) => node.code), parentOf)) {
    const row = rowOf.get(cycle[0]!)!;
    problems.push(frameworkProblem('csv.cycle', { kind: 'row', row }, { row, codes: describeCycle(cycle), count: cycle.length }));
  }
  throwIfProblems(problems);
  return nodes;
}

function appendTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildNodes(rows: readonly CsvNode[], meta: FrameworkImportMeta): FrameworkNodeDraft[] {
  const byCode = new Map(rows.map((node) => [node.code, node]));
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const node of rows) {
    if (!node.parent) roots.push(node.code);
    else appendTo(children, node.parent, node.code);
  }
  const typeOf = new Map<string, FrameworkNodeType>();
  const drafts: FrameworkNodeDraft[] = [];
  visitPreorder(roots, (code) => children.get(code) ?? [], (code, order, parent) => {
    const node = byCode.get(code)!;
    const type = node.type ?? inferNodeType(parent === null ? null : typeOf.get(parent)!);
    typeOf.set(code, type);
    drafts.push({
      key: code,
      parentKey: parent,
      type,
      code,
      text: node.text,
      textStatus: meta.textStatus ?? 'school',
      order,
      sourceId: null,
    });
  });
  return drafts;
}
