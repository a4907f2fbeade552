import type { GradeConversion, RubricContent, RubricCriterion } from '../domain/rubric';

/**
 * Rubric versions (issue 3, item 5): a version that an assessment has used is frozen; saving
 * changes to it creates a new version, and the assessments stay pinned to the one they used.
 */

/** Whether an assessment uses this version (the set comes from the assessments' versionIds). */
export function isVersionUsed(versionId: string, usedVersionIds: ReadonlySet<string>): boolean {
  return usedVersionIds.has(versionId);
}

function sameNumber(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

function sameConversion(a: GradeConversion, b: GradeConversion): boolean {
  if (a.kind === 'linear' && b.kind === 'linear') return sameNumber(a.caesura, b.caesura);
  if (a.kind === 'table' && b.kind === 'table') {
    return (
      a.rows.length === b.rows.length &&
      a.rows.every((row, i) => sameNumber(row.minPoints, b.rows[i]!.minPoints) && sameNumber(row.grade, b.rows[i]!.grade))
    );
  }
  return false;
}

function sameCriterion(a: RubricCriterion, b: RubricCriterion, aLevels: readonly string[], bLevels: readonly string[]): boolean {
  const links = (criterion: RubricCriterion) => [...new Set(criterion.nodeIds)].sort().join('\n');
  return (
    a.title === b.title &&
    sameNumber(a.weight, b.weight) &&
    a.clientInput === b.clientInput &&
    links(a) === links(b) &&
    // Descriptors by level position; a missing descriptor is the same as an empty one.
    aLevels.every((levelId, i) => (a.descriptors[levelId] ?? '') === (b.descriptors[bLevels[i]!] ?? ''))
  );
}

/**
 * Whether two contents say the same to a teacher and a student, so saving a draft that equals
 * its version can be skipped instead of creating an empty new version.
 *
 * Compared: every text, number, colour, flag, the conversion and the scale preset, with levels,
 * criteria and conditions by position. Ignored: only the ids of levels, criteria and
 * conditions (which duplicateContent regenerates; descriptors are matched through the level
 * positions) and the order of a criterion's framework links, which has no meaning. The
 * framework node ids themselves are compared: linking another eindterm is a change.
 */
export function contentEquals(a: RubricContent, b: RubricContent): boolean {
  if (a === b) return true;
  if (a.scalePreset !== b.scalePreset || !sameConversion(a.conversion, b.conversion)) return false;
  if (a.levels.length !== b.levels.length || a.criteria.length !== b.criteria.length || a.conditions.length !== b.conditions.length) {
    return false;
  }
  const levelsMatch = a.levels.every((level, i) => {
    const other = b.levels[i]!;
    return level.label === other.label && sameNumber(level.points, other.points) && level.color === other.color;
  });
  if (!levelsMatch) return false;
  const aLevelIds = a.levels.map((level) => level.id);
  const bLevelIds = b.levels.map((level) => level.id);
  return (
    a.criteria.every((criterion, i) => sameCriterion(criterion, b.criteria[i]!, aLevelIds, bLevelIds)) &&
    a.conditions.every((condition, i) => condition.text === b.conditions[i]!.text)
  );
}

function copyConversion(conversion: GradeConversion): GradeConversion {
  return conversion.kind === 'table' ? { kind: 'table', rows: conversion.rows.map((row) => ({ ...row })) } : { ...conversion };
}

/**
 * The content of a new version of the same rubric: a deep copy that keeps the ids of levels,
 * criteria and conditions. Stable ids are what make versions comparable: "Samenwerken" is the
 * same criterion in version 1 and 2, so a student's scores on it can be followed across
 * versions, and a teacher can see which criteria changed. The copy shares nothing with the
 * stored version, so editing it cannot change what old assessments display.
 */
export function nextVersionContent(content: RubricContent): RubricContent {
  return {
    levels: content.levels.map((level) => ({ ...level })),
    criteria: content.criteria.map((criterion) => ({
      ...criterion,
      descriptors: { ...criterion.descriptors },
      nodeIds: [...criterion.nodeIds],
    })),
    conditions: content.conditions.map((condition) => ({ ...condition })),
    conversion: copyConversion(content.conversion),
    scalePreset: content.scalePreset,
  };
}

/**
 * The content for "duplicate rubric": a new, independent rubric, so new ids everywhere (levels,
 * criteria, conditions; in that order), with descriptors moved to the new level ids. Framework
 * links are kept: they point at eindtermen, not at this rubric.
 */
export function duplicateContent(content: RubricContent, newId: () => string): RubricContent {
  const levelIds = new Map(content.levels.map((level) => [level.id, newId()]));
  return {
    levels: content.levels.map((level) => ({ ...level, id: levelIds.get(level.id)! })),
    criteria: content.criteria.map((criterion) => ({
      ...criterion,
      id: newId(),
      descriptors: Object.fromEntries(
        Object.entries(criterion.descriptors).flatMap(([levelId, text]) => {
          const id = levelIds.get(levelId);
          return id === undefined ? [] : [[id, text]];
        }),
      ),
      nodeIds: [...criterion.nodeIds],
    })),
    conditions: content.conditions.map((condition) => ({ ...condition, id: newId() })),
    conversion: copyConversion(content.conversion),
    scalePreset: content.scalePreset,
  };
}

/**
 * What saving a draft of a version does:
 * - 'unchanged': the draft equals the version, nothing is written;
 * - 'update-in-place': no assessment used the version yet, so it is simply overwritten;
 * - 'new-version': an assessment used it, so the draft becomes version n + 1 (the rubric's
 *   currentVersionId moves to it) and the old version stays as it was.
 */
export type RubricSaveAction = 'unchanged' | 'update-in-place' | 'new-version';

export function rubricSaveAction(
  versionId: string,
  stored: RubricContent,
  draft: RubricContent,
  usedVersionIds: ReadonlySet<string>,
): RubricSaveAction {
  if (contentEquals(stored, draft)) return 'unchanged';
  return isVersionUsed(versionId, usedVersionIds) ? 'new-version' : 'update-in-place';
}
