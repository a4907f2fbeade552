export { drawPta, renderPtaPdf, type PtaPdfContent, type PtaPdfInput, type PtaPdfNode } from './render-pta-pdf';
export { PTA_PDF_LABELS_EN, PTA_PDF_LABELS_NL, type PtaPdfLabels } from './labels';
