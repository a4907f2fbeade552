import { fullName } from '../../../../../shared/domain/student';
import type { StudentExport } from '../../../../../shared/privacy/student-export';
import {
  createPdfDocument,
  dateFromIso,
  drawDocumentHeader,
  drawHeading,
  drawParagraph,
  drawTable,
  formatDate,
  formatFixed,
  formatNumber,
  PDF_COLORS,
  PDF_TEXT_SIZE,
  toBytes,
  updateSection,
  type PdfCellInput,
  type PdfDocument,
  type PdfFonts,
  type PdfLabels,
  type PdfLanguage,
  type PdfTableColumn,
} from '../../../pdf';
import { drawNoteBand } from '../../../pdf';
import { STUDENT_EXPORT_PDF_LABELS_NL, type StudentExportPdfLabels } from './labels';

export interface StudentExportPdfInput {
  fonts: PdfFonts;
  data: StudentExport;
  school?: string | null;
  labels?: Partial<StudentExportPdfLabels>;
  language?: PdfLanguage;
  issuedOn?: Date;
  pageLabels?: Partial<PdfLabels>;
}

/**
 * The readable side of an AVG export: the same document as student.json (built from it, so the
 * two never disagree), section by section, every row of every kind. An empty section says
 * "Geen." rather than disappearing, so the reader sees it was looked at.
 */
export function renderStudentExportPdf(input: StudentExportPdfInput): Uint8Array {
  const labels = { ...STUDENT_EXPORT_PDF_LABELS_NL, ...input.labels };
  const language = input.language ?? 'nl';
  const { data } = input;
  const name = fullName(data.student);
  const pdf = createPdfDocument({ fonts: input.fonts, title: `${labels.kicker} · ${name}`, language, issuedOn: input.issuedOn, labels: input.pageLabels });
  updateSection(pdf, { footerText: labels.footer(name), runningTitle: `${labels.kicker} · ${name}` });
  const day = (iso: string) => {
    const date = dateFromIso(iso.slice(0, 10));
    return date ? formatDate(date, language) : iso;
  };
  const moment = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : `${formatDate(date, language)} ${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  };
  const deleted = (at: string | null) => (at ? ` ${labels.deletedMark}` : '');

  drawDocumentHeader(pdf, {
    kicker: labels.kicker,
    title: name,
    subtitle: [data.group?.name, data.cohort?.name, `${labels.fields.leerlingnummer} ${data.student.leerlingnummer}`].filter(Boolean).join(' · '),
    aside: [input.school],
  });
  drawNoteBand(pdf, labels.band, PDF_COLORS.primary, { detail: labels.bandDetail });

  section(pdf, labels.sectionStudent);
  const pairs: [string, string][] = [
    [labels.fields.roepnaam, data.student.roepnaam],
    [labels.fields.tussenvoegsel, data.student.tussenvoegsel || '—'],
    [labels.fields.achternaam, data.student.achternaam],
    [labels.fields.leerlingnummer, data.student.leerlingnummer],
    [labels.fields.group, data.group?.name ?? '—'],
    [labels.fields.cohort, data.cohort ? `${data.cohort.name} (${data.cohort.leerweg}, ${data.cohort.programme}, ${data.cohort.firstSchoolYear})` : '—'],
    [labels.fields.since, day(data.student.createdAt)],
  ];
  if (data.student.archivedAt) pairs.push([labels.fields.archived, day(data.student.archivedAt)]);
  if (data.student.deletedAt) pairs.push([labels.fields.deleted, day(data.student.deletedAt)]);
  drawTable(pdf, { columns: [{ width: 45 }, { width: 'fill' }], body: pairs.map(([key, value]) => [{ content: [{ text: key, style: 'bold' }] }, value]), variant: 'plain', padding: 1 });

  table(pdf, labels, `${labels.sectionObservations} (${data.observations.length})`, [{ width: 24 }, { width: 40 }, { width: 24 }, { width: 24 }, { width: 30 }, { width: 'fill' }], [labels.columns.date, labels.columns.goal, labels.columns.level, labels.columns.by, labels.columns.opdracht, labels.columns.note], data.observations.map((o) => [
    day(o.date) + deleted(o.deletedAt),
    o.goal ? [o.goal.code, o.goal.text].filter(Boolean).join(' ') : labels.generalNote,
    o.level == null ? '—' : (o.levelLabel ?? `${o.level}/${o.scaleSize}`),
    labels.assessors[o.assessor],
    o.opdracht?.name ?? '',
    o.note,
  ]));

  table(pdf, labels, `${labels.sectionBeoordelingen} (${data.beoordelingen.length})`, [{ width: 24 }, { width: 38 }, { width: 30 }, { width: 'fill' }], [labels.columns.date, labels.columns.rubric, labels.columns.by, labels.columns.scores], data.beoordelingen.map((b) => [
    day(b.workDate) + deleted(b.deletedAt),
    [b.rubric.title, b.opdracht?.name, b.ptaToets ? `${labels.columns.toets} ${b.ptaToets.code} ${b.ptaToets.name}` : null, b.team?.name].filter(Boolean).join('\n'),
    [labels.assessors[b.assessor], b.assessorName].filter(Boolean).join('\n'),
    {
      content: [
        ...b.conditions.map((c) => ({ text: labels.condition(c.text, c.met), size: PDF_TEXT_SIZE.small })),
        ...b.criteria.flatMap((c) => [
          { text: `${c.title || c.id}: ${c.level?.label || c.level?.id || '—'}`, size: PDF_TEXT_SIZE.small },
          ...(c.comment ? [{ text: c.comment, size: PDF_TEXT_SIZE.small, color: PDF_COLORS.muted, indent: 3 }] : []),
        ]),
      ],
    },
  ]));

  const grade = (value: number | null) => (value == null ? '—' : formatFixed(value, language, 1));
  table(pdf, labels, `${labels.sectionResults} (${data.results.length})`, [{ width: 50 }, { width: 16 }, { width: 16 }, { width: 'fill' }, { width: 18 }, { width: 16 }], [labels.columns.toets, labels.columns.attempt, labels.columns.grade, labels.columns.override, labels.columns.voldaan, labels.columns.late], data.results.map((r) => [
    `${r.toets.code} ${r.toets.name}`.trim() + deleted(r.deletedAt),
    formatNumber(r.attempt, language),
    grade(r.grade),
    r.override ? `${grade(r.override.grade)} · ${r.override.reason}` : '',
    r.voldaan == null ? '' : r.voldaan ? labels.yes : labels.no,
    r.late ? labels.yes : '',
  ]));

  table(pdf, labels, `${labels.sectionAudit} (${data.auditTrail.length})`, [{ width: 32 }, { width: 28 }, { width: 40 }, { width: 30 }, { width: 'fill' }], [labels.columns.when, labels.columns.who, labels.columns.what, labels.columns.change, labels.columns.reason], data.auditTrail.map((a) => [
    moment(a.at),
    a.who,
    [labels.auditKinds[a.kind], a.label, a.toets ? `${labels.columns.toets} ${a.toets.code}` : null].filter(Boolean).join(' · '),
    `${a.oldValue ?? '—'} → ${a.newValue ?? '—'}`,
    a.reason,
  ]));

  table(pdf, labels, `${labels.sectionEvidence} (${data.evidence.length})`, [{ width: 24 }, { width: 62 }, { width: 16 }, { width: 18 }, { width: 'fill' }], [labels.columns.date, labels.columns.file, labels.columns.kind, labels.columns.size, labels.columns.caption], data.evidence.map((e) => [
    day(e.date) + deleted(e.deletedAt),
    e.path + (e.shared ? `\n${labels.sharedMark}` : ''),
    labels.evidenceKinds[e.kind],
    `${formatNumber(e.size / 1024, language, 0)} KB`,
    e.caption,
  ]));

  table(pdf, labels, `${labels.sectionTeams} (${data.teams.length})`, [{ width: 40 }, { width: 'fill' }, { width: 30 }, { width: 30 }], [labels.columns.team, labels.columns.opdracht, labels.columns.groupCol, labels.columns.members], data.teams.map((t) => [t.name, t.opdracht?.name ?? '', t.group?.name ?? '', labels.membersCount(t.size)]));

  table(pdf, labels, `${labels.sectionOpdrachten} (${data.opdrachten.length})`, [{ width: 'fill' }, { width: 28 }, { width: 60 }], [labels.columns.opdracht, labels.columns.schoolYear, labels.columns.client], data.opdrachten.map((o) => [o.title, o.schoolYear, o.opdrachtgever ?? '']));

  return toBytes(pdf);
}

function section(pdf: PdfDocument, title: string): void {
  drawHeading(pdf, title);
}

function table(pdf: PdfDocument, labels: StudentExportPdfLabels, title: string, columns: PdfTableColumn[], head: string[], body: PdfCellInput[][]): void {
  section(pdf, title);
  if (body.length === 0) {
    drawParagraph(pdf, [{ text: labels.none, color: PDF_COLORS.muted }], { gapAfter: 5 });
    return;
  }
  drawTable(pdf, { columns, head, body, fontSize: PDF_TEXT_SIZE.small, padding: 1.4, gapAfter: 6 });
}
