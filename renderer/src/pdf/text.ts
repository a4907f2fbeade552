import type { PdfDocument } from './create-document';
import { PDF_COLORS, type Rgb } from './colors';
import type { PdfFontStyle } from './fonts';

/**
 * Text measured before it is drawn: every helper that has to decide where a page breaks, or
 * how tall a table cell is, first wraps its text into lines with the real font, size and
 * weight, then draws exactly those lines. All sizes are in points, all distances in mm.
 */

/** Type sizes in pt. Body text is 10 pt and nothing a reader needs is below 9 pt. */
export const PDF_TEXT_SIZE = {
  title: 16,
  subtitle: 11,
  heading: 12,
  body: 10,
  small: 9,
  /** Page furniture only (footer, running header). */
  furniture: 8,
} as const;

export const PDF_LINE_HEIGHT = 1.22;

const MM_PER_PT = 25.4 / 72;

/** The height of one line of text in mm. */
export function lineHeightMm(sizePt: number): number {
  return sizePt * PDF_LINE_HEIGHT * MM_PER_PT;
}

/** A paragraph of one style. Several blocks make a cell or a section with mixed styles. */
export interface PdfTextBlock {
  text: string;
  /** Default 'normal'. */
  style?: PdfFontStyle;
  /** pt; default PDF_TEXT_SIZE.body. */
  size?: number;
  /** Default the document's text colour. */
  color?: Rgb;
  /** Space above this block in mm (ignored for the first block). */
  gapBefore?: number;
  /** Indent of this block in mm (e.g. a list under a heading). */
  indent?: number;
}

export interface WrappedBlock {
  lines: string[];
  style: PdfFontStyle;
  size: number;
  color: Rgb;
  gapBefore: number;
  indent: number;
  lineHeight: number;
}

export interface WrappedText {
  blocks: WrappedBlock[];
  /** Total height in mm. */
  height: number;
  /** The widest line in mm (for centring and shrink-to-fit). */
  width: number;
}

export function setFont(pdf: PdfDocument, style: PdfFontStyle, sizePt: number, color: Rgb = PDF_COLORS.text): void {
  pdf.jspdf.setFont(pdf.fonts.family, style);
  pdf.jspdf.setFontSize(sizePt);
  pdf.jspdf.setTextColor(color[0], color[1], color[2]);
}

/** Wraps blocks to `width` mm with their own font and size; empty blocks take no space. */
export function wrapBlocks(pdf: PdfDocument, blocks: readonly PdfTextBlock[], width: number): WrappedText {
  const wrapped: WrappedBlock[] = [];
  let height = 0;
  let widest = 0;
  for (const block of blocks) {
    const text = block.text.trim();
    if (text === '') continue;
    const style = block.style ?? 'normal';
    const size = block.size ?? PDF_TEXT_SIZE.body;
    const indent = block.indent ?? 0;
    setFont(pdf, style, size);
    const lines = (pdf.jspdf.splitTextToSize(text, Math.max(1, width - indent)) as string[]).map((line) => line.trimEnd());
    const gapBefore = wrapped.length === 0 ? 0 : (block.gapBefore ?? 0);
    const lineHeight = lineHeightMm(size);
    for (const line of lines) widest = Math.max(widest, indent + pdf.jspdf.getTextWidth(line));
    wrapped.push({ lines, style, size, color: block.color ?? PDF_COLORS.text, gapBefore, indent, lineHeight });
    height += gapBefore + lines.length * lineHeight;
  }
  return { blocks: wrapped, height, width: widest };
}

export type PdfAlign = 'left' | 'center' | 'right';

/**
 * Draws wrapped text with its top-left corner at (x, y); `width` is the box used for centred
 * or right-aligned lines. The baseline sits at the same place in the line box as a browser
 * puts it, so a row of cells lines up.
 */
export function drawWrapped(pdf: PdfDocument, text: WrappedText, x: number, y: number, width: number, align: PdfAlign = 'left'): void {
  let top = y;
  for (const block of text.blocks) {
    top += block.gapBefore;
    setFont(pdf, block.style, block.size, block.color);
    const sizeMm = block.size * MM_PER_PT;
    // DejaVu Sans: ascender 0.93 em, descender 0.24 em; centre that box in the line box.
    const baselineOffset = (block.lineHeight - 1.17 * sizeMm) / 2 + 0.93 * sizeMm;
    for (const line of block.lines) {
      const baseline = top + baselineOffset;
      if (align === 'left') pdf.jspdf.text(line, x + block.indent, baseline);
      else if (align === 'center') pdf.jspdf.text(line, x + width / 2, baseline, { align: 'center' });
      else pdf.jspdf.text(line, x + width, baseline, { align: 'right' });
      top += block.lineHeight;
    }
  }
}

/** Wrapped text as plain lines (for fallbacks that let jspdf-autotable draw the text). */
export function plainText(text: WrappedText): string {
  return text.blocks.map((block) => block.lines.join('\n')).join('\n');
}
