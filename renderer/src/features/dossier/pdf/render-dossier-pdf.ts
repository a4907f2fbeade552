import type { DossierContent, DossierToetsRow } from '../../../../../shared/dossier/content';
import {
  createPdfDocument,
  dateFromIso,
  drawDocumentHeader,
  drawHeading,
  drawParagraph,
  drawTable,
  drawWrapped,
  ensureSpace,
  formatFixed,
  formatNumber,
  lineHeightMm,
  PDF_COLORS,
  PDF_TEXT_SIZE,
  setFont,
  startSection,
  toBytes,
  wrapBlocks,
  type PdfCell,
  type PdfDocument,
  type PdfFonts,
  type PdfLabels,
  type PdfLanguage,
  type PdfTextBlock,
  type Rgb,
} from '../../../pdf';
import { DOSSIER_PDF_LABELS_NL, type DossierPdfLabels } from './labels';

/**
 * The examendossier of one student, or of a whole group in one document, as landscape A4
 * (the PTA table is wide): the facts of student and programme, every PTA toets with its
 * opdracht, opdrachtgever, eindtermen, cijfer, herkansing and the cijfer that counts, the
 * SE-cijfer with the school's rounding rule spelled out on the student's own numbers, the
 * eindterm coverage, optionally reflections and evidence thumbnails, and signature lines.
 * Each student is a section of its own: "pagina x van y" counts that student's pages, and the
 * footer names the student on every page, so a loose page is never anonymous.
 */
export interface DossierThumbnail {
  /** JPEG bytes. */
  data: Uint8Array;
  width: number;
  height: number;
}

export interface DossierPdfOptions {
  fonts: PdfFonts;
  /** Default 'nl'. Decides number and date formats; pass matching labels. */
  language?: PdfLanguage;
  /** Date of issue in the footer; default today. */
  issuedOn?: Date;
  labels?: DossierPdfLabels;
  pageLabels?: Partial<PdfLabels>;
  /** Thumbnails of evidence by bewijs id (only printed when the content lists evidence). */
  thumbnails?: ReadonlyMap<string, DossierThumbnail>;
}

export function createDossierDocument(options: DossierPdfOptions, title: string): PdfDocument {
  const labels = options.labels ?? DOSSIER_PDF_LABELS_NL;
  return createPdfDocument({
    fonts: options.fonts,
    title,
    subject: labels.kicker,
    keywords: [labels.kicker],
    orientation: 'landscape',
    language: options.language,
    issuedOn: options.issuedOn,
    labels: options.pageLabels,
    margins: { left: 12, right: 12 },
  });
}

/** One student's dossier as a PDF file. */
export function renderDossierPdf(content: DossierContent, options: DossierPdfOptions): Uint8Array {
  const labels = options.labels ?? DOSSIER_PDF_LABELS_NL;
  const pdf = createDossierDocument(options, `${labels.kicker} ${content.studentName}`);
  drawDossier(pdf, content, options);
  return toBytes(pdf);
}

/** Draws one student's dossier as a new section (a new page unless the page is still empty). */
export function drawDossier(pdf: PdfDocument, content: DossierContent, options: Pick<DossierPdfOptions, 'labels' | 'thumbnails'> = {}): void {
  const labels = options.labels ?? DOSSIER_PDF_LABELS_NL;
  const footer = labels.footer(content.studentName, content.leerlingnummer);
  startSection(pdf, { footerText: footer, runningTitle: footer });
  drawDocumentHeader(pdf, {
    kicker: labels.kicker,
    title: content.studentName,
    subtitle: subtitle(content, labels),
    aside: [content.school, content.groupName],
  });
  drawFacts(pdf, content, labels);
  drawResults(pdf, content, labels);
  drawSe(pdf, content, labels);
  drawCoverage(pdf, content, labels);
  if (content.reflections.length > 0 || content.evidence.length > 0) {
    drawReflections(pdf, content, labels);
    drawEvidence(pdf, content, labels, options.thumbnails);
  }
  drawSignatures(pdf, content, labels);
}

function cohortText(content: DossierContent, labels: DossierPdfLabels): string {
  const name = content.cohortName;
  if (name === '') return '';
  return name.includes(content.firstSchoolYear.slice(0, 4)) ? labels.pta.cohort(name) : labels.pta.cohortFrom(name, content.firstSchoolYear);
}

/** "Zorg en Welzijn · theoretische leerweg · cohort 2025-2027". */
function subtitle(content: DossierContent, labels: DossierPdfLabels): string {
  return [content.programme, labels.pta.leerwegen[content.leerweg], cohortText(content, labels)].filter((part) => part !== '').join(' · ');
}

const LABEL_COLOR: Rgb = PDF_COLORS.muted;

/** Who and what, as pairs in two columns: the facts an examencommissie checks first. */
function drawFacts(pdf: PdfDocument, content: DossierContent, labels: DossierPdfLabels): void {
  const or = (value: string) => value || labels.unknown;
  const pta = content.ptaStatus === 'concept' ? `${or(content.ptaTitle)} (${labels.ptaConcept})` : or(content.ptaTitle);
  const pairs: [string, string][] = [
    [labels.factStudent, content.studentName],
    [labels.factNumber, or(content.leerlingnummer)],
    [labels.factGroup, or(content.groupName)],
    [labels.factCohort, or(content.cohortName)],
    [labels.factProgramme, or(content.programme)],
    [labels.factLeerweg, labels.pta.leerwegen[content.leerweg]],
    [labels.factSchool, or(content.school)],
    [labels.factExaminator, or(content.examinator)],
    [labels.factPta, pta],
  ];
  const cell = (label: string, value: string): PdfCell[] => [
    { content: [{ text: label, style: 'bold', color: LABEL_COLOR }] },
    { content: [{ text: value }] },
  ];
  const body: PdfCell[][] = [];
  for (let index = 0; index < pairs.length; index += 2) {
    const [first, second] = [pairs[index]!, pairs[index + 1]];
    body.push([...cell(...first), ...(second ? cell(...second) : [{ content: '' }, { content: '' }])]);
  }
  setFont(pdf, 'bold', PDF_TEXT_SIZE.small);
  const labelWidth = Math.max(...pairs.map(([label]) => pdf.jspdf.getTextWidth(label))) + 3;
  drawTable(pdf, {
    variant: 'plain',
    columns: [{ width: labelWidth }, { width: 'fill' }, { width: labelWidth }, { width: 'fill' }],
    body,
    padding: 0.8,
    gapAfter: 5,
  });
}

const dayFormats = new Map<PdfLanguage, Intl.DateTimeFormat>();

/** "1 okt 2026": short enough for a narrow column. */
function shortDate(iso: string | null, language: PdfLanguage): string {
  const date = iso ? dateFromIso(iso) : null;
  if (!date) return '';
  let format = dayFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'short', year: 'numeric' });
    dayFormats.set(language, format);
  }
  return format.format(date).replace(/\./g, '');
}

const MISSING_COLOR: Rgb = [0xb3, 0x26, 0x1e];
const HEAD_SIZE = PDF_TEXT_SIZE.small;

function drawResults(pdf: PdfDocument, content: DossierContent, labels: DossierPdfLabels): void {
  drawHeading(pdf, labels.resultsTitle, { keepWithNext: 25 });
  if (content.ptaStatus === null) {
    drawParagraph(pdf, labels.noPta);
    return;
  }
  if (content.rows.length === 0) {
    drawParagraph(pdf, labels.noToetsen);
    return;
  }
  const grade = (value: number) => formatFixed(value, pdf.language, 1);
  const small = (text: string, color: Rgb = PDF_COLORS.muted): PdfTextBlock => ({ text, size: PDF_TEXT_SIZE.small - 0.5, color, gapBefore: 0.5 });
  const attempt = (row: DossierToetsRow, which: 'first' | 'resit'): PdfCell => {
    const value = row[which];
    if (!value) {
      if (which === 'resit' && !row.herkansbaar) return { content: [small(labels.notHerkansbaar)], align: 'center' };
      if (which === 'first' && row.graded && row.missing) return { content: [{ text: labels.missing, color: MISSING_COLOR, style: 'bold' }], align: 'center' };
      return { content: which === 'resit' && row.first ? [small(labels.noResit)] : labels.notYet, align: 'center' };
    }
    const blocks: PdfTextBlock[] = [{ text: grade(value.grade) }];
    if (value.source === 'override') blocks.push(small(labels.override));
    if (which === 'first' && row.late) blocks.push(small(labels.late));
    return { content: blocks, align: 'center' };
  };
  const counts = (row: DossierToetsRow): PdfCell => {
    if (!row.graded) {
      const text = row.voldaan === true ? labels.voldaan : row.voldaan === false ? labels.nietVoldaan : labels.notJudged;
      const color = row.voldaan === true ? PDF_COLORS.text : row.missing ? MISSING_COLOR : PDF_COLORS.muted;
      return { content: [{ text, style: row.voldaan === true ? 'bold' : 'normal', color }], align: 'center' };
    }
    return { content: [{ text: row.grade == null ? labels.notYet : grade(row.grade), style: 'bold' }], align: 'center' };
  };
  const head: PdfCell[] = [
    labels.columnToets,
    labels.columnDate,
    labels.columnOpdracht,
    labels.columnEindtermen,
    labels.columnWeging,
    labels.columnFirst,
    labels.columnResit,
    labels.columnCounts,
  ].map((text, index) => ({ content: [{ text, style: 'bold', size: HEAD_SIZE }], align: index >= 4 ? 'center' : 'left' }));
  const body = content.rows.map((row): PdfCell[] => {
    const toets: PdfTextBlock[] = [{ text: [row.code, row.name].filter(Boolean).join(' '), style: 'bold' }];
    const about = [labels.pta.toetsvormen[row.toetsvorm], row.periode ? labels.periode(row.periode) : ''].filter(Boolean).join(' · ');
    toets.push(small(about));
    const opdracht: PdfTextBlock[] = [];
    if (row.opdracht) opdracht.push({ text: row.opdracht });
    if (row.opdrachtgever) opdracht.push(small(labels.opdrachtgever(row.opdrachtgever)));
    return [
      { content: toets },
      { content: shortDate(row.date, pdf.language) },
      { content: opdracht.length > 0 ? opdracht : labels.notYet },
      { content: row.eindtermen.join(', ') || labels.notYet },
      { content: row.weging == null ? labels.noWeging : formatNumber(row.weging, pdf.language), align: 'center' },
      attempt(row, 'first'),
      attempt(row, 'resit'),
      counts(row),
    ];
  });
  drawTable(pdf, {
    columns: [{ width: 'fill' }, { width: 24 }, { width: 62 }, { width: 26 }, { width: 17 }, { width: 21 }, { width: 25 }, { width: 24 }],
    head,
    body,
    padding: 1.6,
    keepWithHead: 2,
  });
}

/** The SE-cijfer in large type, then how it was reached, in the school's rules and the student's numbers. */
function drawSe(pdf: PdfDocument, content: DossierContent, labels: DossierPdfLabels): void {
  const se = content.se;
  const lines: PdfTextBlock[] = [];
  if (!se.ok) {
    lines.push({ text: labels.seImpossible[se.reason](se.toetsCodes.join(', ')), style: 'bold', color: MISSING_COLOR });
  } else if (se.raw == null || se.oneDecimal == null || se.final == null) {
    lines.push({ text: labels.seNone, style: 'bold' });
  } else {
    const raw = formatNumber(se.raw, pdf.language, 4);
    const oneDecimal = formatFixed(se.oneDecimal, pdf.language, 1);
    const final = formatNumber(se.final, pdf.language, 0);
    // While toetsen lack a cijfer the SE-cijfer is provisional and there is no eindcijfer yet, as on the grade screen.
    lines.push({ text: se.complete ? labels.seLine(oneDecimal, final) : labels.seLineProvisional(oneDecimal), style: 'bold', size: PDF_TEXT_SIZE.heading + 1 });
    lines.push({ text: labels.seRaw(raw), gapBefore: 1.5 });
    lines.push({ text: labels.pta.rulesIntermediate[content.rules.intermediateRounding](raw, oneDecimal), gapBefore: 0.8 });
    if (se.complete) lines.push({ text: labels.pta.rulesFinal[content.rules.finalRoundingFrom](raw, oneDecimal, final), gapBefore: 0.8 });
    if (content.rows.some((row) => row.herkansbaar)) lines.push({ text: labels.pta.rulesResit[content.rules.resitRule], gapBefore: 0.8 });
    if (!se.complete) lines.push({ text: labels.seProvisional(se.missingCodes.join(', ')), style: 'bold', color: MISSING_COLOR, gapBefore: 1 });
  }
  if (content.rows.some((row) => !row.graded)) lines.push({ text: labels.handelingsdeel(content.handelingsdeelVoldaan), gapBefore: 1 });
  drawBand(pdf, labels.seTitle, lines);
}

/** A titled block on a light band, kept whole on one page. */
function drawBand(pdf: PdfDocument, title: string, blocks: readonly PdfTextBlock[]): void {
  const padding = 3;
  const width = pdf.contentWidth - 2 * padding;
  const text = wrapBlocks(pdf, [{ text: title, style: 'bold', size: PDF_TEXT_SIZE.small, color: PDF_COLORS.primary }, ...blocks.map((block, index) => (index === 0 ? { ...block, gapBefore: 1 } : block))], width);
  const height = text.height + 2 * padding;
  ensureSpace(pdf, height);
  const doc = pdf.jspdf;
  doc.setFillColor(...PDF_COLORS.surface);
  doc.rect(pdf.margins.left, pdf.y, pdf.contentWidth, height, 'F');
  doc.setFillColor(...PDF_COLORS.primary);
  doc.rect(pdf.margins.left, pdf.y, 1.2, height, 'F');
  drawWrapped(pdf, text, pdf.margins.left + padding, pdf.y + padding, width);
  pdf.y += height + 5;
}

function drawCoverage(pdf: PdfDocument, content: DossierContent, labels: DossierPdfLabels): void {
  const coverage = content.coverage;
  drawHeading(pdf, labels.coverageTitle, { keepWithNext: 20 });
  if (coverage.frameworkTitle === null) {
    drawParagraph(pdf, labels.coverageNoFramework, { gapAfter: 5 });
    return;
  }
  const number = (value: number) => formatNumber(value, pdf.language);
  const { counts } = coverage;
  drawParagraph(
    pdf,
    [
      { text: labels.coverageSummary(number(counts.afgesloten), number(counts.formatief), number(counts['niet-gezien']), number(coverage.entries.length)), style: 'bold' },
      { text: labels.coverageFramework(coverage.frameworkTitle), size: PDF_TEXT_SIZE.small, color: PDF_COLORS.muted, gapBefore: 0.8 },
    ],
    { gapAfter: 2 },
  );
  if (coverage.entries.length === 0) return;
  setFont(pdf, 'bold', PDF_TEXT_SIZE.small);
  const codeWidth = Math.min(30, Math.max(16, ...coverage.entries.map((entry) => pdf.jspdf.getTextWidth(entry.code) + 4)));
  const stateColor: Record<string, Rgb> = { afgesloten: PDF_COLORS.text, formatief: PDF_COLORS.primary, 'niet-gezien': MISSING_COLOR };
  drawTable(pdf, {
    columns: [{ width: codeWidth }, { width: 'fill' }, { width: 38 }, { width: 40 }],
    head: [labels.columnCode, labels.columnEindterm, labels.columnState, labels.columnClosedBy].map((text) => ({ content: [{ text, style: 'bold' as const }] })),
    body: coverage.entries.map((entry) => [
      { content: [{ text: entry.code, style: 'bold' }] },
      { content: entry.text || labels.unknown },
      {
        content: [
          { text: labels.coverageStates[entry.state], style: entry.state === 'afgesloten' ? 'bold' : 'normal', color: stateColor[entry.state] },
          ...(entry.evidenceCount > 0 ? [{ text: labels.evidenceCount(entry.evidenceCount), size: PDF_TEXT_SIZE.small - 0.5, color: PDF_COLORS.muted, gapBefore: 0.4 }] : []),
        ],
      },
      { content: entry.closedBy.join(', ') || labels.notYet },
    ]),
    padding: 1.3,
    keepWithHead: 2,
  });
}

function drawReflections(pdf: PdfDocument, content: DossierContent, labels: DossierPdfLabels): void {
  drawHeading(pdf, labels.reflectionsTitle, { keepWithNext: 12 });
  if (content.reflections.length === 0) {
    drawParagraph(pdf, labels.noReflections, { gapAfter: 5 });
    return;
  }
  drawTable(pdf, {
    variant: 'plain',
    columns: [{ width: 28 }, { width: 'fill' }],
    body: content.reflections.map((reflection) => [
      { content: [{ text: shortDate(reflection.date, pdf.language), style: 'bold' }, ...(reflection.nodeCode ? [{ text: reflection.nodeCode, color: PDF_COLORS.muted, size: PDF_TEXT_SIZE.small - 0.5 }] : [])] },
      { content: reflection.note },
    ]),
    padding: 1,
    gapAfter: 5,
  });
}

const THUMB_WIDTH = 42;
const THUMB_HEIGHT = 32;
const THUMB_GAP = 4.5;

/** Evidence as a grid of thumbnails with date and caption; files without a picture by name. */
function drawEvidence(pdf: PdfDocument, content: DossierContent, labels: DossierPdfLabels, thumbnails: ReadonlyMap<string, DossierThumbnail> | undefined): void {
  drawHeading(pdf, labels.evidenceTitle, { keepWithNext: THUMB_HEIGHT + 10 });
  if (content.evidence.length === 0) {
    drawParagraph(pdf, labels.noEvidence, { gapAfter: 5 });
    return;
  }
  const perRow = Math.max(1, Math.floor((pdf.contentWidth + THUMB_GAP) / (THUMB_WIDTH + THUMB_GAP)));
  const pictures = content.evidence.filter((item) => item.hasThumbnail && thumbnails?.has(item.id));
  const files = content.evidence.filter((item) => !pictures.includes(item));
  for (let start = 0; start < pictures.length; start += perRow) {
    const row = pictures.slice(start, start + perRow);
    const captions = row.map((item) =>
      wrapBlocks(pdf, [{ text: [shortDate(item.date, pdf.language), item.caption].filter(Boolean).join(' · '), size: PDF_TEXT_SIZE.small - 0.5, color: PDF_COLORS.muted }], THUMB_WIDTH),
    );
    const height = THUMB_HEIGHT + 1.5 + Math.max(...captions.map((caption) => caption.height));
    ensureSpace(pdf, height);
    row.forEach((item, column) => {
      const thumb = thumbnails!.get(item.id)!;
      const x = pdf.margins.left + column * (THUMB_WIDTH + THUMB_GAP);
      const scale = Math.min(THUMB_WIDTH / Math.max(1, thumb.width), THUMB_HEIGHT / Math.max(1, thumb.height));
      const [w, h] = [thumb.width * scale, thumb.height * scale];
      try {
        pdf.jspdf.addImage(thumb.data, 'JPEG', x + (THUMB_WIDTH - w) / 2, pdf.y + (THUMB_HEIGHT - h) / 2, w, h, undefined, 'FAST');
      } catch {
        // A thumbnail jsPDF cannot read is left out; its caption still says the evidence exists.
      }
      pdf.jspdf.setDrawColor(...PDF_COLORS.border);
      pdf.jspdf.setLineWidth(0.2);
      pdf.jspdf.rect(x, pdf.y, THUMB_WIDTH, THUMB_HEIGHT, 'S');
      drawWrapped(pdf, captions[column]!, x, pdf.y + THUMB_HEIGHT + 1.5, THUMB_WIDTH);
    });
    pdf.y += height + 3;
  }
  if (files.length > 0) {
    drawParagraph(
      pdf,
      files.map((item) => ({ text: [shortDate(item.date, pdf.language), item.fileName, item.caption].filter(Boolean).join(' · '), size: PDF_TEXT_SIZE.small, gapBefore: 0.6 })),
      { gapAfter: 5 },
    );
  }
  pdf.y += 2;
}

/** Examinator and student, each with lines for name, date and signature; kept together on one page. */
function drawSignatures(pdf: PdfDocument, content: DossierContent, labels: DossierPdfLabels): void {
  const lineGap = 8;
  const height = lineHeightMm(PDF_TEXT_SIZE.heading) + 2 + lineHeightMm(PDF_TEXT_SIZE.body) + 3 * lineGap + 4;
  ensureSpace(pdf, height + 4);
  pdf.y += 3;
  drawHeading(pdf, labels.signTitle, { keepWithNext: height });
  const columnWidth = (pdf.contentWidth - 16) / 2;
  const top = pdf.y;
  const people: [string, string][] = [
    [labels.signExaminator(content.examinator), content.examinator],
    [labels.signStudent(content.studentName), content.studentName],
  ];
  const doc = pdf.jspdf;
  people.forEach(([title, name], index) => {
    const x = pdf.margins.left + index * (columnWidth + 16);
    const heading = wrapBlocks(pdf, [{ text: title, style: 'bold' }], columnWidth);
    drawWrapped(pdf, heading, x, top, columnWidth);
    let y = top + heading.height + 2;
    const fields = [labels.signName, labels.signDate, labels.signature];
    setFont(pdf, 'normal', PDF_TEXT_SIZE.small, PDF_COLORS.muted);
    const labelWidth = Math.max(...fields.map((field) => doc.getTextWidth(field))) + 3;
    for (const field of fields) {
      y += lineGap;
      setFont(pdf, 'normal', PDF_TEXT_SIZE.small, PDF_COLORS.muted);
      doc.text(field, x, y);
      if (field === labels.signName && name) {
        setFont(pdf, 'normal', PDF_TEXT_SIZE.body, PDF_COLORS.text);
        doc.text(name, x + labelWidth + 1, y - 0.8);
      }
      doc.setDrawColor(...PDF_COLORS.rule);
      doc.setLineWidth(0.3);
      doc.line(x + labelWidth, y + 0.8, x + columnWidth, y + 0.8);
    }
  });
  pdf.y = top + height - lineHeightMm(PDF_TEXT_SIZE.heading);
}
