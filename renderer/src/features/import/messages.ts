import type { TFunction } from 'i18next';
import type { ImportIssue, ImportPlan } from '../../../../shared/import/plan-student-import';
import type { FileProblem } from '../../../../shared/import/raw-table';
import type { StudentField } from '../../../../shared/import/student-columns';

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toLocaleString('nl-NL', { maximumFractionDigits: 1 });

/** A file-level problem, naming the file: "leerlingen.csv is leeg." */
export function fileProblemMessage(t: TFunction, fileName: string, problem: FileProblem): string {
  switch (problem.code) {
    case 'too-large':
      return t('import.file.tooLarge', { file: fileName, size: megabytes(problem.sizeBytes), max: megabytes(problem.maxBytes) });
    case 'header-only':
      return t('import.file.headerOnly', { file: fileName, row: problem.headerRowNumber });
    case 'too-many-rows':
      return t('import.file.tooManyRows', { file: fileName, count: problem.rowCount, max: problem.maxRows });
    default:
      return t(`import.file.${problem.code}`, { file: fileName });
  }
}

export function fieldLabel(t: TFunction, field: StudentField): string {
  return t(`import.fields.${field}`);
}

/** "Rij 7, kolom ‘Stamnr’: het leerlingnummer ontbreekt." */
export function issueMessage(t: TFunction, issue: ImportIssue): string {
  const where = issue.column ? t('import.where.rowColumn', { row: issue.rowNumber, column: issue.column }) : t('import.where.row', { row: issue.rowNumber });
  const what = t(`import.issues.${issue.code}`, {
    field: issue.field ? fieldLabel(t, issue.field) : '',
    value: issue.value ?? '',
    otherRow: issue.otherRowNumber,
    expected: issue.expectedColumns,
    actual: issue.actualColumns,
    existing: issue.existingName ?? '',
  });
  return `${where}: ${what}`;
}

/** Short form for the summary line: "rij 7, leerlingnummer ontbreekt". */
function issueShort(t: TFunction, issue: ImportIssue): string {
  return t(`import.short.${issue.code}`, { row: issue.rowNumber, field: issue.field ? fieldLabel(t, issue.field).toLowerCase() : '' });
}

const SUMMARY_ISSUES = 3;

/** "12 toegevoegd, 3 bijgewerkt, 1 overgeslagen: rij 7, leerlingnummer ontbreekt" */
export function summaryLine(t: TFunction, plan: ImportPlan): string {
  const { counts } = plan;
  const parts = [
    counts.add > 0 || (counts.update === 0 && counts.unchanged === 0) ? t('import.summary.added', { count: counts.add }) : null,
    counts.update > 0 ? t('import.summary.updated', { count: counts.update }) : null,
    counts.unchanged > 0 ? t('import.summary.unchanged', { count: counts.unchanged }) : null,
    counts.skip > 0 ? t('import.summary.skipped', { count: counts.skip }) : null,
  ].filter(Boolean);
  let line = parts.join(', ');
  if (counts.skip > 0) {
    const firstPerRow = plan.rows.flatMap((row) => (row.kind === 'skip' && row.issues[0] ? [row.issues[0]] : []));
    const shown = firstPerRow.slice(0, SUMMARY_ISSUES).map((issue) => issueShort(t, issue));
    const more = firstPerRow.length - shown.length;
    line += `: ${shown.join('; ')}${more > 0 ? ` ${t('import.summary.more', { count: more })}` : ''}`;
  }
  return line;
}
