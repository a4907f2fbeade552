import type { AuditEntry } from '../domain/audit';
import type { Beoordeling } from '../domain/beoordeling';
import type { Bewijs } from '../domain/bewijs';
import type { Cohort } from '../domain/cohort';
import type { Group } from '../domain/group';
import type { Observatie } from '../domain/observatie';
import type { IsoDate, Opdracht, Team } from '../domain/opdracht';
import type { Pta } from '../domain/pta';
import { nextSchoolYear, startYearOf } from '../domain/school-year';
import type { Student } from '../domain/student';
import type { ToetsResultaat } from '../domain/toets-resultaat';

/**
 * Retention per cohort (../shared/domain.md "Examendossier and retention", "Privacy"): there is
 * no legal term for SE work, general student data is normally kept 2 years after leaving, and
 * schools set their own terms. So each cohort has a retention end date (stored in the settings
 * table, key `retention:<cohortId>`); when it has passed the groups screen reminds the teacher,
 * who then anonymises or deletes the whole cohort.
 *
 * **Anonymising** keeps what the school may still want for statistics and removes what points
 * to a person:
 * - names become "Leerling" + a neutral code (L-001, …, in name order), leerlingnummers a code
 *   unique to the cohort; group, cohort and opdracht names stay (they name no person);
 * - free text written about the student goes: observation notes, rubric comments, override
 *   reasons and the reasons in the audit trail (they may hold health or family matters); the
 *   levels, scores, cijfers, dates and who changed what stay;
 * - the names of students who assessed themselves or a peer go, and so does the link to the
 *   peer (another person);
 * - evidence files (photos show faces and work) are deleted; a file shared with students of
 *   another cohort only loses this cohort's students.
 * **Deleting** removes the cohort, its groups, its students and everything linked to them:
 * observations, evidence, beoordelingen, results, audit entries, team memberships (teams of its
 * groups entirely) and its PTA; opdrachten stay (they are the school's) without its groups.
 * Both are permanent (no undo: the point is that the data is gone) and run in one transaction.
 */

export const RETENTION_SETTING_PREFIX = 'retention:';

export interface RetentionSetting {
  /** The day after which the cohort's data should be anonymised or deleted. */
  endDate: IsoDate;
  /** Set once the cohort is anonymised, so the reminder stops. */
  anonymisedAt?: number | null;
}

/** Years student data is kept after the cohort's last schooljaar, unless the school sets a date. */
export const DEFAULT_RETENTION_YEARS = 2;

export function retentionKey(cohortId: string): string {
  return `${RETENTION_SETTING_PREFIX}${cohortId}`;
}

/**
 * The default end: two years after the last schooljaar of the cohort's programme (leerjaar 4,
 * the year after its first), which ends on 31 July. "2025-2026" → 31 July 2029.
 */
export function defaultRetentionEnd(cohort: Pick<Cohort, 'firstSchoolYear'>, years = DEFAULT_RETENTION_YEARS): IsoDate {
  const lastYearEnds = startYearOf(nextSchoolYear(cohort.firstSchoolYear)) + 1;
  return `${lastYearEnds + years}-07-31`;
}

/** The stored setting, or the default when the teacher has not chosen a date. */
export function retentionOf(cohort: Pick<Cohort, 'firstSchoolYear'>, stored: RetentionSetting | null | undefined): RetentionSetting & { isDefault: boolean } {
  if (stored && isIsoDate(stored.endDate)) return { ...stored, isDefault: false };
  return { endDate: defaultRetentionEnd(cohort), anonymisedAt: stored?.anonymisedAt ?? null, isDefault: true };
}

/** Whether the reminder shows: the end date has passed and the cohort is not anonymised yet. */
export function isRetentionDue(setting: RetentionSetting, today: IsoDate): boolean {
  return setting.anonymisedAt == null && setting.endDate < today;
}

export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Every row of a cohort and the rows elsewhere that point at its students. */
export interface CohortRows {
  cohort: Cohort;
  groups: readonly Group[];
  /** All students of the cohort's groups, deleted-but-kept ones included. */
  students: readonly Student[];
  observaties: readonly Observatie[];
  /** Evidence of any of the students (without needing the blobs). */
  bewijs: readonly Pick<Bewijs, 'id' | 'studentIds'>[];
  /** Beoordelingen of the students. */
  beoordelingen: readonly Beoordeling[];
  /** Beoordelingen of other students where one of these students was the peer assessor. */
  peerBeoordelingen: readonly Beoordeling[];
  resultaten: readonly ToetsResultaat[];
  audit: readonly AuditEntry[];
  /** Teams of the cohort's groups, and teams elsewhere with one of the students as member. */
  teams: readonly Team[];
  ptas: readonly Pta[];
  /** Opdrachten done by one of the cohort's groups. */
  opdrachten: readonly Opdracht[];
}

export interface RowChange<T> {
  id: string;
  changes: Partial<T>;
}

/** What one kind of row the teacher sees in the confirmation: how many will go or change. */
export interface CohortCounts {
  groups: number;
  students: number;
  observaties: number;
  bewijs: number;
  beoordelingen: number;
  resultaten: number;
  audit: number;
  teamMemberships: number;
  ptas: number;
}

export interface CohortDeletePlan {
  cohortId: string;
  delete: {
    groups: string[];
    students: string[];
    observaties: string[];
    bewijs: string[];
    beoordelingen: string[];
    resultaten: string[];
    audit: string[];
    teams: string[];
    ptas: string[];
  };
  update: {
    bewijs: RowChange<Bewijs>[];
    beoordelingen: RowChange<Beoordeling>[];
    teams: RowChange<Team>[];
    opdrachten: RowChange<Opdracht>[];
  };
  counts: CohortCounts;
}

export function planCohortDelete(rows: CohortRows): CohortDeletePlan {
  const studentIds = new Set(rows.students.map((s) => s.id));
  const groupIds = new Set(rows.groups.map((g) => g.id));

  const { deleteIds: bewijsDeleted, updates: bewijsUpdates } = splitSharedEvidence(rows.bewijs, studentIds);

  const teamsDeleted: string[] = [];
  const teamUpdates: RowChange<Team>[] = [];
  let teamMemberships = 0;
  for (const team of rows.teams) {
    const members = team.studentIds.filter((id) => studentIds.has(id)).length;
    teamMemberships += members;
    if (groupIds.has(team.groupId)) teamsDeleted.push(team.id);
    else if (members > 0) teamUpdates.push({ id: team.id, changes: { studentIds: team.studentIds.filter((id) => !studentIds.has(id)) } });
  }

  const ownBeoordelingen = new Set(rows.beoordelingen.map((b) => b.id));
  const peerUpdates = rows.peerBeoordelingen
    .filter((b) => !ownBeoordelingen.has(b.id) && b.peerStudentId != null && studentIds.has(b.peerStudentId))
    .map((b): RowChange<Beoordeling> => ({ id: b.id, changes: { peerStudentId: null, assessorName: '' } }));

  const opdrachtUpdates = rows.opdrachten
    .filter((o) => o.groupIds.some((id) => groupIds.has(id)))
    .map((o): RowChange<Opdracht> => ({ id: o.id, changes: { groupIds: o.groupIds.filter((id) => !groupIds.has(id)) } }));

  const plan: CohortDeletePlan = {
    cohortId: rows.cohort.id,
    delete: {
      groups: rows.groups.map((g) => g.id),
      students: [...studentIds],
      observaties: rows.observaties.map((o) => o.id),
      bewijs: bewijsDeleted,
      beoordelingen: rows.beoordelingen.map((b) => b.id),
      resultaten: rows.resultaten.map((r) => r.id),
      audit: rows.audit.map((a) => a.id),
      teams: teamsDeleted,
      ptas: rows.ptas.map((p) => p.id),
    },
    update: { bewijs: bewijsUpdates, beoordelingen: peerUpdates, teams: teamUpdates, opdrachten: opdrachtUpdates },
    counts: {
      groups: rows.groups.length,
      students: studentIds.size,
      observaties: rows.observaties.length,
      bewijs: bewijsDeleted.length + bewijsUpdates.length,
      beoordelingen: rows.beoordelingen.length,
      resultaten: rows.resultaten.length,
      audit: rows.audit.length,
      teamMemberships,
      ptas: rows.ptas.length,
    },
  };
  return plan;
}

export interface CohortAnonymisePlan {
  cohortId: string;
  update: {
    students: RowChange<Student>[];
    observaties: RowChange<Observatie>[];
    beoordelingen: RowChange<Beoordeling>[];
    resultaten: RowChange<ToetsResultaat>[];
    audit: RowChange<AuditEntry>[];
    bewijs: RowChange<Bewijs>[];
  };
  delete: { bewijs: string[] };
  counts: {
    students: number;
    /** Observation notes and rubric comments emptied. */
    notes: number;
    /** Override and audit reasons emptied. */
    reasons: number;
    bewijs: number;
    /** Kept as they are: levels, scores and cijfers. */
    keptObservaties: number;
    keptBeoordelingen: number;
    keptResultaten: number;
  };
}

/** A neutral code for the n-th student (1-based): L-001. */
export function anonymousCode(index: number, total: number): string {
  return `L-${String(index).padStart(Math.max(3, String(total).length), '0')}`;
}

/** Anonymous leerlingnummers carry a piece of the cohort id so they stay unique across cohorts. */
export function anonymousNumber(cohortId: string, index: number, total: number): string {
  return `anon-${cohortId.replace(/[^A-Za-z0-9]/g, '').slice(0, 8)}-${anonymousCode(index, total).slice(2)}`;
}

export const ANONYMOUS_ROEPNAAM = 'Leerling';

export function planCohortAnonymise(rows: CohortRows): CohortAnonymisePlan {
  const studentIds = new Set(rows.students.map((s) => s.id));
  // Codes follow the students' order by id, not by name: the code must not reveal the name.
  const ordered = [...rows.students].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const total = ordered.length;
  const students = ordered.map(
    (student, index): RowChange<Student> => ({
      id: student.id,
      changes: {
        roepnaam: ANONYMOUS_ROEPNAAM,
        tussenvoegsel: '',
        achternaam: anonymousCode(index + 1, total),
        leerlingnummer: anonymousNumber(rows.cohort.id, index + 1, total),
      },
    }),
  );

  const { deleteIds: bewijsDeleted, updates: bewijsUpdates } = splitSharedEvidence(rows.bewijs, studentIds);
  const removedEvidence = new Set(bewijsDeleted);

  let notes = 0;
  const observaties = rows.observaties
    .filter((o) => o.note !== '' || o.evidenceIds.length > 0)
    .map((o): RowChange<Observatie> => {
      if (o.note !== '') notes += 1;
      return { id: o.id, changes: { note: '', evidenceIds: o.evidenceIds.filter((id) => !removedEvidence.has(id)) } };
    });

  const beoordelingen: RowChange<Beoordeling>[] = [];
  const seen = new Set<string>();
  for (const b of [...rows.beoordelingen, ...rows.peerBeoordelingen]) {
    if (seen.has(b.id)) continue;
    seen.add(b.id);
    const changes: Partial<Beoordeling> = {};
    if (studentIds.has(b.studentId)) {
      const commentCount = Object.values(b.comments).filter((text) => text.trim() !== '').length;
      if (commentCount > 0) {
        notes += commentCount;
        changes.comments = {};
      }
      // A self-assessment carries the student's own name; a peer's carries a classmate's.
      if ((b.assessor === 'zelf' || b.assessor === 'peer') && b.assessorName !== '') changes.assessorName = '';
    }
    if (b.peerStudentId != null && studentIds.has(b.peerStudentId)) {
      changes.peerStudentId = null;
      changes.assessorName = '';
    }
    if (Object.keys(changes).length > 0) beoordelingen.push({ id: b.id, changes });
  }

  let reasons = 0;
  const resultaten = rows.resultaten
    .filter((r) => r.override != null && r.override.reason !== '')
    .map((r): RowChange<ToetsResultaat> => {
      reasons += 1;
      return { id: r.id, changes: { override: { grade: r.override!.grade, reason: '' } } };
    });
  const audit = rows.audit
    .filter((entry) => entry.reason !== '')
    .map((entry): RowChange<AuditEntry> => {
      reasons += 1;
      return { id: entry.id, changes: { reason: '' } };
    });

  return {
    cohortId: rows.cohort.id,
    update: { students, observaties, beoordelingen, resultaten, audit, bewijs: bewijsUpdates },
    delete: { bewijs: bewijsDeleted },
    counts: {
      students: students.length,
      notes,
      reasons,
      bewijs: bewijsDeleted.length + bewijsUpdates.length,
      keptObservaties: rows.observaties.length,
      keptBeoordelingen: rows.beoordelingen.length,
      keptResultaten: rows.resultaten.length,
    },
  };
}

/** Evidence only these students have is deleted; evidence shared with others loses these students. */
function splitSharedEvidence(
  bewijs: readonly Pick<Bewijs, 'id' | 'studentIds'>[],
  studentIds: ReadonlySet<string>,
): { deleteIds: string[]; updates: RowChange<Bewijs>[] } {
  const deleteIds: string[] = [];
  const updates: RowChange<Bewijs>[] = [];
  for (const b of bewijs) {
    if (!b.studentIds.some((id) => studentIds.has(id))) continue;
    const rest = b.studentIds.filter((id) => !studentIds.has(id));
    if (rest.length === 0) deleteIds.push(b.id);
    else updates.push({ id: b.id, changes: { studentIds: rest } });
  }
  return { deleteIds, updates };
}
