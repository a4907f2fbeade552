import type { IsoDate, Opdracht, OpdrachtFase, OpdrachtStatus } from '../domain/opdracht';
import type { SchoolYear } from '../domain/school-year';
import { addDays, compareIsoDates, diffDays, isIsoDate, isInSchoolYear, schoolYearEnd, schoolYearStart } from './dates';
import { opdrachtProblem, type OpdrachtProblem } from './problems';

/**
 * The default phases of an opdracht: the SLO formats' oriëntatie → voorbereiden → uitvoeren →
 * opleveren, with evalueren from the "systematisch werken" cycle (domain.md, "Assessment
 * practice"). They are data stored on each opdracht and editable per opdracht, written in the
 * teachers' words like the built-in frameworks; a screen in another language may pass its own
 * names to defaultPhases.
 */
export const DEFAULT_PHASE_NAMES = ['Oriënteren', 'Voorbereiden', 'Uitvoeren', 'Opleveren/presenteren', 'Evalueren'] as const;

/**
 * Share of the period per default phase: uitvoeren is the bulk of the work, evalueren a short
 * closing (15 / 20 / 40 / 15 / 10 %). An [I] choice; the teacher moves the dates afterwards.
 */
const DEFAULT_PHASE_WEIGHTS = [3, 4, 8, 3, 2] as const;

/**
 * Splits `total` days over phases by weight, every phase at least one day: the days beyond one
 * per phase go by weight, the rounding remainder to the largest fractions (largest remainder
 * method), so the lengths always add up to `total`.
 */
function phaseLengths(total: number, weights: readonly number[]): number[] {
  const extra = total - weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((weight) => (extra * weight) / sum);
  const lengths = shares.map((share) => 1 + Math.floor(share));
  let left = total - lengths.reduce((a, b) => a + b, 0);
  const byFraction = shares.map((share, index) => ({ index, fraction: share - Math.floor(share) })).sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (const { index } of byFraction) {
    if (left <= 0) break;
    lengths[index]!++;
    left--;
  }
  return lengths;
}

/**
 * Phases spread over a period from `start` to `end` (both days included), in order, each whole
 * days, without overlap: each phase starts the day after the previous one ends and the last one
 * ends on `end`. A period shorter than the number of phases gives one day per phase from
 * `start`, with the phases that do not fit all on `end` (they overlap, which validateOpdracht
 * shows as a warning). Throws RangeError when `end` is before `start` or a date is invalid.
 */
export function defaultPhases(
  start: IsoDate,
  end: IsoDate,
  newId: () => string,
  names: readonly string[] = DEFAULT_PHASE_NAMES,
): OpdrachtFase[] {
  const total = diffDays(start, end) + 1;
  if (total < 1) throw new RangeError(`The period ends (${end}) before it starts (${start})`);
  if (names.length === 0) return [];
  if (total < names.length) {
    return names.map((name, index) => {
      const day = addDays(start, Math.min(index, total - 1));
      return { id: newId(), name, start: day, end: day };
    });
  }
  const weights = names.length === DEFAULT_PHASE_WEIGHTS.length ? DEFAULT_PHASE_WEIGHTS : names.map(() => 1);
  const lengths = phaseLengths(total, weights);
  let from = start;
  return names.map((name, index) => {
    const to = addDays(from, lengths[index]! - 1);
    const phase = { id: newId(), name, start: from, end: to };
    from = addDays(to, 1);
    return phase;
  });
}

/** Phases whose both dates are real dates; the others cannot be placed on a calendar. */
function datedPhases(phases: readonly OpdrachtFase[]): OpdrachtFase[] {
  return phases.filter((phase) => isIsoDate(phase.start) && isIsoDate(phase.end));
}

/** The deadline: the end of the phase that ends last (usually opleveren/evalueren), or null without dated phases. */
export function deadlineOf(opdracht: { phases: readonly OpdrachtFase[] }): IsoDate | null {
  let deadline: IsoDate | null = null;
  for (const phase of datedPhases(opdracht.phases)) {
    if (deadline === null || compareIsoDates(phase.end, deadline) > 0) deadline = phase.end;
  }
  return deadline;
}

/** The first day of the earliest phase, or null without dated phases. */
export function startOf(opdracht: { phases: readonly OpdrachtFase[] }): IsoDate | null {
  let start: IsoDate | null = null;
  for (const phase of datedPhases(opdracht.phases)) {
    if (start === null || compareIsoDates(phase.start, start) < 0) start = phase.start;
  }
  return start;
}

/**
 * The phase the opdracht is in on `today`: the one whose dates include it. When phases overlap,
 * the one listed last of those, because the later phase has begun. Null before the first phase,
 * after the last, and in a gap between phases.
 */
export function currentPhase(opdracht: { phases: readonly OpdrachtFase[] }, today: IsoDate): OpdrachtFase | null {
  let current: OpdrachtFase | null = null;
  for (const phase of datedPhases(opdracht.phases)) {
    if (compareIsoDates(phase.start, today) <= 0 && compareIsoDates(today, phase.end) <= 0) current = phase;
  }
  return current;
}

/** What validateOpdracht looks at: an opdracht being edited, stored or not. */
export type OpdrachtInput = Pick<Opdracht, 'title' | 'phases' | 'hours' | 'status'> & { isTemplate?: boolean };

export interface OpdrachtValidationContext {
  /** The school year the opdracht belongs to; its phases and deadline must lie in it. */
  schoolYear: SchoolYear;
}

/**
 * Statuses that put an opdracht on the year plan: it then needs dated phases. A concept may be
 * saved without them (the teacher writes the question first and plans later); a template has
 * no dates of its own that matter; an archived opdracht is no longer planned.
 */
const NEEDS_PHASES: ReadonlySet<OpdrachtStatus> = new Set(['gepland', 'lopend', 'afgerond']);

function unnamed(name: string): { name: string; context?: 'unnamed' } {
  const trimmed = name.trim();
  return trimmed === '' ? { name: trimmed, context: 'unnamed' } : { name: trimmed };
}

function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase('nl');
}

/**
 * Why an opdracht cannot be saved (severity 'error') or deserves a second look ('warning').
 * Rules, in the order a teacher fills the form:
 * - a title is required; hours, when set, are a finite number of 0 or more;
 * - every phase has a name (two phases with the same name: warning) and real start and end
 *   dates, and does not end before it starts (a one-day phase starts and ends on the same day);
 * - phases are listed in the order they start: a phase may not start before the one listed
 *   before it (error). Overlap, a phase starting before the previous one has ended, is
 *   allowed with a warning: teachers do let voorbereiden run into uitvoeren;
 * - no phases at all is fine for a concept, a template or an archived opdracht, and an error
 *   for gepland, lopend and afgerond (the year plan and the deadline come from the phases);
 * - the deadline (end of the last phase) and every phase lie in the school year (1 August –
 *   31 July). A phase whose only date outside the year is the deadline is not reported twice.
 *   Templates are not checked against a school year: only their phase lengths are reused.
 */
export function validateOpdracht(input: OpdrachtInput, context: OpdrachtValidationContext): OpdrachtProblem[] {
  const problems: OpdrachtProblem[] = [];
  if (input.title.trim() === '') problems.push(opdrachtProblem('opdracht.title-empty', { kind: 'opdracht', field: 'title' }, {}));
  if (input.hours !== null) {
    if (!Number.isFinite(input.hours)) problems.push(opdrachtProblem('opdracht.hours-not-a-number', { kind: 'opdracht', field: 'hours' }, {}));
    else if (input.hours < 0) problems.push(opdrachtProblem('opdracht.hours-negative', { kind: 'opdracht', field: 'hours' }, { hours: input.hours }));
  }
  const isTemplate = input.isTemplate === true;
  if (input.phases.length === 0 && !isTemplate && NEEDS_PHASES.has(input.status)) {
    problems.push(opdrachtProblem('opdracht.no-phases', { kind: 'opdracht', field: 'phases' }, { status: input.status }));
  }

  const firstByName = new Map<string, number>();
  let previous: { phase: OpdrachtFase; position: number } | null = null;
  input.phases.forEach((phase, index) => {
    const position = index + 1;
    const where = (field: 'name' | 'start' | 'end') => ({ kind: 'phase' as const, phaseId: phase.id, index, field });
    const name = unnamed(phase.name);
    if (name.name === '') problems.push(opdrachtProblem('phase.name-empty', where('name'), { phase: position }));
    else {
      const first = firstByName.get(nameKey(phase.name));
      if (first === undefined) firstByName.set(nameKey(phase.name), position);
      else problems.push(opdrachtProblem('phase.name-duplicate', where('name'), { phase: position, otherPhase: first, name: name.name }));
    }
    const startValid = isIsoDate(phase.start);
    const endValid = isIsoDate(phase.end);
    if (!startValid) problems.push(opdrachtProblem('phase.start-invalid', where('start'), { phase: position, ...name, value: phase.start }));
    if (!endValid) problems.push(opdrachtProblem('phase.end-invalid', where('end'), { phase: position, ...name, value: phase.end }));
    if (!startValid || !endValid) return;
    if (compareIsoDates(phase.end, phase.start) < 0) {
      problems.push(opdrachtProblem('phase.end-before-start', where('end'), { phase: position, ...name, start: phase.start, end: phase.end }));
    }
    if (previous) {
      const before = previous.phase;
      const previousParams = { previousPhase: previous.position, previousName: before.name.trim() };
      if (compareIsoDates(phase.start, before.start) < 0) {
        problems.push(
          opdrachtProblem('phase.out-of-order', where('start'), { phase: position, ...name, start: phase.start, ...previousParams, previousStart: before.start }),
        );
      } else if (compareIsoDates(phase.start, before.end) <= 0 && compareIsoDates(before.start, before.end) <= 0) {
        problems.push(
          opdrachtProblem('phase.overlap', where('start'), { phase: position, ...name, start: phase.start, ...previousParams, previousEnd: before.end }),
        );
      }
    }
    previous = { phase, position };
  });

  if (!isTemplate) problems.push(...schoolYearProblems(input.phases, context.schoolYear));
  return problems;
}

function schoolYearProblems(phases: readonly OpdrachtFase[], schoolYear: SchoolYear): OpdrachtProblem[] {
  const problems: OpdrachtProblem[] = [];
  const deadline = deadlineOf({ phases });
  phases.forEach((phase, index) => {
    if (!isIsoDate(phase.start) || !isIsoDate(phase.end)) return;
    const startOutside = !isInSchoolYear(phase.start, schoolYear);
    const endOutside = !isInSchoolYear(phase.end, schoolYear) && phase.end !== deadline;
    if (startOutside || endOutside) {
      problems.push(
        opdrachtProblem(
          'phase.outside-school-year',
          { kind: 'phase', phaseId: phase.id, index, field: startOutside ? 'start' : 'end' },
          { phase: index + 1, ...unnamed(phase.name), start: phase.start, end: phase.end, schoolYear },
        ),
      );
    }
  });
  if (deadline !== null && !isInSchoolYear(deadline, schoolYear)) {
    const index = phases.findIndex((phase) => phase.end === deadline);
    problems.push(
      opdrachtProblem(
        'opdracht.deadline-outside-school-year',
        { kind: 'phase', phaseId: phases[index]!.id, index, field: 'end' },
        { deadline, schoolYear, yearStart: schoolYearStart(schoolYear), yearEnd: schoolYearEnd(schoolYear) },
      ),
    );
  }
  return problems;
}
