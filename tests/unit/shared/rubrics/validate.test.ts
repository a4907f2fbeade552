import { describe, expect, it } from 'vitest';
import type { GradeConversion, RubricContent, RubricLevel } from '../../../../shared/domain/rubric';
import { isValidRubricContent, rubricWarnings, validateRubricContent } from '../../../../shared/rubrics/validate';
import { sampleContent } from './helpers';

const base = sampleContent(); // valid: D-C-B-A 1-4, criteria c1 (w 1) and c2 (w 2), max 12

function withLevels(patch: (levels: RubricLevel[]) => RubricLevel[]): RubricContent {
  return { ...base, levels: patch(base.levels.map((level) => ({ ...level }))) };
}

function withTable(rows: { minPoints: number; grade: number }[]): RubricContent {
  return { ...base, conversion: { kind: 'table', rows } };
}

const problems = (content: RubricContent) => validateRubricContent(content);

describe('validateRubricContent', () => {
  it('accepts the sample rubric, a table rubric and a rubric without conditions', () => {
    expect(problems(base)).toEqual([]);
    expect(problems(withTable([{ minPoints: 0, grade: 1 }, { minPoints: 6, grade: 5.5 }, { minPoints: 12, grade: 10 }]))).toEqual([]);
    expect(isValidRubricContent({ ...base, conditions: [] })).toBe(true);
  });

  describe('levels', () => {
    it('needs at least 2 levels', () => {
      expect(problems(withLevels((levels) => levels.slice(0, 1)))).toContainEqual({ code: 'too-few-levels', params: { count: 1 } });
      expect(problems(withLevels(() => []))).toContainEqual({ code: 'too-few-levels', params: { count: 0 } });
    });

    it('refuses an empty label, naming the level by position', () => {
      expect(problems(withLevels((levels) => levels.map((l, i) => (i === 2 ? { ...l, label: '  ' } : l))))).toEqual([
        { code: 'level-label-empty', params: { level: 3 } },
      ]);
    });

    it('refuses two levels with the same label, also with other case or spaces', () => {
      expect(problems(withLevels((levels) => levels.map((l, i) => (i === 3 ? { ...l, label: ' c BASIS ' } : l))))).toEqual([
        { code: 'level-label-duplicate', params: { level: 4, otherLevel: 2, label: 'c BASIS' } },
      ]);
    });

    it('refuses negative and non-finite points', () => {
      expect(problems(withLevels((levels) => levels.map((l, i) => (i === 0 ? { ...l, points: -1 } : l))))).toEqual([
        { code: 'level-points-negative', params: { level: 1, label: 'D minimaal', points: -1 } },
      ]);
      expect(problems(withLevels((levels) => levels.map((l, i) => (i === 1 ? { ...l, points: Number.NaN } : l))))).toEqual([
        { code: 'level-points-missing', params: { level: 2, label: 'C basis' } },
      ]);
      expect(problems(withLevels((levels) => levels.map((l, i) => (i === 3 ? { ...l, points: Infinity } : l))))).toEqual([
        { code: 'level-points-missing', params: { level: 4, label: 'A expert' } },
      ]);
    });

    it('refuses points that go down or stay equal from low to high', () => {
      expect(problems(withLevels((levels) => levels.map((l, i) => (i === 1 ? { ...l, points: 0.5 } : l))))).toEqual([
        { code: 'level-points-decreasing', params: { level: 2, label: 'C basis', points: 0.5, previousLabel: 'D minimaal', previousPoints: 1 } },
      ]);
      expect(problems(withLevels((levels) => levels.map((l, i) => (i === 2 ? { ...l, points: 2 } : l))))).toEqual([
        { code: 'level-points-equal', params: { level: 3, label: 'B gevorderd', points: 2, previousLabel: 'C basis' } },
      ]);
    });

    it('names an unnamed level by position through the i18next context', () => {
      const result = problems(withLevels((levels) => levels.map((l, i) => (i === 1 ? { ...l, label: '', points: -2 } : l))));
      expect(result).toContainEqual({ code: 'level-label-empty', params: { level: 2 } });
      expect(result).toContainEqual({ code: 'level-points-negative', params: { level: 2, label: '', points: -2, context: 'unnamed' } });
    });

    it('refuses a colour that is not #rrggbb', () => {
      expect(problems(withLevels((levels) => levels.map((l, i) => (i === 0 ? { ...l, color: 'red;background:url(x)' } : l))))).toEqual([
        { code: 'level-color-invalid', params: { level: 1, label: 'D minimaal', color: 'red;background:url(x)' } },
      ]);
    });

    it('refuses two levels with the same id (structural damage)', () => {
      expect(problems(withLevels((levels) => levels.map((l, i) => (i === 3 ? { ...l, id: 'l1' } : l))))).toContainEqual({
        code: 'level-id-duplicate',
        params: { level: 4, otherLevel: 1, id: 'l1' },
      });
    });
  });

  describe('criteria', () => {
    it('needs at least one criterion', () => {
      expect(problems({ ...base, criteria: [] })).toEqual([{ code: 'no-criteria', params: {} }]);
    });

    it('refuses a criterion without title, by position', () => {
      const content = { ...base, criteria: base.criteria.map((c, i) => (i === 1 ? { ...c, title: ' ' } : c)) };
      expect(problems(content)).toEqual([{ code: 'criterion-title-empty', params: { criterion: 2 } }]);
    });

    it.each([0, -1, Number.NaN, Infinity])('refuses weight %d', (weight) => {
      const content = { ...base, criteria: base.criteria.map((c, i) => (i === 0 ? { ...c, weight } : c)) };
      expect(problems(content)).toEqual([{ code: 'criterion-weight-invalid', params: { criterion: 1, title: 'Samenwerken', weight } }]);
    });

    it('refuses two criteria with the same id', () => {
      const content = { ...base, criteria: base.criteria.map((c) => ({ ...c, id: 'same' })) };
      expect(problems(content)).toEqual([{ code: 'criterion-id-duplicate', params: { criterion: 2, otherCriterion: 1, id: 'same' } }]);
    });

    it('refuses a descriptor for a level that does not exist (structural integrity)', () => {
      const content = {
        ...base,
        criteria: base.criteria.map((c, i) => (i === 1 ? { ...c, descriptors: { ...c.descriptors, gone: 'oud' } } : c)),
      };
      expect(problems(content)).toEqual([{ code: 'descriptor-unknown-level', params: { criterion: 2, title: 'Plannen', levelId: 'gone' } }]);
    });

    it('allows missing descriptors (an empty cell)', () => {
      const content = { ...base, criteria: base.criteria.map((c) => ({ ...c, descriptors: {} })) };
      expect(problems(content)).toEqual([]);
    });
  });

  describe('voorwaardelijke eisen', () => {
    it('refuses an empty condition and duplicate ids', () => {
      const content = {
        ...base,
        conditions: [
          { id: 'v1', text: 'Veiligheidsschoenen' },
          { id: 'v2', text: ' ' },
          { id: 'v1', text: 'Bril' },
        ],
      };
      expect(problems(content)).toEqual([
        { code: 'condition-text-empty', params: { condition: 2 } },
        { code: 'condition-id-duplicate', params: { condition: 3, otherCondition: 1, id: 'v1' } },
      ]);
    });
  });

  describe('points that cannot give a cijfer', () => {
    it('refuses a maximum of 0', () => {
      const allZero = withLevels((levels) => levels.map((l) => ({ ...l, points: 0 })));
      expect(problems(allZero)).toContainEqual({ code: 'max-points-zero', params: {} });
      const oneLevel = {
        ...withLevels((levels) => [{ ...levels[0]!, points: 0 }]),
        criteria: base.criteria.map((c) => ({ ...c, descriptors: { l1: c.descriptors.l1! } })),
      };
      expect(problems(oneLevel)).toEqual([
        { code: 'too-few-levels', params: { count: 1 } },
        { code: 'max-points-zero', params: {} },
      ]);
    });

    it('does not add max-points-zero when there are no criteria or the numbers are already wrong', () => {
      expect(problems({ ...base, criteria: [] }).map((p) => p.code)).not.toContain('max-points-zero');
      const nan = withLevels((levels) => levels.map((l) => ({ ...l, points: Number.NaN })));
      expect(problems(nan).map((p) => p.code)).not.toContain('max-points-zero');
    });

    it.each([0, 1, -0.2, 1.5, Number.NaN])('refuses caesura %d (must be strictly between 0 and 1)', (caesura) => {
      expect(problems({ ...base, conversion: { kind: 'linear', caesura } })).toEqual([
        { code: 'caesura-out-of-range', params: Number.isNaN(caesura) ? { caesura, context: 'missing' } : { caesura } },
      ]);
    });

    it('accepts caesuras just inside the range', () => {
      expect(problems({ ...base, conversion: { kind: 'linear', caesura: 0.01 } })).toEqual([]);
      expect(problems({ ...base, conversion: { kind: 'linear', caesura: 0.99 } })).toEqual([]);
    });

    it('refuses an unknown conversion kind from outside the type system', () => {
      const conversion = { kind: 'curve' } as unknown as GradeConversion;
      expect(problems({ ...base, conversion })).toEqual([{ code: 'conversion-unknown', params: { kind: 'curve' } }]);
    });
  });

  describe('conversion table', () => {
    it('refuses an empty table', () => {
      expect(problems(withTable([]))).toEqual([{ code: 'table-empty', params: {} }]);
    });

    it('refuses a first row that does not start at 0 points', () => {
      expect(problems(withTable([{ minPoints: 2, grade: 1 }, { minPoints: 6, grade: 6 }]))).toEqual([
        { code: 'table-first-row-not-zero', params: { tableRow: 1, minPoints: 2 } },
      ]);
    });

    it('refuses rows whose points do not increase', () => {
      expect(problems(withTable([{ minPoints: 0, grade: 1 }, { minPoints: 6, grade: 5 }, { minPoints: 6, grade: 6 }]))).toEqual([
        { code: 'table-rows-not-increasing', params: { tableRow: 3, minPoints: 6, previousMinPoints: 6 } },
      ]);
      expect(problems(withTable([{ minPoints: 0, grade: 1 }, { minPoints: 8, grade: 5 }, { minPoints: 4, grade: 6 }]))).toEqual([
        { code: 'table-rows-not-increasing', params: { tableRow: 3, minPoints: 4, previousMinPoints: 8 } },
      ]);
    });

    it('refuses negative or missing minimum points', () => {
      expect(problems(withTable([{ minPoints: 0, grade: 1 }, { minPoints: Number.NaN, grade: 6 }]))).toEqual([
        { code: 'table-min-points-invalid', params: { tableRow: 2 } },
      ]);
      expect(problems(withTable([{ minPoints: -1, grade: 1 }]))).toEqual([{ code: 'table-min-points-invalid', params: { tableRow: 1 } }]);
    });

    it.each([0.9, 10.1, Number.NaN])('refuses grade %d outside 1.0-10.0', (grade) => {
      expect(problems(withTable([{ minPoints: 0, grade: 1 }, { minPoints: 6, grade }]))).toEqual([
        { code: 'table-grade-out-of-range', params: Number.isNaN(grade) ? { tableRow: 2, grade, context: 'missing' } : { tableRow: 2, grade } },
      ]);
    });

    it('accepts 1.0 and 10.0 and equal grades on consecutive rows', () => {
      expect(problems(withTable([{ minPoints: 0, grade: 1 }, { minPoints: 3, grade: 1 }, { minPoints: 12, grade: 10 }]))).toEqual([]);
    });

    it('refuses a grade that goes down while the points go up', () => {
      expect(problems(withTable([{ minPoints: 0, grade: 1 }, { minPoints: 6, grade: 6 }, { minPoints: 9, grade: 5.5 }]))).toEqual([
        { code: 'table-grades-decreasing', params: { tableRow: 3, minPoints: 9, grade: 5.5, previousGrade: 6 } },
      ]);
    });

    it('refuses a row above the maximum points, which nobody can reach', () => {
      expect(problems(withTable([{ minPoints: 0, grade: 1 }, { minPoints: 12, grade: 9 }, { minPoints: 13, grade: 10 }]))).toEqual([
        { code: 'table-row-unreachable', params: { tableRow: 3, minPoints: 13, maxPoints: 12 } },
      ]);
    });
  });

  it('reports every problem at once, in the order of the editor', () => {
    const content: RubricContent = {
      ...base,
      levels: [{ ...base.levels[0]!, label: '' }],
      criteria: [{ ...base.criteria[0]!, title: '', weight: 0, descriptors: {} }],
      conditions: [{ id: 'v1', text: '' }],
      conversion: { kind: 'linear', caesura: 2 },
    };
    expect(problems(content).map((p) => p.code)).toEqual([
      'too-few-levels',
      'level-label-empty',
      'criterion-title-empty',
      'criterion-weight-invalid',
      'condition-text-empty',
      'caesura-out-of-range',
    ]);
  });
});

describe('rubricWarnings', () => {
  it('warns about two criteria with the same title, without refusing the rubric', () => {
    const content = { ...base, criteria: [...base.criteria, { ...base.criteria[0]!, id: 'c3', title: 'samenwerken ' }] };
    expect(rubricWarnings(content)).toEqual([
      { code: 'criterion-title-duplicate', params: { criterion: 3, otherCriterion: 1, title: 'samenwerken' } },
    ]);
    expect(validateRubricContent(content)).toEqual([]);
  });

  it('says nothing about a good rubric or about empty titles (those are problems)', () => {
    expect(rubricWarnings(base)).toEqual([]);
    expect(rubricWarnings({ ...base, criteria: base.criteria.map((c) => ({ ...c, title: '' })) })).toEqual([]);
  });
});
