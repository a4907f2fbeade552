export { createDossierDocument, drawDossier, renderDossierPdf, type DossierPdfOptions, type DossierThumbnail } from './render-dossier-pdf';
export { DOSSIER_PDF_LABELS_EN, DOSSIER_PDF_LABELS_NL, type DossierPdfLabels } from './labels';
