import { tint, type Rgb } from './colors';
import type { PdfDocument } from './create-document';
import { ensureSpace } from './layout';
import { drawWrapped, PDF_TEXT_SIZE, wrapBlocks, type PdfTextBlock } from './text';

/**
 * A note on a tinted band with a bar at its left, kept whole: what the reader must not miss
 * ("niet-summatief", "what this export holds"). The bar keeps it visible in greyscale.
 */
export function drawNoteBand(pdf: PdfDocument, note: string, color: Rgb, options: { detail?: string; tintAmount?: number } = {}): void {
  const { detail, tintAmount = 0.08 } = options;
  const padding = 2.5;
  const bar = 1.5;
  const width = pdf.contentWidth - bar - 2 * padding;
  const blocks: PdfTextBlock[] = [{ text: note, style: 'bold', size: PDF_TEXT_SIZE.body, color }];
  if (detail) blocks.push({ text: detail, size: PDF_TEXT_SIZE.small, color, gapBefore: 1 });
  const text = wrapBlocks(pdf, blocks, width);
  const height = text.height + 2 * padding;
  ensureSpace(pdf, height);
  const doc = pdf.jspdf;
  const fill = tint(color, tintAmount);
  doc.setFillColor(fill[0], fill[1], fill[2]);
  doc.rect(pdf.margins.left, pdf.y, pdf.contentWidth, height, 'F');
  doc.setFillColor(color[0], color[1], color[2]);
  doc.rect(pdf.margins.left, pdf.y, bar, height, 'F');
  drawWrapped(pdf, text, pdf.margins.left + bar + padding, pdf.y + padding, width);
  pdf.y += height + 4;
}
