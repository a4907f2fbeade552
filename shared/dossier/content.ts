import type { Cohort, Leerweg } from '../domain/cohort';
import type { Group } from '../domain/group';
import type { Observatie } from '../domain/observatie';
import type { IsoDate } from '../domain/opdracht';
import { isGraded, type Pta, type Toetsvorm } from '../domain/pta';
import { isLive } from '../domain/record';
import type { FinalRoundingFrom, IntermediateRounding, ResitRule, SchoolSettings } from '../domain/school-settings';
import { fullName, type Student } from '../domain/student';
import type { ToetsResultaat } from '../domain/toets-resultaat';
import { gradeTable, type StudentGrades } from '../grades/grade-table';
import type { AttemptSource } from '../grades/toets-grade';
import { closuresFromResults, coverageOf, type CoverageState, type EvidencePoint } from '../growth';

/**
 * The examendossier of a student as data (../shared/domain.md "Examendossier"): who and what
 * it is about, every PTA toets with its opdracht, opdrachtgever, eindtermen, cijfers and
 * herkansing, the SE-cijfer by the school's rounding rules, how far the exam programme's
 * eindtermen are covered, and optionally evidence and the student's own reflections. The PDF
 * only lays this out; every number is decided here, with the same functions the grade table
 * uses (gradeTable → seCijfer), so the dossier and the screen never disagree.
 */

/** A framework node as the dossier prints it. */
export interface DossierNode {
  code: string;
  text: string;
}

export interface DossierAttempt {
  grade: number;
  source: AttemptSource;
}

export interface DossierToetsRow {
  toetsId: string;
  code: string;
  name: string;
  periode: string;
  date: IsoDate | null;
  toetsvorm: Toetsvorm;
  graded: boolean;
  opdracht: string | null;
  opdrachtgever: string | null;
  /** Codes of the eindtermen the toets covers, once each, in PTA order; unknown ids skipped. */
  eindtermen: string[];
  /** Positive for a graded toets; null for a handelingsopdracht (or when missing). */
  weging: number | null;
  herkansbaar: boolean;
  first: DossierAttempt | null;
  /** The herkansing, only when the toets is herkansbaar and one was made. */
  resit: DossierAttempt | null;
  /** The cijfer that counts for the SE (resit rule applied). */
  grade: number | null;
  counted: 1 | 2 | null;
  /** Handelingsopdracht: voldaan, niet voldaan, or not judged yet. */
  voldaan: boolean | null;
  late: boolean;
  /** Its date has passed without a cijfer (or voldaan). */
  missing: boolean;
}

export type DossierSe =
  | { ok: false; reason: 'no-pta' | 'no-weighted-toets' | 'invalid-weging'; toetsCodes: string[] }
  | {
      ok: true;
      /** Unrounded weighted average of the toetsen graded so far; null when none is graded. */
      raw: number | null;
      oneDecimal: number | null;
      final: number | null;
      /** Every weighted toets has a cijfer; otherwise the values are provisional. */
      complete: boolean;
      missingCodes: string[];
    };

export interface DossierCoverageEntry {
  code: string;
  text: string;
  state: CoverageState;
  /** Codes of the PTA toetsen whose results closed it. */
  closedBy: string[];
  /** Formative and summative evidence points on it. */
  evidenceCount: number;
}

export interface DossierCoverage {
  /** Null when the cohort's exam programme has not been imported: nothing to cover against. */
  frameworkTitle: string | null;
  entries: DossierCoverageEntry[];
  counts: Record<CoverageState, number>;
}

export interface DossierReflection {
  date: IsoDate;
  note: string;
  /** The eindterm or skill code it is about, when there is one. */
  nodeCode: string | null;
}

export interface DossierEvidence {
  id: string;
  date: IsoDate;
  caption: string;
  fileName: string;
  /** Whether there is a thumbnail to print (photos). */
  hasThumbnail: boolean;
}

export interface DossierContent {
  school: string;
  examinator: string;
  programme: string;
  leerweg: Leerweg;
  cohortName: string;
  firstSchoolYear: string;
  studentName: string;
  leerlingnummer: string;
  groupName: string;
  ptaTitle: string;
  ptaStatus: Pta['status'] | null;
  rules: { resitRule: ResitRule; intermediateRounding: IntermediateRounding; finalRoundingFrom: FinalRoundingFrom };
  rows: DossierToetsRow[];
  se: DossierSe;
  /** Every handelingsopdracht is voldaan (true when there are none). */
  handelingsdeelVoldaan: boolean;
  coverage: DossierCoverage;
  /** Empty unless asked for. */
  reflections: DossierReflection[];
  /** Empty unless asked for. */
  evidence: DossierEvidence[];
}

/** What the evidence list needs of a Bewijs record. */
export interface DossierBewijs {
  id: string;
  studentIds: readonly string[];
  date: IsoDate;
  caption: string;
  fileName: string;
  thumbnail: unknown;
  deletedAt?: number | null;
}

export interface DossierGroupInput {
  students: readonly Student[];
  group: Pick<Group, 'name'> | null;
  cohort: Pick<Cohort, 'name' | 'leerweg' | 'programme' | 'firstSchoolYear'>;
  pta: Pta | null;
  /** Results of these students (any PTA; only the cohort's PTA counts). */
  results: readonly ToetsResultaat[];
  /** attemptKey → the examinator's rubric cijfer (rubricGrades in shared/grades). */
  rubricGrades: ReadonlyMap<string, number | null>;
  settings: Pick<SchoolSettings, 'schoolName' | 'teacherName' | 'resitRule' | 'intermediateRounding' | 'finalRoundingFrom'>;
  today: IsoDate;
  /** Framework nodes by id: at least the PTA's eindtermen and the programme's. */
  nodes: ReadonlyMap<string, DossierNode>;
  opdrachten: ReadonlyMap<string, { title: string; opdrachtgeverId: string | null }>;
  opdrachtgevers: ReadonlyMap<string, { name: string }>;
  /** The exam programme the cohort is examined on (readProgrammeEindtermen); null when not imported. */
  programme: { title: string; eindtermIds: readonly string[] } | null;
  /** Evidence points of these students (observations and rubric criteria). */
  evidence: readonly EvidencePoint[];
  /** Only needed with includeExtras. */
  observaties?: readonly Observatie[];
  bewijs?: readonly DossierBewijs[];
  /** Evidence thumbnails and the student's own reflections. Default false. */
  includeExtras?: boolean;
}

/** The dossier of every student in `input.students`, in that order. */
export function dossierContents(input: DossierGroupInput): DossierContent[] {
  const pta = input.pta;
  const toetsen = pta?.toetsen ?? [];
  const results = pta ? input.results.filter((result) => result.ptaId === pta.id) : [];
  const grades = gradeTable({
    studentIds: input.students.map((student) => student.id),
    toetsen,
    results,
    rubricGrades: input.rubricGrades,
    settings: input.settings,
    today: input.today,
  });
  const closures = pta ? closuresFromResults(pta, results) : [];
  const pointsByStudent = groupBy(input.evidence, (point) => point.studentId);
  const closuresByStudent = groupBy(closures, (closure) => closure.studentId);
  const codeOf = (toetsId: string) => toetsen.find((toets) => toets.id === toetsId)?.code.trim() ?? '?';

  return input.students.map((student, index) => {
    const studentGrades = grades[index]!;
    const rows = toetsRows(input, studentGrades);
    const coverage = coverageSummary(input, pointsByStudent.get(student.id) ?? [], closuresByStudent.get(student.id) ?? []);
    return {
      school: input.settings.schoolName.trim(),
      examinator: input.settings.teacherName.trim(),
      programme: input.cohort.programme.trim(),
      leerweg: input.cohort.leerweg,
      cohortName: input.cohort.name.trim(),
      firstSchoolYear: input.cohort.firstSchoolYear,
      studentName: fullName(student),
      leerlingnummer: student.leerlingnummer.trim(),
      groupName: input.group?.name.trim() ?? '',
      ptaTitle: pta?.title.trim() ?? '',
      ptaStatus: pta?.status ?? null,
      rules: { resitRule: input.settings.resitRule, intermediateRounding: input.settings.intermediateRounding, finalRoundingFrom: input.settings.finalRoundingFrom },
      rows,
      se: seOf(pta, studentGrades, codeOf),
      handelingsdeelVoldaan: studentGrades.handelingsdeelVoldaan,
      coverage,
      reflections: input.includeExtras ? reflectionsOf(input, student.id) : [],
      evidence: input.includeExtras ? evidenceOf(input, student.id) : [],
    };
  });
}

function toetsRows(input: DossierGroupInput, grades: StudentGrades): DossierToetsRow[] {
  return (input.pta?.toetsen ?? []).map((toets) => {
    const cell = grades.cells[toets.id]!;
    const opdracht = toets.opdrachtId ? input.opdrachten.get(toets.opdrachtId) : undefined;
    const opdrachtgever = opdracht?.opdrachtgeverId ? input.opdrachtgevers.get(opdracht.opdrachtgeverId) : undefined;
    const codes: string[] = [];
    for (const nodeId of toets.nodeIds) {
      const code = input.nodes.get(nodeId)?.code.trim();
      if (code && !codes.includes(code)) codes.push(code);
    }
    const graded = isGraded(toets.toetsvorm);
    return {
      toetsId: toets.id,
      code: toets.code.trim(),
      name: toets.name.trim(),
      periode: toets.periode.trim(),
      date: toets.date,
      toetsvorm: toets.toetsvorm,
      graded,
      opdracht: opdracht?.title.trim() || null,
      opdrachtgever: opdrachtgever?.name.trim() || null,
      eindtermen: codes,
      weging: graded ? toets.weging : null,
      herkansbaar: toets.herkansbaar,
      first: cell.first,
      resit: cell.resit,
      grade: cell.grade,
      counted: cell.counted,
      voldaan: cell.voldaan,
      late: cell.late,
      missing: cell.missing,
    };
  });
}

function seOf(pta: Pta | null, grades: StudentGrades, codeOf: (toetsId: string) => string): DossierSe {
  if (!pta) return { ok: false, reason: 'no-pta', toetsCodes: [] };
  const se = grades.se;
  if (!se.ok) return { ok: false, reason: se.reason, toetsCodes: se.toetsIds.map(codeOf) };
  return { ok: true, raw: se.raw, oneDecimal: se.oneDecimal, final: se.final, complete: se.complete, missingCodes: se.missingToetsIds.map(codeOf) };
}

function coverageSummary(input: DossierGroupInput, points: readonly EvidencePoint[], closures: ReturnType<typeof closuresFromResults>): DossierCoverage {
  const counts: Record<CoverageState, number> = { 'niet-gezien': 0, formatief: 0, afgesloten: 0 };
  if (!input.programme) return { frameworkTitle: null, entries: [], counts };
  const entries = coverageOf(input.programme.eindtermIds, points, closures).map((entry) => {
    counts[entry.state] += 1;
    const node = input.nodes.get(entry.nodeId);
    const closedBy = [...new Set(entry.closures.map((closure) => closure.toetsCode.trim()))];
    return { code: node?.code.trim() ?? '?', text: node?.text.replace(/\s+/g, ' ').trim() ?? '', state: entry.state, closedBy, evidenceCount: entry.evidence.length };
  });
  return { frameworkTitle: input.programme.title.trim(), entries, counts };
}

/** The student's own words about their work: observations they made themselves, with a note. */
function reflectionsOf(input: DossierGroupInput, studentId: string): DossierReflection[] {
  return (input.observaties ?? [])
    .filter((o) => isLive(o) && o.studentId === studentId && o.assessor === 'zelf' && o.note.trim() !== '')
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt)
    .map((o) => ({ date: o.date, note: o.note.replace(/\s+/g, ' ').trim(), nodeCode: o.nodeId ? (input.nodes.get(o.nodeId)?.code.trim() ?? null) : null }));
}

function evidenceOf(input: DossierGroupInput, studentId: string): DossierEvidence[] {
  return (input.bewijs ?? [])
    .filter((b) => b.deletedAt == null && b.studentIds.includes(studentId))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((b) => ({ id: b.id, date: b.date, caption: b.caption.trim(), fileName: b.fileName, hasThumbnail: b.thumbnail != null }));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
