import { describe, expect, it } from 'vitest';
import { decimalsOf, roundHalfUp, truncate } from '../../../../shared/grades/rounding';

describe('roundHalfUp to one decimal: the SE-cijfer as kept within the SE', () => {
  it.each([
    [5.45, 5.5], // the example of examenblad.nl
    [5.4499999, 5.4], // a ten-millionth below .x5 is really below it
    [5.55, 5.6], // 5.55 is 5.5499999999999998… in binary; still half up
    [6.45, 6.5],
    [6.44, 6.4],
    [1.15, 1.2], // 1.1499999999999999… in binary
    [9.95, 10],
    [7, 7],
    [6.5, 6.5],
  ])('%d → %d', (value, expected) => {
    expect(roundHalfUp(value, 1)).toBe(expected);
  });

  it('is not fooled by float noise on a value that is exactly x.x5 on paper', () => {
    // (4.3 + 6.6) / 2 = 5.45 on paper, but the computer gets 5.449999999999999.
    const average = (4.3 + 6.6) / 2;
    expect(average).toBeLessThan(5.45);
    expect(Math.round(average * 10) / 10).toBe(5.4); // the naive way rounds down…
    expect(roundHalfUp(average, 1)).toBe(5.5); // …the teacher expects 5.5
    // 0.1 + 0.2 = 0.30000000000000004: still 0.3, and exactly 0.3 (no tail left behind).
    expect(roundHalfUp(0.1 + 0.2, 1)).toBe(0.3);
    expect(roundHalfUp(0.1 + 0.2, 2)).toBe(0.3);
    // 1.005 · 5 + 0.425 = 5.45 on paper, 5.4499999999999993 in binary.
    expect(roundHalfUp(1.005 * 5 + 0.425, 1)).toBe(5.5);
  });

  it('rounds to a whole eindcijfer half up (not to even): 5.5 → 6, 5.49 → 5, 4.5 → 5, 6.5 → 7', () => {
    expect(roundHalfUp(5.5, 0)).toBe(6);
    expect(roundHalfUp(5.49, 0)).toBe(5);
    expect(roundHalfUp(5.45, 0)).toBe(5); // from the raw average, 5,45 is a 5
    expect(roundHalfUp(4.5, 0)).toBe(5);
    expect(roundHalfUp(6.5, 0)).toBe(7);
    expect(roundHalfUp(10, 0)).toBe(10);
  });

  it('refuses values that are not numbers', () => {
    expect(() => roundHalfUp(Number.NaN, 1)).toThrow(RangeError);
    expect(() => roundHalfUp(Number.POSITIVE_INFINITY, 0)).toThrow(RangeError);
  });
});

describe('truncate: cut off, as schools that do not round within the SE do', () => {
  it.each([
    [5.45, 5.4],
    [5.49, 5.4],
    [5.99, 5.9],
    [6, 6],
    [6.5, 6.5],
  ])('%d → %d', (value, expected) => {
    expect(truncate(value, 1)).toBe(expected);
  });

  it('does not cut a value that is exact on paper but a hair below in binary', () => {
    // 0.7 + 0.1 = 0.7999999999999999: on paper 0.8, so it stays 0.8 (not 0.7).
    expect(0.7 + 0.1).toBeLessThan(0.8);
    expect(truncate(0.7 + 0.1, 1)).toBe(0.8);
    // (4.3 + 6.6) / 2 = 5.45 on paper (5.449999999999999 in binary): cut off to 5.4.
    expect(truncate((4.3 + 6.6) / 2, 1)).toBe(5.4);
  });

  it('to a whole number: 5.9 → 5', () => {
    expect(truncate(5.9, 0)).toBe(5);
  });

  it('refuses NaN', () => {
    expect(() => truncate(Number.NaN, 1)).toThrow(RangeError);
  });
});

describe('decimalsOf: how many decimals a cijfer has as typed', () => {
  it.each([
    [7, 0],
    [10, 0],
    [6.5, 1],
    [6.75, 2],
    [6.55, 2],
    [1.23456789, 8],
    [0.1 + 0.2, 1], // 0.30000000000000004 is 0.3 as typed
    [0, 0],
  ])('%d has %d', (value, expected) => {
    expect(decimalsOf(value)).toBe(expected);
  });
});
