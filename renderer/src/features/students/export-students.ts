import type { TFunction } from 'i18next';
import { writeCsv } from '../../../../shared/csv/write-csv';
import type { StudentListRow } from '../../../../shared/domain/student-list';
import { platform } from '../../platform';

/**
 * Exports the rows on screen as a CSV that Dutch Excel opens correctly (";" and a BOM), with
 * spreadsheet formulas neutralised. Columns follow Magister's names so the file imports back.
 */
export async function exportStudentsCsv(t: TFunction, rows: readonly StudentListRow[]): Promise<string | null> {
  const csv = writeCsv([
    ['Leerlingnummer', 'Roepnaam', 'Tussenvoegsel', 'Achternaam', 'Klas', 'Cohort'],
    ...rows.map((row) => [
      row.student.leerlingnummer,
      row.student.roepnaam,
      row.student.tussenvoegsel,
      row.student.achternaam,
      row.groupName,
      row.cohortName,
    ]),
  ]);
  const result = await platform.saveFile({
    suggestedName: `${t('students.exportFileName')}.csv`,
    filters: [{ name: 'CSV', extensions: ['csv'] }],
    data: new TextEncoder().encode(csv),
  });
  return result.status === 'saved' ? result.fileName : null;
}
