import type { GradeConversion, RubricContent } from '../domain/rubric';
import { isHexColor } from './color';
import type { RubricProblem, RubricWarning } from './problems';
import { maxPoints, MAX_GRADE, MIN_GRADE } from './scoring';

/** Labels and titles compare without case and surrounding spaces: "Goed" and "goed " are the same to a student. */
function textKey(value: string): string {
  return value.trim().toLocaleLowerCase('nl');
}

/** For each item whose key was seen before: [position, position of the first one], 1-based. */
function duplicates<T>(items: readonly T[], key: (item: T) => string | null): [number, number][] {
  const first = new Map<string, number>();
  const found: [number, number][] = [];
  items.forEach((item, index) => {
    const value = key(item);
    if (value === null) return;
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, index + 1);
    else found.push([index + 1, earlier]);
  });
  return found;
}

/** The label or title for a message, with i18next's context 'unnamed' when there is none. */
function named<K extends 'label' | 'title'>(field: K, text: string): Record<K, string> & { context?: 'unnamed' } {
  const trimmed = text.trim();
  const value = { [field]: trimmed } as Record<K, string>;
  return trimmed === '' ? { ...value, context: 'unnamed' } : value;
}

function missing(value: number): { context?: 'missing' } {
  return Number.isFinite(value) ? {} : { context: 'missing' };
}

function levelProblems(content: RubricContent): RubricProblem[] {
  const problems: RubricProblem[] = [];
  const { levels } = content;
  if (levels.length < 2) problems.push({ code: 'too-few-levels', params: { count: levels.length } });
  levels.forEach((level, index) => {
    const position = index + 1;
    const label = named('label', level.label);
    if (label.label === '') problems.push({ code: 'level-label-empty', params: { level: position } });
    if (!Number.isFinite(level.points)) problems.push({ code: 'level-points-missing', params: { level: position, ...label } });
    else if (level.points < 0) problems.push({ code: 'level-points-negative', params: { level: position, ...label, points: level.points } });
    if (!isHexColor(level.color)) problems.push({ code: 'level-color-invalid', params: { level: position, ...label, color: level.color } });
    const previous = levels[index - 1];
    if (previous && Number.isFinite(previous.points) && Number.isFinite(level.points)) {
      const previousLabel = previous.label.trim();
      if (level.points < previous.points) {
        problems.push({
          code: 'level-points-decreasing',
          params: { level: position, ...label, points: level.points, previousLabel, previousPoints: previous.points },
        });
      } else if (level.points === previous.points) {
        problems.push({ code: 'level-points-equal', params: { level: position, ...label, points: level.points, previousLabel } });
      }
    }
  });
  for (const [level, otherLevel] of duplicates(levels, (l) => (l.label.trim() === '' ? null : textKey(l.label)))) {
    problems.push({ code: 'level-label-duplicate', params: { level, otherLevel, label: levels[level - 1]!.label.trim() } });
  }
  for (const [level, otherLevel] of duplicates(levels, (l) => l.id)) {
    problems.push({ code: 'level-id-duplicate', params: { level, otherLevel, id: levels[level - 1]!.id } });
  }
  return problems;
}

function criterionProblems(content: RubricContent): RubricProblem[] {
  const problems: RubricProblem[] = [];
  const { criteria } = content;
  if (criteria.length === 0) problems.push({ code: 'no-criteria', params: {} });
  const levelIds = new Set(content.levels.map((level) => level.id));
  criteria.forEach((criterion, index) => {
    const position = index + 1;
    const title = named('title', criterion.title);
    if (title.title === '') problems.push({ code: 'criterion-title-empty', params: { criterion: position } });
    if (!Number.isFinite(criterion.weight) || criterion.weight <= 0) {
      problems.push({ code: 'criterion-weight-invalid', params: { criterion: position, ...title, weight: criterion.weight } });
    }
    for (const levelId of Object.keys(criterion.descriptors)) {
      if (!levelIds.has(levelId)) problems.push({ code: 'descriptor-unknown-level', params: { criterion: position, ...title, levelId } });
    }
  });
  for (const [criterion, otherCriterion] of duplicates(criteria, (c) => c.id)) {
    problems.push({ code: 'criterion-id-duplicate', params: { criterion, otherCriterion, id: criteria[criterion - 1]!.id } });
  }
  return problems;
}

function conditionProblems(content: RubricContent): RubricProblem[] {
  const problems: RubricProblem[] = [];
  content.conditions.forEach((condition, index) => {
    if (condition.text.trim() === '') problems.push({ code: 'condition-text-empty', params: { condition: index + 1 } });
  });
  for (const [condition, otherCondition] of duplicates(content.conditions, (c) => c.id)) {
    problems.push({ code: 'condition-id-duplicate', params: { condition, otherCondition, id: content.conditions[condition - 1]!.id } });
  }
  return problems;
}

function tableProblems(rows: Extract<GradeConversion, { kind: 'table' }>['rows'], max: number | null): RubricProblem[] {
  const problems: RubricProblem[] = [];
  if (rows.length === 0) return [{ code: 'table-empty', params: {} }];
  rows.forEach((row, index) => {
    const tableRow = index + 1;
    const previous = rows[index - 1];
    const minPointsValid = Number.isFinite(row.minPoints) && row.minPoints >= 0;
    if (!minPointsValid) problems.push({ code: 'table-min-points-invalid', params: { tableRow } });
    else if (index === 0 && row.minPoints !== 0) problems.push({ code: 'table-first-row-not-zero', params: { tableRow, minPoints: row.minPoints } });
    if (minPointsValid && previous && Number.isFinite(previous.minPoints) && row.minPoints <= previous.minPoints) {
      problems.push({ code: 'table-rows-not-increasing', params: { tableRow, minPoints: row.minPoints, previousMinPoints: previous.minPoints } });
    }
    if (minPointsValid && max !== null && row.minPoints > max) {
      problems.push({ code: 'table-row-unreachable', params: { tableRow, minPoints: row.minPoints, maxPoints: max } });
    }
    const gradeValid = Number.isFinite(row.grade) && row.grade >= MIN_GRADE && row.grade <= MAX_GRADE;
    if (!gradeValid) problems.push({ code: 'table-grade-out-of-range', params: { tableRow, grade: row.grade, ...missing(row.grade) } });
    else if (previous && Number.isFinite(previous.grade) && row.grade < previous.grade) {
      problems.push({ code: 'table-grades-decreasing', params: { tableRow, minPoints: row.minPoints, grade: row.grade, previousGrade: previous.grade } });
    }
  });
  return problems;
}

/**
 * Why this rubric cannot be saved or used to grade, in the order of the editor (levels,
 * criteria, voorwaardelijke eisen, conversion); empty when it is fine. Everything that would
 * make points → cijfer impossible or wrong is refused here: the "a rubric whose points
 * cannot yield a valid cijfer is refused with an explanation".
 */
export function validateRubricContent(content: RubricContent): RubricProblem[] {
  const problems = [...levelProblems(content), ...criterionProblems(content), ...conditionProblems(content)];

  // The maximum only means something when all numbers are; its own problem is reported only
  // when nothing above already explains it (e.g. every level at 0 points, or one level of 0).
  const numbersValid =
    content.levels.every((level) => Number.isFinite(level.points)) &&
    content.criteria.every((criterion) => Number.isFinite(criterion.weight) && criterion.weight > 0);
  const max = numbersValid && content.criteria.length > 0 && content.levels.length > 0 ? maxPoints(content) : null;
  if (max !== null && max <= 0) problems.push({ code: 'max-points-zero', params: {} });

  const { conversion } = content;
  if (conversion.kind === 'linear') {
    const { caesura } = conversion;
    if (!(Number.isFinite(caesura) && caesura > 0 && caesura < 1)) problems.push({ code: 'caesura-out-of-range', params: { caesura, ...missing(caesura) } });
  } else if (conversion.kind === 'table') {
    problems.push(...tableProblems(conversion.rows, max !== null && max > 0 ? max : null));
  } else {
    // Data from outside the type system (an old backup, a bad import) can carry another kind.
    problems.push({ code: 'conversion-unknown', params: { kind: String((conversion as { kind: unknown }).kind) } });
  }
  return problems;
}

/** True when the rubric can be saved and used: validateRubricContent finds nothing. */
export function isValidRubricContent(content: RubricContent): boolean {
  return validateRubricContent(content).length === 0;
}

/** Things worth pointing out that do not stop saving or grading. */
export function rubricWarnings(content: RubricContent): RubricWarning[] {
  const { criteria } = content;
  return duplicates(criteria, (c) => (c.title.trim() === '' ? null : textKey(c.title))).map(([criterion, otherCriterion]) => ({
    code: 'criterion-title-duplicate',
    params: { criterion, otherCriterion, title: criteria[criterion - 1]!.title.trim() },
  }));
}
