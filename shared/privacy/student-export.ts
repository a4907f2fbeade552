import type { AuditEntry, AuditKind } from '../domain/audit';
import type { Assessor, Attempt, Beoordeling } from '../domain/beoordeling';
import type { Bewijs, BewijsKind } from '../domain/bewijs';
import type { Cohort, Leerweg } from '../domain/cohort';
import type { FrameworkNode } from '../domain/framework';
import type { Group } from '../domain/group';
import type { Observatie } from '../domain/observatie';
import type { IsoDate, Opdracht, Team } from '../domain/opdracht';
import type { Opdrachtgever } from '../domain/opdrachtgever';
import type { Pta } from '../domain/pta';
import type { Rubric, RubricVersion } from '../domain/rubric';
import type { Student } from '../domain/student';
import type { ToetsResultaat } from '../domain/toets-resultaat';

/**
 * Everything Vakwerk holds about one student, for a request under AVG article 15 (right of
 * access), as one JSON document of a documented, stable shape (`STUDENT_EXPORT_FORMAT`,
 * version 1; fields are only ever added within a version).
 *
 * What belongs to the student: their own row, the names of their group and cohort, their
 * observations, beoordelingen (with rubric, criterion and level names, so it reads without the
 * app), toets results, the audit trail of their cijfers and scores, their evidence files (as
 * files beside the JSON, referenced by `path`), the teams they were in and the opdrachten they
 * worked on. Rows that are deleted but not yet purged (kept 30 days for undo) are still held, so
 * they are included with `deletedAt` set.
 *
 * What is left out, because it is someone else's personal data: the names of the other members
 * of a team and of a peer who assessed the student (a peer assessment says "medeleerling"), and
 * the contact persons of opdrachtgevers.
 */
export const STUDENT_EXPORT_FORMAT = 'vakwerk-avg-export';
export const STUDENT_EXPORT_VERSION = 1;

/** The rows read from the database (renderer/src/db/repositories/student-data.ts). */
export interface StudentDataRows {
  student: Student;
  group: Group | null;
  cohort: Cohort | null;
  observaties: readonly Observatie[];
  beoordelingen: readonly Beoordeling[];
  rubricVersions: ReadonlyMap<string, RubricVersion>;
  rubrics: ReadonlyMap<string, Rubric>;
  resultaten: readonly ToetsResultaat[];
  /** PTAs the results and beoordelingen refer to (for toets codes and names). */
  ptas: readonly Pta[];
  audit: readonly AuditEntry[];
  /** Evidence of the student, without needing the blobs (they go into the zip separately). */
  bewijs: readonly Omit<Bewijs, 'blob' | 'thumbnail'>[];
  /** Teams with the student as a member. */
  teams: readonly Team[];
  /** Opdrachten the student worked on (of their group, teams, beoordelingen, observations, evidence). */
  opdrachten: readonly Opdracht[];
  opdrachtgevers: ReadonlyMap<string, Opdrachtgever>;
  /** Goals referred to by observations. */
  nodes: ReadonlyMap<string, FrameworkNode>;
  /** Groups referred to by teams (their names). */
  groups: ReadonlyMap<string, Group>;
}

export interface ExportRef {
  id: string;
  name: string;
}

export interface ExportToets {
  id: string;
  code: string;
  name: string;
}

export interface StudentExportObservation {
  id: string;
  date: IsoDate;
  goal: { id: string; code: string; text: string } | null;
  /** 1 = lowest; null for a note without a level. */
  level: number | null;
  scaleSize: number;
  /** The level's name on the school's scale when the scale had as many levels; else null. */
  levelLabel: string | null;
  assessor: Assessor;
  note: string;
  opdracht: ExportRef | null;
  evidenceIds: string[];
  recordedAt: string;
  deletedAt: string | null;
}

export interface StudentExportCriterion {
  id: string;
  title: string;
  level: { id: string; label: string } | null;
  comment: string;
  /** This student's level differs from the team's. */
  deviatesFromTeam: boolean;
}

export interface StudentExportBeoordeling {
  id: string;
  workDate: IsoDate;
  rubric: { id: string; title: string; version: number | null };
  assessor: Assessor;
  /** The assessor's name; empty for a peer (another student's name is their data). */
  assessorName: string;
  opdracht: ExportRef | null;
  ptaToets: ExportToets | null;
  attempt: Attempt;
  team: ExportRef | null;
  conditions: { id: string; text: string; met: boolean | null }[];
  criteria: StudentExportCriterion[];
  recordedAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface StudentExportResult {
  id: string;
  toets: ExportToets;
  attempt: Attempt;
  grade: number | null;
  override: { grade: number; reason: string } | null;
  voldaan: boolean | null;
  late: boolean;
  updatedAt: string;
  deletedAt: string | null;
}

export interface StudentExportAuditEntry {
  id: string;
  at: string;
  who: string;
  kind: AuditKind;
  toets: ExportToets | null;
  field: string;
  label: string;
  oldValue: string | null;
  newValue: string | null;
  reason: string;
}

export interface StudentExportEvidence {
  id: string;
  kind: BewijsKind;
  fileName: string;
  mimeType: string;
  size: number;
  date: IsoDate;
  caption: string;
  opdracht: ExportRef | null;
  /** Where the file is inside the export (zip): "bewijs/01-menukaart.jpg". */
  path: string;
  /** Other students share this evidence (a team product); their names are not exported. */
  shared: boolean;
  deletedAt: string | null;
}

export interface StudentExportTeam {
  id: string;
  name: string;
  opdracht: ExportRef | null;
  group: ExportRef | null;
  /** How many students were in the team, this one included. */
  size: number;
}

export interface StudentExportOpdracht {
  id: string;
  title: string;
  schoolYear: string;
  status: string;
  opdrachtgever: string | null;
}

export interface StudentExport {
  format: typeof STUDENT_EXPORT_FORMAT;
  version: typeof STUDENT_EXPORT_VERSION;
  exportedAt: string;
  student: {
    id: string;
    roepnaam: string;
    tussenvoegsel: string;
    achternaam: string;
    leerlingnummer: string;
    archivedAt: string | null;
    createdAt: string;
    updatedAt: string;
    deletedAt: string | null;
  };
  group: ExportRef | null;
  cohort: { id: string; name: string; leerweg: Leerweg; programme: string; firstSchoolYear: string } | null;
  observations: StudentExportObservation[];
  beoordelingen: StudentExportBeoordeling[];
  results: StudentExportResult[];
  auditTrail: StudentExportAuditEntry[];
  evidence: StudentExportEvidence[];
  teams: StudentExportTeam[];
  opdrachten: StudentExportOpdracht[];
}

export interface StudentExportOptions {
  exportedAt: Date;
  /** The school's observation scale, lowest first, for level names. */
  observationScale: readonly string[];
}

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null | undefined) => (ms == null ? null : iso(ms));

export function buildStudentExport(rows: StudentDataRows, options: StudentExportOptions): StudentExport {
  const { student } = rows;
  const opdrachtById = new Map(rows.opdrachten.map((o) => [o.id, o]));
  const opdrachtRef = (id: string | null): ExportRef | null => {
    if (id == null) return null;
    return { id, name: opdrachtById.get(id)?.title ?? '' };
  };
  const toetsById = new Map<string, ExportToets>();
  for (const pta of rows.ptas) for (const toets of pta.toetsen) toetsById.set(toets.id, { id: toets.id, code: toets.code, name: toets.name });
  const toetsRef = (id: string | null): ExportToets | null => (id == null ? null : (toetsById.get(id) ?? { id, code: '', name: '' }));
  const teamById = new Map(rows.teams.map((team) => [team.id, team]));
  const scale = options.observationScale;

  const observations = [...rows.observaties].sort(byDateThenCreated).map(
    (o): StudentExportObservation => ({
      id: o.id,
      date: o.date,
      goal: o.nodeId == null ? null : { id: o.nodeId, code: rows.nodes.get(o.nodeId)?.code ?? '', text: rows.nodes.get(o.nodeId)?.text ?? '' },
      level: o.level,
      scaleSize: o.scaleSize,
      levelLabel: o.level != null && o.scaleSize === scale.length ? (scale[o.level - 1] ?? null) : null,
      assessor: o.assessor,
      note: o.note,
      opdracht: opdrachtRef(o.opdrachtId),
      evidenceIds: [...o.evidenceIds],
      recordedAt: iso(o.createdAt),
      deletedAt: isoOrNull(o.deletedAt),
    }),
  );

  const beoordelingen = [...rows.beoordelingen]
    .sort((a, b) => (a.workDate < b.workDate ? -1 : a.workDate > b.workDate ? 1 : a.createdAt - b.createdAt))
    .map((b): StudentExportBeoordeling => {
      const version = rows.rubricVersions.get(b.rubricVersionId);
      const levels = new Map((version?.levels ?? []).map((level) => [level.id, level.label]));
      const criteria: StudentExportCriterion[] = version
        ? version.criteria.map((criterion) => {
            const levelId = b.scores[criterion.id] ?? null;
            return {
              id: criterion.id,
              title: criterion.title,
              level: levelId == null ? null : { id: levelId, label: levels.get(levelId) ?? '' },
              comment: b.comments[criterion.id] ?? '',
              deviatesFromTeam: b.overrides.includes(criterion.id),
            };
          })
        : // The version is gone (should not happen: used versions are frozen): keep the raw ids.
          Object.entries(b.scores).map(([id, levelId]) => ({
            id,
            title: '',
            level: levelId == null ? null : { id: levelId, label: '' },
            comment: b.comments[id] ?? '',
            deviatesFromTeam: b.overrides.includes(id),
          }));
      const team = b.teamId == null ? null : teamById.get(b.teamId);
      return {
        id: b.id,
        workDate: b.workDate,
        rubric: { id: b.rubricId, title: rows.rubrics.get(b.rubricId)?.title ?? '', version: version?.version ?? null },
        assessor: b.assessor,
        assessorName: b.assessor === 'peer' ? '' : b.assessorName,
        opdracht: opdrachtRef(b.opdrachtId),
        ptaToets: toetsRef(b.ptaToetsId),
        attempt: b.attempt,
        team: b.teamId == null ? null : { id: b.teamId, name: team?.name ?? '' },
        conditions: (version?.conditions ?? []).map((condition) => ({ id: condition.id, text: condition.text, met: b.conditionsMet[condition.id] ?? null })),
        criteria,
        recordedAt: iso(b.createdAt),
        updatedAt: iso(b.updatedAt),
        deletedAt: isoOrNull(b.deletedAt),
      };
    });

  const results = [...rows.resultaten]
    .map(
      (r): StudentExportResult => ({
        id: r.id,
        toets: toetsRef(r.toetsId)!,
        attempt: r.attempt,
        grade: r.grade,
        override: r.override && { grade: r.override.grade, reason: r.override.reason },
        voldaan: r.voldaan,
        late: r.late,
        updatedAt: iso(r.updatedAt),
        deletedAt: isoOrNull(r.deletedAt),
      }),
    )
    .sort((a, b) => a.toets.code.localeCompare(b.toets.code, 'nl', { numeric: true }) || a.attempt - b.attempt);

  const auditTrail = [...rows.audit]
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1))
    .map(
      (entry): StudentExportAuditEntry => ({
        id: entry.id,
        at: iso(entry.at),
        who: entry.who,
        kind: entry.kind,
        toets: toetsRef(entry.toetsId),
        field: entry.field,
        label: entry.label,
        oldValue: entry.oldValue,
        newValue: entry.newValue,
        reason: entry.reason,
      }),
    );

  const evidence = evidenceEntries(rows.bewijs, student.id, opdrachtRef);

  const teams = [...rows.teams]
    .filter((team) => team.studentIds.includes(student.id))
    .map(
      (team): StudentExportTeam => ({
        id: team.id,
        name: team.name,
        opdracht: opdrachtRef(team.opdrachtId),
        group: { id: team.groupId, name: rows.groups.get(team.groupId)?.name ?? '' },
        size: team.studentIds.length,
      }),
    );

  const opdrachten = [...rows.opdrachten]
    .sort((a, b) => a.schoolYear.localeCompare(b.schoolYear) || a.title.localeCompare(b.title, 'nl'))
    .map(
      (o): StudentExportOpdracht => ({
        id: o.id,
        title: o.title,
        schoolYear: o.schoolYear,
        status: o.status,
        opdrachtgever: o.opdrachtgeverId == null ? null : (rows.opdrachtgevers.get(o.opdrachtgeverId)?.name ?? null),
      }),
    );

  return {
    format: STUDENT_EXPORT_FORMAT,
    version: STUDENT_EXPORT_VERSION,
    exportedAt: options.exportedAt.toISOString(),
    student: {
      id: student.id,
      roepnaam: student.roepnaam,
      tussenvoegsel: student.tussenvoegsel,
      achternaam: student.achternaam,
      leerlingnummer: student.leerlingnummer,
      archivedAt: isoOrNull(student.archivedAt),
      createdAt: iso(student.createdAt),
      updatedAt: iso(student.updatedAt),
      deletedAt: isoOrNull(student.deletedAt),
    },
    group: rows.group && { id: rows.group.id, name: rows.group.name },
    cohort: rows.cohort && {
      id: rows.cohort.id,
      name: rows.cohort.name,
      leerweg: rows.cohort.leerweg,
      programme: rows.cohort.programme,
      firstSchoolYear: rows.cohort.firstSchoolYear,
    },
    observations,
    beoordelingen,
    results,
    auditTrail,
    evidence,
    teams,
    opdrachten,
  };
}

function byDateThenCreated(a: Observatie, b: Observatie): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.createdAt - b.createdAt;
}

/**
 * Evidence with a unique path in the export per file: a number keeps the order (by date) and
 * makes equal file names distinct; the name is kept readable but stripped of characters that
 * some zip tools or file systems refuse.
 */
function evidenceEntries(
  bewijs: StudentDataRows['bewijs'],
  studentId: string,
  opdrachtRef: (id: string | null) => ExportRef | null,
): StudentExportEvidence[] {
  const ordered = [...bewijs].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt - b.createdAt));
  const digits = Math.max(2, String(ordered.length).length);
  return ordered.map((b, index) => ({
    id: b.id,
    kind: b.kind,
    fileName: b.fileName,
    mimeType: b.mimeType,
    size: b.size,
    date: b.date,
    caption: b.caption,
    opdracht: opdrachtRef(b.opdrachtId),
    path: `bewijs/${String(index + 1).padStart(digits, '0')}-${safeArchiveName(b.fileName)}`,
    shared: b.studentIds.some((id) => id !== studentId),
    deletedAt: isoOrNull(b.deletedAt),
  }));
}

/** A file name safe inside a zip on every system: no folders, no control or reserved characters. */
export function safeArchiveName(fileName: string): string {
  const cleaned = fileName
    .normalize('NFC')
    // Control characters and what Windows forbids in names; a slash would make a folder.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_')
    .replace(/^[._\s]+|[.\s]+$/g, '')
    .slice(-120);
  return cleaned || 'bestand';
}
