import { describe, expect, it } from 'vitest';
import { isValidGrade, parseGrade } from '../../../../shared/grades/grade-input';

describe('parseGrade: a cijfer as a Dutch teacher types it', () => {
  it.each([
    ['6,5', 6.5],
    ['6.5', 6.5],
    [' 7 ', 7],
    ['10', 10],
    ['1,0', 1],
    ['10,0', 10],
    ['5,50', 5.5], // a trailing zero is still one decimal
  ])('accepts %j as %d', (text, grade) => {
    expect(parseGrade(text)).toEqual({ ok: true, grade });
  });

  it('refuses an empty cell, also when it holds only spaces', () => {
    expect(parseGrade('')).toEqual({ ok: false, problem: { code: 'grade-empty' } });
    expect(parseGrade('   ')).toEqual({ ok: false, problem: { code: 'grade-empty' } });
  });

  it.each([['abc'], ['6,5,5'], ['-5'], ['6,'], ['zes'], ['6 5'], ['1e1']])('refuses %j as not a number (trimmed text kept)', (text) => {
    expect(parseGrade(` ${text} `)).toEqual({ ok: false, problem: { code: 'grade-not-a-number', text } });
  });

  it.each([
    ['0,9', 0.9],
    ['10,1', 10.1],
    ['11', 11],
    ['0', 0],
  ])('refuses %j as out of range 1,0-10,0', (text, grade) => {
    expect(parseGrade(text)).toEqual({ ok: false, problem: { code: 'grade-out-of-range', grade } });
  });

  it('refuses two decimals: within the SE a cijfer has one', () => {
    expect(parseGrade('6,55')).toEqual({ ok: false, problem: { code: 'grade-too-precise', grade: 6.55 } });
    expect(parseGrade('7.25')).toEqual({ ok: false, problem: { code: 'grade-too-precise', grade: 7.25 } });
  });
});

describe('isValidGrade: a stored cijfer could have been typed', () => {
  it('accepts 1.0-10.0 with at most one decimal', () => {
    expect(isValidGrade(1)).toBe(true);
    expect(isValidGrade(6.5)).toBe(true);
    expect(isValidGrade(10)).toBe(true);
    expect(isValidGrade(0.1 + 0.2 + 5)).toBe(true); // 5.300000000000001 is 5.3
  });

  it('refuses out of range, two decimals and non-numbers', () => {
    expect(isValidGrade(0.9)).toBe(false);
    expect(isValidGrade(10.1)).toBe(false);
    expect(isValidGrade(6.55)).toBe(false);
    expect(isValidGrade(Number.NaN)).toBe(false);
    expect(isValidGrade(Number.POSITIVE_INFINITY)).toBe(false);
  });
});
