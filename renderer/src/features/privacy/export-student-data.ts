import type { TFunction } from 'i18next';
import type { SchoolSettings } from '../../../../shared/domain/school-settings';
import { fullName } from '../../../../shared/domain/student';
import { buildStudentExport } from '../../../../shared/privacy/student-export';
import { readStudentData } from '../../db/repositories/student-data';
import { platform } from '../../platform';
import { personFileName } from './file-name';
import { pageLabels } from '../rubrics/export-rubric';
import { zipStudentExport } from './zip-student-export';

/**
 * Everything held about one student (AVG art. 15) as one zip with student.json, a readable PDF
 * and the evidence files; saved through the platform (a save dialog on the desktop, a download
 * in the browser). Returns the saved file's name, or null when cancelled or the student is gone.
 */
export async function exportStudentData(t: TFunction, studentId: string, settings: SchoolSettings): Promise<string | null> {
  const [{ loadPdfFonts }, pdf, data] = await Promise.all([import('../../pdf'), import('./pdf'), readStudentData(studentId)]);
  if (!data) return null;
  const english = t('pdf.language') === 'en';
  const content = buildStudentExport(data, { exportedAt: new Date(), observationScale: settings.observationScale });
  const pdfBytes = pdf.renderStudentExportPdf({
    fonts: await loadPdfFonts(),
    data: content,
    school: settings.schoolName || undefined,
    labels: english ? pdf.STUDENT_EXPORT_PDF_LABELS_EN : pdf.STUDENT_EXPORT_PDF_LABELS_NL,
    language: english ? 'en' : 'nl',
    pageLabels: pageLabels(t),
  });
  const evidence = new Map<string, Uint8Array>();
  await Promise.all(data.bewijs.map(async (b) => evidence.set(b.id, new Uint8Array(await b.blob.arrayBuffer()))));
  const zip = zipStudentExport(content, pdfBytes, evidence);
  const result = await platform.saveFile({
    suggestedName: `${t('privacy.export.fileName')}-${personFileName(fullName(data.student))}.zip`,
    filters: [{ name: 'Zip', extensions: ['zip'] }],
    data: zip,
  });
  return result.status === 'saved' ? result.fileName : null;
}
