import { chartPosition, type GrowthProfile, type GrowthProfileGoal } from '../../../../../shared/growth-profile';
import {
  createPdfDocument,
  dateFromIso,
  drawDocumentHeader,
  drawHeading,
  drawParagraph,
  drawTable,
  ensureSpace,
  formatDate,
  lineHeightMm,
  PDF_COLORS,
  PDF_TEXT_SIZE,
  setFont,
  toBytes,
  updateSection,
  type PdfDocument,
  type PdfFonts,
  type PdfLabels,
  type PdfLanguage,
  type Rgb,
} from '../../../pdf';
import { GROWTH_PROFILE_PDF_LABELS_NL, type GrowthProfilePdfLabels } from './labels';
import { drawNoteBand } from '../../../pdf';

export interface GrowthProfilePdfInput {
  fonts: PdfFonts;
  profile: GrowthProfile;
  studentName: string;
  leerlingnummer: string;
  group: string | null;
  cohort: string | null;
  /** The school's observation scale, lowest first. */
  scale: readonly string[];
  school?: string | null;
  teacher?: string | null;
  labels?: Partial<GrowthProfilePdfLabels>;
  language?: PdfLanguage;
  issuedOn?: Date;
  pageLabels?: Partial<PdfLabels>;
}

/** Formative, so not the PTA's red: a calm green-blue that still reads as a warning band. */
const FORMATIVE_COLOR: Rgb = [0x0b, 0x5e, 0x55];
const LINE_COLOR: Rgb = PDF_COLORS.primary;
const OTHER_COLOR: Rgb = [0x8a, 0x5a, 0x00];

const CHART_HEIGHT = 30;
const AXIS_LABEL_WIDTH = 30;
/** The list's header and two rows, roughly. */
const FIRST_ROWS_HEIGHT = 20;

/**
 * A student's groeiprofiel as a portrait A4 PDF: per goal with evidence a small line chart of
 * the levels over time (vector lines and points on the school's observation scale), the current
 * level by the goal's mastery method, and the evidence as a list. Every page says at the top
 * that this is formative and not part of the PTA.
 */
export function renderGrowthProfilePdf(input: GrowthProfilePdfInput): Uint8Array {
  const labels = { ...GROWTH_PROFILE_PDF_LABELS_NL, ...input.labels };
  const language = input.language ?? 'nl';
  const pdf = createPdfDocument({
    fonts: input.fonts,
    title: `${labels.kicker} · ${input.studentName}`,
    subject: labels.notSummative,
    keywords: [labels.kicker, labels.notSummative],
    language,
    issuedOn: input.issuedOn,
    labels: input.pageLabels,
  });
  updateSection(pdf, { footerText: labels.footer(input.studentName), runningTitle: `${labels.kicker} · ${input.studentName}` });

  drawDocumentHeader(pdf, {
    kicker: labels.kicker,
    title: input.studentName,
    subtitle: labels.studentLine({ group: input.group, cohort: input.cohort, number: input.leerlingnummer }),
    aside: [input.school, input.teacher],
  });
  drawNoteBand(pdf, labels.notSummative, FORMATIVE_COLOR, { detail: labels.intro });

  const { profile } = input;
  if (profile.goals.length === 0 || !profile.firstDate || !profile.lastDate) {
    drawParagraph(pdf, labels.noEvidence);
  } else {
    drawLegend(pdf, labels);
    const span = { first: profile.firstDate, last: profile.lastDate };
    for (const goal of profile.goals) drawGoal(pdf, goal, span, input.scale, labels, language);
  }
  stampNotSummative(pdf, labels.notSummative);
  return toBytes(pdf);
}

function drawLegend(pdf: PdfDocument, labels: GrowthProfilePdfLabels): void {
  const doc = pdf.jspdf;
  const y = pdf.y + 2;
  let x = pdf.margins.left;
  setFont(pdf, 'normal', PDF_TEXT_SIZE.small, PDF_COLORS.muted);
  drawMark(pdf, x + 1.2, y, true);
  doc.text(labels.legendCounted, x + 4, y + 1.1);
  x += 4 + doc.getTextWidth(labels.legendCounted) + 8;
  drawMark(pdf, x + 1.2, y, false);
  doc.text(labels.legendOther, x + 4, y + 1.1);
  pdf.y += 7;
}

/** A filled dot on the line for counted evidence, an open diamond for other sources (also distinct in greyscale). */
function drawMark(pdf: PdfDocument, x: number, y: number, counted: boolean): void {
  const doc = pdf.jspdf;
  doc.setLineWidth(0.35);
  if (counted) {
    doc.setFillColor(...LINE_COLOR);
    doc.setDrawColor(...PDF_COLORS.white);
    doc.circle(x, y, 1.1, 'FD');
  } else {
    const r = 1.2;
    doc.setDrawColor(...OTHER_COLOR);
    doc.setFillColor(...PDF_COLORS.white);
    doc.lines(
      [
        [r, r],
        [-r, r],
        [-r, -r],
        [r, -r],
      ],
      x,
      y - r,
      [1, 1],
      'FD',
      true,
    );
  }
}

function drawGoal(pdf: PdfDocument, goal: GrowthProfileGoal, span: { first: string; last: string }, scale: readonly string[], labels: GrowthProfilePdfLabels, language: PdfLanguage): void {
  const title = goal.known ? [goal.code, goal.text].filter(Boolean).join(' ') : labels.unknownGoal;
  const summaryLines = 2;
  // Heading, summary, chart and the first rows of the list stay together on one page, so a
  // list continued on the next page never starts without its goal.
  drawHeading(pdf, title, { keepWithNext: CHART_HEIGHT + 14 + summaryLines * lineHeightMm(PDF_TEXT_SIZE.small) + FIRST_ROWS_HEIGHT });
  const summary = goal.mastery
    ? [
        { text: labels.current(goal.mastery.levelLabel), style: 'bold' as const },
        { text: labels.method(goal.mastery.method, goal.mastery.count), size: PDF_TEXT_SIZE.small, color: PDF_COLORS.muted },
      ]
    : [{ text: labels.noMastery, size: PDF_TEXT_SIZE.small, color: PDF_COLORS.muted }];
  if (goal.mastery?.normalised || goal.points.some((p) => p.converted)) summary.push({ text: labels.converted(scale.length), size: PDF_TEXT_SIZE.small, color: PDF_COLORS.muted });
  drawParagraph(pdf, summary, { gapAfter: 1.5 });
  drawChart(pdf, goal, span, scale, labels, language);
  drawTable(pdf, {
    columns: [{ width: 24 }, { width: 26 }, { width: 40 }, { width: 34 }, { width: 'fill' }],
    head: [labels.columnDate, labels.columnLevel, labels.columnAssessor, labels.columnOpdracht, labels.columnNote],
    body: goal.points.map((point) => [
      shortDate(point.date, language),
      point.levelLabel,
      labels.assessor(point.assessor, point.assessorName),
      point.opdracht ?? '',
      point.note,
    ]),
    fontSize: PDF_TEXT_SIZE.small,
    padding: 1.4,
    gapAfter: 6,
  });
}

const SHORT_DATES: Record<PdfLanguage, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }),
};

/** "1 sep. 2026": fits a narrow column on one line. */
function shortDate(iso: string, language: PdfLanguage): string {
  const date = dateFromIso(iso);
  return date ? SHORT_DATES[language].format(date) : iso;
}

function formatIsoDate(iso: string, language: PdfLanguage): string {
  const date = dateFromIso(iso);
  return date ? formatDate(date, language) : iso;
}

function drawChart(pdf: PdfDocument, goal: GrowthProfileGoal, span: { first: string; last: string }, scale: readonly string[], labels: GrowthProfilePdfLabels, language: PdfLanguage): void {
  const doc = pdf.jspdf;
  const dateRow = 5;
  ensureSpace(pdf, CHART_HEIGHT + dateRow + 4);
  const top = pdf.y + 2;
  const left = pdf.margins.left + AXIS_LABEL_WIDTH;
  const width = pdf.contentWidth - AXIS_LABEL_WIDTH - 4;
  const inset = 3; // points at the first and last date stay clear of the frame
  const plotLeft = left + inset;
  const plotWidth = width - 2 * inset;
  const levels = Math.max(1, scale.length);

  // One gridline per level, labelled at the left, lowest at the bottom.
  setFont(pdf, 'normal', PDF_TEXT_SIZE.small, PDF_COLORS.muted);
  doc.setLineWidth(0.2);
  for (let level = 1; level <= levels; level += 1) {
    const fraction = levels === 1 ? 1 : (level - 1) / (levels - 1);
    const y = top + (1 - fraction) * CHART_HEIGHT;
    doc.setDrawColor(...PDF_COLORS.border);
    doc.line(left, y, left + width, y);
    doc.text(fitText(pdf, scale[level - 1] ?? String(level), AXIS_LABEL_WIDTH - 2), left - 2, y + 1.1, { align: 'right' });
  }
  doc.setDrawColor(...PDF_COLORS.rule);
  doc.line(left, top, left, top + CHART_HEIGHT);

  // Dates of the whole profile at both ends, so the charts of all goals share one time axis.
  const dateY = top + CHART_HEIGHT + 4;
  doc.text(formatIsoDate(span.first, language), plotLeft, dateY);
  if (span.last !== span.first) doc.text(formatIsoDate(span.last, language), plotLeft + plotWidth, dateY, { align: 'right' });

  const place = (point: GrowthProfileGoal['points'][number]) => {
    const { x, y } = chartPosition(point, span, plotWidth, CHART_HEIGHT);
    return { x: plotLeft + x, y: top + y };
  };
  const counted = goal.points.filter((point) => point.counted).map(place);
  if (counted.length > 1) {
    doc.setDrawColor(...LINE_COLOR);
    doc.setLineWidth(0.6);
    for (let i = 1; i < counted.length; i += 1) doc.line(counted[i - 1]!.x, counted[i - 1]!.y, counted[i]!.x, counted[i]!.y);
  }
  for (const point of goal.points) {
    const { x, y } = place(point);
    drawMark(pdf, x, y, point.counted);
  }
  pdf.y = dateY + 2;
  if (goal.points.length === 1) {
    setFont(pdf, 'normal', PDF_TEXT_SIZE.small, PDF_COLORS.muted);
    doc.text(labels.oneEvidence, left, pdf.y + 2.5);
    pdf.y += 4;
  }
  pdf.y += 2;
}

function fitText(pdf: PdfDocument, text: string, width: number): string {
  if (pdf.jspdf.getTextWidth(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && pdf.jspdf.getTextWidth(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** "Niet-summatief, geen onderdeel van het PTA" at the top right of every page. */
function stampNotSummative(pdf: PdfDocument, text: string): void {
  const doc = pdf.jspdf;
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    setFont(pdf, 'bold', PDF_TEXT_SIZE.furniture, FORMATIVE_COLOR);
    doc.text(text, pdf.pageWidth - pdf.margins.right, Math.max(6, pdf.margins.top - 6), { align: 'right' });
  }
}
