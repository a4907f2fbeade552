import type { Group } from '../domain/group';
import type { IsoDate, Opdracht, OpdrachtStatus } from '../domain/opdracht';
import { isLive } from '../domain/record';
import { startYearOf, type SchoolYear } from '../domain/school-year';
import { addDays, compareIsoDates, daysInMonth, diffDays, isIsoDate, schoolYearLength, schoolYearStart } from './dates';

/**
 * The year plan as numbers (issue 4, point 5): per group the opdrachten as bars and their phases
 * as segments, positioned in days from 1 August, so the renderer only multiplies by a day width
 * and draws. Offsets: `start` is the first day (0 = 1 August), `end` is exclusive (the day after
 * the last day), so a bar's width is `end - start` days and a one-day phase is 1 wide.
 *
 * Shown: live opdrachten of the school year that are not templates and not gearchiveerd. Phases
 * with invalid dates are left out; parts outside the school year are clipped (and flagged, so the
 * bar can show it runs on). Opdrachten without dated phases are listed per row as `unscheduled`.
 */
export interface YearPlanPhaseBar {
  phaseId: string;
  name: string;
  /** Position in the opdracht's phase list (0-based), e.g. for its colour. */
  index: number;
  start: number;
  end: number;
  clippedStart: boolean;
  clippedEnd: boolean;
}

export interface YearPlanBar {
  opdrachtId: string;
  title: string;
  status: OpdrachtStatus;
  opdrachtgeverId: string | null;
  start: number;
  end: number;
  /** Row within the group's track (0-based): bars that overlap in time get different lanes. */
  lane: number;
  phases: YearPlanPhaseBar[];
}

export interface YearPlanRow {
  /** null: the row of opdrachten that have no group yet. */
  groupId: string | null;
  groupName: string;
  bars: YearPlanBar[];
  /** Number of lanes the row needs (at least 1, so an empty group still gets its track). */
  lanes: number;
  unscheduled: { opdrachtId: string; title: string; status: OpdrachtStatus }[];
}

/** Days from 1 August of the school year to `date` (negative before it). */
export function dayOffset(date: IsoDate, schoolYear: SchoolYear): number {
  return diffDays(schoolYearStart(schoolYear), date);
}

/**
 * The date at a day offset from 1 August. A fractional offset (a pointer position inside a day)
 * belongs to the day it falls in, so it is rounded down.
 */
export function dayOffsetToDate(offset: number, schoolYear: SchoolYear): IsoDate {
  return addDays(schoolYearStart(schoolYear), Math.floor(offset));
}

/** Where the "today" line goes, or null when today is not in this school year (or not a date). */
export function todayOffset(today: IsoDate, schoolYear: SchoolYear): number | null {
  if (!isIsoDate(today)) return null;
  const offset = dayOffset(today, schoolYear);
  return offset >= 0 && offset < schoolYearLength(schoolYear) ? offset : null;
}

export interface MonthTick {
  /** Day offset of the 1st of the month. */
  offset: number;
  /** Length of the month in days. */
  days: number;
  year: number;
  /** 1-12; the screen names it (Intl.DateTimeFormat, "aug", "sep" …). */
  month: number;
}

/** The twelve months of the school year, August to July, with where each begins. */
export function monthTicks(schoolYear: SchoolYear): MonthTick[] {
  const first = startYearOf(schoolYear);
  let offset = 0;
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((7 + i) % 12) + 1;
    const year = month >= 8 ? first : first + 1;
    const tick = { offset, days: daysInMonth(year, month), year, month };
    offset += tick.days;
    return tick;
  });
}

/** A bar for one opdracht, or null when none of its dated phases falls in the year. */
function barOf(opdracht: Opdracht, schoolYear: SchoolYear, length: number): Omit<YearPlanBar, 'lane'> | null {
  const phases: YearPlanPhaseBar[] = [];
  opdracht.phases.forEach((phase, index) => {
    if (!isIsoDate(phase.start) || !isIsoDate(phase.end) || compareIsoDates(phase.end, phase.start) < 0) return;
    const start = dayOffset(phase.start, schoolYear);
    const end = dayOffset(phase.end, schoolYear) + 1;
    if (end <= 0 || start >= length) return;
    phases.push({
      phaseId: phase.id,
      name: phase.name,
      index,
      start: Math.max(0, start),
      end: Math.min(length, end),
      clippedStart: start < 0,
      clippedEnd: end > length,
    });
  });
  if (phases.length === 0) return null;
  return {
    opdrachtId: opdracht.id,
    title: opdracht.title,
    status: opdracht.status,
    opdrachtgeverId: opdracht.opdrachtgeverId,
    start: Math.min(...phases.map((p) => p.start)),
    end: Math.max(...phases.map((p) => p.end)),
    phases,
  };
}

/** Interval partitioning: each bar goes in the first lane that is free when it starts. */
function assignLanes(bars: Omit<YearPlanBar, 'lane'>[]): { bars: YearPlanBar[]; lanes: number } {
  const sorted = [...bars].sort((a, b) => a.start - b.start || a.end - b.end || a.title.localeCompare(b.title, 'nl'));
  const laneEnds: number[] = [];
  const placed = sorted.map((bar) => {
    let lane = laneEnds.findIndex((end) => end <= bar.start);
    if (lane === -1) lane = laneEnds.push(bar.end) - 1;
    else laneEnds[lane] = bar.end;
    return { ...bar, lane };
  });
  return { bars: placed, lanes: Math.max(1, laneEnds.length) };
}

/**
 * One row per group, in the order given (an empty group still gets its row), plus a last row
 * (groupId null) for opdrachten without any group, when there are such. An opdracht done by two
 * groups appears in both rows. Groups an opdracht names that are not in `groups` are ignored.
 */
export function yearPlanRows(opdrachten: readonly Opdracht[], groups: readonly Pick<Group, 'id' | 'name'>[], schoolYear: SchoolYear): YearPlanRow[] {
  const length = schoolYearLength(schoolYear);
  const shown = opdrachten.filter((o) => isLive(o) && !o.isTemplate && o.status !== 'gearchiveerd' && o.schoolYear === schoolYear);
  const bars = new Map(shown.map((o) => [o.id, barOf(o, schoolYear, length)]));
  const rowFor = (groupId: string | null, groupName: string, members: readonly Opdracht[]): YearPlanRow => {
    const withBars = members.flatMap((o) => {
      const bar = bars.get(o.id);
      return bar ? [bar] : [];
    });
    const unscheduled = members.filter((o) => !bars.get(o.id)).map((o) => ({ opdrachtId: o.id, title: o.title, status: o.status }));
    return { groupId, groupName, ...assignLanes(withBars), unscheduled };
  };
  const rows = groups.map((group) => rowFor(group.id, group.name, shown.filter((o) => o.groupIds.includes(group.id))));
  const ungrouped = shown.filter((o) => o.groupIds.length === 0);
  if (ungrouped.length > 0) rows.push(rowFor(null, '', ungrouped));
  return rows;
}

/** The date range of the school year, for a screen that needs both ends. */
export function schoolYearRange(schoolYear: SchoolYear): { start: IsoDate; end: IsoDate; days: number } {
  const start = schoolYearStart(schoolYear);
  const days = schoolYearLength(schoolYear);
  return { start, end: addDays(start, days - 1), days };
}
