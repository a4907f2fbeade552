export { renderGrowthProfilePdf, type GrowthProfilePdfInput } from './render-growth-profile-pdf';
export { GROWTH_PROFILE_PDF_LABELS_NL, type GrowthProfilePdfLabels } from './labels';
