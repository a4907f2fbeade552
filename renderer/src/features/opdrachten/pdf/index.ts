export {
  renderOpdrachtkaartPdf,
  type OpdrachtkaartOpdracht,
  type OpdrachtkaartPdfInput,
  type OpdrachtkaartRubric,
} from './render-opdrachtkaart-pdf';
export {
  feedbackFormCriteria,
  feedbackFormTeams,
  renderFeedbackFormPdf,
  type FeedbackFormCriteria,
  type FeedbackFormPdfInput,
  type FeedbackFormRubric,
  type FeedbackFormTeam,
} from './render-feedback-form-pdf';
export { opdrachtDeadline, type OpdrachtDeadline, type PdfGoalNode, type PdfGoalNodeLookup } from './common';
export {
  FEEDBACK_FORM_PDF_LABELS_EN,
  FEEDBACK_FORM_PDF_LABELS_NL,
  OPDRACHTKAART_PDF_LABELS_EN,
  OPDRACHTKAART_PDF_LABELS_NL,
  type FeedbackFormPdfLabels,
  type OpdrachtkaartPdfLabels,
} from './labels';
