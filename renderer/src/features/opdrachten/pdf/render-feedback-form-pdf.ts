import type { Group } from '../../../../../shared/domain/group';
import type { Opdracht, Team } from '../../../../../shared/domain/opdracht';
import type { Opdrachtgever } from '../../../../../shared/domain/opdrachtgever';
import { isLive } from '../../../../../shared/domain/record';
import type { RubricCriterion, RubricLevel } from '../../../../../shared/domain/rubric';
import { fullName, type StudentName } from '../../../../../shared/domain/student';
import type { RubricPdfContent } from '../../rubrics/pdf';
import {
  colorOr,
  contentBottom,
  createPdfDocument,
  drawDocumentHeader,
  drawHeading,
  drawWrapped,
  ensureSpace,
  formatNumber,
  lineHeightMm,
  PDF_COLORS,
  PDF_TEXT_SIZE,
  startSection,
  tint,
  toBytes,
  wrapBlocks,
  type PdfDocument,
  type PdfFonts,
  type PdfLabels,
  type PdfLanguage,
  type PdfTextBlock,
  type Rgb,
  type WrappedText,
} from '../../../pdf';
import { clientName, drawCallout, drawFactPanel, drawWritingLines, type PanelRow } from './common';
import { FEEDBACK_FORM_PDF_LABELS_NL, type FeedbackFormPdfLabels } from './labels';

/** A team as printed on its form. */
export interface FeedbackFormTeam {
  name: string;
  /** The group's name: "3T-A". */
  group?: string | null;
  /** In the order given; Student records fit (printed with fullName). */
  members: readonly (string | StudentName)[];
}

/** A rubric whose criteria the client is asked about: the version to print (usually the current one). */
export type FeedbackFormRubric = Pick<RubricPdfContent, 'title' | 'version'>;

export interface FeedbackFormPdfInput {
  fonts: PdfFonts;
  opdracht: Pick<Opdracht, 'title'>;
  opdrachtgever?: Pick<Opdrachtgever, 'name' | 'place'> | null;
  rubrics: readonly FeedbackFormRubric[];
  /** One form per team, in this order. None: one blank form with lines for team and members. */
  teams: readonly FeedbackFormTeam[];
  school?: string | null;
  teacher?: string | null;
  /** Default 'nl'. Decides number and date formats; pass matching labels. */
  language?: PdfLanguage;
  labels?: Partial<FeedbackFormPdfLabels>;
  /** Footer texts ("pagina 1 van 1", "uitgegeven op …"); Dutch by default. */
  pageLabels?: Partial<PdfLabels>;
  /** Date of issue in the footer; default today. */
  issuedOn?: Date;
}

export interface FeedbackFormCriteria {
  /** Per rubric that has criteria on the form: its levels and those criteria, in rubric order. */
  rubrics: { title: string; levels: readonly RubricLevel[]; criteria: readonly RubricCriterion[] }[];
  /**
   * True when no criterion of any rubric is marked for client input, so the form asks about all
   * of them (with a note saying so). The screen can say this before the teacher prints.
   */
  allCriteria: boolean;
}

/**
 * The criteria the client is asked about: those marked `clientInput`; when none is marked, all
 * of them. A rubric without levels cannot be ticked and is left out.
 */
export function feedbackFormCriteria(rubrics: readonly FeedbackFormRubric[]): FeedbackFormCriteria {
  const usable = rubrics.filter((rubric) => rubric.version.levels.length > 0 && rubric.version.criteria.length > 0);
  const marked = usable.some((rubric) => rubric.version.criteria.some((criterion) => criterion.clientInput));
  return {
    allCriteria: usable.length > 0 && !marked,
    rubrics: usable
      .map((rubric) => ({
        title: rubric.title.trim(),
        levels: rubric.version.levels,
        criteria: marked ? rubric.version.criteria.filter((criterion) => criterion.clientInput) : rubric.version.criteria,
      }))
      .filter((rubric) => rubric.criteria.length > 0),
  };
}

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

/**
 * Teams as the form prints them, from the stored records: live teams ordered by group and their
 * order, members in the team's order, deleted or unknown students left out.
 */
export function feedbackFormTeams(
  teams: readonly Pick<Team, 'name' | 'groupId' | 'studentIds' | 'order' | 'deletedAt'>[],
  students: ReadonlyMap<string, StudentName & { deletedAt?: number | null }>,
  groups: ReadonlyMap<string, Pick<Group, 'name'>>,
): FeedbackFormTeam[] {
  return teams
    .filter(isLive)
    .map((team) => ({ team, group: groups.get(team.groupId)?.name ?? '' }))
    .sort((a, b) => collator.compare(a.group, b.group) || a.team.order - b.team.order || collator.compare(a.team.name, b.team.name))
    .map(({ team, group }) => ({
      name: team.name,
      group,
      members: team.studentIds.map((id) => students.get(id)).filter((student): student is StudentName => student != null && isLive(student)),
    }));
}

/**
 * The feedback form for the opdrachtgever, one per team, each its own section ("pagina 1 van 1"
 * per team): the team and its members, the note that the client's input is advisory, one block
 * per criterion marked for client input with a tick box per level in the level's colour and
 * lines to explain, general remarks, and name, role, date and signature.
 *
 * When no criterion is marked for client input the form asks about all criteria and says so:
 * a form with only open questions would lose the rubric the client is meant to judge by, and
 * refusing would leave the teacher without a form the day the client comes.
 */
export function renderFeedbackFormPdf(input: FeedbackFormPdfInput): Uint8Array {
  const labels = { ...FEEDBACK_FORM_PDF_LABELS_NL, ...input.labels };
  const title = input.opdracht.title.trim();
  const pdf = createPdfDocument({
    fonts: input.fonts,
    title: `${labels.kicker}: ${title}`,
    subject: labels.kicker,
    keywords: [labels.kicker, title, input.opdrachtgever?.name ?? ''].filter((word) => word.trim() !== ''),
    language: input.language,
    issuedOn: input.issuedOn,
    labels: input.pageLabels,
  });
  const criteria = feedbackFormCriteria(input.rubrics);
  const teams: readonly (FeedbackFormTeam | null)[] = input.teams.length > 0 ? input.teams : [null];
  for (const team of teams) {
    const name = team?.name.trim() ?? '';
    startSection(pdf, {
      footerText: labels.footer(name || labels.team),
      runningTitle: labels.runningTitle(title, name || labels.team),
    });
    drawForm(pdf, input, labels, criteria, team);
  }
  return toBytes(pdf);
}

function drawForm(pdf: PdfDocument, input: FeedbackFormPdfInput, labels: FeedbackFormPdfLabels, criteria: FeedbackFormCriteria, team: FeedbackFormTeam | null): void {
  const client = clientName(input.opdrachtgever);
  drawDocumentHeader(pdf, {
    kicker: labels.kicker,
    title: input.opdracht.title,
    subtitle: client ? labels.client(client) : undefined,
    aside: [input.school, input.teacher],
  });

  const members = team?.members.map((member) => (typeof member === 'string' ? member.trim() : fullName(member))).filter(Boolean) ?? [];
  const rows: PanelRow[] = [
    { label: labels.team, value: team ? team.name.trim() || null : null },
    ...(team?.group?.trim() ? [{ label: labels.group, value: team.group.trim() }] : []),
    { label: labels.members, value: members.length > 0 ? members.join(', ') : null },
  ];
  drawFactPanel(pdf, rows, null, 4);

  const hasCriteria = criteria.rubrics.length > 0;
  const note: PdfTextBlock[] = [
    { text: labels.advisory, style: 'bold', size: PDF_TEXT_SIZE.body },
    { text: hasCriteria ? labels.instructions : labels.noCriteriaInstructions, size: PDF_TEXT_SIZE.body, gapBefore: 1 },
  ];
  if (criteria.allCriteria) note.push({ text: labels.allCriteriaNote, size: PDF_TEXT_SIZE.small, color: PDF_COLORS.muted, gapBefore: 1 });
  drawCallout(pdf, note, { padding: 2.5, gapAfter: 5 });

  let number = 0;
  for (const rubric of criteria.rubrics) {
    const firstCriterion = rubric.criteria[0];
    if (criteria.rubrics.length > 1 && firstCriterion) {
      const keep = measureCriterionBlock(pdf, labels, rubric.levels, firstCriterion, formatNumber(number + 1, pdf.language)).total;
      drawHeading(pdf, rubric.title.toUpperCase(), { size: PDF_TEXT_SIZE.small, color: PDF_COLORS.primary, keepWithNext: keep });
    }
    for (const criterion of rubric.criteria) {
      number += 1;
      drawCriterionBlock(pdf, labels, rubric.levels, criterion, formatNumber(number, pdf.language));
    }
  }

  // The open question takes the room left above the signature: at least three lines, at most ten.
  const free = contentBottom(pdf) - pdf.y - SIGNATURE_HEIGHT - lineHeightMm(PDF_TEXT_SIZE.subtitle) - 5;
  drawOpenQuestion(pdf, labels.generalRemarks, Math.max(3, Math.min(10, Math.floor(free / LINE_GAP))));
  drawSignature(pdf, labels);
}

const FALLBACK_LEVEL_COLOR: Rgb = [0xcf, 0xd8, 0xe3];
const BOX = 4.2;
const LINE_GAP = 7.5;
const SIGNATURE_ROW = 10;
/** Heading, two rows of fields and the space below them. */
const SIGNATURE_HEIGHT = lineHeightMm(PDF_TEXT_SIZE.subtitle) + 1.5 + 2 * SIGNATURE_ROW + 2;

/**
 * One criterion: its title, the levels side by side (a tick box in the level's colour, the
 * level's name and its descriptor on a light tint of that colour), and lines for a remark.
 * The block is kept whole on one page.
 */
function measureCriterionBlock(pdf: PdfDocument, labels: FeedbackFormPdfLabels, levels: readonly RubricLevel[], criterion: RubricCriterion, number: string) {
  const padding = 1.8;
  const columnGap = 1.6;
  const columnWidth = (pdf.contentWidth - (levels.length - 1) * columnGap) / levels.length;
  const labelWidth = columnWidth - 2 * padding - BOX - 1.6;
  const descriptorWidth = columnWidth - 2 * padding;
  const titleText = wrapBlocks(pdf, [{ text: `${number}. ${criterion.title.trim()}`, style: 'bold', size: PDF_TEXT_SIZE.subtitle }], pdf.contentWidth);
  const columns = levels.map((level) => {
    const color = colorOr(level.color, FALLBACK_LEVEL_COLOR);
    const label = wrapBlocks(pdf, [{ text: level.label.trim(), style: 'bold', size: PDF_TEXT_SIZE.small }], labelWidth);
    const descriptor = wrapBlocks(pdf, [{ text: criterion.descriptors[level.id] ?? '', size: PDF_TEXT_SIZE.small }], descriptorWidth);
    return { color, label, descriptor, headHeight: Math.max(BOX, label.height) };
  });
  const headHeight = Math.max(...columns.map((column) => column.headHeight));
  const descriptorHeight = Math.max(...columns.map((column) => column.descriptor.height));
  const gridHeight = padding + headHeight + (descriptorHeight > 0 ? 1.5 + descriptorHeight : 0) + padding;
  const remarksLabel = wrapBlocks(pdf, [{ text: `${labels.remarks}:`, size: PDF_TEXT_SIZE.small, color: PDF_COLORS.muted }], 40);
  const remarksHeight = 2 * LINE_GAP + 1;
  const total = titleText.height + 1.5 + gridHeight + remarksHeight;
  return { padding, columnGap, columnWidth, labelWidth, descriptorWidth, titleText, columns, headHeight, gridHeight, remarksLabel, remarksHeight, total };
}

function drawCriterionBlock(pdf: PdfDocument, labels: FeedbackFormPdfLabels, levels: readonly RubricLevel[], criterion: RubricCriterion, number: string): void {
  const { padding, columnGap, columnWidth, labelWidth, descriptorWidth, titleText, columns, headHeight, gridHeight, remarksLabel, remarksHeight, total } =
    measureCriterionBlock(pdf, labels, levels, criterion, number);
  ensureSpace(pdf, total);

  drawWrapped(pdf, titleText, pdf.margins.left, pdf.y, pdf.contentWidth);
  const top = pdf.y + titleText.height + 1.5;
  const doc = pdf.jspdf;
  columns.forEach((column, index) => {
    const x = pdf.margins.left + index * (columnWidth + columnGap);
    const fill = tint(column.color, 0.28);
    doc.setFillColor(fill[0], fill[1], fill[2]);
    doc.setDrawColor(...PDF_COLORS.rule);
    doc.setLineWidth(0.25);
    doc.rect(x, top, columnWidth, gridHeight, 'FD');
    // The tick box: the level's own colour, with a dark border so it shows in greyscale too.
    const boxTop = top + padding + (column.label.height > BOX ? 0 : (lineHeightMm(PDF_TEXT_SIZE.small) - BOX) / 2 + (headHeight - column.headHeight) / 2);
    doc.setFillColor(column.color[0], column.color[1], column.color[2]);
    doc.setDrawColor(...PDF_COLORS.text);
    doc.setLineWidth(0.35);
    doc.rect(x + padding, Math.max(top + padding, boxTop), BOX, BOX, 'FD');
    const labelTop = top + padding + Math.max(0, (BOX - column.label.height) / 2);
    drawWrapped(pdf, column.label, x + padding + BOX + 1.6, labelTop, labelWidth);
    drawWrapped(pdf, column.descriptor, x + padding, top + padding + headHeight + 1.5, descriptorWidth);
  });

  const remarksTop = top + gridHeight;
  drawWrapped(pdf, remarksLabel, pdf.margins.left, remarksTop + LINE_GAP - remarksLabel.height - 0.3, 40);
  drawWritingLines(pdf, pdf.margins.left + remarksLabel.width + 2, remarksTop, pdf.contentWidth - remarksLabel.width - 2, 1, LINE_GAP);
  drawWritingLines(pdf, pdf.margins.left, remarksTop + LINE_GAP, pdf.contentWidth, 1, LINE_GAP);
  pdf.y = remarksTop + remarksHeight + 4;
}

/** A heading with lines to write on, kept together. */
function drawOpenQuestion(pdf: PdfDocument, title: string, lines: number): void {
  const height = lineHeightMm(PDF_TEXT_SIZE.subtitle) + lines * LINE_GAP + 2;
  ensureSpace(pdf, height);
  drawHeading(pdf, title, { size: PDF_TEXT_SIZE.subtitle, keepWithNext: lines * LINE_GAP });
  drawWritingLines(pdf, pdf.margins.left, pdf.y - 2, pdf.contentWidth, lines, LINE_GAP);
  pdf.y += lines * LINE_GAP + 3;
}

/** Name, role, date and signature of the client, two fields a row. */
function drawSignature(pdf: PdfDocument, labels: FeedbackFormPdfLabels): void {
  const rowHeight = SIGNATURE_ROW;
  const fields = [labels.name, labels.role, labels.date, labels.signature];
  ensureSpace(pdf, SIGNATURE_HEIGHT);
  drawHeading(pdf, labels.filledInBy, { size: PDF_TEXT_SIZE.subtitle, keepWithNext: 2 * rowHeight });
  const gap = 8;
  const fieldWidth = (pdf.contentWidth - gap) / 2;
  const top = pdf.y;
  fields.forEach((field, index) => {
    const x = pdf.margins.left + (index % 2) * (fieldWidth + gap);
    const bottom = top + Math.floor(index / 2) * rowHeight + rowHeight - 1;
    const label: WrappedText = wrapBlocks(pdf, [{ text: `${field}:`, size: PDF_TEXT_SIZE.small, color: PDF_COLORS.muted }], fieldWidth);
    drawWrapped(pdf, label, x, bottom - label.height - 0.3, fieldWidth);
    drawWritingLines(pdf, x + label.width + 2, bottom - rowHeight, fieldWidth - label.width - 2, 1, rowHeight);
  });
  pdf.y = top + 2 * rowHeight + 2;
}
