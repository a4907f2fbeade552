import { describe, expect, it } from 'vitest';
import { addDays, diffDays } from '../../../../shared/opdrachten/dates';
import { currentPhase, deadlineOf, DEFAULT_PHASE_NAMES, defaultPhases, startOf, validateOpdracht } from '../../../../shared/opdrachten/phases';
import { hasErrors } from '../../../../shared/opdrachten/problems';
import { idCounter, makeOpdracht, phase } from './helpers';

const context = { schoolYear: '2026-2027' } as const;
const lengths = (phases: { start: string; end: string }[]) => phases.map((p) => diffDays(p.start, p.end) + 1);

describe('defaultPhases', () => {
  it('spreads the five default phases over the period in proportion, whole days, in order, without gaps', () => {
    const phases = defaultPhases('2027-03-01', '2027-04-09', idCounter('f'));
    expect(phases.map((p) => p.name)).toEqual(['Oriënteren', 'Voorbereiden', 'Uitvoeren', 'Opleveren/presenteren', 'Evalueren']);
    expect(phases.map((p) => p.id)).toEqual(['f-1', 'f-2', 'f-3', 'f-4', 'f-5']);
    expect(lengths(phases)).toEqual([6, 8, 15, 6, 5]);
    expect(phases[0]!.start).toBe('2027-03-01');
    expect(phases[4]!.end).toBe('2027-04-09');
  });

  it('for every period length: lengths add up, each phase at least a day, each starts the day after the previous', () => {
    for (let days = 5; days <= 200; days++) {
      const end = addDays('2026-09-01', days - 1);
      const phases = defaultPhases('2026-09-01', end, idCounter());
      expect(lengths(phases).reduce((a, b) => a + b, 0), `${days} days`).toBe(days);
      expect(lengths(phases).every((n) => n >= 1)).toBe(true);
      phases.slice(1).forEach((p, i) => expect(p.start).toBe(addDays(phases[i]!.end, 1)));
      expect(phases.at(-1)!.end).toBe(end);
      // Uitvoeren is always the longest phase once there is room for proportions.
      if (days >= 20) expect(Math.max(...lengths(phases))).toBe(lengths(phases)[2]);
    }
  });

  it('gives a too-short period one day per phase, the rest on the last day', () => {
    const phases = defaultPhases('2027-03-01', '2027-03-03', idCounter());
    expect(phases.map((p) => [p.start, p.end])).toEqual([
      ['2027-03-01', '2027-03-01'],
      ['2027-03-02', '2027-03-02'],
      ['2027-03-03', '2027-03-03'],
      ['2027-03-03', '2027-03-03'],
      ['2027-03-03', '2027-03-03'],
    ]);
  });

  it('splits evenly for other phase names, and refuses a period that ends before it starts', () => {
    expect(lengths(defaultPhases('2027-03-01', '2027-03-09', idCounter(), ['Plan', 'Doe', 'Check']))).toEqual([3, 3, 3]);
    expect(() => defaultPhases('2027-03-10', '2027-03-03', idCounter())).toThrow(RangeError);
    expect(DEFAULT_PHASE_NAMES).toHaveLength(5);
  });
});

describe('deadline, start and current phase', () => {
  const opdracht = makeOpdracht();

  it('takes the deadline from the phase that ends last, whatever the order', () => {
    expect(deadlineOf(opdracht)).toBe('2027-03-26');
    expect(startOf(opdracht)).toBe('2027-03-01');
    expect(deadlineOf({ phases: [phase('a', 'A', '2027-03-01', '2027-05-01'), phase('b', 'B', '2027-03-02', '2027-03-05')] })).toBe('2027-05-01');
    expect(deadlineOf({ phases: [] })).toBeNull();
    expect(deadlineOf({ phases: [phase('a', 'A', '2027-03-01', '')] })).toBeNull();
  });

  it('finds the phase that includes today; none before, after and in a gap', () => {
    expect(currentPhase(opdracht, '2027-03-10')?.name).toBe('Uitvoeren');
    expect(currentPhase(opdracht, '2027-03-03')?.name).toBe('Oriënteren');
    expect(currentPhase(opdracht, '2027-03-26')?.name).toBe('Evalueren');
    expect(currentPhase(opdracht, '2027-02-28')).toBeNull();
    expect(currentPhase(opdracht, '2027-03-20')).toBeNull(); // the weekend between uitvoeren and opleveren
    expect(currentPhase(opdracht, '2027-03-27')).toBeNull();
  });

  it('picks the later phase where phases overlap', () => {
    const overlapping = { phases: [phase('a', 'Voorbereiden', '2027-03-01', '2027-03-10'), phase('b', 'Uitvoeren', '2027-03-08', '2027-03-20')] };
    expect(currentPhase(overlapping, '2027-03-09')?.name).toBe('Uitvoeren');
  });
});

describe('validateOpdracht', () => {
  const codes = (problems: { code: string }[]) => problems.map((p) => p.code);
  const withPhases = (...phases: ReturnType<typeof phase>[]) => makeOpdracht({ phases });

  it('accepts a complete opdracht', () => {
    expect(validateOpdracht(makeOpdracht(), context)).toEqual([]);
  });

  it('requires a title', () => {
    expect(validateOpdracht(makeOpdracht({ title: '  ' }), context)).toEqual([
      { code: 'opdracht.title-empty', severity: 'error', location: { kind: 'opdracht', field: 'title' }, params: {} },
    ]);
  });

  it('refuses negative and non-finite hours; no hours is fine', () => {
    expect(validateOpdracht(makeOpdracht({ hours: -2 }), context)).toEqual([
      { code: 'opdracht.hours-negative', severity: 'error', location: { kind: 'opdracht', field: 'hours' }, params: { hours: -2 } },
    ]);
    expect(codes(validateOpdracht(makeOpdracht({ hours: Number.NaN }), context))).toEqual(['opdracht.hours-not-a-number']);
    expect(codes(validateOpdracht(makeOpdracht({ hours: Number.POSITIVE_INFINITY }), context))).toEqual(['opdracht.hours-not-a-number']);
    expect(validateOpdracht(makeOpdracht({ hours: null }), context)).toEqual([]);
    expect(validateOpdracht(makeOpdracht({ hours: 0 }), context)).toEqual([]);
  });

  it('needs phases once planned; a concept, a template or an archived opdracht may have none', () => {
    expect(validateOpdracht(makeOpdracht({ phases: [], status: 'gepland' }), context)).toEqual([
      { code: 'opdracht.no-phases', severity: 'error', location: { kind: 'opdracht', field: 'phases' }, params: { status: 'gepland' } },
    ]);
    expect(codes(validateOpdracht(makeOpdracht({ phases: [], status: 'lopend' }), context))).toEqual(['opdracht.no-phases']);
    expect(codes(validateOpdracht(makeOpdracht({ phases: [], status: 'afgerond' }), context))).toEqual(['opdracht.no-phases']);
    expect(validateOpdracht(makeOpdracht({ phases: [], status: 'concept' }), context)).toEqual([]);
    expect(validateOpdracht(makeOpdracht({ phases: [], status: 'gearchiveerd' }), context)).toEqual([]);
    expect(validateOpdracht(makeOpdracht({ phases: [], status: 'gepland', isTemplate: true }), context)).toEqual([]);
  });

  it('names the phase that ends before it starts, with both dates', () => {
    const problems = validateOpdracht(withPhases(phase('p1', 'Voorbereiden', '2027-03-01', '2027-03-02'), phase('p2', 'Uitvoeren', '2027-03-10', '2027-03-03')), context);
    expect(problems).toEqual([
      {
        code: 'phase.end-before-start',
        severity: 'error',
        location: { kind: 'phase', phaseId: 'p2', index: 1, field: 'end' },
        params: { phase: 2, name: 'Uitvoeren', start: '2027-03-10', end: '2027-03-03' },
      },
    ]);
  });

  it('accepts a one-day phase', () => {
    expect(validateOpdracht(withPhases(phase('p1', 'Presenteren', '2027-03-10', '2027-03-10')), context)).toEqual([]);
  });

  it('refuses phases out of order, and warns (only) about overlap', () => {
    const outOfOrder = validateOpdracht(withPhases(phase('p1', 'Uitvoeren', '2027-03-10', '2027-03-20'), phase('p2', 'Oriënteren', '2027-03-01', '2027-03-05')), context);
    expect(outOfOrder).toEqual([
      {
        code: 'phase.out-of-order',
        severity: 'error',
        location: { kind: 'phase', phaseId: 'p2', index: 1, field: 'start' },
        params: { phase: 2, name: 'Oriënteren', start: '2027-03-01', previousPhase: 1, previousName: 'Uitvoeren', previousStart: '2027-03-10' },
      },
    ]);
    const overlap = validateOpdracht(withPhases(phase('p1', 'Voorbereiden', '2027-03-01', '2027-03-10'), phase('p2', 'Uitvoeren', '2027-03-10', '2027-03-20')), context);
    expect(overlap).toEqual([
      {
        code: 'phase.overlap',
        severity: 'warning',
        location: { kind: 'phase', phaseId: 'p2', index: 1, field: 'start' },
        params: { phase: 2, name: 'Uitvoeren', start: '2027-03-10', previousPhase: 1, previousName: 'Voorbereiden', previousEnd: '2027-03-10' },
      },
    ]);
    expect(hasErrors(overlap)).toBe(false);
    expect(hasErrors(outOfOrder)).toBe(true);
  });

  it('reports a deadline outside the school year once, with the year and its bounds', () => {
    const problems = validateOpdracht(withPhases(phase('p1', 'Uitvoeren', '2027-07-01', '2027-07-20'), phase('p2', 'Opleveren', '2027-07-21', '2027-08-14')), context);
    expect(problems).toEqual([
      {
        code: 'opdracht.deadline-outside-school-year',
        severity: 'error',
        location: { kind: 'phase', phaseId: 'p2', index: 1, field: 'end' },
        params: { deadline: '2027-08-14', schoolYear: '2026-2027', yearStart: '2026-08-01', yearEnd: '2027-07-31' },
      },
    ]);
  });

  it('reports each other phase that lies (partly) outside the school year', () => {
    const problems = validateOpdracht(withPhases(phase('p1', 'Oriënteren', '2026-07-20', '2026-08-05'), phase('p2', 'Uitvoeren', '2026-08-06', '2026-09-01')), context);
    expect(problems).toEqual([
      {
        code: 'phase.outside-school-year',
        severity: 'error',
        location: { kind: 'phase', phaseId: 'p1', index: 0, field: 'start' },
        params: { phase: 1, name: 'Oriënteren', start: '2026-07-20', end: '2026-08-05', schoolYear: '2026-2027' },
      },
    ]);
    // The validation context's school year counts, not a stale one on the input.
    expect(codes(validateOpdracht(makeOpdracht(), { schoolYear: '2027-2028' }))).toEqual([
      'phase.outside-school-year',
      'phase.outside-school-year',
      'phase.outside-school-year',
      'phase.outside-school-year',
      'phase.outside-school-year',
      'opdracht.deadline-outside-school-year',
    ]);
  });

  it('does not check a template against a school year', () => {
    expect(validateOpdracht(makeOpdracht({ isTemplate: true }), { schoolYear: '2030-2031' })).toEqual([]);
  });

  it('reports invalid dates with the value, and names unnamed phases by position', () => {
    const problems = validateOpdracht(withPhases(phase('p1', '', '10-03-2027', '2027-02-30')), context);
    expect(problems).toEqual([
      { code: 'phase.name-empty', severity: 'error', location: { kind: 'phase', phaseId: 'p1', index: 0, field: 'name' }, params: { phase: 1 } },
      {
        code: 'phase.start-invalid',
        severity: 'error',
        location: { kind: 'phase', phaseId: 'p1', index: 0, field: 'start' },
        params: { phase: 1, name: '', context: 'unnamed', value: '10-03-2027' },
      },
      {
        code: 'phase.end-invalid',
        severity: 'error',
        location: { kind: 'phase', phaseId: 'p1', index: 0, field: 'end' },
        params: { phase: 1, name: '', context: 'unnamed', value: '2027-02-30' },
      },
    ]);
  });

  it('warns about two phases with the same name (without case)', () => {
    const problems = validateOpdracht(withPhases(phase('p1', 'Uitvoeren', '2027-03-01', '2027-03-05'), phase('p2', 'uitvoeren ', '2027-03-08', '2027-03-12')), context);
    expect(problems).toEqual([
      {
        code: 'phase.name-duplicate',
        severity: 'warning',
        location: { kind: 'phase', phaseId: 'p2', index: 1, field: 'name' },
        params: { phase: 2, otherPhase: 1, name: 'uitvoeren' },
      },
    ]);
  });
});
