import type { IsoDate, Opdracht, OpdrachtFase, Team } from '../domain/opdracht';
import { isLive } from '../domain/record';
import { startYearOf, type SchoolYear } from '../domain/school-year';
import { addYears, diffDays, isIsoDate } from './dates';
import { startOf } from './phases';
import { shiftOpdracht } from './reschedule';

/**
 * Copies and templates (issue 4, point 4). A copy keeps everything an opdracht is about: the
 * goal links (nodeIds), the rubrics, the opdrachtgever and contact person, question, context,
 * specifications, deliverables, hours, location and the phases with their names. That is the
 * point: in Canvas and Moodle a copied assignment loses its outcome links, and teachers
 * re-link every year. Only what belongs to one run changes: the id (and the phase ids), the
 * status, the groups and, across years, the dates.
 *
 * The functions return records without storage timestamps (NewOpdracht, NewTeam); the
 * repository adds createdAt/updatedAt when it writes them, in one transaction per action.
 */
export type NewOpdracht = Omit<Opdracht, 'createdAt' | 'updatedAt' | 'deletedAt'>;
export type NewTeam = Omit<Team, 'createdAt' | 'updatedAt' | 'deletedAt'>;

/** Old group id → new group id. Groups without an entry are dropped from the copy. */
export type GroupMap = ReadonlyMap<string, string>;

export interface CopyOpdrachtOptions {
  newId: () => string;
  /** Make the copy a template (true) or an opdracht (false); default: what the original is. */
  asTemplate?: boolean;
  /** Move the copy to this school year: every date moves by whole years (see copyOpdrachtToSchoolYear). */
  schoolYear?: SchoolYear;
  /** The groups of the copy; default: the original's groups, none for a template (nobody does a template). */
  groupIds?: readonly string[];
  /** A new title; default the original's. */
  title?: string;
}

/**
 * Maps group ids through `groupMap`, dropping the ones without an entry and duplicates. Without a
 * map the groups stay the same: copying within the same groups (a parallel opdracht, or next
 * year for a group that keeps its record as it moves from leerjaar 3 to 4).
 */
export function mapGroupIds(groupIds: readonly string[], groupMap?: GroupMap): { groupIds: string[]; unmapped: string[] } {
  if (!groupMap) return { groupIds: [...new Set(groupIds)], unmapped: [] };
  const mapped: string[] = [];
  const unmapped: string[] = [];
  for (const id of groupIds) {
    const target = groupMap.get(id);
    if (target === undefined) unmapped.push(id);
    else if (!mapped.includes(target)) mapped.push(target);
  }
  return { groupIds: mapped, unmapped };
}

function copyPhases(phases: readonly OpdrachtFase[], newId: () => string, years: number): OpdrachtFase[] {
  const move = (date: IsoDate) => (years !== 0 && isIsoDate(date) ? addYears(date, years) : date);
  return phases.map((phase) => ({ id: newId(), name: phase.name, start: move(phase.start), end: move(phase.end) }));
}

type Source = Omit<Opdracht, 'createdAt' | 'updatedAt' | 'deletedAt'>;

/**
 * A copy of an opdracht or template with a new id and new phase ids, `copiedFromId` pointing at
 * the original. The copy's status is 'concept': a copy is a new plan the teacher still checks
 * (dates, groups, the client's agreement) before setting it to gepland. Concepts do appear in
 * the year plan and count in plan coverage, so a copied year is visible at once.
 */
export function copyOpdracht(opdracht: Source, options: CopyOpdrachtOptions): NewOpdracht {
  const isTemplate = options.asTemplate ?? opdracht.isTemplate;
  const schoolYear = options.schoolYear ?? opdracht.schoolYear;
  const years = startYearOf(schoolYear) - startYearOf(opdracht.schoolYear);
  return {
    id: options.newId(),
    title: options.title ?? opdracht.title,
    opdrachtgeverId: opdracht.opdrachtgeverId,
    contactId: opdracht.contactId,
    question: opdracht.question,
    context: opdracht.context,
    specifications: opdracht.specifications,
    deliverables: [...opdracht.deliverables],
    phases: copyPhases(opdracht.phases, options.newId, years),
    nodeIds: [...opdracht.nodeIds],
    rubricIds: [...opdracht.rubricIds],
    groupIds: options.groupIds ? [...new Set(options.groupIds)] : isTemplate ? [] : [...opdracht.groupIds],
    hours: opdracht.hours,
    location: opdracht.location,
    status: 'concept',
    schoolYear,
    isTemplate,
    copiedFromId: opdracht.id,
  };
}

/**
 * The same opdracht in another school year: every phase date moves by whole years to the same
 * calendar date (10 March 2027 → 10 March 2028; 29 February → 28 February). The weekday is not
 * kept: a teacher checks the dates of a copied year anyway (holidays move too), and the same
 * date is what they expect to see. Groups go through `groupMap` (unmapped groups are dropped;
 * no map keeps the same groups); every link stays. Status 'concept' (see copyOpdracht).
 */
export function copyOpdrachtToSchoolYear(opdracht: Source, targetYear: SchoolYear, newId: () => string, groupMap?: GroupMap): NewOpdracht {
  return copyOpdracht(opdracht, { newId, schoolYear: targetYear, groupIds: mapGroupIds(opdracht.groupIds, groupMap).groupIds });
}

/**
 * Copies the teams of an opdracht to its copy. Rule: a team is kept, with its name, members and
 * order, when the copy is done by the same group (the group maps to itself, or there is no
 * map): the same students work on the copy. Teams of a group that maps to another group, or to
 * none, are not copied: other students form other teams. Deleted teams are not copied.
 */
export function copyTeams(teams: readonly Team[], newOpdrachtId: string, newId: () => string, groupMap?: GroupMap): NewTeam[] {
  return teams
    .filter((team) => isLive(team) && (groupMap ? groupMap.get(team.groupId) === team.groupId : true))
    .map((team) => ({
      id: newId(),
      opdrachtId: newOpdrachtId,
      groupId: team.groupId,
      name: team.name,
      studentIds: [...team.studentIds],
      order: team.order,
    }));
}

export interface CopyYearOptions {
  /** The teams of the opdrachten being copied; those of groups that stay the same are copied along. */
  teams?: readonly Team[];
  /** Also copy gearchiveerd opdrachten (default false: archived means "no longer done"). */
  includeArchived?: boolean;
}

export interface CopyYearReport {
  /** Number of opdrachten copied. */
  copied: number;
  /** Gearchiveerd opdrachten of the year, not copied (unless includeArchived). */
  skippedArchived: number;
  /** Opdrachten already copied to the target year earlier (a copy with copiedFromId exists there): not copied twice. */
  alreadyCopied: string[];
  /** Old group ids that had no entry in the group map, each once. */
  unmappedGroupIds: string[];
  /** Ids of copies left without any group: the teacher has to choose groups for them. */
  withoutGroups: string[];
  teamsCopied: number;
}

export interface CopyYearResult {
  copies: NewOpdracht[];
  teams: NewTeam[];
  /** Original opdracht id → copy id. */
  idMap: Map<string, string>;
  report: CopyYearReport;
}

/**
 * Copies a whole year's set of opdrachten (not the templates, not deleted ones) to another
 * school year in one go, with copyOpdrachtToSchoolYear's rules, and the teams of groups that
 * stay the same. `opdrachten` may hold every opdracht of every year: the function picks those of
 * `fromYear`, and recognises ones copied before by a copy in `toYear` whose copiedFromId is
 * theirs, so running it twice does not double the plan.
 */
export function copyYear(
  opdrachten: readonly Opdracht[],
  fromYear: SchoolYear,
  toYear: SchoolYear,
  newId: () => string,
  groupMap?: GroupMap,
  options: CopyYearOptions = {},
): CopyYearResult {
  const live = opdrachten.filter(isLive);
  const copiedBefore = new Set(live.filter((o) => o.schoolYear === toYear && o.copiedFromId != null).map((o) => o.copiedFromId!));
  const report: CopyYearReport = { copied: 0, skippedArchived: 0, alreadyCopied: [], unmappedGroupIds: [], withoutGroups: [], teamsCopied: 0 };
  const copies: NewOpdracht[] = [];
  const teams: NewTeam[] = [];
  const idMap = new Map<string, string>();
  const unmapped = new Set<string>();

  for (const opdracht of live) {
    if (opdracht.schoolYear !== fromYear || opdracht.isTemplate) continue;
    if (opdracht.status === 'gearchiveerd' && options.includeArchived !== true) {
      report.skippedArchived++;
      continue;
    }
    if (copiedBefore.has(opdracht.id)) {
      report.alreadyCopied.push(opdracht.id);
      continue;
    }
    const mapped = mapGroupIds(opdracht.groupIds, groupMap);
    mapped.unmapped.forEach((id) => unmapped.add(id));
    const copy = copyOpdracht(opdracht, { newId, schoolYear: toYear, groupIds: mapped.groupIds });
    copies.push(copy);
    idMap.set(opdracht.id, copy.id);
    if (copy.groupIds.length === 0) report.withoutGroups.push(copy.id);
    const ownTeams = (options.teams ?? []).filter((team) => team.opdrachtId === opdracht.id && copy.groupIds.includes(team.groupId));
    teams.push(...copyTeams(ownTeams, copy.id, newId, groupMap));
  }
  report.copied = copies.length;
  report.unmappedGroupIds = [...unmapped];
  report.teamsCopied = teams.length;
  return { copies, teams, idMap, report };
}

export interface FromTemplateOptions {
  newId: () => string;
  schoolYear: SchoolYear;
  /** The first day of the first phase; the others keep their offsets and lengths from the template. */
  start: IsoDate;
  groupIds: readonly string[];
  title?: string;
}

/**
 * A new opdracht from a template in one step (issue 4: "a new opdracht from a template takes
 * under a minute"): a copy with every link, laid out from `start`. The template's phases keep
 * their lengths and the days between them (gaps and overlaps included): the whole schedule
 * moves so the earliest phase starts on `start`. A template without dated phases gives an
 * opdracht with its phases as they are (the teacher fills in the dates). An invalid `start`
 * throws RangeError (the screen's date field gives a valid one).
 */
export function opdrachtFromTemplate(template: Source, options: FromTemplateOptions): NewOpdracht {
  const copy = copyOpdracht(template, {
    newId: options.newId,
    asTemplate: false,
    groupIds: options.groupIds,
    ...(options.title === undefined ? {} : { title: options.title }),
  });
  const first = startOf(copy);
  const laidOut = first === null ? copy : shiftOpdracht(copy, diffDays(first, options.start));
  return { ...laidOut, schoolYear: options.schoolYear };
}
