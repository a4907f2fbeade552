import { describe, expect, it } from 'vitest';
import type { Pta } from '../../../../shared/domain/pta';
import type { ToetsResultaat } from '../../../../shared/domain/toets-resultaat';
import { closuresFromResults, coverageOf } from '../../../../shared/growth';
import { point } from './helpers';

function toets(id: string, code: string, nodeIds: string[]): Pta['toetsen'][number] {
  return {
    id,
    code,
    name: `Toets ${code}`,
    inhoud: '',
    periode: '3.1',
    date: null,
    toetsvorm: 'PO',
    duur: '',
    weging: 1,
    herkansbaar: false,
    herkansingVorm: null,
    nodeIds,
    opdrachtId: null,
    rubricId: null,
  };
}

const PTA: Pta = {
  id: 'pta1',
  createdAt: 1,
  updatedAt: 1,
  deletedAt: null,
  cohortId: 'c1',
  title: 'PTA Zorg en Welzijn',
  toetsen: [toets('t1', '311', ['et-1', 'et-2']), toets('t2', '312', ['et-3']), toets('t3', '313', ['et-old'])],
  status: 'vastgesteld',
  log: [],
};

function result(id: string, overrides: Partial<ToetsResultaat> = {}): ToetsResultaat {
  return {
    id,
    createdAt: 1,
    updatedAt: 1,
    deletedAt: null,
    studentId: 's1',
    ptaId: 'pta1',
    toetsId: 't1',
    attempt: 1,
    grade: null,
    override: null,
    voldaan: null,
    late: false,
    ...overrides,
  };
}

describe('closuresFromResults', () => {
  it('closes a toets’s eindtermen with a cijfer, an override or "voldaan"', () => {
    const closures = closuresFromResults(PTA, [
      result('grade', { grade: 6.5 }),
      result('override', { studentId: 's2', override: { grade: 7, reason: 'Herberekend' } }),
      result('voldaan', { studentId: 's3', toetsId: 't2', voldaan: true }),
    ]);
    expect(closures).toEqual([
      { studentId: 's1', toetsId: 't1', toetsCode: '311', toetsName: 'Toets 311', nodeIds: ['et-1', 'et-2'] },
      { studentId: 's2', toetsId: 't1', toetsCode: '311', toetsName: 'Toets 311', nodeIds: ['et-1', 'et-2'] },
      { studentId: 's3', toetsId: 't2', toetsCode: '312', toetsName: 'Toets 312', nodeIds: ['et-3'] },
    ]);
  });

  it('does not close with an empty row, "niet voldaan", a deleted row, another PTA or an unknown toets', () => {
    expect(
      closuresFromResults(PTA, [
        result('empty'),
        result('niet', { voldaan: false }),
        result('deleted', { grade: 8, deletedAt: 5 }),
        result('other-pta', { grade: 8, ptaId: 'pta2' }),
        result('unknown', { grade: 8, toetsId: 't-x' }),
      ]),
    ).toEqual([]);
  });

  it('names the current eindtermen when the PTA was made against an earlier version', () => {
    const [closure] = closuresFromResults(PTA, [result('r', { toetsId: 't3', grade: 7 })], (id) => (id === 'et-old' ? 'et-3' : id));
    expect(closure!.nodeIds).toEqual(['et-3']);
  });

  it('a grade of 1.0 is still a grade (not mistaken for "nothing")', () => {
    expect(closuresFromResults(PTA, [result('low', { grade: 1 })])).toHaveLength(1);
  });
});

describe('coverageOf', () => {
  const ids = ['et-1', 'et-2', 'et-3'];

  it('is "niet gezien" for every eindterm without evidence or closure', () => {
    expect(coverageOf(ids, [], []).map((entry) => entry.state)).toEqual(['niet-gezien', 'niet-gezien', 'niet-gezien']);
  });

  it('is "formatief" with observations or formative rubric scores only, with the evidence oldest first', () => {
    const [first, second] = coverageOf(
      ['et-1', 'et-2'],
      [point('late', 3, '2026-12-01'), point('early', 2, '2026-10-01'), point('peer', 4, '2026-11-01', { nodeId: 'et-2', assessor: 'peer' })],
      [],
    );
    expect(first).toMatchObject({ nodeId: 'et-1', state: 'formatief', closures: [] });
    expect(first!.evidence.map((p) => p.key)).toEqual(['early', 'late']);
    expect(second!.state).toBe('formatief');
  });

  it('is "afgesloten" through a summative beoordeling on a PTA toets', () => {
    const [entry] = coverageOf(['et-1'], [point('b1:c1:et-1', 1, '2026-11-05', { kind: 'beoordeling', summative: true, ptaToetsId: 't1' })], []);
    expect(entry!.state).toBe('afgesloten');
  });

  it('is "afgesloten" through a closing PTA result, even without evidence of its own, and lists the toets', () => {
    const closures = closuresFromResults(PTA, [result('r', { grade: 5.8 })]);
    const entries = coverageOf(ids, [], closures);
    expect(entries.map((entry) => entry.state)).toEqual(['afgesloten', 'afgesloten', 'niet-gezien']);
    expect(entries[0]!.closures.map((c) => c.toetsCode)).toEqual(['311']);
  });

  it('a non-summative beoordeling (a self-assessment on the PTA toets) does not close', () => {
    const [entry] = coverageOf(['et-1'], [point('z', 4, '2026-11-05', { kind: 'beoordeling', assessor: 'zelf', summative: false, ptaToetsId: 't1' })], []);
    expect(entry!.state).toBe('formatief');
  });

  it('ignores evidence on goals that are not asked about', () => {
    expect(coverageOf(['et-1'], [point('x', 4, '2026-10-01', { nodeId: 'skill-plannen' })], [])[0]!.state).toBe('niet-gezien');
  });
});
