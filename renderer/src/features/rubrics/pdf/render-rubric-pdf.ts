import type { RubricContent, RubricVersion } from '../../../../../shared/domain/rubric';
import { maxPoints as rubricMaxPoints, PASS_GRADE } from '../../../../../shared/rubrics/scoring';
import {
  colorOr,
  createPdfDocument,
  drawChecklist,
  drawDocumentHeader,
  drawHeading,
  drawParagraph,
  drawTable,
  ensureSpace,
  formatFixed,
  formatNumber,
  lineHeightMm,
  PDF_COLORS,
  PDF_TEXT_SIZE,
  readableTextColor,
  tint,
  toBytes,
  updateSection,
  type PdfCell,
  type PdfDocument,
  type PdfFonts,
  type PdfLabels,
  type PdfLanguage,
  type PdfTextBlock,
  type Rgb,
} from '../../../pdf';
import { RUBRIC_PDF_LABELS_NL, type RubricPdfLabels } from './labels';

/** What is printed of a framework node a criterion is linked to. */
export interface RubricPdfNode {
  code: string;
  text: string;
}

/** Linked nodes by id: a Map, or a function (unknown ids print nothing). */
export type RubricPdfNodeLookup = ReadonlyMap<string, RubricPdfNode> | ((nodeId: string) => RubricPdfNode | null | undefined);

/** The content of one rubric version as it is printed. */
export interface RubricPdfContent {
  title: string;
  description?: string;
  /** The version printed: its number and content (a RubricVersion fits). */
  version: RubricContent & Pick<RubricVersion, 'version'>;
  nodes?: RubricPdfNodeLookup;
  school?: string | null;
  teacher?: string | null;
  /** Texts of the rubric; Dutch by default. */
  labels?: Partial<RubricPdfLabels>;
}

export interface RubricPdfInput extends RubricPdfContent {
  fonts: PdfFonts;
  /** Default 'nl'. Decides number and date formats; pass matching labels. */
  language?: PdfLanguage;
  /** Footer texts ("pagina 1 van 2", "uitgegeven op …"); Dutch by default. */
  pageLabels?: Partial<PdfLabels>;
  /** Date of issue in the footer; default today. */
  issuedOn?: Date;
}

/**
 * A rubric as a landscape A4 PDF to hand to students and opdrachtgevers: the voorwaardelijke
 * eisen as a checklist, the grid with one column per level in the level's colour and one row
 * per criterion, and how points become a cijfer.
 */
export function renderRubricPdf(input: RubricPdfInput): Uint8Array {
  const labels = { ...RUBRIC_PDF_LABELS_NL, ...input.labels };
  const language = input.language ?? 'nl';
  const pdf = createPdfDocument({
    fonts: input.fonts,
    title: `${input.title} (${labels.version(formatNumber(input.version.version, language))})`,
    subject: labels.kicker,
    keywords: [labels.kicker, input.title],
    orientation: 'landscape',
    language,
    issuedOn: input.issuedOn,
    labels: input.pageLabels,
    margins: { left: 12, right: 12 },
  });
  const running = `${input.title} · ${labels.version(formatNumber(input.version.version, language))}`;
  updateSection(pdf, { footerText: running, runningTitle: running });
  drawRubric(pdf, input);
  return toBytes(pdf);
}

/**
 * Draws the rubric into an open document from the cursor on: used by renderRubricPdf, and by
 * documents that include a rubric (an examendossier). Best on a landscape page.
 */
export function drawRubric(pdf: PdfDocument, content: RubricPdfContent): void {
  const labels = { ...RUBRIC_PDF_LABELS_NL, ...content.labels };
  const { version } = content;
  const number = (value: number) => formatNumber(value, pdf.language);
  const versionText = labels.version(number(version.version));
  const max = rubricMaxPoints(version);

  drawDocumentHeader(pdf, {
    kicker: labels.kicker,
    title: content.title,
    subtitle: `${versionText} · ${labels.maxPoints(number(max))}`,
    aside: [content.school, content.teacher],
  });

  if (content.description?.trim()) drawParagraph(pdf, content.description, { gapAfter: 3 });

  const conditions = version.conditions.map((condition) => condition.text.trim()).filter((text) => text !== '');
  if (conditions.length > 0) {
    drawHeading(pdf, labels.conditionsTitle, { keepWithNext: 2 * lineHeightMm(PDF_TEXT_SIZE.body) + 6 });
    drawParagraph(pdf, [{ text: labels.conditionsIntro, size: PDF_TEXT_SIZE.small, color: PDF_COLORS.muted }], { gapAfter: 1.5 });
    // Two columns leave more of the page to the grid.
    drawChecklist(pdf, conditions, { gapAfter: 3, columns: conditions.length > 1 ? 2 : 1 });
  }

  drawGrid(pdf, content, labels);
  drawConversion(pdf, content, labels, max);
  drawNodeLegend(pdf, content, labels);
}

/** Level colours are light tints in the presets; a level without a valid colour prints grey. */
const FALLBACK_LEVEL_COLOR: Rgb = [0xcf, 0xd8, 0xe3];

function drawGrid(pdf: PdfDocument, content: RubricPdfContent, labels: RubricPdfLabels): void {
  const { levels, criteria } = content.version;
  const number = (value: number) => formatNumber(value, pdf.language);
  const topPoints = levels.length > 0 ? Math.max(...levels.map((level) => level.points)) : 0;
  const lookup = nodeLookup(content.nodes);
  const levelColors = levels.map((level) => colorOr(level.color, FALLBACK_LEVEL_COLOR));
  // The criterion column gets about a fifth of the width; the levels share the rest.
  const criterionWidth = Math.min(68, Math.max(52, pdf.contentWidth * 0.22));

  const head: PdfCell[] = [
    { content: [{ text: labels.criterion, style: 'bold', size: PDF_TEXT_SIZE.body }], valign: 'middle' },
    ...levels.map((level, index): PdfCell => {
      const fill = levelColors[index] ?? FALLBACK_LEVEL_COLOR;
      return {
        content: [
          { text: level.label, style: 'bold', size: PDF_TEXT_SIZE.body },
          { text: labels.levelPoints(number(level.points)), size: PDF_TEXT_SIZE.small, gapBefore: 0.5 },
        ],
        fill,
        textColor: readableTextColor(fill),
        align: 'center',
      };
    }),
  ];

  const body = criteria.map((criterion): PdfCell[] => {
    const blocks: PdfTextBlock[] = [
      { text: criterion.title, style: 'bold', size: PDF_TEXT_SIZE.body },
      {
        text: labels.criterionWeight(number(criterion.weight), number(criterion.weight * topPoints)),
        size: PDF_TEXT_SIZE.small,
        color: PDF_COLORS.muted,
        gapBefore: 0.8,
      },
    ];
    const codes = criterion.nodeIds
      .map((nodeId) => lookup(nodeId))
      .filter((node): node is RubricPdfNode => node != null)
      .map((node) => node.code.trim() || shorten(node.text, 40));
    if (codes.length > 0) {
      blocks.push({ text: codes.join(', '), size: PDF_TEXT_SIZE.small, color: PDF_COLORS.muted, gapBefore: 0.8 });
    }
    return [
      { content: blocks },
      ...levels.map(
        (level, index): PdfCell => ({
          content: [{ text: criterion.descriptors[level.id] ?? '', size: PDF_TEXT_SIZE.small + 0.5 }],
          // A light tint of the level colour carries the column down the page and stays light
          // enough for dark text, also when printed in greyscale.
          fill: tint(levelColors[index] ?? FALLBACK_LEVEL_COLOR, 0.28),
        }),
      ),
    ];
  });

  drawTable(pdf, {
    columns: [{ width: criterionWidth }, ...levels.map(() => ({ width: 'fill' as const }))],
    head,
    body,
    padding: 1.8,
    gapAfter: 4,
  });
}

function drawConversion(pdf: PdfDocument, content: RubricPdfContent, labels: RubricPdfLabels, max: number): void {
  const { conversion } = content.version;
  const number = (value: number) => formatNumber(value, pdf.language);
  const grade = (value: number) => formatFixed(value, pdf.language, 1);
  let text: string;
  if (conversion.kind === 'linear') {
    text = labels.conversionLinear({
      caesura: formatNumber(conversion.caesura * 100, pdf.language, 1),
      passGrade: grade(PASS_GRADE),
      passPoints: number(conversion.caesura * max),
      maxPoints: number(max),
    });
  } else {
    const rows = [...conversion.rows].sort((a, b) => a.minPoints - b.minPoints);
    // Non-breaking spaces keep each "vanaf 30 punten: 5,5" on one line.
    const items = rows.map((row) => labels.conversionTableRow(number(row.minPoints), grade(row.grade)).replace(/ /g, '\u00a0'));
    text = `${labels.conversionTable(number(max))} ${items.join(' · ')}`;
  }
  // Heading and the first two lines stay together.
  ensureSpace(pdf, lineHeightMm(PDF_TEXT_SIZE.heading) + 2 * lineHeightMm(PDF_TEXT_SIZE.body) + 2);
  drawHeading(pdf, labels.conversionTitle, { keepWithNext: 2 * lineHeightMm(PDF_TEXT_SIZE.body) });
  drawParagraph(pdf, text, { gapAfter: 0 });
}

function nodeLookup(nodes: RubricPdfNodeLookup | undefined): (nodeId: string) => RubricPdfNode | null | undefined {
  if (!nodes) return () => undefined;
  if (typeof nodes === 'function') return nodes;
  return (nodeId) => nodes.get(nodeId);
}

/**
 * The linked eindtermen and skills with their text, once each, under the grid; the rows carry
 * only the codes, so a rubric of six to eight criteria still fits one page. Nodes without a
 * code are printed by their text in the row already.
 */
function drawNodeLegend(pdf: PdfDocument, content: RubricPdfContent, labels: RubricPdfLabels): void {
  const lookup = nodeLookup(content.nodes);
  const seen = new Set<string>();
  const nodes: RubricPdfNode[] = [];
  for (const criterion of content.version.criteria) {
    for (const nodeId of criterion.nodeIds) {
      const node = lookup(nodeId);
      const code = node?.code.trim();
      if (!node || !code || seen.has(code) || node.text.trim() === '') continue;
      seen.add(code);
      nodes.push(node);
    }
  }
  if (nodes.length === 0) return;
  pdf.y += 4;
  drawHeading(pdf, labels.linkedNodes, { size: PDF_TEXT_SIZE.body, keepWithNext: lineHeightMm(PDF_TEXT_SIZE.small) + 2 });
  pdf.jspdf.setFont(pdf.fonts.family, 'bold');
  pdf.jspdf.setFontSize(PDF_TEXT_SIZE.small);
  const codeWidth = Math.min(50, Math.max(...nodes.map((node) => pdf.jspdf.getTextWidth(node.code.trim()))) + 5);
  drawTable(pdf, {
    variant: 'plain',
    columns: [{ width: codeWidth }, { width: 'fill' }],
    body: nodes.map((node) => [
      { content: [{ text: node.code.trim(), style: 'bold', size: PDF_TEXT_SIZE.small }] },
      { content: [{ text: node.text.replace(/\s+/g, ' ').trim(), size: PDF_TEXT_SIZE.small }] },
    ]),
    padding: 0.7,
    gapAfter: 0,
  });
}

function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
}
