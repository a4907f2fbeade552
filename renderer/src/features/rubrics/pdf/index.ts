export { drawRubric, renderRubricPdf, type RubricPdfContent, type RubricPdfInput, type RubricPdfNode, type RubricPdfNodeLookup } from './render-rubric-pdf';
export { RUBRIC_PDF_LABELS_NL, type RubricPdfLabels } from './labels';
