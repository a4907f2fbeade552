import { describe, expect, it } from 'vitest';
import { attemptGrade, toetsGrade } from '../../../../shared/grades/toets-grade';

describe('toetsGrade: the first attempt and the herkansing, by the school\'s resit rule', () => {
  it('only a first attempt: it counts', () => {
    expect(toetsGrade(6.2, null, 'highest', true)).toEqual({ grade: 6.2, counted: 1 });
    expect(toetsGrade(6.2, null, 'last', true)).toEqual({ grade: 6.2, counted: 1 });
  });

  it('nothing yet: no cijfer', () => {
    expect(toetsGrade(null, null, 'highest', true)).toEqual({ grade: null, counted: null });
    expect(toetsGrade(null, null, 'last', false)).toEqual({ grade: null, counted: null });
  });

  it('"highest": a better herkansing counts, a worse one does not', () => {
    expect(toetsGrade(4.8, 6.1, 'highest', true)).toEqual({ grade: 6.1, counted: 2 });
    expect(toetsGrade(6.1, 4.8, 'highest', true)).toEqual({ grade: 6.1, counted: 1 });
    // A tie keeps the first attempt.
    expect(toetsGrade(5.5, 5.5, 'highest', true)).toEqual({ grade: 5.5, counted: 1 });
  });

  it('"last": the herkansing counts, also when it is lower', () => {
    expect(toetsGrade(4.8, 6.1, 'last', true)).toEqual({ grade: 6.1, counted: 2 });
    expect(toetsGrade(6.1, 4.8, 'last', true)).toEqual({ grade: 4.8, counted: 2 });
  });

  it('a herkansing without a first attempt (absent, then resat) counts under both rules', () => {
    expect(toetsGrade(null, 5.9, 'highest', true)).toEqual({ grade: 5.9, counted: 2 });
    expect(toetsGrade(null, 5.9, 'last', true)).toEqual({ grade: 5.9, counted: 2 });
  });

  it('a herkansing of a toets that is not herkansbaar is ignored', () => {
    expect(toetsGrade(4.8, 7.0, 'highest', false)).toEqual({ grade: 4.8, counted: 1 });
    expect(toetsGrade(4.8, 3.0, 'last', false)).toEqual({ grade: 4.8, counted: 1 });
    expect(toetsGrade(null, 7.0, 'last', false)).toEqual({ grade: null, counted: null });
  });
});

describe('attemptGrade: override > rubric > entered', () => {
  const override = { grade: 7.5, reason: 'Presentatie telde niet mee in de rubric' };

  it('the teacher\'s override beats the rubric and an entered cijfer', () => {
    expect(attemptGrade({ override, rubricGrade: 8.1, enteredGrade: 6 })).toEqual({ grade: 7.5, source: 'override' });
  });

  it('the rubric\'s cijfer beats an entered one', () => {
    expect(attemptGrade({ override: null, rubricGrade: 8.1, enteredGrade: 6 })).toEqual({ grade: 8.1, source: 'rubric' });
  });

  it('an entered cijfer counts when there is nothing else', () => {
    expect(attemptGrade({ override: null, rubricGrade: null, enteredGrade: 6 })).toEqual({ grade: 6, source: 'entered' });
  });

  it('nothing at all: null', () => {
    expect(attemptGrade({ override: null, rubricGrade: null, enteredGrade: null })).toBeNull();
  });
});
