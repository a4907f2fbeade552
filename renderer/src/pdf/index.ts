/**
 * Printable documents (rubric, opdrachtkaart, feedback form, PTA, examendossier) share this
 * layer: fonts loaded once, an A4 document with metadata, flow layout with page breaks,
 * tables that keep rows whole, colours, and the bytes at the end.
 *
 *   const fonts = await loadPdfFonts();
 *   const pdf = createPdfDocument({ fonts, title, orientation: 'landscape' });
 *   drawDocumentHeader(pdf, { kicker: 'Rubric', title });
 *   drawTable(pdf, { columns, head, body });
 *   const bytes = toBytes(pdf);
 */
export { PDF_COLORS, colorOr, contrastRatio, hexToRgb, readableTextColor, relativeLuminance, rgbToHex, tint, type Rgb } from './colors';
export {
  createPdfDocument,
  DEFAULT_MARGINS,
  type PdfDocument,
  type PdfDocumentOptions,
  type PdfMargins,
  type PdfOrientation,
  type PdfSection,
} from './create-document';
export {
  fetchBundledFonts,
  loadPdfFonts,
  PDF_FONT_FAMILY,
  preparePdfFonts,
  resetPdfFontCache,
  type PdfFontBytes,
  type PdfFontLoader,
  type PdfFonts,
  type PdfFontStyle,
} from './fonts';
export { formatDate, formatDateRange, formatDay, formatFixed, formatNumber, dateFromIso, type PdfDayFormatOptions, type PdfLanguage } from './format';
export { PDF_LABELS_NL, type PdfLabels } from './labels';
export {
  addPage,
  atPageTop,
  contentBottom,
  drawChecklist,
  drawDocumentHeader,
  drawHeading,
  drawParagraph,
  drawRule,
  ensureSpace,
  moveDown,
  remainingSpace,
  stampPageFurniture,
  startSection,
  updateSection,
  type PdfChecklistOptions,
  type PdfDocumentHeader,
  type PdfFlowOptions,
  type PdfHeadingOptions,
  type PdfSectionOptions,
} from './layout';
export { columnWidths, drawTable, type PdfCell, type PdfCellInput, type PdfTableColumn, type PdfTableOptions } from './table';
export { drawWrapped, lineHeightMm, PDF_LINE_HEIGHT, PDF_TEXT_SIZE, plainText, setFont, wrapBlocks, type PdfAlign, type PdfTextBlock, type WrappedText } from './text';
export { drawNoteBand } from './note-band';
export { toBytes } from './to-bytes';
