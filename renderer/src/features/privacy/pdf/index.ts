export { renderStudentExportPdf, type StudentExportPdfInput } from './render-student-export-pdf';
export { STUDENT_EXPORT_PDF_LABELS_EN, STUDENT_EXPORT_PDF_LABELS_NL, type StudentExportPdfLabels } from './labels';
