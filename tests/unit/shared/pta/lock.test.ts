import { describe, expect, it } from 'vitest';
import type { Pta } from '../../../../shared/domain/pta';
import { isPtaEditable, ontgrendelen, vaststellen, vastgesteldOp } from '../../../../shared/pta/lock';
import { makeHandelingsopdracht, makeToets } from '../grades/helpers';

function makePta(overrides: Partial<Pta> = {}): Pta {
  return {
    id: 'p1',
    createdAt: 1,
    updatedAt: 1,
    deletedAt: null,
    cohortId: 'cohort-2026',
    title: 'PTA Dienstverlening en producten 2026-2028',
    toetsen: [makeToets({ id: 'a', code: '311' }), makeToets({ id: 'b', code: '312', weging: 2 }), makeHandelingsopdracht()],
    status: 'concept',
    log: [],
    ...overrides,
  };
}

const SEPT_20 = Date.UTC(2026, 8, 20);
const JAN_10 = Date.UTC(2027, 0, 10);
const JAN_12 = Date.UTC(2027, 0, 12);

describe('vaststellen', () => {
  it('locks a sound PTA and logs who and when', () => {
    const pta = makePta();
    const result = vaststellen(pta, 'M. de Vries', SEPT_20);
    expect(result).toEqual({
      ok: true,
      pta: { ...pta, status: 'vastgesteld', log: [{ action: 'vastgesteld', at: SEPT_20, who: 'M. de Vries', reason: '' }], updatedAt: SEPT_20 },
    });
    expect(pta.status).toBe('concept'); // the input is left alone
    expect(pta.log).toEqual([]);
  });

  it('refuses a PTA with problems and says which', () => {
    const result = vaststellen(makePta({ toetsen: [makeToets({ id: 'a', code: '311' }), makeToets({ id: 'b', code: '311', weging: null })] }), 'M. de Vries', SEPT_20);
    expect(result).toEqual({
      ok: false,
      problems: [
        { code: 'weging-missing', params: { toets: 2, code: '311' } },
        { code: 'code-duplicate', params: { toets: 2, code: '311', otherToets: 1 } },
      ],
    });
  });

  it('refuses a PTA without toetsen', () => {
    expect(vaststellen(makePta({ toetsen: [] }), 'M. de Vries', SEPT_20)).toEqual({ ok: false, problems: [{ code: 'no-weighted-toets', params: {} }] });
  });

  it('refuses a PTA of only handelingsopdrachten', () => {
    expect(vaststellen(makePta({ toetsen: [makeHandelingsopdracht()] }), 'M. de Vries', SEPT_20)).toEqual({ ok: false, problems: [{ code: 'no-weighted-toets', params: {} }] });
  });

  it('refuses a PTA that is already vastgesteld', () => {
    const locked = vaststellen(makePta(), 'M. de Vries', SEPT_20);
    if (!locked.ok) throw new Error('expected the PTA to lock');
    expect(vaststellen(locked.pta, 'M. de Vries', JAN_10)).toEqual({ ok: false, problems: [{ code: 'locked', params: {} }] });
  });
});

describe('isPtaEditable', () => {
  it('a concept is editable, a vastgesteld PTA is not', () => {
    expect(isPtaEditable(makePta())).toBe(true);
    expect(isPtaEditable(makePta({ status: 'vastgesteld' }))).toBe(false);
  });
});

describe('ontgrendelen', () => {
  const locked = (() => {
    const result = vaststellen(makePta(), 'M. de Vries', SEPT_20);
    if (!result.ok) throw new Error('expected the PTA to lock');
    return result.pta;
  })();

  it('needs a reason; spaces are no reason', () => {
    expect(ontgrendelen(locked, 'M. de Vries', '', JAN_10)).toEqual({ ok: false, problems: [{ code: 'unlock-reason-empty', params: {} }] });
    expect(ontgrendelen(locked, 'M. de Vries', '  \n ', JAN_10)).toEqual({ ok: false, problems: [{ code: 'unlock-reason-empty', params: {} }] });
  });

  it('unlocks with a trimmed reason, kept in the log after the vaststelling', () => {
    const result = ontgrendelen(locked, 'J. Bakker', '  Toets 312 verplaatst naar periode 3 (MR akkoord)  ', JAN_10);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pta.status).toBe('concept');
    expect(result.pta.updatedAt).toBe(JAN_10);
    expect(result.pta.log).toEqual([
      { action: 'vastgesteld', at: SEPT_20, who: 'M. de Vries', reason: '' },
      { action: 'ontgrendeld', at: JAN_10, who: 'J. Bakker', reason: 'Toets 312 verplaatst naar periode 3 (MR akkoord)' },
    ]);
    expect(isPtaEditable(result.pta)).toBe(true);
  });

  it('a concept needs no unlock: returned as it is, nothing logged', () => {
    const pta = makePta();
    expect(ontgrendelen(pta, 'M. de Vries', '', JAN_10)).toEqual({ ok: true, pta });
  });
});

describe('vastgesteldOp', () => {
  it('null for a concept, also one that was vastgesteld before', () => {
    expect(vastgesteldOp(makePta())).toBeNull();
    expect(vastgesteldOp(makePta({ log: [{ action: 'vastgesteld', at: SEPT_20, who: 'x', reason: '' }, { action: 'ontgrendeld', at: JAN_10, who: 'x', reason: 'fout' }] }))).toBeNull();
  });

  it('the last vaststelling after lock, unlock and lock again', () => {
    const first = vaststellen(makePta(), 'M. de Vries', SEPT_20);
    if (!first.ok) throw new Error('lock');
    const unlocked = ontgrendelen(first.pta, 'M. de Vries', 'Datum 321 gewijzigd', JAN_10);
    if (!unlocked.ok) throw new Error('unlock');
    const again = vaststellen(unlocked.pta, 'M. de Vries', JAN_12);
    if (!again.ok) throw new Error('lock again');
    expect(vastgesteldOp(first.pta)).toBe(SEPT_20);
    expect(vastgesteldOp(again.pta)).toBe(JAN_12);
    expect(again.pta.log.map((entry) => entry.action)).toEqual(['vastgesteld', 'ontgrendeld', 'vastgesteld']);
  });

  it('a vastgesteld PTA without a log entry (imported) has no date', () => {
    expect(vastgesteldOp(makePta({ status: 'vastgesteld', log: [] }))).toBeNull();
  });
});
