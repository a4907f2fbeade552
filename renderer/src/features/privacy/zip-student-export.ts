import { strToU8, zipSync, type Zippable } from 'fflate';
import type { StudentExport } from '../../../../shared/privacy/student-export';

export const EXPORT_JSON_NAME = 'student.json';
export const EXPORT_PDF_NAME = 'gegevens.pdf';

/**
 * The AVG export as one zip: student.json (the documented shape of shared/privacy), the
 * readable PDF and every evidence file at the path the JSON names. Photos and PDFs are
 * compressed already, so evidence is stored as is (level 0) and the zip is made quickly.
 */
export function zipStudentExport(data: StudentExport, pdf: Uint8Array, evidenceBytes: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const files: Zippable = {
    [EXPORT_JSON_NAME]: strToU8(`${JSON.stringify(data, null, 2)}\n`),
    [EXPORT_PDF_NAME]: [pdf, { level: 0 }],
  };
  for (const entry of data.evidence) {
    const bytes = evidenceBytes.get(entry.id);
    if (bytes) files[entry.path] = [bytes, { level: 0 }];
  }
  return zipSync(files, { level: 6 });
}
