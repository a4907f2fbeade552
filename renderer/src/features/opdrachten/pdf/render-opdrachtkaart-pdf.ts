import type { IsoDate, Opdracht } from '../../../../../shared/domain/opdracht';
import type { Contactpersoon, Opdrachtgever } from '../../../../../shared/domain/opdrachtgever';
import { drawRubric, type RubricPdfContent, type RubricPdfLabels, type RubricPdfNode } from '../../rubrics/pdf';
import {
  atPageTop,
  columnWidths,
  contentBottom,
  createPdfDocument,
  drawChecklist,
  drawDocumentHeader,
  drawHeading,
  drawParagraph,
  drawTable,
  formatDateRange,
  formatDay,
  formatNumber,
  dateFromIso,
  moveDown,
  PDF_COLORS,
  PDF_TEXT_SIZE,
  remainingSpace,
  setFont,
  tint,
  toBytes,
  updateSection,
  wrapBlocks,
  type PdfCell,
  type PdfDocument,
  type PdfFonts,
  type PdfLabels,
  type PdfLanguage,
  type PdfTableColumn,
  type PdfTextBlock,
} from '../../../pdf';
import {
  clientName,
  drawCallout,
  drawFactPanel,
  drawRichText,
  freshPage,
  goalNodeLookup,
  headingKeep,
  measureCallout,
  opdrachtDeadline,
  type PanelAside,
  type PanelRow,
  type PdfGoalNodeLookup,
} from './common';
import { OPDRACHTKAART_PDF_LABELS_NL, type OpdrachtkaartPdfLabels } from './labels';

/** The fields of an opdracht the opdrachtkaart prints; a stored Opdracht fits. */
export type OpdrachtkaartOpdracht = Pick<
  Opdracht,
  'title' | 'question' | 'context' | 'specifications' | 'deliverables' | 'phases' | 'nodeIds' | 'hours' | 'location' | 'schoolYear'
>;

/** A rubric as printed in the opdrachtkaart: the version to print (usually the current one). */
export type OpdrachtkaartRubric = Pick<RubricPdfContent, 'title' | 'description' | 'version'>;

export interface OpdrachtkaartPdfInput {
  fonts: PdfFonts;
  opdracht: OpdrachtkaartOpdracht;
  /** Name and place are printed. */
  opdrachtgever?: Pick<Opdrachtgever, 'name' | 'place'> | null;
  /** Name and role are printed; e-mail and phone never are (the card goes to students). */
  contact?: Pick<Contactpersoon, 'name' | 'role'> | null;
  /** Names of the groups that do the opdracht: "3T-A". */
  groups?: readonly string[];
  /** Looks up the opdracht's nodeIds and the rubric criteria's nodeIds (FrameworkNodes fit). */
  nodes?: PdfGoalNodeLookup;
  /** Printed after the brief, each from a new page, in this order. */
  rubrics?: readonly OpdrachtkaartRubric[];
  /** The deadline; by default the end of the phase that ends last (deadlineOf in shared/opdrachten). */
  deadline?: IsoDate | null;
  school?: string | null;
  teacher?: string | null;
  /** Default 'nl'. Decides number and date formats; pass matching labels. */
  language?: PdfLanguage;
  labels?: Partial<OpdrachtkaartPdfLabels>;
  rubricLabels?: Partial<RubricPdfLabels>;
  /** Footer texts ("pagina 1 van 2", "uitgegeven op …"); Dutch by default. */
  pageLabels?: Partial<PdfLabels>;
  /** Date of issue in the footer; default today. */
  issuedOn?: Date;
}

/**
 * The opdrachtkaart as an A4 portrait PDF for students and the client: who asks what, the
 * eisen, what to deliver (a checklist), the planning with the deadline, the goals in student
 * language, and the rubric(s) it is assessed with.
 *
 * The rubric stays portrait: the card is printed and stapled as one stack, and a D-C-B-A grid
 * of five to eight criteria reads well at 4 × 32 mm columns. Each rubric starts a new page,
 * unless the page it would follow is still mostly empty (a brief that spilled a few lines).
 */
export function renderOpdrachtkaartPdf(input: OpdrachtkaartPdfInput): Uint8Array {
  const labels = { ...OPDRACHTKAART_PDF_LABELS_NL, ...input.labels };
  const language = input.language ?? 'nl';
  const title = input.opdracht.title.trim();
  const pdf = createPdfDocument({
    fonts: input.fonts,
    title,
    subject: labels.kicker,
    keywords: [labels.kicker, title, input.opdrachtgever?.name ?? ''].filter((word) => word.trim() !== ''),
    language,
    issuedOn: input.issuedOn,
    labels: input.pageLabels,
  });
  updateSection(pdf, { footerText: labels.footer(title), runningTitle: labels.footer(title) });
  drawOpdrachtkaart(pdf, input, labels);
  return toBytes(pdf);
}

function drawOpdrachtkaart(pdf: PdfDocument, input: OpdrachtkaartPdfInput, labels: OpdrachtkaartPdfLabels): void {
  const { opdracht } = input;
  const client = input.opdrachtgever?.name.trim() ?? '';
  const subtitle = client ? labels.forClient(client) : undefined;
  drawDocumentHeader(pdf, { kicker: labels.kicker, title: opdracht.title, subtitle, aside: [input.school, input.teacher] });

  drawFacts(pdf, input, labels);

  if (opdracht.question.trim()) {
    const question: PdfTextBlock[] = [{ text: opdracht.question.trim(), size: PDF_TEXT_SIZE.body + 0.5 }];
    drawHeading(pdf, labels.questionTitle, { keepWithNext: Math.min(measureCallout(pdf, question).height, 60) });
    drawCallout(pdf, question);
  }
  if (opdracht.context.trim()) {
    drawHeading(pdf, labels.contextTitle, { keepWithNext: headingKeep() });
    drawRichText(pdf, opdracht.context, 4);
  }
  if (opdracht.specifications.trim()) {
    drawHeading(pdf, labels.specificationsTitle, { keepWithNext: headingKeep() });
    drawRichText(pdf, opdracht.specifications, 4);
  }
  const deliverables = opdracht.deliverables.map((item) => item.trim()).filter((item) => item !== '');
  if (deliverables.length > 0) {
    drawHeading(pdf, labels.deliverablesTitle, { keepWithNext: headingKeep(3) });
    drawParagraph(pdf, [{ text: labels.deliverablesIntro, size: PDF_TEXT_SIZE.small, color: PDF_COLORS.muted }], { gapAfter: 1.5 });
    drawChecklist(pdf, deliverables, { gapAfter: 4 });
  }
  drawPhases(pdf, input, labels);
  drawGoals(pdf, input, labels);

  const nodes = goalNodeLookup(input.nodes);
  for (const rubric of input.rubrics ?? []) {
    startRubric(pdf);
    drawRubric(pdf, { ...rubric, nodes, labels: input.rubricLabels });
  }
}

/** How much of a page must still be free for a rubric to share it rather than start a new one. */
const RUBRIC_SHARES_PAGE_FROM = 0.6;

function startRubric(pdf: PdfDocument): void {
  const pageHeight = contentBottom(pdf) - pdf.margins.top;
  if (atPageTop(pdf)) return;
  if (remainingSpace(pdf) >= RUBRIC_SHARES_PAGE_FROM * pageHeight) moveDown(pdf, 8);
  else freshPage(pdf);
}

/** A formatted date, or the stored text when it is not a valid ISO date. */
function day(pdf: PdfDocument, iso: string, options: { nonBreaking?: boolean } = {}): string {
  const date = dateFromIso(iso);
  return date ? formatDay(date, pdf.language, options) : iso;
}

function range(pdf: PdfDocument, start: string, end: string): string {
  const from = dateFromIso(start);
  const to = dateFromIso(end);
  return from && to ? formatDateRange(from, to, pdf.language, { nonBreaking: true }) : `${start} – ${end}`;
}

/**
 * The facts on a grey panel (client, contact, groups, period, hours, location) with the deadline
 * beside it in a dark box, the first thing a student looks for.
 */
function drawFacts(pdf: PdfDocument, input: OpdrachtkaartPdfInput, labels: OpdrachtkaartPdfLabels): void {
  const { opdracht } = input;
  const contactName = input.contact?.name.trim() ?? '';
  const contactRole = input.contact?.role.trim() ?? '';
  const groups = (input.groups ?? []).map((group) => group.trim()).filter(Boolean);
  const phases = opdracht.phases.filter((phase) => dateFromIso(phase.start) && dateFromIso(phase.end));
  const first = [...phases].sort((a, b) => a.start.localeCompare(b.start))[0];
  const last = [...phases].sort((a, b) => a.end.localeCompare(b.end)).at(-1);
  const rows: PanelRow[] = [
    { label: labels.client, value: clientName(input.opdrachtgever) },
    { label: labels.contact, value: contactName && contactRole ? `${contactName} (${contactRole})` : contactName },
    { label: labels.groups(groups.length), value: groups.join(', ') },
    { label: labels.period, value: first && last ? range(pdf, first.start, last.end) : '' },
    { label: labels.schoolYear, value: opdracht.schoolYear },
    {
      label: labels.hours,
      value: opdracht.hours != null && opdracht.hours > 0 ? labels.hoursValue(formatNumber(opdracht.hours, pdf.language, 1)) : '',
    },
    { label: labels.location, value: opdracht.location.trim() },
  ].filter((row) => row.value !== '');

  const deadline = opdrachtDeadline(opdracht.phases, input.deadline);
  let aside: PanelAside | null = null;
  if (deadline) {
    const phase = opdracht.phases.find((candidate) => candidate.id === deadline.phaseId);
    const white = PDF_COLORS.white;
    aside = {
      // Wide enough for the longest date at title size ("wo 30 sep 2026"), which must not wrap.
      width: 60,
      fill: PDF_COLORS.primary,
      blocks: [
        { text: labels.deadline.toUpperCase(), style: 'bold', size: PDF_TEXT_SIZE.small, color: white },
        { text: day(pdf, deadline.date, { nonBreaking: true }), style: 'bold', size: PDF_TEXT_SIZE.title, color: white, gapBefore: 1 },
        { text: phase?.name.trim() ?? '', style: 'bold', size: PDF_TEXT_SIZE.small, color: white, gapBefore: 1.2 },
        { text: labels.deadlineNote, size: PDF_TEXT_SIZE.small, color: white, gapBefore: 0.3 },
      ],
    };
  }
  drawFactPanel(pdf, rows, aside);
}

/** The phases with their dates; the phase with the deadline stands out. */
function drawPhases(pdf: PdfDocument, input: OpdrachtkaartPdfInput, labels: OpdrachtkaartPdfLabels): void {
  const phases = input.opdracht.phases.filter((phase) => phase.name.trim() !== '' || phase.start || phase.end);
  if (phases.length === 0) return;
  const deadline = opdrachtDeadline(input.opdracht.phases, input.deadline);
  const highlight = tint(PDF_COLORS.primary, 0.14);
  const number = (value: number) => formatNumber(value, pdf.language);
  const head: PdfCell[] = [
    { content: '' },
    { content: [{ text: labels.phase, style: 'bold', size: PDF_TEXT_SIZE.body }] },
    { content: [{ text: labels.phaseDates, style: 'bold', size: PDF_TEXT_SIZE.body }] },
  ];
  const body = phases.map((phase, index): PdfCell[] => {
    const isDeadline = deadline?.phaseId === phase.id;
    const fill = isDeadline ? highlight : undefined;
    const dates: PdfTextBlock[] = [{ text: range(pdf, phase.start, phase.end), size: PDF_TEXT_SIZE.body }];
    if (isDeadline && deadline) {
      dates.push({ text: labels.phaseDeadline(day(pdf, deadline.date)), style: 'bold', size: PDF_TEXT_SIZE.body, color: PDF_COLORS.primary, gapBefore: 0.8 });
    }
    return [
      { content: [{ text: number(index + 1), size: PDF_TEXT_SIZE.body, color: PDF_COLORS.muted }], fill, align: 'right' },
      { content: [{ text: phase.name.trim(), style: isDeadline ? 'bold' : 'normal', size: PDF_TEXT_SIZE.body }], fill },
      { content: dates, fill },
    ];
  });
  // A planning is read as a whole: the heading, the header row and (up to eight) phases stay on
  // one page, so the heading is measured with the rows it must not be parted from.
  const columns = [{ width: 9 }, { width: 'fill' as const }, { width: 78 }];
  const keepRows = phases.length <= 8 ? phases.length : 2;
  const keep = [head, ...body.slice(0, keepRows)].reduce((sum, row) => sum + rowHeight(pdf, columns, row), 0);
  drawHeading(pdf, labels.phasesTitle, { keepWithNext: keep });
  drawTable(pdf, { columns, head, body, padding: TABLE_PADDING, headFill: PDF_COLORS.surface, keepWithHead: keepRows, gapAfter: 5 });
}

const TABLE_PADDING = 2;

/** The height drawTable gives a row: its tallest cell, wrapped to the column, plus padding. */
function rowHeight(pdf: PdfDocument, columns: readonly PdfTableColumn[], cells: readonly PdfCell[]): number {
  const widths = columnWidths(pdf.contentWidth, columns);
  return Math.max(
    0,
    ...cells.map((cell, index) => {
      const blocks = typeof cell.content === 'string' ? [{ text: cell.content, size: PDF_TEXT_SIZE.small }] : cell.content;
      return wrapBlocks(pdf, blocks, (widths[index] ?? 0) - 2 * TABLE_PADDING).height + 2 * TABLE_PADDING;
    }),
  );
}

/** The eindtermen and skills in student language; a node without real text prints its code. */
function drawGoals(pdf: PdfDocument, input: OpdrachtkaartPdfInput, labels: OpdrachtkaartPdfLabels): void {
  const lookup = goalNodeLookup(input.nodes);
  const seen = new Set<string>();
  const goals = input.opdracht.nodeIds
    .filter((nodeId) => !seen.has(nodeId) && seen.add(nodeId))
    .map((nodeId) => lookup(nodeId))
    .filter((node): node is RubricPdfNode => node != null && (node.code !== '' || node.text !== ''));
  if (goals.length === 0) return;
  drawHeading(pdf, labels.goalsTitle, { keepWithNext: headingKeep(3) });
  drawParagraph(pdf, [{ text: labels.goalsIntro, size: PDF_TEXT_SIZE.small, color: PDF_COLORS.muted }], { gapAfter: 1.5 });
  setFont(pdf, 'bold', PDF_TEXT_SIZE.body);
  const codeWidth = Math.min(45, Math.max(16, ...goals.map((goal) => pdf.jspdf.getTextWidth(goal.code) + 5)));
  drawTable(pdf, {
    variant: 'plain',
    columns: [{ width: codeWidth }, { width: 'fill' }],
    body: goals.map((goal) => [
      { content: [{ text: goal.code, style: 'bold', size: PDF_TEXT_SIZE.body }] },
      { content: [{ text: goal.text, size: PDF_TEXT_SIZE.body }] },
    ]),
    padding: 1,
    gapAfter: 2,
  });
}
