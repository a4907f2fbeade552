import { describe, expect, it } from 'vitest';
import { validatePta, validateToets, wegingShares } from '../../../../shared/pta/validate';
import { makeHandelingsopdracht, makeToets } from '../grades/helpers';

describe('validateToets: one toets on its own', () => {
  it('a complete toets has no problems', () => {
    expect(validateToets(makeToets(), 1)).toEqual([]);
  });

  it('an empty code (also only spaces) names the position', () => {
    expect(validateToets(makeToets({ code: '   ' }), 4)).toEqual([{ code: 'code-empty', params: { toets: 4 } }]);
  });

  it('an empty name names the position and the code as typed (trimmed)', () => {
    expect(validateToets(makeToets({ code: ' 312 ', name: ' ' }), 2)).toEqual([{ code: 'name-empty', params: { toets: 2, code: '312' } }]);
  });

  it('a graded toets without a weging', () => {
    expect(validateToets(makeToets({ weging: null }), 3)).toEqual([{ code: 'weging-missing', params: { toets: 3, code: '311' } }]);
  });

  it.each([[0], [-1], [Number.NaN]])('a weging of %d is not positive', (weging) => {
    expect(validateToets(makeToets({ weging }), 1)).toEqual([{ code: 'weging-not-positive', params: { toets: 1, code: '311', weging } }]);
  });

  it('a handelingsopdracht needs no weging', () => {
    expect(validateToets(makeHandelingsopdracht({ weging: null }), 5)).toEqual([]);
  });

  it.each([['2026-02-30'], ['1-10-2026'], ['morgen']])('a date %j that is not a real yyyy-mm-dd', (date) => {
    expect(validateToets(makeToets({ date }), 1)).toEqual([{ code: 'date-invalid', params: { toets: 1, code: '311', date } }]);
  });

  it('no date (not planned yet) is fine', () => {
    expect(validateToets(makeToets({ date: null }), 1)).toEqual([]);
  });

  it('herkansbaar without the toetsvorm of the herkansing', () => {
    expect(validateToets(makeToets({ herkansbaar: true, herkansingVorm: null }), 2)).toEqual([{ code: 'herkansing-vorm-missing', params: { toets: 2, code: '311' } }]);
    expect(validateToets(makeToets({ herkansbaar: false, herkansingVorm: null }), 2)).toEqual([]);
  });

  it('reports every problem of a toets at once', () => {
    const problems = validateToets(makeToets({ code: '', name: '', weging: null, date: '2026-13-01', herkansbaar: true, herkansingVorm: null }), 1);
    expect(problems.map((problem) => problem.code)).toEqual(['code-empty', 'name-empty', 'weging-missing', 'date-invalid', 'herkansing-vorm-missing']);
  });
});

describe('validatePta: the whole PTA', () => {
  it('a good PTA has no problems; an empty one neither (it simply cannot be vastgesteld)', () => {
    expect(validatePta([makeToets({ id: 'a', code: '311' }), makeToets({ id: 'b', code: '312' }), makeHandelingsopdracht()])).toEqual([]);
    expect(validatePta([])).toEqual([]);
  });

  it('problems carry the 1-based position of their toets', () => {
    const problems = validatePta([makeToets({ id: 'a', code: '311' }), makeToets({ id: 'b', code: '312', weging: 0 }), makeToets({ id: 'c', code: '313', name: '' })]);
    expect(problems).toEqual([
      { code: 'weging-not-positive', params: { toets: 2, code: '312', weging: 0 } },
      { code: 'name-empty', params: { toets: 3, code: '313' } },
    ]);
  });

  it('a code used twice, whatever the case or spaces, points at the first', () => {
    const problems = validatePta([
      makeToets({ id: 'a', code: '312a' }),
      makeToets({ id: 'b', code: '313' }),
      makeToets({ id: 'c', code: ' 312A ' }),
      makeToets({ id: 'd', code: '312A' }),
    ]);
    expect(problems).toEqual([
      { code: 'code-duplicate', params: { toets: 3, code: '312A', otherToets: 1 } },
      { code: 'code-duplicate', params: { toets: 4, code: '312A', otherToets: 1 } },
    ]);
  });

  it('two empty codes are two empty codes, not a duplicate', () => {
    const problems = validatePta([makeToets({ id: 'a', code: '' }), makeToets({ id: 'b', code: ' ' })]);
    expect(problems).toEqual([
      { code: 'code-empty', params: { toets: 1 } },
      { code: 'code-empty', params: { toets: 2 } },
    ]);
  });

  it('only handelingsopdrachten: no toets with a weging, so no SE-cijfer', () => {
    expect(validatePta([makeHandelingsopdracht({ id: 'h1', code: '322' }), makeHandelingsopdracht({ id: 'h2', code: '323' })])).toEqual([{ code: 'no-weighted-toets', params: {} }]);
  });

  it('a graded toets whose weging is invalid does not count as weighted', () => {
    expect(validatePta([makeToets({ weging: -2 })])).toEqual([
      { code: 'weging-not-positive', params: { toets: 1, code: '311', weging: -2 } },
      { code: 'no-weighted-toets', params: {} },
    ]);
  });
});

describe('wegingShares: each toets\'s share of the SE-cijfer', () => {
  it('weging 1, 2 and 3 give 1/6, 2/6 and 3/6; the handelingsopdracht 0; together 1', () => {
    const shares = wegingShares([
      makeToets({ id: 'a', weging: 1 }),
      makeToets({ id: 'b', weging: 2 }),
      makeHandelingsopdracht({ id: 'h' }),
      makeToets({ id: 'c', weging: 3 }),
    ]);
    expect(shares.get('a')).toBeCloseTo(1 / 6, 12);
    expect(shares.get('b')).toBeCloseTo(1 / 3, 12);
    expect(shares.get('c')).toBeCloseTo(1 / 2, 12);
    expect(shares.get('h')).toBe(0);
    expect([...shares.values()].reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 12);
  });

  it('a toets with an invalid weging gets 0 and does not shift the others', () => {
    const shares = wegingShares([makeToets({ id: 'a', weging: 1 }), makeToets({ id: 'b', weging: 0 }), makeToets({ id: 'c', weging: 3 })]);
    expect([...shares]).toEqual([
      ['a', 0.25],
      ['b', 0],
      ['c', 0.75],
    ]);
  });

  it('a weging on a handelingsopdracht is ignored', () => {
    const shares = wegingShares([makeToets({ id: 'a', weging: 2 }), makeHandelingsopdracht({ id: 'h', weging: 2 })]);
    expect([...shares]).toEqual([
      ['a', 1],
      ['h', 0],
    ]);
  });

  it('nothing weighted: every share 0 (no division by zero)', () => {
    expect([...wegingShares([makeHandelingsopdracht({ id: 'h' })])]).toEqual([['h', 0]]);
  });
});
