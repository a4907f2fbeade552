import { describe, expect, it } from 'vitest';
import type { SeRounding } from '../../../../shared/grades/se-cijfer';
import { isValidWeging, seCijfer } from '../../../../shared/grades/se-cijfer';

const HALF_UP: SeRounding = { intermediateRounding: 'half-up', finalRoundingFrom: 'one-decimal' };
const FROM_RAW: SeRounding = { intermediateRounding: 'half-up', finalRoundingFrom: 'raw' };
const TRUNCATE: SeRounding = { intermediateRounding: 'truncate', finalRoundingFrom: 'one-decimal' };

describe('seCijfer: the worked example of domain.md (5,45 → 5,5 → eindcijfer 6)', () => {
  // Two toetsen of weging 1: (5.0 + 5.9) / 2 = 10.9 / 2 = 5.45.
  const items = [
    { toetsId: 'a', weging: 1, grade: 5.0 },
    { toetsId: 'b', weging: 1, grade: 5.9 },
  ];

  it('half up within the SE: 5,45 → 5,5 → 6', () => {
    const se = seCijfer(items, HALF_UP);
    expect(se).toMatchObject({ ok: true, oneDecimal: 5.5, final: 6, complete: true, missingToetsIds: [] });
    if (se.ok) expect(se.raw).toBeCloseTo(5.45, 12);
  });

  it('eindcijfer from the raw average: 5,45 → 5', () => {
    expect(seCijfer(items, FROM_RAW)).toMatchObject({ ok: true, oneDecimal: 5.5, final: 5 });
  });

  it('truncating within the SE: 5,45 → 5,4 → 5', () => {
    expect(seCijfer(items, TRUNCATE)).toMatchObject({ ok: true, oneDecimal: 5.4, final: 5 });
  });

  it('the same when the computer gets 5.449999999999999 for 5,45', () => {
    // (4.3 + 6.6) / 2 = 10.9 / 2 = 5.45 on paper; in binary a hair below.
    const noisy = [
      { toetsId: 'a', weging: 1, grade: 4.3 },
      { toetsId: 'b', weging: 1, grade: 6.6 },
    ];
    expect(seCijfer(noisy, HALF_UP)).toMatchObject({ ok: true, oneDecimal: 5.5, final: 6 });
    expect(seCijfer(noisy, TRUNCATE)).toMatchObject({ ok: true, oneDecimal: 5.4, final: 5 });
    expect(seCijfer(noisy, FROM_RAW)).toMatchObject({ ok: true, final: 5 });
  });
});

describe('seCijfer: weighted average', () => {
  it('weights 1, 2 and 3 count 1/6, 2/6 and 3/6', () => {
    // (1 · 6.0 + 2 · 5.0 + 3 · 7.5) / (1 + 2 + 3) = (6 + 10 + 22.5) / 6 = 38.5 / 6 = 6.41666…
    // → 6.4 (half up and truncated alike) → 6. The unweighted mean (6.1666…) would give 6.2.
    const se = seCijfer(
      [
        { toetsId: 'a', weging: 1, grade: 6.0 },
        { toetsId: 'b', weging: 2, grade: 5.0 },
        { toetsId: 'c', weging: 3, grade: 7.5 },
      ],
      HALF_UP,
    );
    expect(se).toMatchObject({ ok: true, oneDecimal: 6.4, final: 6, complete: true });
    if (se.ok) expect(se.raw).toBeCloseTo(6.416667, 5);
  });

  it('a heavy toets pulls the SE over the 5,5', () => {
    // (1 · 4.0 + 3 · 6.2) / 4 = (4 + 18.6) / 4 = 22.6 / 4 = 5.65 → 5.7 → 6; plain mean 5.1 would fail.
    expect(
      seCijfer(
        [
          { toetsId: 'a', weging: 1, grade: 4.0 },
          { toetsId: 'b', weging: 3, grade: 6.2 },
        ],
        HALF_UP,
      ),
    ).toMatchObject({ ok: true, oneDecimal: 5.7, final: 6 });
  });

  it('fractional weights (10 % and 30 %) work the same', () => {
    // (0.1 · 8.0 + 0.3 · 6.0) / 0.4 = (0.8 + 1.8) / 0.4 = 2.6 / 0.4 = 6.5 → 6.5 → 7.
    expect(
      seCijfer(
        [
          { toetsId: 'a', weging: 0.1, grade: 8.0 },
          { toetsId: 'b', weging: 0.3, grade: 6.0 },
        ],
        HALF_UP,
      ),
    ).toMatchObject({ ok: true, oneDecimal: 6.5, final: 7 });
  });

  it('a handelingsopdracht (weging null) does not count, even with a cijfer beside it', () => {
    // Only a and b: (7.0 + 8.0) / 2 = 7.5 → 8.
    expect(
      seCijfer(
        [
          { toetsId: 'a', weging: 1, grade: 7.0 },
          { toetsId: 'h', weging: null, grade: 1.0 },
          { toetsId: 'b', weging: 1, grade: 8.0 },
        ],
        HALF_UP,
      ),
    ).toMatchObject({ ok: true, oneDecimal: 7.5, final: 8, complete: true, missingToetsIds: [] });
  });
});

describe('seCijfer: provisional while toetsen lack a cijfer', () => {
  it('averages the toetsen graded so far and names the missing ones', () => {
    // Graded: a (w1, 6.0) and c (w3, 5.0): (6 + 15) / 4 = 21 / 4 = 5.25 → 5.3 → 5.
    const se = seCijfer(
      [
        { toetsId: 'a', weging: 1, grade: 6.0 },
        { toetsId: 'b', weging: 2, grade: null },
        { toetsId: 'c', weging: 3, grade: 5.0 },
        { toetsId: 'd', weging: 1, grade: null },
      ],
      HALF_UP,
    );
    expect(se).toEqual({ ok: true, raw: 5.25, oneDecimal: 5.3, final: 5, complete: false, missingToetsIds: ['b', 'd'] });
  });

  it('no graded toets yet: no values, everything missing', () => {
    expect(
      seCijfer(
        [
          { toetsId: 'a', weging: 1, grade: null },
          { toetsId: 'h', weging: null, grade: null },
          { toetsId: 'b', weging: 2, grade: null },
        ],
        HALF_UP,
      ),
    ).toEqual({ ok: true, raw: null, oneDecimal: null, final: null, complete: false, missingToetsIds: ['a', 'b'] });
  });
});

describe('seCijfer: impossible, and said so', () => {
  it('no toets with a weging (only handelingsopdrachten, or none at all)', () => {
    expect(seCijfer([{ toetsId: 'h', weging: null, grade: null }], HALF_UP)).toEqual({ ok: false, reason: 'no-weighted-toets', toetsIds: [] });
    expect(seCijfer([], HALF_UP)).toEqual({ ok: false, reason: 'no-weighted-toets', toetsIds: [] });
  });

  it('a weging of 0, a negative one or NaN names those toetsen', () => {
    const se = seCijfer(
      [
        { toetsId: 'ok', weging: 2, grade: 7.0 },
        { toetsId: 'zero', weging: 0, grade: 6.0 },
        { toetsId: 'negative', weging: -1, grade: 6.0 },
        { toetsId: 'nan', weging: Number.NaN, grade: null },
        { toetsId: 'infinite', weging: Number.POSITIVE_INFINITY, grade: 6.0 },
      ],
      HALF_UP,
    );
    expect(se).toEqual({ ok: false, reason: 'invalid-weging', toetsIds: ['zero', 'negative', 'nan', 'infinite'] });
  });
});

describe('isValidWeging', () => {
  it('is a positive finite number', () => {
    expect(isValidWeging(1)).toBe(true);
    expect(isValidWeging(0.25)).toBe(true);
    expect(isValidWeging(0)).toBe(false);
    expect(isValidWeging(-2)).toBe(false);
    expect(isValidWeging(Number.NaN)).toBe(false);
    expect(isValidWeging(null)).toBe(false);
  });
});
