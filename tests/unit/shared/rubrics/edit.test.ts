import { describe, expect, it } from 'vitest';
import {
  addCondition,
  addCriterion,
  addLevel,
  duplicateCriterion,
  moveCondition,
  moveCriterion,
  moveLevel,
  removeCondition,
  removeCriterion,
  removeLevel,
  setDescriptor,
  updateCondition,
  updateCriterion,
  updateLevel,
} from '../../../../shared/rubrics/edit';
import { validateRubricContent } from '../../../../shared/rubrics/validate';
import { idCounter, sampleContent } from './helpers';

const titles = (content: ReturnType<typeof sampleContent>) => content.criteria.map((c) => c.title);

/** Three criteria: Samenwerken (c1), Plannen (c2), Presenteren (c3). */
function three() {
  return updateCriterion(addCriterion(sampleContent(), () => 'c3'), 2, { title: 'Presenteren' });
}

describe('criteria', () => {
  it('moves a criterion', () => {
    expect(titles(moveCriterion(three(), 0, 2))).toEqual(['Plannen', 'Presenteren', 'Samenwerken']);
    expect(titles(moveCriterion(three(), 2, 0))).toEqual(['Presenteren', 'Samenwerken', 'Plannen']);
    expect(titles(moveCriterion(three(), 1, 2))).toEqual(['Samenwerken', 'Presenteren', 'Plannen']);
  });

  it('returns the same object for a move out of range or onto itself', () => {
    const content = three();
    expect(moveCriterion(content, 0, -1)).toBe(content);
    expect(moveCriterion(content, 2, 3)).toBe(content);
    expect(moveCriterion(content, 5, 0)).toBe(content);
    expect(moveCriterion(content, 1, 1)).toBe(content);
    expect(moveCriterion(content, 0.5, 1)).toBe(content);
  });

  it('adds an empty criterion with an empty descriptor for every level, at the end or at an index', () => {
    const content = sampleContent();
    const added = addCriterion(content, () => 'new');
    expect(added.criteria[2]).toEqual({
      id: 'new',
      title: '',
      weight: 1,
      descriptors: { l1: '', l2: '', l3: '', l4: '' },
      nodeIds: [],
      clientInput: false,
    });
    expect(addCriterion(content, () => 'first', 0).criteria[0]!.id).toBe('first');
    expect(addCriterion(content, () => 'x', 5)).toBe(content);
  });

  it('duplicates a criterion right below it with a new id and copies that do not share arrays', () => {
    const content = sampleContent();
    const result = duplicateCriterion(content, 0, () => 'copy');
    expect(result.criteria.map((c) => c.id)).toEqual(['c1', 'copy', 'c2']);
    const copy = result.criteria[1]!;
    expect({ ...copy, id: 'c1' }).toEqual(content.criteria[0]);
    expect(copy.nodeIds).not.toBe(content.criteria[0]!.nodeIds);
    expect(copy.descriptors).not.toBe(content.criteria[0]!.descriptors);
    expect(duplicateCriterion(content, 9, () => 'copy')).toBe(content);
  });

  it('removes a criterion', () => {
    expect(titles(removeCriterion(three(), 1))).toEqual(['Samenwerken', 'Presenteren']);
    const content = three();
    expect(removeCriterion(content, 3)).toBe(content);
  });

  it('sets one descriptor, only for a level that exists', () => {
    const content = sampleContent();
    expect(setDescriptor(content, 1, 'l2', 'Nieuw').criteria[1]!.descriptors.l2).toBe('Nieuw');
    expect(setDescriptor(content, 1, 'nope', 'Nieuw')).toBe(content);
    expect(setDescriptor(content, 7, 'l2', 'Nieuw')).toBe(content);
  });

  it('never changes its input', () => {
    const content = sampleContent();
    const before = structuredClone(content);
    moveCriterion(content, 0, 1);
    addCriterion(content, idCounter());
    duplicateCriterion(content, 0, idCounter());
    removeCriterion(content, 0);
    updateCriterion(content, 0, { title: 'x' });
    setDescriptor(content, 0, 'l1', 'x');
    addLevel(content, idCounter());
    removeLevel(content, 0);
    moveLevel(content, 0, 3);
    updateLevel(content, 0, { label: 'x' });
    addCondition(content, idCounter());
    updateCondition(content, 0, 'x');
    removeCondition(content, 0);
    expect(content).toEqual(before);
  });
});

describe('levels', () => {
  it('adds a level at the top with one point more and an empty descriptor in every criterion', () => {
    const result = addLevel(sampleContent(), () => 'l5');
    expect(result.levels[4]).toEqual({ id: 'l5', label: '', points: 5, color: '#CFD8E3' });
    expect(result.criteria.every((c) => c.descriptors.l5 === '')).toBe(true);
    expect(result.scalePreset).toBe('custom');
  });

  it('adds a level in between at the midpoint, and at the bottom one point lower but not below 0', () => {
    expect(addLevel(sampleContent(), () => 'mid', 2).levels.map((l) => l.points)).toEqual([1, 2, 2.5, 3, 4]);
    expect(addLevel(sampleContent(), () => 'low', 0).levels.map((l) => l.points)).toEqual([0, 1, 2, 3, 4]);
    const fromZero = updateLevel(sampleContent(), 0, { points: 0 });
    expect(addLevel(fromZero, () => 'low', 0).levels[0]!.points).toBe(0);
    const content = sampleContent();
    expect(addLevel(content, () => 'x', 9)).toBe(content);
  });

  it('removes a level and its descriptors', () => {
    const result = removeLevel(sampleContent(), 0);
    expect(result.levels.map((l) => l.id)).toEqual(['l2', 'l3', 'l4']);
    expect(result.criteria.every((c) => !('l1' in c.descriptors))).toBe(true);
    expect(result.scalePreset).toBe('custom');
    expect(validateRubricContent(result)).toEqual([]);
  });

  it('moves a level with its label, points, colour and descriptors', () => {
    const result = moveLevel(sampleContent(), 3, 0);
    expect(result.levels.map((l) => l.label)).toEqual(['A expert', 'D minimaal', 'C basis', 'B gevorderd']);
    expect(result.criteria[0]!.descriptors.l4).toBe('Je stuurt de groep bij.');
    expect(result.scalePreset).toBe('custom');
    // The points now go down, and validation says so.
    expect(validateRubricContent(result).map((p) => p.code)).toEqual(['level-points-decreasing']);
    // Moving it back gives the preset again.
    expect(moveLevel(result, 0, 3).scalePreset).toBe('dcba');
  });

  it('updates a level and keeps the preset only while labels and points match it', () => {
    const content = sampleContent();
    expect(updateLevel(content, 0, { color: '#ffcccc' }).scalePreset).toBe('dcba');
    expect(updateLevel(content, 0, { label: 'D' }).scalePreset).toBe('custom');
    expect(updateLevel(content, 0, { points: 0 }).scalePreset).toBe('custom');
    expect(updateLevel(content, 9, { points: 0 })).toBe(content);
  });
});

describe('voorwaardelijke eisen', () => {
  it('adds, edits, moves and removes conditions', () => {
    let content = sampleContent();
    content = addCondition(content, () => 'v2', 'Werkplek opgeruimd');
    expect(content.conditions.map((c) => c.id)).toEqual(['v1', 'v2']);
    content = updateCondition(content, 0, 'Veiligheidsbril op');
    expect(content.conditions[0]).toEqual({ id: 'v1', text: 'Veiligheidsbril op' });
    content = moveCondition(content, 1, 0);
    expect(content.conditions.map((c) => c.id)).toEqual(['v2', 'v1']);
    content = removeCondition(content, 0);
    expect(content.conditions).toEqual([{ id: 'v1', text: 'Veiligheidsbril op' }]);
    expect(removeCondition(content, 4)).toBe(content);
    expect(updateCondition(content, 4, 'x')).toBe(content);
  });
});
