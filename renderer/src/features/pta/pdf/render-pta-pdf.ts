import type { Cohort } from '../../../../../shared/domain/cohort';
import type { TextStatus } from '../../../../../shared/domain/framework';
import { isGraded, type Pta, type PtaToets } from '../../../../../shared/domain/pta';
import type { SchoolSettings } from '../../../../../shared/domain/school-settings';
import { isValidWeging } from '../../../../../shared/grades/se-cijfer';
import { wegingShares } from '../../../../../shared/pta/validate';
import {
  drawNoteBand,
  createPdfDocument,
  drawDocumentHeader,
  drawHeading,
  drawParagraph,
  drawTable,
  ensureSpace,
  formatDate,
  formatFixed,
  formatNumber,
  lineHeightMm,
  PDF_COLORS,
  PDF_TEXT_SIZE,
  setFont,
  toBytes,
  updateSection,
  type PdfCell,
  type PdfDocument,
  type PdfFonts,
  type PdfLabels,
  type PdfLanguage,
  type PdfTableColumn,
  type PdfTextBlock,
  type Rgb,
} from '../../../pdf';
import { PTA_PDF_LABELS_NL, type PtaPdfLabels } from './labels';

/** What is printed of an eindterm: its code in the table, code and text in the legend; a FrameworkNode fits. */
export interface PtaPdfNode {
  code: string;
  text: string;
  /** A 'placeholder' has no real text yet: only its code is printed, in its row. */
  textStatus?: TextStatus;
}

/** The PTA as printed, without the document settings: what drawPta needs. */
export interface PtaPdfContent {
  pta: Pick<Pta, 'title' | 'toetsen' | 'status' | 'log'>;
  cohort: Pick<Cohort, 'name' | 'leerweg' | 'programme' | 'firstSchoolYear'>;
  /** Eindterm codes and texts by node id, for the Eindtermen column (unknown ids are skipped). */
  nodes: ReadonlyMap<string, PtaPdfNode>;
  /** Opdracht titles by id, printed in the Inhoud cell when a toets is delivered by an opdracht. */
  opdrachten?: ReadonlyMap<string, string>;
  /** The school's examenreglement: stated in plain words under the table. */
  rules: Pick<SchoolSettings, 'resitRule' | 'intermediateRounding' | 'finalRoundingFrom'>;
  school?: string | null;
  teacher?: string | null;
  /** Texts of the PTA; Dutch by default. */
  labels?: Partial<PtaPdfLabels>;
}

export interface PtaPdfInput extends PtaPdfContent {
  fonts: PdfFonts;
  /** Default 'nl'. Decides number and date formats; pass matching labels. */
  language?: PdfLanguage;
  /** Date of issue in the footer; default today. */
  issuedOn?: Date;
  /** Footer texts ("pagina 1 van 2", "uitgegeven op …"); Dutch by default. */
  pageLabels?: Partial<PdfLabels>;
}

/**
 * The PTA of a cohort as a landscape A4 PDF, the way schools hand it to students, parents and
 * the Inspectie: one row per toets in PTA order (tijdvak, eindtermen, inhoud, toetsvorm, weging,
 * herkansing, share of the SE-cijfer), then how the SE-cijfer is computed under the school's
 * rules, and the eindtermen the codes stand for. A concept says so in its header, on a band
 * under it and in the footer of every page.
 */
export function renderPtaPdf(input: PtaPdfInput): Uint8Array {
  const labels = { ...PTA_PDF_LABELS_NL, ...input.labels };
  const concept = input.pta.status === 'concept';
  const title = input.pta.title.trim() || labels.kicker;
  const pdf = createPdfDocument({
    fonts: input.fonts,
    title: concept ? `${title} (${labels.concept})` : title,
    subject: labels.kicker,
    keywords: [labels.kicker, title, input.cohort.programme, input.cohort.name].filter((word) => word.trim() !== ''),
    orientation: 'landscape',
    language: input.language,
    issuedOn: input.issuedOn,
    labels: input.pageLabels,
    margins: { left: 12, right: 12 },
  });
  const footer = labels.footer(title, concept);
  updateSection(pdf, { footerText: footer, runningTitle: footer });
  drawPta(pdf, input);
  return toBytes(pdf);
}

/**
 * Draws the PTA into an open document from the cursor on: used by renderPtaPdf, and by
 * documents that include the PTA (an examendossier). Needs a landscape page.
 */
export function drawPta(pdf: PdfDocument, content: PtaPdfContent): void {
  const labels = { ...PTA_PDF_LABELS_NL, ...content.labels };
  const { pta, cohort } = content;
  const concept = pta.status === 'concept';

  drawDocumentHeader(pdf, {
    kicker: concept ? `${labels.kicker} · ${labels.concept}` : labels.kicker,
    title: pta.title.trim() || labels.kicker,
    subtitle: subtitle(cohort, labels),
    aside: [content.school, content.teacher],
  });

  if (concept) {
    drawNoteBand(pdf, labels.conceptNote, CONCEPT_COLOR, { tintAmount: 0.1 });
  } else {
    const at = lastVastgesteld(pta);
    const text = at == null ? labels.vastgesteld : labels.vastgesteldOp(formatDate(new Date(at), pdf.language));
    drawParagraph(pdf, [{ text, style: 'bold', size: PDF_TEXT_SIZE.body, color: PDF_COLORS.primary }], { gapAfter: 3 });
  }

  if (pta.toetsen.length === 0) {
    drawParagraph(pdf, labels.empty, { gapAfter: 0 });
    return;
  }
  drawToetsen(pdf, content, labels);
  drawRules(pdf, content, labels);
  drawEindtermen(pdf, content, labels);
}

/** "Zorg en Welzijn · theoretische leerweg · cohort 2025-2027". */
function subtitle(cohort: PtaPdfContent['cohort'], labels: PtaPdfLabels): string {
  const name = cohort.name.trim();
  const startYear = cohort.firstSchoolYear.slice(0, 4);
  const cohortText = name === '' ? '' : name.includes(startYear) ? labels.cohort(name) : labels.cohortFrom(name, cohort.firstSchoolYear);
  return [cohort.programme.trim(), labels.leerwegen[cohort.leerweg], cohortText].filter((part) => part !== '').join(' · ');
}

/**
 * When the PTA was last vastgesteld (the rule of vastgesteldOp in shared/pta/lock.ts, repeated
 * here because the PDF takes only the fields it prints); null without a dated entry.
 */
function lastVastgesteld(pta: Pick<Pta, 'status' | 'log'>): number | null {
  if (pta.status !== 'vastgesteld') return null;
  for (let index = pta.log.length - 1; index >= 0; index -= 1) {
    const entry = pta.log[index];
    if (entry?.action === 'vastgesteld') return entry.at;
  }
  return null;
}

/** A warm red: a concept must not pass for the real PTA, also when printed in greyscale (the bar). */
const CONCEPT_COLOR: Rgb = [0xb3, 0x26, 0x1e];


const TABLE_PADDING = 1.8;
const CELL_SIZE = PDF_TEXT_SIZE.small;
const HEAD_SIZE = PDF_TEXT_SIZE.body;

/**
 * Base widths of the fixed columns in mm (of 273 on landscape A4 with 12 mm margins): as narrow
 * as the usual contents allow ("praktische opdracht" and "telt niet mee; moet voldaan zijn" may
 * take two lines), so Inhoud gets the rest, about 110 mm. A column grows when its header or a
 * single word in it would not fit on one line ("handelingsopdracht", English headers).
 */
const COLUMN_WIDTHS = [20, 26, 'fill', 31, 17, 33, 31] as const;

function drawToetsen(pdf: PdfDocument, content: PtaPdfContent, labels: PtaPdfLabels): void {
  const number = (value: number, decimals = 2) => formatNumber(value, pdf.language, decimals);
  const shares = wegingShares(content.pta.toetsen);
  const headers = [
    labels.columnPeriode,
    labels.columnEindtermen,
    labels.columnInhoud,
    labels.columnToetsvorm,
    labels.columnWeging,
    labels.columnHerkansing,
    labels.columnBerekening,
  ];
  const head: PdfCell[] = headers.map((header) => ({ content: [{ text: header, style: 'bold', size: HEAD_SIZE }] }));

  const rows = content.pta.toetsen.map((toets) => {
    const graded = isGraded(toets.toetsvorm);
    const valid = graded && isValidWeging(toets.weging);
    const weging = !graded ? labels.noWeging : valid && toets.weging != null ? number(toets.weging) : labels.wegingMissing;
    const share = !graded ? labels.notCounted : valid ? labels.share(number((shares.get(toets.id) ?? 0) * 100, 1)) : labels.noWeging;
    const resit = toets.herkansbaar ? labels.resitYes(toets.herkansingVorm ? labels.toetsvormen[toets.herkansingVorm] : '') : labels.resitNo;
    const texts = [toets.periode.trim(), eindtermCodes(toets, content.nodes).join(', '), '', labels.toetsvormen[toets.toetsvorm], weging, resit, share];
    return { toets, texts, muted: [false, false, false, false, !valid, false, !valid] };
  });

  const columns: PdfTableColumn[] = COLUMN_WIDTHS.map((base, index) => {
    if (base === 'fill') return { width: 'fill' };
    setFont(pdf, 'bold', HEAD_SIZE);
    const header = pdf.jspdf.getTextWidth(headers[index] ?? '');
    setFont(pdf, 'normal', CELL_SIZE);
    const words = rows.flatMap((row) => (row.texts[index] ?? '').split(/\s+/)).map((word) => pdf.jspdf.getTextWidth(word));
    return { width: Math.max(base, header + 2 * TABLE_PADDING + 0.5, ...words.map((word) => word + 2 * TABLE_PADDING + 0.5)) };
  });

  const body = rows.map(({ toets, texts, muted }): PdfCell[] =>
    texts.map((text, index) => (index === 2 ? { content: inhoud(toets, content, labels) } : cell(text, muted[index] ? PDF_COLORS.muted : PDF_COLORS.text))),
  );

  drawTable(pdf, { columns, head, body, fontSize: CELL_SIZE, padding: TABLE_PADDING, headFill: PDF_COLORS.surface, keepWithHead: 2, gapAfter: 6 });
}

function cell(text: string, color: Rgb = PDF_COLORS.text): PdfCell {
  return { content: [{ text: text.trim(), size: CELL_SIZE, color }] };
}

/** The codes of the toets's eindtermen, once each, in the order linked; unknown ids are skipped. */
function eindtermCodes(toets: PtaToets, nodes: ReadonlyMap<string, PtaPdfNode>): string[] {
  const codes: string[] = [];
  for (const nodeId of toets.nodeIds) {
    const code = nodes.get(nodeId)?.code.trim();
    if (code && !codes.includes(code)) codes.push(code);
  }
  return codes;
}

/** Code and name in bold, then what is tested, the opdracht that delivers it and the duur. */
function inhoud(toets: PtaToets, content: PtaPdfContent, labels: PtaPdfLabels): PdfTextBlock[] {
  const blocks: PdfTextBlock[] = [{ text: [toets.code.trim(), toets.name.trim()].filter((part) => part !== '').join(' '), style: 'bold', size: CELL_SIZE + 0.5 }];
  if (toets.inhoud.trim()) blocks.push({ text: toets.inhoud.replace(/\s+/g, ' ').trim(), size: CELL_SIZE, gapBefore: 0.8 });
  const opdracht = toets.opdrachtId ? content.opdrachten?.get(toets.opdrachtId)?.trim() : undefined;
  if (opdracht) blocks.push({ text: labels.opdracht(opdracht), size: CELL_SIZE, color: PDF_COLORS.muted, gapBefore: 0.8 });
  if (toets.duur.trim()) blocks.push({ text: labels.duur(toets.duur.trim()), size: CELL_SIZE, color: PDF_COLORS.muted, gapBefore: opdracht ? 0.3 : 0.8 });
  return blocks;
}

/**
 * The examples the rules are explained with: the average and the SE-cijfer it gives under each
 * rounding (half up 5,45 → 5,5; cut off 5,49 → 5,4), and the eindcijfer from either.
 */
const EXAMPLES = {
  'half-up': { raw: 5.45, oneDecimal: 5.5 },
  truncate: { raw: 5.49, oneDecimal: 5.4 },
} as const;

/** How the SE-cijfer is computed, in the school's rules and in plain words. */
function drawRules(pdf: PdfDocument, content: PtaPdfContent, labels: PtaPdfLabels): void {
  const { rules, pta } = content;
  const example = EXAMPLES[rules.intermediateRounding];
  const raw = formatFixed(example.raw, pdf.language, 2);
  const oneDecimal = formatFixed(example.oneDecimal, pdf.language, 1);
  const final = formatNumber(Math.round(rules.finalRoundingFrom === 'raw' ? example.raw : example.oneDecimal), pdf.language);
  const sentences = [
    labels.rulesAverage,
    labels.rulesIntermediate[rules.intermediateRounding](raw, oneDecimal),
    labels.rulesFinal[rules.finalRoundingFrom](raw, oneDecimal, final),
  ];
  if (pta.toetsen.some((toets) => toets.herkansbaar)) sentences.push(labels.rulesResit[rules.resitRule]);
  if (pta.toetsen.some((toets) => !isGraded(toets.toetsvorm))) sentences.push(labels.rulesHandelingsopdracht);
  // Heading and the first two lines stay together.
  ensureSpace(pdf, lineHeightMm(PDF_TEXT_SIZE.heading) + 2 * lineHeightMm(PDF_TEXT_SIZE.body) + 2);
  drawHeading(pdf, labels.rulesTitle, { keepWithNext: 2 * lineHeightMm(PDF_TEXT_SIZE.body) });
  // One rule per line: read as a list, by students and parents too.
  drawParagraph(
    pdf,
    sentences.map((text) => ({ text, gapBefore: 1 })),
    { gapAfter: 0 },
  );
}

const CODE_ORDER = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

/**
 * The eindtermen the PTA covers, each once with its text, sorted by code: the table carries only
 * the codes, so the rows stay short. A node without real text is listed by code in its row only.
 */
function drawEindtermen(pdf: PdfDocument, content: PtaPdfContent, labels: PtaPdfLabels): void {
  const used = new Map<string, PtaPdfNode>();
  for (const toets of content.pta.toetsen) {
    for (const nodeId of toets.nodeIds) {
      const node = content.nodes.get(nodeId);
      const code = node?.code.trim();
      if (!node || !code || used.has(code) || node.text.trim() === '' || node.textStatus === 'placeholder') continue;
      used.set(code, node);
    }
  }
  const nodes = [...used.values()].sort((a, b) => CODE_ORDER.compare(a.code.trim(), b.code.trim()));
  if (nodes.length === 0) return;
  pdf.y += 5;
  drawHeading(pdf, labels.eindtermenTitle, { size: PDF_TEXT_SIZE.body, keepWithNext: 2 * lineHeightMm(PDF_TEXT_SIZE.small) + 2 });
  setFont(pdf, 'bold', PDF_TEXT_SIZE.small);
  const codeWidth = Math.min(50, Math.max(12, ...nodes.map((node) => pdf.jspdf.getTextWidth(node.code.trim()) + 5)));
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
