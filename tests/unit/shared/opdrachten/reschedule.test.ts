import { describe, expect, it } from 'vitest';
import { resizePhase, shiftOpdracht, shiftPhase } from '../../../../shared/opdrachten/reschedule';
import { makeOpdracht, phase } from './helpers';

const dates = (o: { phases: { start: string; end: string }[] }) => o.phases.map((p) => `${p.start}/${p.end}`);

describe('shiftOpdracht', () => {
  it('moves every phase by whole days, across month ends, and leaves the original alone', () => {
    const original = makeOpdracht();
    const before = structuredClone(original);
    const moved = shiftOpdracht(original, 7);
    expect(dates(moved)).toEqual(['2027-03-08/2027-03-10', '2027-03-11/2027-03-16', '2027-03-17/2027-03-26', '2027-03-29/2027-03-31', '2027-04-01/2027-04-02']);
    expect(original).toEqual(before);
    expect(moved.phases.map((p) => p.id)).toEqual(original.phases.map((p) => p.id));
    expect(moved.updatedAt).toBe(original.updatedAt);
    expect(dates(shiftOpdracht(moved, -7))).toEqual(dates(original));
    expect(shiftOpdracht(original, 0)).toBe(original);
  });

  it('keeps a date it cannot read as it is, and refuses fractional days', () => {
    const half = makeOpdracht({ phases: [phase('a', 'A', '2027-03-01', '')] });
    expect(dates(shiftOpdracht(half, 1))).toEqual(['2027-03-02/']);
    expect(() => shiftOpdracht(makeOpdracht(), 1.5)).toThrow(RangeError);
  });
});

describe('shiftPhase', () => {
  it('moves one phase, keeping its length', () => {
    const moved = shiftPhase(makeOpdracht(), 'p3', 2);
    expect(dates(moved)[2]).toBe('2027-03-12/2027-03-21');
    expect(dates(moved).filter((_, i) => i !== 2)).toEqual(dates(makeOpdracht()).filter((_, i) => i !== 2));
  });

  it('with withLater, pushes the phases after it along', () => {
    const moved = shiftPhase(makeOpdracht(), 'p3', 3, { withLater: true });
    expect(dates(moved)).toEqual(['2027-03-01/2027-03-03', '2027-03-04/2027-03-09', '2027-03-13/2027-03-22', '2027-03-25/2027-03-27', '2027-03-28/2027-03-29']);
  });

  it('refuses a phase that is not there', () => {
    expect(() => shiftPhase(makeOpdracht(), 'nope', 1)).toThrow(RangeError);
  });
});

describe('resizePhase', () => {
  it('moves the end or the start edge', () => {
    expect(dates(resizePhase(makeOpdracht(), 'p3', 'end', 2))[2]).toBe('2027-03-10/2027-03-21');
    expect(dates(resizePhase(makeOpdracht(), 'p3', 'start', -1))[2]).toBe('2027-03-09/2027-03-19');
  });

  it('keeps at least one day when an edge is dragged past the other', () => {
    expect(dates(resizePhase(makeOpdracht(), 'p3', 'end', -30))[2]).toBe('2027-03-10/2027-03-10');
    expect(dates(resizePhase(makeOpdracht(), 'p3', 'start', 30))[2]).toBe('2027-03-19/2027-03-19');
  });

  it('with withLater, moves later phases by as much as the end really moved', () => {
    const longer = resizePhase(makeOpdracht(), 'p3', 'end', 3, { withLater: true });
    expect(dates(longer).slice(2)).toEqual(['2027-03-10/2027-03-22', '2027-03-25/2027-03-27', '2027-03-28/2027-03-29']);
    const clamped = resizePhase(makeOpdracht(), 'p3', 'end', -30, { withLater: true });
    // The end could only move 9 days back (to the start day), so the later phases move 9 days.
    expect(dates(clamped).slice(3)).toEqual(['2027-03-13/2027-03-15', '2027-03-16/2027-03-17']);
  });
});
