import type { IsoDate, OpdrachtFase } from '../domain/opdracht';
import { addDays, compareIsoDates, diffDays, isIsoDate } from './dates';

/**
 * Rescheduling for the year plan (drag a bar, drag a phase, drag a phase's edge). Every function
 * returns a new opdracht and leaves the one given untouched; fields other than `phases` are
 * kept as they are (the repository sets updatedAt when it stores the result). `days` must be a
 * whole number (the screen rounds a drag to whole days): a fraction throws RangeError.
 *
 * A date that is not a valid IsoDate cannot be moved and is left as it is, so a half-filled form
 * never turns into an exception here; validateOpdracht reports it. A phase id that is not in the
 * opdracht throws RangeError (the screen only offers phases it shows).
 */
type WithPhases = { phases: OpdrachtFase[] };

function shiftDate(date: IsoDate, days: number): IsoDate {
  return isIsoDate(date) ? addDays(date, days) : date;
}

function requireWholeDays(days: number): void {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
}

function movePhase(phase: OpdrachtFase, days: number): OpdrachtFase {
  return { ...phase, start: shiftDate(phase.start, days), end: shiftDate(phase.end, days) };
}

/** Moves every phase by `days` (negative: earlier): dragging the opdracht's bar in the year plan. */
export function shiftOpdracht<T extends WithPhases>(opdracht: T, days: number): T {
  requireWholeDays(days);
  if (days === 0) return opdracht;
  return { ...opdracht, phases: opdracht.phases.map((phase) => movePhase(phase, days)) };
}

export interface PhaseMoveOptions {
  /**
   * Also move the phases listed after this one, so a later start of uitvoeren pushes opleveren
   * and evalueren along instead of running into them. Default false: only this phase moves.
   */
  withLater?: boolean;
}

function phaseIndex(opdracht: WithPhases, phaseId: string): number {
  const index = opdracht.phases.findIndex((phase) => phase.id === phaseId);
  if (index === -1) throw new RangeError(`No phase ${phaseId} in this opdracht`);
  return index;
}

/** Moves one phase (and with `withLater` the phases after it) by `days`, keeping its length. */
export function shiftPhase<T extends WithPhases>(opdracht: T, phaseId: string, days: number, options: PhaseMoveOptions = {}): T {
  requireWholeDays(days);
  const index = phaseIndex(opdracht, phaseId);
  if (days === 0) return opdracht;
  return {
    ...opdracht,
    phases: opdracht.phases.map((phase, i) => (i === index || (options.withLater === true && i > index) ? movePhase(phase, days) : phase)),
  };
}

/**
 * Moves one edge of a phase by `days`: 'start' (the left edge of its bar) or 'end' (the right
 * edge). A phase keeps at least one day: an edge dragged past the other stops on the other's
 * day. With `withLater`, the phases after it move by as many days as the end actually moved, so
 * lengthening uitvoeren keeps the gap to opleveren.
 */
export function resizePhase<T extends WithPhases>(
  opdracht: T,
  phaseId: string,
  edge: 'start' | 'end',
  days: number,
  options: PhaseMoveOptions = {},
): T {
  requireWholeDays(days);
  const index = phaseIndex(opdracht, phaseId);
  const phase = opdracht.phases[index]!;
  if (days === 0 || !isIsoDate(phase.start) || !isIsoDate(phase.end)) return opdracht;
  let resized: OpdrachtFase;
  let endMoved = 0;
  if (edge === 'start') {
    const start = addDays(phase.start, days);
    resized = { ...phase, start: compareIsoDates(start, phase.end) > 0 ? phase.end : start };
  } else {
    const wanted = addDays(phase.end, days);
    const end = compareIsoDates(wanted, phase.start) < 0 ? phase.start : wanted;
    endMoved = diffDays(phase.end, end);
    resized = { ...phase, end };
  }
  return {
    ...opdracht,
    phases: opdracht.phases.map((p, i) => {
      if (i === index) return resized;
      if (options.withLater === true && i > index && endMoved !== 0) return movePhase(p, endMoved);
      return p;
    }),
  };
}
