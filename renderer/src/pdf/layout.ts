import type { PdfDocument, PdfSection } from './create-document';
import { PDF_COLORS, type Rgb } from './colors';
import { formatDate, formatNumber } from './format';
import { drawWrapped, lineHeightMm, PDF_TEXT_SIZE, setFont, wrapBlocks, type PdfTextBlock, type WrappedText } from './text';

/**
 * Flow layout on top of jsPDF: blocks are placed at the document's cursor (`pdf.y`) and move it
 * down; a block that does not fit on the rest of the page starts a new one. Page furniture
 * (footer with "pagina x van y", running title) is stamped at the end, when the page count of
 * every section is known.
 */

const EPSILON = 0.01;

/** The lowest y text may reach on a page. */
export function contentBottom(pdf: PdfDocument): number {
  return pdf.pageHeight - pdf.margins.bottom;
}

export function remainingSpace(pdf: PdfDocument): number {
  return contentBottom(pdf) - pdf.y;
}

/** Whether nothing has been placed on the current page yet. */
export function atPageTop(pdf: PdfDocument): boolean {
  return pdf.y <= pdf.margins.top + EPSILON;
}

export function addPage(pdf: PdfDocument): void {
  assertOpen(pdf);
  pdf.jspdf.addPage();
  pdf.y = pdf.margins.top;
}

/**
 * Makes sure `height` mm fit below the cursor, starting a new page if not. A block taller than a
 * whole page is placed at the top of a fresh page (and must break itself). Returns whether a
 * page was added.
 */
export function ensureSpace(pdf: PdfDocument, height: number): boolean {
  if (pdf.y + height <= contentBottom(pdf) + EPSILON || atPageTop(pdf)) return false;
  addPage(pdf);
  return true;
}

export function moveDown(pdf: PdfDocument, mm: number): void {
  pdf.y = Math.min(pdf.y + mm, contentBottom(pdf));
}

export interface PdfSectionOptions {
  /** Left in the footer of each page of the section, e.g. the student's name and the document. */
  footerText?: string;
  /** Small at the top of the section's later pages, so a loose page still says what it is. */
  runningTitle?: string;
}

/**
 * Starts a section on a new page (or on the current one if it is still empty). Each section
 * numbers its own pages: in a batch of 30 examendossiers every student's part says
 * "pagina 1 van 3", "pagina 2 van 3", … The first section exists from the start.
 */
export function startSection(pdf: PdfDocument, options: PdfSectionOptions = {}): void {
  assertOpen(pdf);
  if (!atPageTop(pdf)) addPage(pdf);
  const section: PdfSection = {
    firstPage: pdf.jspdf.getNumberOfPages(),
    footerText: options.footerText ?? '',
    runningTitle: options.runningTitle ?? '',
  };
  const last = pdf.sections.at(-1);
  if (last && last.firstPage === section.firstPage) pdf.sections[pdf.sections.length - 1] = section;
  else pdf.sections.push(section);
}

/** Sets the footer and running title of the current section (e.g. the first one). */
export function updateSection(pdf: PdfDocument, options: PdfSectionOptions): void {
  const last = pdf.sections.at(-1);
  if (!last) return;
  if (options.footerText !== undefined) last.footerText = options.footerText;
  if (options.runningTitle !== undefined) last.runningTitle = options.runningTitle;
}

export interface PdfDocumentHeader {
  /** Small, above the title: the kind of document ("Rubric", "Opdrachtkaart"). */
  kicker?: string;
  title: string;
  /** Below the title: "versie 2 · maximaal 24 punten". */
  subtitle?: string;
  /** Right-aligned beside the title: school, teacher, group. Empty entries are skipped. */
  aside?: readonly (string | null | undefined)[];
}

/** The header at the top of a section's first page, with a rule below it. */
export function drawDocumentHeader(pdf: PdfDocument, header: PdfDocumentHeader): void {
  assertOpen(pdf);
  const asideLines = (header.aside ?? []).filter((line): line is string => Boolean(line?.trim()));
  const asideWidth = asideLines.length > 0 ? Math.min(80, pdf.contentWidth * 0.3) : 0;
  const asideText = wrapBlocks(
    pdf,
    asideLines.map((text) => ({ text, size: PDF_TEXT_SIZE.small, color: PDF_COLORS.muted })),
    asideWidth,
  );
  const mainWidth = pdf.contentWidth - (asideWidth > 0 ? asideWidth + 8 : 0);
  const blocks: PdfTextBlock[] = [];
  if (header.kicker) blocks.push({ text: header.kicker.toUpperCase(), style: 'bold', size: PDF_TEXT_SIZE.small, color: PDF_COLORS.primary });
  blocks.push({ text: header.title, style: 'bold', size: PDF_TEXT_SIZE.title, gapBefore: 1 });
  if (header.subtitle) blocks.push({ text: header.subtitle, size: PDF_TEXT_SIZE.subtitle, color: PDF_COLORS.muted, gapBefore: 1 });
  const mainText = wrapBlocks(pdf, blocks, mainWidth);

  const height = Math.max(mainText.height, asideText.height);
  ensureSpace(pdf, height + 6);
  const top = pdf.y;
  drawWrapped(pdf, mainText, pdf.margins.left, top, mainWidth);
  if (asideWidth > 0) {
    // Bottom-aligned with the title block, so school and teacher sit on the subtitle's line.
    const asideTop = top + Math.max(0, mainText.height - asideText.height);
    drawWrapped(pdf, asideText, pdf.margins.left + pdf.contentWidth - asideWidth, asideTop, asideWidth, 'right');
  }
  pdf.y = top + height + 2;
  drawRule(pdf, PDF_COLORS.rule, 0.4);
  pdf.y += 3.5;
}

/** A horizontal line across the content width at the cursor. */
export function drawRule(pdf: PdfDocument, color: Rgb = PDF_COLORS.border, width = 0.25): void {
  assertOpen(pdf);
  pdf.jspdf.setDrawColor(color[0], color[1], color[2]);
  pdf.jspdf.setLineWidth(width);
  pdf.jspdf.line(pdf.margins.left, pdf.y, pdf.margins.left + pdf.contentWidth, pdf.y);
}

export interface PdfFlowOptions {
  /** Space below, mm. Default 3. */
  gapAfter?: number;
  /** Left indent, mm. */
  indent?: number;
}

/**
 * Running text (one or more blocks) that may break between lines across pages; a single
 * orphaned line at the bottom of a page is avoided by keeping at least two lines together.
 */
export function drawParagraph(pdf: PdfDocument, content: string | readonly PdfTextBlock[], options: PdfFlowOptions = {}): void {
  assertOpen(pdf);
  const indent = options.indent ?? 0;
  const blocks = typeof content === 'string' ? [{ text: content }] : content;
  const wrapped = wrapBlocks(pdf, blocks, pdf.contentWidth - indent);
  for (const [blockIndex, block] of wrapped.blocks.entries()) {
    if (blockIndex > 0) pdf.y += block.gapBefore;
    for (const [lineIndex, line] of block.lines.entries()) {
      const keep = lineIndex === 0 && block.lines.length > 1 ? 2 : 1;
      ensureSpace(pdf, block.lineHeight * keep);
      const single: WrappedText = { blocks: [{ ...block, lines: [line], gapBefore: 0 }], height: block.lineHeight, width: 0 };
      drawWrapped(pdf, single, pdf.margins.left + indent, pdf.y, pdf.contentWidth - indent);
      pdf.y += block.lineHeight;
    }
  }
  pdf.y += options.gapAfter ?? 3;
}

export interface PdfHeadingOptions {
  /** Keep this much space (mm) below the heading on the same page, so it is never orphaned. Default 15. */
  keepWithNext?: number;
  /** Default PDF_TEXT_SIZE.heading. */
  size?: number;
  color?: Rgb;
}

export function drawHeading(pdf: PdfDocument, text: string, options: PdfHeadingOptions = {}): void {
  assertOpen(pdf);
  const wrapped = wrapBlocks(pdf, [{ text, style: 'bold', size: options.size ?? PDF_TEXT_SIZE.heading, color: options.color }], pdf.contentWidth);
  ensureSpace(pdf, wrapped.height + (options.keepWithNext ?? 15));
  drawWrapped(pdf, wrapped, pdf.margins.left, pdf.y, pdf.contentWidth);
  pdf.y += wrapped.height + 1.5;
}

export interface PdfChecklistOptions extends PdfFlowOptions {
  /** pt; default PDF_TEXT_SIZE.body. */
  size?: number;
  /** Items side by side in this many columns (row by row). Default 1. */
  columns?: number;
}

/**
 * Items with an empty tick box in front, to tick off on paper. An item never breaks across
 * pages; with several columns a row of items stays together.
 */
export function drawChecklist(pdf: PdfDocument, items: readonly string[], options: PdfChecklistOptions = {}): void {
  assertOpen(pdf);
  const size = options.size ?? PDF_TEXT_SIZE.body;
  const indent = options.indent ?? 0;
  const columns = Math.max(1, Math.floor(options.columns ?? 1));
  const columnGap = 6;
  const columnWidth = (pdf.contentWidth - indent - (columns - 1) * columnGap) / columns;
  const box = size * 0.36; // mm: about the cap height plus a little
  const gap = 2.2;
  const textWidth = columnWidth - box - gap;
  const lineHeight = lineHeightMm(size);
  const wrapped = items.map((item) => wrapBlocks(pdf, [{ text: item, size }], textWidth)).filter((text) => text.blocks.length > 0);
  for (let start = 0; start < wrapped.length; start += columns) {
    const row = wrapped.slice(start, start + columns);
    const height = Math.max(...row.map((text) => text.height));
    ensureSpace(pdf, height);
    row.forEach((text, column) => {
      const x = pdf.margins.left + indent + column * (columnWidth + columnGap);
      pdf.jspdf.setDrawColor(...PDF_COLORS.text);
      pdf.jspdf.setLineWidth(0.3);
      pdf.jspdf.rect(x, pdf.y + (lineHeight - box) / 2, box, box, 'S');
      drawWrapped(pdf, text, x + box + gap, pdf.y, textWidth);
    });
    pdf.y += height + 1;
  }
  pdf.y += (options.gapAfter ?? 3) - 1;
}

/**
 * Footer on every page (section text, date of issue, "pagina x van y" counted per section) and
 * the running title on a section's later pages. Called once, by toBytes.
 */
export function stampPageFurniture(pdf: PdfDocument): void {
  if (pdf.finished) return;
  const doc = pdf.jspdf;
  const pages = doc.getNumberOfPages();
  const issued = pdf.labels.issuedOn(formatDate(pdf.issuedOn, pdf.language));
  const left = pdf.margins.left;
  const right = pdf.pageWidth - pdf.margins.right;
  const footerBaseline = pdf.pageHeight - Math.min(8, pdf.margins.bottom / 2);
  const ruleY = footerBaseline - 4;
  const thirdWidth = pdf.contentWidth / 3 - 4;

  pdf.sections.forEach((section, index) => {
    const next = pdf.sections[index + 1];
    const last = next ? next.firstPage - 1 : pages;
    const count = last - section.firstPage + 1;
    for (let page = section.firstPage; page <= last; page += 1) {
      doc.setPage(page);
      setFont(pdf, 'normal', PDF_TEXT_SIZE.furniture, PDF_COLORS.muted);
      doc.setDrawColor(...PDF_COLORS.border);
      doc.setLineWidth(0.25);
      doc.line(left, ruleY, right, ruleY);
      if (section.footerText) doc.text(fitLine(pdf, section.footerText, thirdWidth), left, footerBaseline);
      doc.text(issued, (left + right) / 2, footerBaseline, { align: 'center' });
      const pageLabel = pdf.labels.pageOf(formatNumber(page - section.firstPage + 1, pdf.language), formatNumber(count, pdf.language));
      doc.text(pageLabel, right, footerBaseline, { align: 'right' });
      if (page > section.firstPage && section.runningTitle) {
        doc.text(fitLine(pdf, section.runningTitle, pdf.contentWidth), left, Math.max(6, pdf.margins.top - 6));
      }
    }
  });
  pdf.finished = true;
}

/** The text cut to one line of `width` mm with an ellipsis, in the current font. */
function fitLine(pdf: PdfDocument, text: string, width: number): string {
  const doc = pdf.jspdf;
  if (doc.getTextWidth(text) <= width) return text;
  let cut = text.slice(0, 200);
  while (cut.length > 1 && doc.getTextWidth(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

function assertOpen(pdf: PdfDocument): void {
  if (pdf.finished) throw new Error('This PDF document is finished; draw before calling toBytes.');
}
