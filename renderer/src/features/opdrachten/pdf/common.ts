import type { TextStatus } from '../../../../../shared/domain/framework';
import type { IsoDate, OpdrachtFase } from '../../../../../shared/domain/opdracht';
import type { Opdrachtgever } from '../../../../../shared/domain/opdrachtgever';
import type { RubricPdfNode } from '../../rubrics/pdf';
import {
  addPage,
  atPageTop,
  contentBottom,
  drawParagraph,
  drawWrapped,
  ensureSpace,
  lineHeightMm,
  dateFromIso,
  PDF_COLORS,
  PDF_TEXT_SIZE,
  setFont,
  wrapBlocks,
  type PdfDocument,
  type PdfTextBlock,
  type Rgb,
} from '../../../pdf';

/** What is printed of an eindterm, leerdoel or vaardigheid; a FrameworkNode fits. */
export interface PdfGoalNode {
  code: string;
  text: string;
  /** A 'placeholder' has no real text yet: only its code is printed. */
  textStatus?: TextStatus;
}

/** Nodes by id: a Map (of FrameworkNodes, say), or a function; unknown ids print nothing. */
export type PdfGoalNodeLookup = ReadonlyMap<string, PdfGoalNode> | ((nodeId: string) => PdfGoalNode | null | undefined);

/** The node as printed: code and text, the text empty for a placeholder; null when unknown. */
export function goalNodeLookup(nodes: PdfGoalNodeLookup | undefined): (nodeId: string) => RubricPdfNode | null {
  const find = !nodes ? () => undefined : typeof nodes === 'function' ? nodes : (nodeId: string) => nodes.get(nodeId);
  return (nodeId) => {
    const node = find(nodeId);
    if (!node) return null;
    const text = node.textStatus === 'placeholder' ? '' : node.text.replace(/\s+/g, ' ').trim();
    return { code: node.code.trim(), text };
  };
}

/** "Kinderopvang De Vlinder, Zwolle" (the place left out when empty or already in the name). */
export function clientName(client: Pick<Opdrachtgever, 'name' | 'place'> | null | undefined): string {
  if (!client) return '';
  const name = client.name.trim();
  const place = client.place.trim();
  return place && !name.toLowerCase().includes(place.toLowerCase()) ? `${name}, ${place}` : name;
}

export interface OpdrachtDeadline {
  date: IsoDate;
  /** The phase the deadline falls in, if any. */
  phaseId: string | null;
}

/**
 * The deadline of an opdracht: the date given, or else the end of the phase that ends last (the
 * rule of deadlineOf in shared/opdrachten/phases.ts, repeated here so the PDF module depends only
 * on the domain types), with the phase it falls in. Null without a date or a dated phase.
 */
export function opdrachtDeadline(phases: readonly OpdrachtFase[], deadline?: IsoDate | null): OpdrachtDeadline | null {
  const valid = phases.filter((phase) => dateFromIso(phase.end) && dateFromIso(phase.start));
  const date = deadline && dateFromIso(deadline) ? deadline : [...valid].sort((a, b) => a.end.localeCompare(b.end)).at(-1)?.end;
  if (!date) return null;
  const holding = valid.filter((phase) => phase.start <= date && date <= phase.end);
  const phase = holding.find((candidate) => candidate.end === date) ?? holding[0];
  return { date, phaseId: phase?.id ?? null };
}

/** Text split into paragraphs and bullet items ("- ", "* ", "• " or "– " at the start of a line). */
export function textItems(text: string): { kind: 'paragraph' | 'bullet'; text: string }[] {
  const items: { kind: 'paragraph' | 'bullet'; text: string }[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const bullet = /^[-*•–]\s+(.*)$/.exec(line);
    items.push(bullet ? { kind: 'bullet', text: bullet[1] ?? '' } : { kind: 'paragraph', text: line });
  }
  return items;
}

/** Paragraphs and bullet lists; a bullet item never breaks across pages. */
export function drawRichText(pdf: PdfDocument, text: string, gapAfter = 3): void {
  const items = textItems(text);
  const size = PDF_TEXT_SIZE.body;
  const indent = 4.5;
  items.forEach((item, index) => {
    const last = index === items.length - 1;
    if (item.kind === 'paragraph') {
      drawParagraph(pdf, item.text, { gapAfter: last ? gapAfter : 1.5 });
      return;
    }
    const wrapped = wrapBlocks(pdf, [{ text: item.text, size }], pdf.contentWidth - indent);
    ensureSpace(pdf, wrapped.height);
    drawWrapped(pdf, wrapBlocks(pdf, [{ text: '•', size, color: PDF_COLORS.primary }], indent), pdf.margins.left + 0.8, pdf.y, indent);
    drawWrapped(pdf, wrapped, pdf.margins.left + indent, pdf.y, pdf.contentWidth - indent);
    pdf.y += wrapped.height + (last ? gapAfter : 1);
  });
}

export interface CalloutOptions {
  /** Background; default a light tint of the primary colour. */
  fill?: Rgb;
  /** The bar at the left; default the primary colour. */
  bar?: Rgb;
  padding?: number;
  gapAfter?: number;
}

/**
 * A short text on a tinted band with a coloured bar at its left: the client's question, the
 * note that their input is advisory. Kept whole on one page; a text taller than a page falls
 * back to a plain paragraph.
 */
export function drawCallout(pdf: PdfDocument, blocks: readonly PdfTextBlock[], options: CalloutOptions = {}): void {
  const { padding, barWidth, innerWidth, wrapped, height } = measureCallout(pdf, blocks, options);
  if (height > contentBottom(pdf) - pdf.margins.top) {
    drawParagraph(pdf, blocks, { gapAfter: options.gapAfter ?? 4 });
    return;
  }
  ensureSpace(pdf, height);
  const fill = options.fill ?? PDF_LIGHT_PRIMARY;
  const bar = options.bar ?? PDF_COLORS.primary;
  const doc = pdf.jspdf;
  doc.setFillColor(fill[0], fill[1], fill[2]);
  doc.rect(pdf.margins.left, pdf.y, pdf.contentWidth, height, 'F');
  doc.setFillColor(bar[0], bar[1], bar[2]);
  doc.rect(pdf.margins.left, pdf.y, barWidth, height, 'F');
  drawWrapped(pdf, wrapped, pdf.margins.left + barWidth + padding, pdf.y + padding, innerWidth);
  pdf.y += height + (options.gapAfter ?? 4);
}

/** The size of a callout before it is drawn (to keep a heading with it). */
export function measureCallout(pdf: PdfDocument, blocks: readonly PdfTextBlock[], options: CalloutOptions = {}) {
  const padding = options.padding ?? 3;
  const barWidth = 1.2;
  const innerWidth = pdf.contentWidth - barWidth - 2 * padding;
  const wrapped = wrapBlocks(pdf, blocks, innerWidth);
  return { padding, barWidth, innerWidth, wrapped, height: wrapped.height + 2 * padding };
}

/** The primary colour at about 10 % over white: a band that reads as colour and prints light. */
export const PDF_LIGHT_PRIMARY: Rgb = [0xe7, 0xef, 0xf4];

/** Lines to write on, `gap` mm apart, across `width` mm from `x`. */
export function drawWritingLines(pdf: PdfDocument, x: number, top: number, width: number, count: number, gap: number): void {
  const doc = pdf.jspdf;
  doc.setDrawColor(...PDF_COLORS.rule);
  doc.setLineWidth(0.25);
  for (let line = 1; line <= count; line += 1) doc.line(x, top + line * gap, x + width, top + line * gap);
}

/** Space for a heading and the first line of what follows, so a heading is never orphaned. */
export function headingKeep(lines = 2): number {
  return lines * lineHeightMm(PDF_TEXT_SIZE.body) + 2;
}

/** Starts a new page unless the cursor is at the top of one. */
export function freshPage(pdf: PdfDocument): void {
  if (!atPageTop(pdf)) addPage(pdf);
}

/** The distance from the top of a line box to the baseline, as drawWrapped places it. */
export function baselineOffset(sizePt: number): number {
  const sizeMm = (sizePt * 25.4) / 72;
  return (lineHeightMm(sizePt) - 1.17 * sizeMm) / 2 + 0.93 * sizeMm;
}

/** One fact on a panel; a null value leaves a line to write on. */
export interface PanelRow {
  label: string;
  value: string | null;
}

export interface PanelAside {
  blocks: readonly PdfTextBlock[];
  width: number;
  fill: Rgb;
}

/**
 * Facts as label and value on a light grey panel, kept whole, with an optional box beside it
 * (the deadline). Labels are small, bold and grey, on the baseline of their value.
 */
export function drawFactPanel(pdf: PdfDocument, rows: readonly PanelRow[], aside?: PanelAside | null, gapAfter = 5): void {
  if (rows.length === 0 && !aside) return;
  const padding = 3;
  const gap = 4;
  const panelWidth = pdf.contentWidth - (aside ? aside.width + gap : 0);
  setFont(pdf, 'bold', PDF_TEXT_SIZE.small);
  const labelWidth = Math.min(40, Math.max(24, ...rows.map((row) => pdf.jspdf.getTextWidth(row.label) + 3)));
  const valueWidth = panelWidth - 2 * padding - labelWidth;
  const writeHeight = 7;
  const measured = rows.map((row) => ({
    label: wrapBlocks(pdf, [{ text: row.label, style: 'bold', size: PDF_TEXT_SIZE.small, color: PDF_COLORS.muted }], labelWidth - 2),
    value: row.value == null ? null : wrapBlocks(pdf, [{ text: row.value }], valueWidth),
  }));
  const rowHeight = (row: (typeof measured)[number]) => Math.max(row.label.height, row.value ? row.value.height : writeHeight);
  const rowGap = 1.2;
  const panelHeight = measured.reduce((sum, row) => sum + rowHeight(row), 0) + Math.max(0, measured.length - 1) * rowGap + 2 * padding;
  const asideText = aside ? wrapBlocks(pdf, aside.blocks, aside.width - 2 * padding) : null;
  const height = Math.max(rows.length > 0 ? panelHeight : 0, asideText ? asideText.height + 2 * padding : 0);
  ensureSpace(pdf, height);
  const top = pdf.y;
  const doc = pdf.jspdf;
  if (measured.length > 0) {
    doc.setFillColor(...PDF_COLORS.surface);
    doc.rect(pdf.margins.left, top, panelWidth, height, 'F');
    let y = top + padding;
    const shift = baselineOffset(PDF_TEXT_SIZE.body) - baselineOffset(PDF_TEXT_SIZE.small);
    for (const row of measured) {
      const x = pdf.margins.left + padding + labelWidth;
      if (row.value) {
        drawWrapped(pdf, row.label, pdf.margins.left + padding, y + shift, labelWidth);
        drawWrapped(pdf, row.value, x, y, valueWidth);
      } else {
        drawWrapped(pdf, row.label, pdf.margins.left + padding, y + writeHeight - row.label.height, labelWidth);
        drawWritingLines(pdf, x, y - 1, valueWidth, 1, writeHeight);
      }
      y += rowHeight(row) + rowGap;
    }
  }
  if (aside && asideText) {
    const x = pdf.margins.left + pdf.contentWidth - aside.width;
    doc.setFillColor(aside.fill[0], aside.fill[1], aside.fill[2]);
    doc.rect(x, top, aside.width, height, 'F');
    drawWrapped(pdf, asideText, x + padding, top + padding, aside.width - 2 * padding);
  }
  pdf.y = top + height + gapAfter;
}
