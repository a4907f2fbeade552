import type { Beoordeling } from '../domain/beoordeling';
import type { Cohort } from '../domain/cohort';
import type { IsoDate, Opdracht, OpdrachtFase, Team } from '../domain/opdracht';
import type { Pta } from '../domain/pta';
import { isLive } from '../domain/record';
import { startYearOf, type SchoolYear } from '../domain/school-year';
import { addDays, compareIsoDates, diffDays, isIsoDate, parseIsoDate } from '../opdrachten/dates';
import { currentPhase, deadlineOf } from '../opdrachten/phases';
import { coverageStatesOf, marksFromPoints, type Closure, type CoverageMarks } from './coverage';
import type { EvidencePoint } from './evidence';

/**
 * The pure selections behind the home dashboard: what is due around this week, which students
 * still have the most eindtermen to show, and which opdrachten wait for the examinator's
 * scores. The screen reads the rows; these decide what is shown and in which order.
 */

// --- The week ------------------------------------------------------------------------------

/** The calendar week of `today` (Monday to Sunday, as Dutch school timetables run) and the next. */
export interface DashboardWeek {
  today: IsoDate;
  /** Monday of this week. */
  start: IsoDate;
  /** Sunday of this week. */
  end: IsoDate;
  /** Sunday of next week: the window ends there. */
  nextEnd: IsoDate;
  /** ISO week numbers, as school calendars and timetables name weeks ("week 49"). */
  number: number;
  nextNumber: number;
}

export function dashboardWeek(today: IsoDate): DashboardWeek {
  const parsed = parseIsoDate(today);
  if (!parsed) throw new RangeError(`Not a date: ${today}`);
  const weekday = isoWeekday(today); // 1 = Monday … 7 = Sunday
  const start = addDays(today, 1 - weekday);
  const end = addDays(start, 6);
  return { today, start, end, nextEnd: addDays(end, 7), number: isoWeekNumber(start), nextNumber: isoWeekNumber(addDays(start, 7)) };
}

/** ISO 8601 week of a date: the week belongs to the year its Thursday is in. */
export function isoWeekNumber(date: IsoDate): number {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = parseIsoDate(thursday)!.year;
  return Math.floor(diffDays(`${year}-01-01`, thursday) / 7) + 1;
}

/** Day of the week from the calendar date alone (no Date, so no time-zone shift): Sakamoto's method. */
function isoWeekday(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date)!;
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = month < 3 ? year - 1 : year;
  const sunday0 = (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + offsets[month - 1]! + day) % 7;
  return sunday0 === 0 ? 7 : sunday0;
}

// --- Deze week -----------------------------------------------------------------------------

/** overdue: a deadline that passed while the opdracht is still open; the rest by calendar week. */
export type DueBucket = 'overdue' | 'this-week' | 'next-week';

export type DueItem =
  | {
      kind: 'phase-start' | 'phase-end' | 'deadline';
      key: string;
      date: IsoDate;
      bucket: DueBucket;
      opdrachtId: string;
      title: string;
      /** The phase that starts or ends; for a deadline the last phase. */
      phaseName: string;
    }
  | {
      kind: 'toets';
      key: string;
      date: IsoDate;
      bucket: DueBucket;
      ptaId: string;
      cohortId: string;
      toetsId: string;
      code: string;
      title: string;
      opdrachtId: string | null;
    };

/** Statuses whose dates are on a teacher's calendar: a concept is not planned, an archived one is done with. */
const PLANNED: ReadonlySet<Opdracht['status']> = new Set(['gepland', 'lopend', 'afgerond']);
/** Statuses that say the teacher has not closed the opdracht yet. */
const OPEN: ReadonlySet<Opdracht['status']> = new Set(['gepland', 'lopend']);

function bucketOf(date: IsoDate, week: DashboardWeek): DueBucket | null {
  if (compareIsoDates(date, week.start) < 0 || compareIsoDates(date, week.nextEnd) > 0) return null;
  return compareIsoDates(date, week.end) <= 0 ? 'this-week' : 'next-week';
}

const KIND_ORDER: Record<DueItem['kind'], number> = { deadline: 0, toets: 1, 'phase-end': 2, 'phase-start': 3 };

/**
 * Everything with a date in this calendar week or the next: phases that start, phases that end
 * (only when no phase starts the day after; the last one's end is the deadline, listed once as
 * such), PTA toetsen. Overdue are the
 * deadlines before today of opdrachten still gepland or lopend: the teacher has not marked them
 * afgerond, so something is probably still missing. Sorted by date, then deadlines first.
 */
export function dueItems(input: { opdrachten: readonly Opdracht[]; ptas: readonly Pta[]; week: DashboardWeek }): DueItem[] {
  const { week } = input;
  const items: DueItem[] = [];
  for (const opdracht of input.opdrachten) {
    if (!isLive(opdracht) || opdracht.isTemplate || !PLANNED.has(opdracht.status)) continue;
    const deadline = deadlineOf(opdracht);
    if (deadline === null) continue;
    const last = lastPhase(opdracht.phases, deadline);
    const base = { opdrachtId: opdracht.id, title: opdracht.title };
    if (compareIsoDates(deadline, week.today) < 0 && OPEN.has(opdracht.status)) {
      items.push({ kind: 'deadline', key: `${opdracht.id}:deadline`, date: deadline, bucket: 'overdue', ...base, phaseName: last?.name ?? '' });
    } else {
      const bucket = bucketOf(deadline, week);
      if (bucket) items.push({ kind: 'deadline', key: `${opdracht.id}:deadline`, date: deadline, bucket, ...base, phaseName: last?.name ?? '' });
    }
    const starts = new Set(opdracht.phases.map((phase) => phase.start));
    for (const phase of opdracht.phases) {
      if (!isIsoDate(phase.start) || !isIsoDate(phase.end)) continue;
      const startBucket = bucketOf(phase.start, week);
      if (startBucket) items.push({ kind: 'phase-start', key: `${opdracht.id}:${phase.id}:start`, date: phase.start, bucket: startBucket, ...base, phaseName: phase.name });
      // An end the next phase's start already announces (the day after) would say the same twice.
      if (phase === last || starts.has(addDays(phase.end, 1))) continue;
      const endBucket = bucketOf(phase.end, week);
      if (endBucket) items.push({ kind: 'phase-end', key: `${opdracht.id}:${phase.id}:end`, date: phase.end, bucket: endBucket, ...base, phaseName: phase.name });
    }
  }
  for (const pta of input.ptas) {
    if (!isLive(pta)) continue;
    for (const toets of pta.toetsen) {
      if (toets.date === null || !isIsoDate(toets.date)) continue;
      const bucket = bucketOf(toets.date, week);
      if (!bucket) continue;
      items.push({
        kind: 'toets',
        key: `${pta.id}:${toets.id}`,
        date: toets.date,
        bucket,
        ptaId: pta.id,
        cohortId: pta.cohortId,
        toetsId: toets.id,
        code: toets.code,
        title: toets.name,
        opdrachtId: toets.opdrachtId,
      });
    }
  }
  return items.sort((a, b) => compareIsoDates(a.date, b.date) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.title.localeCompare(b.title, 'nl'));
}

/** The phase whose end is the deadline (the last listed of those, as currentPhase does). */
function lastPhase(phases: readonly OpdrachtFase[], deadline: IsoDate): OpdrachtFase | null {
  let last: OpdrachtFase | null = null;
  for (const phase of phases) if (phase.end === deadline) last = phase;
  return last;
}

// --- Leerlingen met gaten --------------------------------------------------------------------

/**
 * The cohorts whose gaps matter now: those in their exam year (leerjaar 4, the second school
 * year of the cohort's programme), where a missing eindterm must still be shown before the
 * exam ends; when there is none (a school's first year with Vakwerk), those in leerjaar 3.
 * Older and archived cohorts are done; a cohort that starts next year has nothing to show yet.
 */
export function gapCohortsOf<C extends Pick<Cohort, 'firstSchoolYear' | 'archivedAt'> & { deletedAt?: number | null }>(cohorts: readonly C[], schoolYear: SchoolYear): C[] {
  const current = startYearOf(schoolYear);
  const active = cohorts.filter((cohort) => isLive(cohort) && cohort.archivedAt == null);
  const inYear = (leerjaar: number) => active.filter((cohort) => 3 + current - startYearOf(cohort.firstSchoolYear) === leerjaar);
  const examYear = inYear(4);
  return examYear.length > 0 ? examYear : inYear(3);
}

/** Students who must cover the same eindtermen: a cohort and its programme. */
export interface GapCohort {
  cohortId: string;
  eindtermIds: readonly string[];
  students: readonly { id: string; name: string }[];
}

export interface StudentGap {
  studentId: string;
  name: string;
  cohortId: string;
  /** Eindtermen without any evidence yet. */
  notSeen: number;
  /** Seen in formative work only. */
  formative: number;
  total: number;
}

export interface GapRanking {
  /** The students with the most eindtermen not seen, at most `limit`; none with nothing missing. */
  top: StudentGap[];
  /** Students looked at, and how many of them still miss at least one eindterm. */
  counted: number;
  withGaps: number;
}

/**
 * Ranks students by the eindtermen of their cohort's programme they have not shown yet
 * (the coverage state: no observation and no scored criterion on it, and not closed by a PTA
 * result); ties go to the one with more eindtermen still open (formative only), then by name.
 * The evidence comes as points, or as the marks made from them (what the dashboard reads).
 */
export function rankStudentsWithGaps(
  cohorts: readonly GapCohort[],
  evidence: readonly EvidencePoint[] | ReadonlyMap<string, CoverageMarks>,
  closures: readonly Closure[],
  limit: number,
): GapRanking {
  const marks = evidence instanceof Map ? evidence : marksFromPoints(evidence as readonly EvidencePoint[]);
  const closuresOf = groupBy(closures, (closure) => closure.studentId);
  const gaps: StudentGap[] = [];
  let counted = 0;
  for (const cohort of cohorts) {
    if (cohort.eindtermIds.length === 0) continue;
    for (const student of cohort.students) {
      counted++;
      let notSeen = 0;
      let formative = 0;
      for (const state of coverageStatesOf(cohort.eindtermIds, marks.get(student.id), closuresOf.get(student.id) ?? [])) {
        if (state === 'niet-gezien') notSeen++;
        else if (state === 'formatief') formative++;
      }
      if (notSeen + formative > 0) gaps.push({ studentId: student.id, name: student.name, cohortId: cohort.cohortId, notSeen, formative, total: cohort.eindtermIds.length });
    }
  }
  gaps.sort((a, b) => b.notSeen - a.notSeen || b.formative - a.formative || a.name.localeCompare(b.name, 'nl'));
  return { top: gaps.slice(0, limit), counted, withGaps: gaps.length };
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return map;
}

// --- Wacht op beoordeling ----------------------------------------------------------------------

/** Phase names that mean "the work is being handed in": the default Opleveren/presenteren and its kin. */
const HANDING_IN = /oplever|presenteren|presentatie/i;

export interface WaitingGroup {
  groupId: string;
  /** The first rubric with a student still to score: where the link opens Beoordelen. */
  rubricId: string;
  /** Students of the group not yet scored by the examinator on every rubric of the opdracht. */
  students: number;
  /** Teams of the group with at least one such student. */
  teams: number;
}

export interface WaitingOpdracht {
  opdrachtId: string;
  title: string;
  deadline: IsoDate;
  /** deadline-passed: the last phase ended; handing-in: it is in its opleveren phase now. */
  reason: 'deadline-passed' | 'handing-in';
  students: number;
  teams: number;
  groups: WaitingGroup[];
}

/**
 * Opdrachten whose deadline has passed or which are in their opleveren phase, with the students
 * the examinator has not scored yet. A student counts as scored on a rubric when an examinator
 * beoordeling of this opdracht and rubric has at least one level filled in; students must be
 * scored on every rubric of the opdracht. `studentsOf` gives a group's current (not archived)
 * students. Oldest deadline first: that work has waited longest.
 */
/**
 * The opdrachten the examinator may still owe scores on: planned ones with rubrics whose
 * deadline has passed, or which are in their opleveren phase today. Only these need their
 * beoordelingen read.
 */
export function gradingCandidates<O extends Opdracht>(opdrachten: readonly O[], today: IsoDate): { opdracht: O; deadline: IsoDate; reason: WaitingOpdracht['reason'] }[] {
  const candidates: { opdracht: O; deadline: IsoDate; reason: WaitingOpdracht['reason'] }[] = [];
  for (const opdracht of opdrachten) {
    if (!isLive(opdracht) || opdracht.isTemplate || !PLANNED.has(opdracht.status) || opdracht.rubricIds.length === 0) continue;
    const deadline = deadlineOf(opdracht);
    if (deadline === null) continue;
    if (compareIsoDates(deadline, today) < 0) candidates.push({ opdracht, deadline, reason: 'deadline-passed' });
    else if (HANDING_IN.test(currentPhase(opdracht, today)?.name ?? '')) candidates.push({ opdracht, deadline, reason: 'handing-in' });
  }
  return candidates;
}

export function waitingForGrading(input: {
  opdrachten: readonly Opdracht[];
  teams: readonly Team[];
  beoordelingen: readonly Beoordeling[];
  studentsOf: (groupId: string) => readonly string[];
  today: IsoDate;
}): WaitingOpdracht[] {
  const scored = new Set<string>();
  for (const b of input.beoordelingen) {
    if (!isLive(b) || b.assessor !== 'examinator' || b.opdrachtId === null) continue;
    if (Object.values(b.scores).some((level) => level != null)) scored.add(`${b.opdrachtId}|${b.rubricId}|${b.studentId}`);
  }
  const teamsOf = groupBy(
    input.teams.filter((team) => isLive(team)),
    (team) => `${team.opdrachtId}|${team.groupId}`,
  );
  const waiting: WaitingOpdracht[] = [];
  for (const { opdracht, deadline, reason } of gradingCandidates(input.opdrachten, input.today)) {
    const groups: WaitingGroup[] = [];
    for (const groupId of opdracht.groupIds) {
      const open = new Set<string>();
      let firstRubric: string | null = null;
      for (const rubricId of opdracht.rubricIds) {
        for (const studentId of input.studentsOf(groupId)) {
          if (scored.has(`${opdracht.id}|${rubricId}|${studentId}`)) continue;
          open.add(studentId);
          firstRubric ??= rubricId;
        }
      }
      if (open.size === 0 || firstRubric === null) continue;
      const teams = (teamsOf.get(`${opdracht.id}|${groupId}`) ?? []).filter((team) => team.studentIds.some((id) => open.has(id))).length;
      groups.push({ groupId, rubricId: firstRubric, students: open.size, teams });
    }
    if (groups.length === 0) continue;
    waiting.push({
      opdrachtId: opdracht.id,
      title: opdracht.title,
      deadline,
      reason,
      students: groups.reduce((sum, group) => sum + group.students, 0),
      teams: groups.reduce((sum, group) => sum + group.teams, 0),
      groups,
    });
  }
  return waiting.sort((a, b) => compareIsoDates(a.deadline, b.deadline) || a.title.localeCompare(b.title, 'nl'));
}
