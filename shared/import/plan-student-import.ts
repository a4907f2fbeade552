import { looksLikeFormula } from '../csv/formula';
import { groupNameKey, type Group } from '../domain/group';
import { isLive } from '../domain/record';
import { fullName, searchKey, type Student } from '../domain/student';
import { LEERLINGNUMMER_PATTERN } from '../validation/student-input';
import type { RawTable } from './raw-table';
import { STUDENT_FIELDS, type ColumnMapping, type StudentField } from './student-columns';

export type ImportIssueCode =
  | 'too-few-columns'
  | 'too-many-columns'
  | 'missing-value'
  | 'formula'
  | 'invalid-leerlingnummer'
  | 'too-long'
  | 'duplicate-in-file'
  | 'clash-existing'
  | 'no-group';

/** One problem with one row; `column` is the column title as it appears in the file. */
export interface ImportIssue {
  code: ImportIssueCode;
  rowNumber: number;
  column: string | null;
  field: StudentField | null;
  value?: string;
  otherRowNumber?: number;
  expectedColumns?: number;
  actualColumns?: number;
  existingName?: string;
}

export type GroupTarget = { kind: 'existing'; groupId: string } | { kind: 'new'; key: string };

export interface StudentValues {
  leerlingnummer: string;
  roepnaam: string;
  tussenvoegsel: string;
  achternaam: string;
  group: GroupTarget;
}

export type PlannedRow =
  | { kind: 'add'; rowNumber: number; values: StudentValues }
  | { kind: 'update'; rowNumber: number; existingId: string; values: StudentValues; changed: StudentField[]; restore: boolean }
  | { kind: 'unchanged'; rowNumber: number; existingId: string }
  | { kind: 'skip'; rowNumber: number; issues: ImportIssue[] };

export interface ImportPlan {
  rows: PlannedRow[];
  /** Groups to create in the target cohort: normalised key → name as first written in the file. */
  newGroups: Map<string, string>;
  issues: ImportIssue[];
  counts: { add: number; update: number; unchanged: number; skip: number };
  /** Students already in a group this file fills who are not in the file: kept, but reported. */
  notInFile: { groupId: string; count: number }[];
}

export interface PlanInput {
  table: RawTable;
  mapping: ColumnMapping;
  /** Every stored student, including archived and deleted ones (a number stays with its student). */
  existingStudents: readonly Student[];
  /** Every live group of every cohort. */
  groups: readonly Group[];
  /** Group names in the file are looked up, or created, in this cohort. */
  cohortId: string;
  /** For rows without a group (no Klas column, or an empty cell). */
  defaultGroupId: string | null;
}

const MAX_NAME_LENGTH = 80;

function numberKey(leerlingnummer: string): string {
  return leerlingnummer.trim().toUpperCase();
}

function sameName(a: string, b: string): boolean {
  return searchKey(a.trim()) === searchKey(b.trim());
}

interface RowCells {
  values: Record<StudentField, string>;
  issues: ImportIssue[];
}

function readRow(table: RawTable, mapping: ColumnMapping, cells: readonly string[], rowNumber: number): RowCells {
  const issues: ImportIssue[] = [];
  const values = { leerlingnummer: '', roepnaam: '', tussenvoegsel: '', achternaam: '', groep: '' };
  const columnTitle = (index: number) => table.header[index] || `kolom ${index + 1}`;

  const missingMapped = STUDENT_FIELDS.filter((field) => {
    const column = mapping[field];
    return column !== null && column >= cells.length;
  });
  if (missingMapped.length > 0) {
    issues.push({
      code: 'too-few-columns',
      rowNumber,
      column: columnTitle(mapping[missingMapped[0]!]!),
      field: missingMapped[0]!,
      expectedColumns: table.header.length,
      actualColumns: cells.length,
    });
    return { values, issues };
  }
  const overflow = cells.slice(table.header.length);
  if (overflow.some((cell) => cell.trim() !== '')) {
    issues.push({
      code: 'too-many-columns',
      rowNumber,
      column: null,
      field: null,
      expectedColumns: table.header.length,
      actualColumns: cells.length,
    });
    return { values, issues };
  }

  for (const field of STUDENT_FIELDS) {
    const column = mapping[field];
    if (column === null) continue;
    const value = (cells[column] ?? '').trim();
    values[field] = value;
    const issueBase = { rowNumber, column: columnTitle(column), field, value };
    if (looksLikeFormula(value)) issues.push({ code: 'formula', ...issueBase });
    else if (value.length > MAX_NAME_LENGTH) issues.push({ code: 'too-long', ...issueBase });
  }
  for (const field of ['leerlingnummer', 'roepnaam', 'achternaam'] as const) {
    const column = mapping[field];
    if (column !== null && values[field] === '') {
      issues.push({ code: 'missing-value', rowNumber, column: columnTitle(column), field });
    }
  }
  const numberColumn = mapping.leerlingnummer;
  if (
    numberColumn !== null &&
    values.leerlingnummer !== '' &&
    !looksLikeFormula(values.leerlingnummer) &&
    !LEERLINGNUMMER_PATTERN.test(values.leerlingnummer)
  ) {
    issues.push({
      code: 'invalid-leerlingnummer',
      rowNumber,
      column: columnTitle(numberColumn),
      field: 'leerlingnummer',
      value: values.leerlingnummer,
    });
  }
  return { values, issues };
}

/**
 * Decides, row by row, what importing a student list would do, without writing anything.
 * Rules: merge by leerlingnummer (update the student who has it, add the rest), never delete;
 * a number that appears twice in the file is ambiguous, so every row with it is skipped; a
 * number whose stored student has an entirely different name is a clash and is skipped.
 * The repository runs the same plan again inside its write transaction.
 */
export function planStudentImport(input: PlanInput): ImportPlan {
  const { table, mapping } = input;
  const byNumber = new Map<string, Student>();
  for (const student of input.existingStudents) {
    const key = numberKey(student.leerlingnummer);
    const current = byNumber.get(key);
    // A live student wins over a deleted one that had the same number.
    if (!current || (!isLive(current) && isLive(student))) byNumber.set(key, student);
  }
  const groupsById = new Map(input.groups.map((group) => [group.id, group]));
  const cohortGroups = new Map(
    input.groups.filter((group) => group.cohortId === input.cohortId && isLive(group)).map((g) => [groupNameKey(g.name), g]),
  );

  const read = table.rows.map((row) => ({ rowNumber: row.rowNumber, ...readRow(table, mapping, row.cells, row.rowNumber) }));

  // Duplicate numbers within the file: all rows with that number are ambiguous.
  const rowsByNumber = new Map<string, number[]>();
  for (const row of read) {
    if (row.values.leerlingnummer === '') continue;
    const key = numberKey(row.values.leerlingnummer);
    rowsByNumber.set(key, [...(rowsByNumber.get(key) ?? []), row.rowNumber]);
  }

  const newGroups = new Map<string, string>();
  const rows: PlannedRow[] = [];
  const filledGroupIds = new Set<string>();
  const numbersInFile = new Set(rowsByNumber.keys());

  for (const row of read) {
    const issues = [...row.issues];
    const { values } = row;
    const key = numberKey(values.leerlingnummer);
    const numberColumn = mapping.leerlingnummer === null ? null : (table.header[mapping.leerlingnummer] ?? null);

    if (issues.length === 0) {
      const sameNumberRows = rowsByNumber.get(key) ?? [];
      if (sameNumberRows.length > 1) {
        const other = sameNumberRows.find((n) => n !== row.rowNumber)!;
        issues.push({
          code: 'duplicate-in-file',
          rowNumber: row.rowNumber,
          column: numberColumn,
          field: 'leerlingnummer',
          value: values.leerlingnummer,
          otherRowNumber: other,
        });
      }
    }
    const existing = byNumber.get(key);
    if (issues.length === 0 && existing && isLive(existing)) {
      const differentPerson = !sameName(existing.roepnaam, values.roepnaam) && !sameName(existing.achternaam, values.achternaam);
      if (differentPerson) {
        issues.push({
          code: 'clash-existing',
          rowNumber: row.rowNumber,
          column: numberColumn,
          field: 'leerlingnummer',
          value: values.leerlingnummer,
          existingName: fullName(existing),
        });
      }
    }

    let group: GroupTarget | null = null;
    if (issues.length === 0) {
      if (values.groep !== '') {
        const groupKey = groupNameKey(values.groep);
        const found = cohortGroups.get(groupKey);
        if (found) group = { kind: 'existing', groupId: found.id };
        else {
          if (!newGroups.has(groupKey)) newGroups.set(groupKey, values.groep.trim());
          group = { kind: 'new', key: groupKey };
        }
      } else if (input.defaultGroupId && groupsById.has(input.defaultGroupId)) {
        group = { kind: 'existing', groupId: input.defaultGroupId };
      } else {
        issues.push({
          code: 'no-group',
          rowNumber: row.rowNumber,
          column: mapping.groep === null ? null : (table.header[mapping.groep] ?? null),
          field: 'groep',
        });
      }
    }

    if (issues.length > 0 || !group) {
      rows.push({ kind: 'skip', rowNumber: row.rowNumber, issues });
      continue;
    }
    if (group.kind === 'existing') filledGroupIds.add(group.groupId);

    const studentValues: StudentValues = {
      leerlingnummer: values.leerlingnummer,
      roepnaam: values.roepnaam,
      tussenvoegsel: values.tussenvoegsel,
      achternaam: values.achternaam,
      group,
    };
    if (!existing) {
      rows.push({ kind: 'add', rowNumber: row.rowNumber, values: studentValues });
      continue;
    }
    const changed: StudentField[] = [];
    if (existing.roepnaam !== values.roepnaam) changed.push('roepnaam');
    if (mapping.tussenvoegsel !== null && existing.tussenvoegsel !== values.tussenvoegsel) changed.push('tussenvoegsel');
    if (existing.achternaam !== values.achternaam) changed.push('achternaam');
    if (group.kind === 'new' || group.groupId !== existing.groupId) changed.push('groep');
    if (mapping.tussenvoegsel === null) studentValues.tussenvoegsel = existing.tussenvoegsel;
    const restore = !isLive(existing);
    if (changed.length === 0 && !restore) rows.push({ kind: 'unchanged', rowNumber: row.rowNumber, existingId: existing.id });
    else rows.push({ kind: 'update', rowNumber: row.rowNumber, existingId: existing.id, values: studentValues, changed, restore });
  }

  const notInFileCounts = new Map<string, number>();
  for (const student of input.existingStudents) {
    if (!isLive(student) || student.archivedAt != null) continue;
    if (!filledGroupIds.has(student.groupId) || numbersInFile.has(numberKey(student.leerlingnummer))) continue;
    notInFileCounts.set(student.groupId, (notInFileCounts.get(student.groupId) ?? 0) + 1);
  }

  const counts = { add: 0, update: 0, unchanged: 0, skip: 0 };
  for (const row of rows) counts[row.kind === 'add' ? 'add' : row.kind]++;
  return {
    rows,
    newGroups,
    issues: rows.flatMap((row) => (row.kind === 'skip' ? row.issues : [])),
    counts,
    notInFile: [...notInFileCounts].map(([groupId, count]) => ({ groupId, count })),
  };
}
