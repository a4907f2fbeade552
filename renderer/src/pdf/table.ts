import { autoTable, type CellDef, type CellHookData, type RowInput } from 'jspdf-autotable';
import type { PdfDocument } from './create-document';
import { PDF_COLORS, type Rgb } from './colors';
import { contentBottom, ensureSpace } from './layout';
import { drawWrapped, PDF_TEXT_SIZE, plainText, wrapBlocks, type PdfAlign, type PdfTextBlock, type WrappedText } from './text';

/**
 * Tables through jspdf-autotable, with the app's font and colours and page breaks that keep a
 * row whole: rows break between each other, never inside, and the header row repeats on every
 * page.
 *
 * Cells may mix styles (a bold title over normal text, a level name over its points), which
 * autotable cannot: each cell's blocks are wrapped here with their real fonts, autotable gets
 * an empty cell of exactly that height (so its page breaking knows the real size), and the text
 * is drawn into the cell after autotable has drawn its background and borders. Only a row
 * taller than a whole page falls back to autotable's own text, which can continue on the next
 * page.
 */
export interface PdfCell {
  /** The content; a plain string is one block of body text. */
  content: string | readonly PdfTextBlock[];
  fill?: Rgb;
  /** Colour of text blocks that set none. */
  textColor?: Rgb;
  align?: PdfAlign;
  /** Default 'top' in the body, 'middle' in the header row. */
  valign?: 'top' | 'middle';
  colSpan?: number;
}

export type PdfCellInput = string | PdfCell;

export interface PdfTableColumn {
  /** mm, or 'fill': the columns marked 'fill' share the width that is left. */
  width: number | 'fill';
}

export interface PdfTableOptions {
  columns: readonly PdfTableColumn[];
  /** One header row, repeated on every page. */
  head?: readonly PdfCellInput[];
  body: readonly (readonly PdfCellInput[])[];
  /** pt; default PDF_TEXT_SIZE.small (9). */
  fontSize?: number;
  /** mm; default 2. */
  padding?: number;
  /** Space below the table, mm; default 4. */
  gapAfter?: number;
  /** Fill of header cells that set none. */
  headFill?: Rgb;
  /** Keep the header and at least this many body rows together. Default 1. */
  keepWithHead?: number;
  /** 'grid' (default): borders and a filled header; 'plain': no borders, for lists of pairs. */
  variant?: 'grid' | 'plain';
}

interface MeasuredCell {
  def: CellDef;
  text: WrappedText;
  align: PdfAlign;
  valign: 'top' | 'middle';
}

export function drawTable(pdf: PdfDocument, options: PdfTableOptions): void {
  const padding = options.padding ?? 2;
  const fontSize = options.fontSize ?? PDF_TEXT_SIZE.small;
  const widths = columnWidths(pdf.contentWidth, options.columns);
  const measured = new WeakMap<CellDef, MeasuredCell>();
  const plain = options.variant === 'plain';

  const measureRow = (cells: readonly PdfCellInput[], section: 'head' | 'body') => {
    let column = 0;
    let height = 0;
    const row: { def: CellDef; cell: MeasuredCell }[] = [];
    for (const input of cells) {
      const cell: PdfCell = typeof input === 'string' ? { content: input } : input;
      const span = Math.max(1, Math.min(cell.colSpan ?? 1, widths.length - column));
      const width = widths.slice(column, column + span).reduce((sum, w) => sum + w, 0);
      column += span;
      const blocks = typeof cell.content === 'string' ? [{ text: cell.content }] : cell.content;
      const text = wrapBlocks(
        pdf,
        blocks.map((block) => ({ ...block, size: block.size ?? fontSize, color: block.color ?? cell.textColor })),
        width - 2 * padding,
      );
      const fill = cell.fill ?? (section === 'head' && !plain ? (options.headFill ?? PDF_COLORS.surface) : false);
      const def: CellDef = {
        content: '',
        colSpan: span,
        styles: { fillColor: fill === false ? false : [...fill], minCellHeight: text.height + 2 * padding },
      };
      const measuredCell: MeasuredCell = { def, text, align: cell.align ?? 'left', valign: cell.valign ?? (section === 'head' ? 'middle' : 'top') };
      measured.set(def, measuredCell);
      row.push({ def, cell: measuredCell });
      height = Math.max(height, text.height + 2 * padding);
    }
    return { defs: row.map((entry) => entry.def), cells: row.map((entry) => entry.cell), height };
  };

  const head = options.head ? measureRow(options.head, 'head') : null;
  const headHeight = head?.height ?? 0;
  const maxRowHeight = contentBottom(pdf) - pdf.margins.top - headHeight;
  const body: RowInput[] = [];
  const bodyHeights: number[] = [];
  for (const cells of options.body) {
    const row = measureRow(cells, 'body');
    if (row.height > maxRowHeight) {
      // Taller than a page: let autotable draw plain text, which it can continue on the next page.
      for (const cell of row.cells) {
        measured.delete(cell.def);
        cell.def.content = plainText(cell.text);
        if (cell.def.styles) delete cell.def.styles.minCellHeight;
      }
    }
    body.push(row.defs);
    bodyHeights.push(Math.min(row.height, maxRowHeight));
  }

  // Never a header row alone at the bottom of a page.
  const keep = bodyHeights.slice(0, options.keepWithHead ?? 1).reduce((sum, h) => sum + h, 0);
  ensureSpace(pdf, headHeight + keep);

  const doc = pdf.jspdf;
  autoTable(doc, {
    startY: pdf.y,
    margin: { top: pdf.margins.top, right: pdf.margins.right, bottom: pdf.margins.bottom, left: pdf.margins.left },
    tableWidth: pdf.contentWidth,
    theme: plain ? 'plain' : 'grid',
    head: head ? [head.defs] : undefined,
    body,
    showHead: 'everyPage',
    rowPageBreak: 'avoid',
    styles: {
      font: pdf.fonts.family,
      fontStyle: 'normal',
      fontSize,
      cellPadding: padding,
      textColor: [...PDF_COLORS.text],
      lineColor: [...PDF_COLORS.rule],
      lineWidth: plain ? 0 : 0.25,
      valign: 'top',
      overflow: 'linebreak',
    },
    headStyles: { fontStyle: 'bold', textColor: [...PDF_COLORS.text] },
    columnStyles: Object.fromEntries(widths.map((width, index) => [index, { cellWidth: width }])),
    didDrawCell: (data: CellHookData) => {
      const cell = measured.get(data.cell.raw as CellDef);
      if (!cell) return;
      const innerWidth = data.cell.width - 2 * padding;
      const free = data.cell.height - 2 * padding - cell.text.height;
      const top = data.cell.y + padding + (cell.valign === 'middle' ? Math.max(0, free / 2) : 0);
      drawWrapped(pdf, cell.text, data.cell.x + padding, top, innerWidth, cell.align);
    },
  });
  const finalY = (doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY;
  pdf.y = (finalY ?? pdf.y) + (options.gapAfter ?? 4);
}

/** Fixed widths as given; 'fill' columns share what is left (at least 10 mm each). */
export function columnWidths(total: number, columns: readonly PdfTableColumn[]): number[] {
  const fixed = columns.reduce((sum, column) => sum + (column.width === 'fill' ? 0 : column.width), 0);
  const fills = columns.filter((column) => column.width === 'fill').length;
  const share = fills > 0 ? Math.max(10, (total - fixed) / fills) : 0;
  return columns.map((column) => (column.width === 'fill' ? share : column.width));
}
