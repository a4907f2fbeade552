import type { RubricCondition, RubricContent, RubricCriterion, RubricLevel } from '../domain/rubric';
import { emptyCriterion, matchingPreset, NEW_LEVEL_COLOR } from './presets';

/**
 * Editing steps of the rubric grid. Each returns new content and leaves its input untouched,
 * so the editor can keep an undo stack of plain values. An index out of range is a no-op that
 * returns the same object (so "move up" on the first row is harmless); callers can compare
 * by identity to see that nothing happened.
 */

function inRange(index: number, length: number): boolean {
  return Number.isInteger(index) && index >= 0 && index < length;
}

function moved<T>(items: readonly T[], fromIndex: number, toIndex: number): T[] | null {
  if (!inRange(fromIndex, items.length) || !inRange(toIndex, items.length) || fromIndex === toIndex) return null;
  const result = [...items];
  const [item] = result.splice(fromIndex, 1);
  result.splice(toIndex, 0, item!);
  return result;
}

/** Level changes recompute which preset the scale still is, so the "4 niveaus D-A" badge stays true. */
function withLevels(content: RubricContent, levels: RubricLevel[], criteria: RubricCriterion[] = content.criteria): RubricContent {
  return { ...content, levels, criteria, scalePreset: matchingPreset(levels) };
}

// Criteria (rows).

export function addCriterion(content: RubricContent, newId: () => string, index: number = content.criteria.length): RubricContent {
  if (!Number.isInteger(index) || index < 0 || index > content.criteria.length) return content;
  const criteria = [...content.criteria];
  criteria.splice(index, 0, emptyCriterion(newId(), content.levels));
  return { ...content, criteria };
}

export function removeCriterion(content: RubricContent, index: number): RubricContent {
  if (!inRange(index, content.criteria.length)) return content;
  return { ...content, criteria: content.criteria.filter((_, i) => i !== index) };
}

export function moveCriterion(content: RubricContent, fromIndex: number, toIndex: number): RubricContent {
  const criteria = moved(content.criteria, fromIndex, toIndex);
  return criteria ? { ...content, criteria } : content;
}

/** A copy of the criterion right below it, with a new id (title, weight, descriptors and links copied). */
export function duplicateCriterion(content: RubricContent, index: number, newId: () => string): RubricContent {
  const original = content.criteria[index];
  if (!inRange(index, content.criteria.length) || !original) return content;
  const copy: RubricCriterion = {
    ...original,
    id: newId(),
    descriptors: { ...original.descriptors },
    nodeIds: [...original.nodeIds],
  };
  const criteria = [...content.criteria];
  criteria.splice(index + 1, 0, copy);
  return { ...content, criteria };
}

export function updateCriterion(content: RubricContent, index: number, patch: Partial<Omit<RubricCriterion, 'id'>>): RubricContent {
  if (!inRange(index, content.criteria.length)) return content;
  return { ...content, criteria: content.criteria.map((criterion, i) => (i === index ? { ...criterion, ...patch } : criterion)) };
}

/** Sets the descriptor of one cell. */
export function setDescriptor(content: RubricContent, criterionIndex: number, levelId: string, text: string): RubricContent {
  const criterion = content.criteria[criterionIndex];
  if (!criterion || !content.levels.some((level) => level.id === levelId)) return content;
  return updateCriterion(content, criterionIndex, { descriptors: { ...criterion.descriptors, [levelId]: text } });
}

// Levels (columns).

/**
 * Inserts a level (default: as the new highest) with an empty label and an empty descriptor
 * in every criterion. Points: one more than the level below at the top, the midpoint between
 * the neighbours in between, one less than the lowest (not below 0) at the bottom; the
 * teacher adjusts them, and validation says when they no longer increase.
 */
export function addLevel(content: RubricContent, newId: () => string, index: number = content.levels.length): RubricContent {
  const { levels } = content;
  if (!Number.isInteger(index) || index < 0 || index > levels.length) return content;
  const below = levels[index - 1];
  const above = levels[index];
  const points = below && above ? (below.points + above.points) / 2 : below ? below.points + 1 : above ? Math.max(0, above.points - 1) : 1;
  const level: RubricLevel = { id: newId(), label: '', points, color: NEW_LEVEL_COLOR };
  const next = [...levels];
  next.splice(index, 0, level);
  return withLevels(
    content,
    next,
    content.criteria.map((criterion) => ({ ...criterion, descriptors: { ...criterion.descriptors, [level.id]: '' } })),
  );
}

/** Removes a level and its descriptor from every criterion. */
export function removeLevel(content: RubricContent, index: number): RubricContent {
  const level = content.levels[index];
  if (!inRange(index, content.levels.length) || !level) return content;
  return withLevels(
    content,
    content.levels.filter((_, i) => i !== index),
    content.criteria.map((criterion) => {
      const descriptors = { ...criterion.descriptors };
      delete descriptors[level.id];
      return { ...criterion, descriptors };
    }),
  );
}

/**
 * Moves a column: the level takes its label, points, colour and descriptors along (what the
 * grid shows moves as a whole). If the points then no longer increase, validation says so.
 */
export function moveLevel(content: RubricContent, fromIndex: number, toIndex: number): RubricContent {
  const levels = moved(content.levels, fromIndex, toIndex);
  return levels ? withLevels(content, levels) : content;
}

export function updateLevel(content: RubricContent, index: number, patch: Partial<Omit<RubricLevel, 'id'>>): RubricContent {
  if (!inRange(index, content.levels.length)) return content;
  return withLevels(
    content,
    content.levels.map((level, i) => (i === index ? { ...level, ...patch } : level)),
  );
}

// Voorwaardelijke eisen.

export function addCondition(content: RubricContent, newId: () => string, text = ''): RubricContent {
  const condition: RubricCondition = { id: newId(), text };
  return { ...content, conditions: [...content.conditions, condition] };
}

export function updateCondition(content: RubricContent, index: number, text: string): RubricContent {
  if (!inRange(index, content.conditions.length)) return content;
  return { ...content, conditions: content.conditions.map((condition, i) => (i === index ? { ...condition, text } : condition)) };
}

export function removeCondition(content: RubricContent, index: number): RubricContent {
  if (!inRange(index, content.conditions.length)) return content;
  return { ...content, conditions: content.conditions.filter((_, i) => i !== index) };
}

export function moveCondition(content: RubricContent, fromIndex: number, toIndex: number): RubricContent {
  const conditions = moved(content.conditions, fromIndex, toIndex);
  return conditions ? { ...content, conditions } : content;
}
