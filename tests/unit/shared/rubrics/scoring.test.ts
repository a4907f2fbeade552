import { describe, expect, it } from 'vitest';
import type { GradeConversion, RubricContent } from '../../../../shared/domain/rubric';
import { createRubricContent } from '../../../../shared/rubrics/presets';
import {
  conditionsMet,
  gradeForScores,
  isComplete,
  maxPoints,
  minPoints,
  pointsToGrade,
  roundGrade,
  scoredCount,
  totalPoints,
} from '../../../../shared/rubrics/scoring';
import { idCounter, sampleContent } from './helpers';

const linear = (caesura = 0.55): GradeConversion => ({ kind: 'linear', caesura });

describe('roundGrade: one decimal, half up, on the unrounded value', () => {
  it.each([
    [5.45, 5.5],
    [5.449, 5.4],
    [5.4499999, 5.4],
    [5.05, 5.1],
    [6.25, 6.3],
    [9.95, 10],
    [1.04, 1],
    [7, 7],
  ])('%d → %d', (value, expected) => {
    expect(roundGrade(value)).toBe(expected);
  });

  it('is not fooled by floating point: a value that is x.x5 on paper rounds up', () => {
    // 1.005 · 5 + 0.425 is exactly 5.45 on paper, 5.449999999999999 in binary.
    expect(1.005 * 5 + 0.425).toBeLessThan(5.45);
    expect(Math.round((1.005 * 5 + 0.425) * 10) / 10).toBe(5.4); // the naive way is wrong…
    expect(roundGrade(1.005 * 5 + 0.425)).toBe(5.5); // …this one is not
    // Within a billionth of .x5 counts as .x5; a ten-millionth below does not.
    expect(roundGrade(5.45 - 1e-12)).toBe(5.5);
    expect(roundGrade(5.45 - 1e-7)).toBe(5.4);
  });

  it('clamps to 1.0-10.0 and refuses NaN', () => {
    expect(roundGrade(0.2)).toBe(1);
    expect(roundGrade(12)).toBe(10);
    expect(roundGrade(1e300)).toBe(10);
    expect(() => roundGrade(Number.NaN)).toThrow(RangeError);
  });
});

describe('pointsToGrade, linear with a caesura', () => {
  it('gives 1.0 at 0 points, 10.0 at the maximum, 5.5 exactly at the caesura', () => {
    expect(pointsToGrade(linear(), 0, 20)).toBe(1);
    expect(pointsToGrade(linear(), 20, 20)).toBe(10);
    expect(pointsToGrade(linear(), 11, 20)).toBe(5.5); // 11/20 = 0.55
  });

  it('is 5.5 at the caesura for any maximum and caesura, without floating point drift', () => {
    for (const max of [3, 7, 12, 20, 33, 40, 100]) {
      for (const caesura of [0.5, 0.55, 0.6, 0.7]) {
        const points = caesura * max;
        expect(pointsToGrade(linear(caesura), points, max)).toBe(5.5);
      }
    }
  });

  it('just below the caesura is onvoldoende, just above is voldoende', () => {
    // max 40, caesura 22 points: 21.5 → 1 + 4.5·(21.5/22) = 5.397…; 22.5 → 5.5 + 4.5·(0.5/18) = 5.625
    expect(pointsToGrade(linear(), 21.5, 40)).toBe(5.4);
    expect(pointsToGrade(linear(), 22.5, 40)).toBe(5.6);
    expect(pointsToGrade(linear(), 21.9, 40)).toBe(5.5); // 5.4795… rounds up to 5.5: rounding, not the caesura, decides here
    expect(pointsToGrade(linear(), 21.8, 40)).toBe(5.5); // 5.459…
    expect(pointsToGrade(linear(), 21.7, 40)).toBe(5.4); // 5.438…
  });

  it('is linear on both sides of the caesura', () => {
    // Half-way to the caesura: 1 + 2.25 = 3.25 → 3.3; half-way above: 5.5 + 2.25 = 7.75 → 7.8
    expect(pointsToGrade(linear(0.5), 5, 20)).toBe(3.3);
    expect(pointsToGrade(linear(0.5), 15, 20)).toBe(7.8);
    expect(pointsToGrade(linear(0.6), 18, 20)).toBe(8.9); // 0.9 → 5.5 + 4.5 · 0.3/0.4 = 8.875
  });

  it('rounds grades that land on x.x5 up, although floating point puts them a hair below', () => {
    // 11.5 of 20 at 55 %: 5.5 + 4.5 · 0.025/0.45 = 5.75 exactly, computed as 5.749999999999999.
    expect(pointsToGrade(linear(), 11.5, 20)).toBe(5.8);
    expect(pointsToGrade(linear(), 23, 40)).toBe(5.8);
    // 89 of 180 at 50 %: 1 + 9 · 89/180 = 5.45 → 5.5 (the example of ../shared/domain.md).
    expect(pointsToGrade(linear(0.5), 89, 180)).toBe(5.5);
  });

  it('clamps points outside 0…max', () => {
    expect(pointsToGrade(linear(), -3, 20)).toBe(1);
    expect(pointsToGrade(linear(), 25, 20)).toBe(10);
  });

  it('refuses a maximum of 0, NaN points and an impossible caesura', () => {
    expect(() => pointsToGrade(linear(), 0, 0)).toThrow(RangeError);
    expect(() => pointsToGrade(linear(), Number.NaN, 10)).toThrow(RangeError);
    expect(() => pointsToGrade(linear(0), 5, 10)).toThrow(RangeError);
    expect(() => pointsToGrade(linear(1), 5, 10)).toThrow(RangeError);
  });
});

describe('pointsToGrade, table', () => {
  const table: GradeConversion = {
    kind: 'table',
    rows: [
      { minPoints: 0, grade: 1 },
      { minPoints: 8, grade: 4 },
      { minPoints: 12, grade: 5.5 },
      { minPoints: 16, grade: 8 },
      { minPoints: 20, grade: 10 },
    ],
  };

  it('takes the highest row at or below the points', () => {
    expect(pointsToGrade(table, 0, 20)).toBe(1);
    expect(pointsToGrade(table, 7.5, 20)).toBe(1);
    expect(pointsToGrade(table, 8, 20)).toBe(4);
    expect(pointsToGrade(table, 11.99, 20)).toBe(4);
    expect(pointsToGrade(table, 12, 20)).toBe(5.5);
    expect(pointsToGrade(table, 19, 20)).toBe(8);
    expect(pointsToGrade(table, 20, 20)).toBe(10);
  });

  it('does not depend on the order of the rows', () => {
    expect(pointsToGrade({ kind: 'table', rows: [...table.rows].reverse() }, 13, 20)).toBe(5.5);
  });

  it('gives 1.0 below the first row and rounds a grade with more decimals', () => {
    expect(pointsToGrade({ kind: 'table', rows: [{ minPoints: 5, grade: 6 }] }, 2, 20)).toBe(1);
    expect(pointsToGrade({ kind: 'table', rows: [{ minPoints: 0, grade: 6.45 }] }, 2, 20)).toBe(6.5);
  });

  it('refuses an empty table', () => {
    expect(() => pointsToGrade({ kind: 'table', rows: [] }, 2, 20)).toThrow(RangeError);
  });
});

describe('points of a rubric', () => {
  const content = sampleContent(); // D-C-B-A 1-4, Samenwerken weight 1, Plannen weight 2

  it('maximum and minimum are Σ weight × highest / lowest level points', () => {
    expect(maxPoints(content)).toBe(12);
    expect(minPoints(content)).toBe(3);
  });

  it('total is Σ weight × level points over the scored criteria', () => {
    expect(totalPoints(content, {})).toBe(0);
    expect(totalPoints(content, { c1: 'l4' })).toBe(4);
    expect(totalPoints(content, { c1: 'l2', c2: 'l3' })).toBe(2 + 2 * 3);
    expect(totalPoints(content, { c1: null, c2: 'l1' })).toBe(2);
  });

  it('ignores scores for criteria or levels this content does not have', () => {
    expect(totalPoints(content, { c1: 'l4', other: 'l4', c2: 'removed-level' })).toBe(4);
    expect(scoredCount(content, { c1: 'l4', c2: 'removed-level' })).toBe(1);
    expect(isComplete(content, { c1: 'l4', c2: 'removed-level' })).toBe(false);
  });

  it('is complete only when every criterion has a level, and never without criteria', () => {
    expect(isComplete(content, { c1: 'l1' })).toBe(false);
    expect(isComplete(content, { c1: 'l1', c2: null })).toBe(false);
    expect(isComplete(content, { c1: 'l1', c2: 'l1' })).toBe(true);
    expect(isComplete({ ...content, criteria: [] }, {})).toBe(false);
  });

  it('has a maximum of 0 without levels or criteria', () => {
    expect(maxPoints({ ...content, levels: [] })).toBe(0);
    expect(maxPoints({ ...content, criteria: [] })).toBe(0);
  });
});

describe('conditionsMet', () => {
  it('is true without conditions, and only when every condition is explicitly met', () => {
    const content = sampleContent({
      conditions: [
        { id: 'v1', text: 'Veiligheidsschoenen' },
        { id: 'v2', text: 'Werkplek opgeruimd' },
      ],
    });
    expect(conditionsMet({ ...content, conditions: [] }, {})).toBe(true);
    expect(conditionsMet(content, {})).toBe(false);
    expect(conditionsMet(content, { v1: true })).toBe(false);
    expect(conditionsMet(content, { v1: true, v2: false })).toBe(false);
    expect(conditionsMet(content, { v1: true, v2: true })).toBe(true);
  });
});

describe('gradeForScores', () => {
  const content = sampleContent(); // max 12, caesura 0.55 → 6.6 points give 5.5; condition v1
  const met = { v1: true };

  it('grades a complete rubric whose conditions are met', () => {
    expect(gradeForScores(content, { c1: 'l4', c2: 'l4' }, met)).toEqual({
      points: 12,
      maxPoints: 12,
      complete: true,
      blocked: false,
      invalid: false,
      grade: 10,
    });
    expect(gradeForScores(content, { c1: 'l1', c2: 'l1' }, met).grade).toBe(3); // 3/12 = 25 % → 1 + 4.5·(0.25/0.55) = 3.045
    expect(gradeForScores(content, { c1: 'l3', c2: 'l2' }, met).grade).toBe(5.8); // 7/12 → 5.5 + 4.5 · (7/12 − 0.55)/0.45 = 5.83
  });

  it('weights count: the heavier criterion moves the grade more', () => {
    const plannenHigh = gradeForScores(content, { c1: 'l1', c2: 'l4' }, met); // 1 + 8 = 9
    const samenwerkenHigh = gradeForScores(content, { c1: 'l4', c2: 'l1' }, met); // 4 + 2 = 6
    expect(plannenHigh.points).toBe(9);
    expect(samenwerkenHigh.points).toBe(6);
    expect(plannenHigh.grade).toBe(7.5); // 9/12 = 0.75 → 5.5 + 4.5 · 0.2/0.45
    expect(samenwerkenHigh.grade).toBe(5.1); // 6/12 = 0.5 → 1 + 4.5 · 0.5/0.55 = 5.09
  });

  it('has no grade while incomplete, but shows the points so far', () => {
    expect(gradeForScores(content, { c1: 'l4' }, met)).toEqual({
      points: 4,
      maxPoints: 12,
      complete: false,
      blocked: false,
      invalid: false,
      grade: null,
    });
  });

  it('is blocked, without a grade, while a voorwaardelijke eis is not met, even when complete', () => {
    const all = { c1: 'l4', c2: 'l4' };
    expect(gradeForScores(content, all, { v1: false })).toMatchObject({ blocked: true, complete: true, points: 12, grade: null });
    // Not passing the conditions at all means not checked yet: blocked too.
    expect(gradeForScores(content, all)).toMatchObject({ blocked: true, grade: null });
    expect(gradeForScores({ ...content, conditions: [] }, all)).toMatchObject({ blocked: false, grade: 10 });
  });

  it('uses a table conversion on the points', () => {
    const table = sampleContent({
      conversion: { kind: 'table', rows: [{ minPoints: 0, grade: 2 }, { minPoints: 6, grade: 6 }, { minPoints: 12, grade: 9.5 }] },
    });
    expect(gradeForScores(table, { c1: 'l2', c2: 'l2' }, met).grade).toBe(6);
    expect(gradeForScores(table, { c1: 'l1', c2: 'l2' }, met).grade).toBe(2);
    expect(gradeForScores(table, { c1: 'l4', c2: 'l4' }, met).grade).toBe(9.5);
  });

  it('marks a draft that cannot give a grade as invalid instead of throwing', () => {
    const zero = createRubricContent('drie-niveaus', idCounter(), { criteria: 1 });
    const allZero: RubricContent = { ...zero, levels: zero.levels.map((level) => ({ ...level, points: 0 })), conditions: [] };
    const criterionId = allZero.criteria[0]!.id;
    expect(gradeForScores(allZero, { [criterionId]: allZero.levels[2]!.id })).toMatchObject({ invalid: true, grade: null, maxPoints: 0 });
    const badCaesura = { ...sampleContent(), conversion: linear(1.2) };
    expect(gradeForScores(badCaesura, { c1: 'l1', c2: 'l1' }, met)).toMatchObject({ invalid: true, grade: null });
  });
});
