import { describe, expect, it } from 'vitest';
import { ASSESSORS } from '../../../../shared/domain/beoordeling';
import {
  combine,
  decayingAverage,
  DEFAULT_MASTERY_SETTINGS,
  filterSources,
  fractionToLevel,
  MASTERY_METHOD_KINDS,
  masteryOf,
  methodOfKind,
  type MasteryMethod,
  type MasterySettings,
} from '../../../../shared/growth';
import { point } from './helpers';

const CANVAS_65: MasteryMethod = { kind: 'decaying-average', newestWeight: 0.65 };
const ALL_METHODS: MasteryMethod[] = [{ kind: 'most-recent' }, { kind: 'highest' }, { kind: 'mean' }, CANVAS_65, { kind: 'mean-last-n', n: 3 }];

describe('combine: the mastery methods on values ordered oldest first', () => {
  it('gives null without evidence and the one value with one piece, under every method', () => {
    for (const method of ALL_METHODS) {
      expect(combine([], method)).toBeNull();
      expect(combine([0.4], method)).toBe(0.4);
    }
  });

  it('most recent takes the last value, highest the largest, mean all of them equally', () => {
    const values = [1, 4, 2, 3];
    expect(combine(values, { kind: 'most-recent' })).toBe(3);
    expect(combine(values, { kind: 'highest' })).toBe(4);
    expect(combine(values, { kind: 'mean' })).toBe(2.5);
  });

  it('highest copes with a very long history (no spread into Math.max)', () => {
    const values = Array.from({ length: 300_000 }, (_, i) => (i === 123_456 ? 1 : 0.25));
    expect(combine(values, { kind: 'highest' })).toBe(1);
  });

  describe('decaying average, as Canvas defines it', () => {
    it("Canvas's worked example: 1, 2, 3, 4, 5 at 65/35 is 5 × 0.65 + mean(1, 2, 3, 4) × 0.35 = 4.125 (Canvas shows 4.13)", () => {
      const result = combine([1, 2, 3, 4, 5], CANVAS_65)!;
      expect(result).toBeCloseTo(4.125, 10);
      expect(Math.round(result * 100) / 100).toBe(4.13);
    });

    it('is not the recursive running average, which gives 4.47 on the same scores', () => {
      let running = 1;
      for (const score of [2, 3, 4, 5]) running = running * 0.35 + score * 0.65;
      expect(running).toBeCloseTo(4.47, 2);
      expect(combine([1, 2, 3, 4, 5], CANVAS_65)).not.toBeCloseTo(running, 2);
    });

    it('a last score of 4.5 after scores averaging 5 gives 4.5 × 0.65 + 5 × 0.35 = 4.675', () => {
      expect(combine([5, 5, 5, 5, 4.5], CANVAS_65)).toBeCloseTo(4.675, 10);
    });

    it('uses the configured weight of the newest: 40 % newest, 60 % the mean of the rest', () => {
      expect(combine([4, 2, 1], { kind: 'decaying-average', newestWeight: 0.4 })).toBeCloseTo(1 * 0.4 + 3 * 0.6, 10);
    });

    it('every earlier piece counts equally in the rest: only the newest is singled out', () => {
      expect(decayingAverage([1, 3, 2], 0.65)).toBeCloseTo(decayingAverage([3, 1, 2], 0.65)!, 10);
      expect(decayingAverage([1, 3, 2], 0.65)).not.toBeCloseTo(decayingAverage([1, 2, 3], 0.65)!, 5);
    });

    it('with two pieces it is the plain 65/35 split', () => {
      expect(combine([2, 3], CANVAS_65)).toBeCloseTo(2.65, 10);
    });
  });

  describe('mean of the last n', () => {
    it('averages only the newest n', () => {
      expect(combine([0, 0, 1, 0.5, 0.75], { kind: 'mean-last-n', n: 3 })).toBeCloseTo(0.75, 10);
    });

    it('with fewer pieces than n averages all there are', () => {
      expect(combine([0.25, 0.75], { kind: 'mean-last-n', n: 5 })).toBe(0.5);
    });

    it('n = 1 is the most recent; a broken n counts as whole (floored, at least 1)', () => {
      expect(combine([0, 1, 0.5], { kind: 'mean-last-n', n: 1 })).toBe(0.5);
      expect(combine([0, 1, 0.5], { kind: 'mean-last-n', n: 2.9 })).toBe(0.75);
      expect(combine([0, 1, 0.5], { kind: 'mean-last-n', n: 0 })).toBe(0.5);
    });
  });
});

describe('fractionToLevel', () => {
  it('maps 0 to the lowest and 1 to the highest level', () => {
    expect(fractionToLevel(0, 4)).toBe(1);
    expect(fractionToLevel(1, 4)).toBe(4);
    expect(fractionToLevel(1, 3)).toBe(3);
  });

  it('rounds to the nearest level, a half upwards even after floating-point noise', () => {
    expect(fractionToLevel(0.5, 3)).toBe(2);
    expect(fractionToLevel(0.5, 4)).toBe(3);
    expect(fractionToLevel(0.4, 4)).toBe(2);
    // The mean of levels 1, 3, 4, 2 of 4 is level 2.5, but in fractions it comes out as 2.4999999999999998.
    const mean = combine([1, 3, 4, 2].map((level) => (level - 1) / 3), { kind: 'mean' })!;
    expect(mean * 3).toBeLessThan(1.5);
    expect(fractionToLevel(mean, 4)).toBe(3);
  });

  it('stays on the scale for values outside 0..1 and for a one-level scale', () => {
    expect(fractionToLevel(1.2, 4)).toBe(4);
    expect(fractionToLevel(-0.1, 4)).toBe(1);
    expect(fractionToLevel(0.3, 1)).toBe(1);
  });
});

describe('masteryOf', () => {
  const settings = (method: MasteryMethod, sources: MasterySettings['sources'] = ['examinator', 'tweede-examinator']): MasterySettings => ({ method, sources });

  it('is null without evidence, and null when no piece comes from a counted source', () => {
    expect(masteryOf([], DEFAULT_MASTERY_SETTINGS, 4)).toBeNull();
    expect(masteryOf([point('z', 4, '2026-10-01', { assessor: 'zelf' })], DEFAULT_MASTERY_SETTINGS, 4)).toBeNull();
  });

  it('with one piece gives its level, counted once', () => {
    expect(masteryOf([point('a', 3, '2026-10-01')], DEFAULT_MASTERY_SETTINGS, 4)).toEqual({
      fraction: 2 / 3,
      level: 3,
      count: 1,
      normalised: false,
      latestDate: '2026-10-01',
    });
  });

  it('orders by the date the work was done, not the date it was typed in', () => {
    // The September work was typed in last (entered later), the October work first.
    const points = [point('oct', 4, '2026-10-20', { enteredAt: 1000 }), point('sep', 1, '2026-09-10', { enteredAt: 5000 })];
    const recent = masteryOf(points, settings({ kind: 'most-recent' }), 4)!;
    expect(recent.level).toBe(4);
    expect(recent.latestDate).toBe('2026-10-20');
    // The decaying average weighs the October work (newest by work date) 65 %.
    expect(masteryOf(points, settings(CANVAS_65), 4)!.fraction).toBeCloseTo(1 * 0.65 + 0 * 0.35, 10);
  });

  it('orders work of the same day by when it was entered', () => {
    const points = [point('later', 2, '2026-10-01', { enteredAt: 20 }), point('earlier', 4, '2026-10-01', { enteredAt: 10 })];
    expect(masteryOf(points, settings({ kind: 'most-recent' }), 4)!.level).toBe(2);
    expect(masteryOf([...points].reverse(), settings({ kind: 'most-recent' }), 4)!.level).toBe(2);
  });

  it('counts the examinators by default; self, peer and client only when chosen', () => {
    const points = [
      point('e', 1, '2026-09-01'),
      point('t', 1, '2026-09-02', { assessor: 'tweede-examinator' }),
      point('z', 4, '2026-09-03', { assessor: 'zelf' }),
      point('p', 4, '2026-09-04', { assessor: 'peer' }),
      point('o', 4, '2026-09-05', { assessor: 'opdrachtgever' }),
    ];
    const teacher = masteryOf(points, settings({ kind: 'mean' }), 4)!;
    expect(teacher).toMatchObject({ level: 1, count: 2, latestDate: '2026-09-02' });
    const examinatorOnly = masteryOf(points, settings({ kind: 'mean' }, ['examinator']), 4)!;
    expect(examinatorOnly.count).toBe(1);
    const everyone = masteryOf(points, settings({ kind: 'mean' }, ASSESSORS), 4)!;
    expect(everyone).toMatchObject({ count: 5, latestDate: '2026-09-05' });
    expect(everyone.fraction).toBeCloseTo(3 / 5, 10);
    expect(filterSources(points, ['zelf', 'opdrachtgever']).map((p) => p.key)).toEqual(['z', 'o']);
  });

  it('puts evidence on a 3-level scale on the 4-level target scale, and says so', () => {
    // "Voldoende" (2 of 3) is halfway: on D-C-B-A halfway rounds to B (3).
    const mixed = masteryOf([point('r', 2, '2026-11-01', { scaleSize: 3 })], DEFAULT_MASTERY_SETTINGS, 4)!;
    expect(mixed).toMatchObject({ fraction: 0.5, level: 3, normalised: true });
    // The highest of 3 is the highest of 4; the lowest the lowest.
    expect(masteryOf([point('h', 3, '2026-11-01', { scaleSize: 3 })], DEFAULT_MASTERY_SETTINGS, 4)!.level).toBe(4);
    expect(masteryOf([point('l', 1, '2026-11-01', { scaleSize: 3 })], DEFAULT_MASTERY_SETTINGS, 4)!.level).toBe(1);
    // All on the target scale: nothing normalised.
    expect(masteryOf([point('a', 2, '2026-11-01'), point('b', 3, '2026-11-02')], DEFAULT_MASTERY_SETTINGS, 4)!.normalised).toBe(false);
  });

  it('mixes scales by fraction: 3 of 4 and 2 of 3 average to 7/12 of the scale', () => {
    const result = masteryOf([point('a', 3, '2026-11-01'), point('b', 2, '2026-11-02', { scaleSize: 3 })], settings({ kind: 'mean' }), 3)!;
    expect(result.fraction).toBeCloseTo((2 / 3 + 1 / 2) / 2, 10);
    expect(result).toMatchObject({ level: 2, normalised: true });
  });

  it('reports the normalisation only for counted evidence', () => {
    const points = [point('a', 4, '2026-11-01'), point('z', 3, '2026-11-02', { assessor: 'zelf', scaleSize: 3 })];
    expect(masteryOf(points, DEFAULT_MASTERY_SETTINGS, 4)!.normalised).toBe(false);
  });

  it('by default is the 65/35 decaying average of the examinators', () => {
    const points = [point('a', 1, '2026-09-01'), point('b', 2, '2026-10-01'), point('c', 4, '2026-11-01')];
    const result = masteryOf(points, DEFAULT_MASTERY_SETTINGS, 4)!;
    expect(result.fraction).toBeCloseTo(1 * 0.65 + ((0 + 1 / 3) / 2) * 0.35, 10);
    // 0.708 of the way up a 4-level scale is 3.1: B, not A.
    expect(result.level).toBe(3);
  });

  it('never gives NaN, whatever the method', () => {
    const points = [point('a', 1, '2026-09-01'), point('b', 4, '2026-10-01', { scaleSize: 1 })];
    for (const method of ALL_METHODS) {
      const result = masteryOf(points, settings(method), 4)!;
      expect(Number.isFinite(result.fraction)).toBe(true);
      expect(result.level).toBeGreaterThanOrEqual(1);
      expect(result.level).toBeLessThanOrEqual(4);
    }
  });

  it('does not reorder the caller’s list', () => {
    const points = [point('b', 2, '2026-10-01'), point('a', 1, '2026-09-01')];
    masteryOf(points, DEFAULT_MASTERY_SETTINGS, 4);
    expect(points.map((p) => p.key)).toEqual(['b', 'a']);
  });
});

describe('methodOfKind', () => {
  it('gives each kind its default parameter, and keeps the parameter of the same kind', () => {
    expect(methodOfKind('decaying-average')).toEqual({ kind: 'decaying-average', newestWeight: 0.65 });
    expect(methodOfKind('mean-last-n')).toEqual({ kind: 'mean-last-n', n: 3 });
    expect(methodOfKind('highest', { kind: 'mean-last-n', n: 5 })).toEqual({ kind: 'highest' });
    expect(methodOfKind('mean-last-n', { kind: 'mean-last-n', n: 5 })).toEqual({ kind: 'mean-last-n', n: 5 });
    expect(MASTERY_METHOD_KINDS.map((kind) => methodOfKind(kind).kind)).toEqual(MASTERY_METHOD_KINDS);
  });
});
