import { describe, expect, it } from 'vitest';
import type { RubricContent } from '../../../../shared/domain/rubric';
import { updateCriterion, updateLevel } from '../../../../shared/rubrics/edit';
import { gradeForScores } from '../../../../shared/rubrics/scoring';
import { contentEquals, duplicateContent, isVersionUsed, nextVersionContent, rubricSaveAction } from '../../../../shared/rubrics/versioning';
import { idCounter, sampleContent, withoutIds } from './helpers';

describe('isVersionUsed', () => {
  it('is true only for versions an assessment used', () => {
    const used = new Set(['v1', 'v3']);
    expect(isVersionUsed('v1', used)).toBe(true);
    expect(isVersionUsed('v2', used)).toBe(false);
  });
});

describe('contentEquals', () => {
  const a = sampleContent();

  it('is true for the same content, a copy, and a duplicate with other ids', () => {
    expect(contentEquals(a, a)).toBe(true);
    expect(contentEquals(a, structuredClone(a))).toBe(true);
    expect(contentEquals(a, duplicateContent(a, idCounter('d')))).toBe(true);
  });

  it('treats a missing descriptor as an empty one and ignores the order of framework links', () => {
    const empty = updateCriterion(a, 0, { descriptors: {} });
    const emptyStrings = updateCriterion(a, 0, { descriptors: { l1: '', l2: '', l3: '', l4: '' } });
    expect(contentEquals(empty, emptyStrings)).toBe(true);
    const links = updateCriterion(a, 0, { nodeIds: ['e1', 'e2'] });
    expect(contentEquals(links, updateCriterion(a, 0, { nodeIds: ['e2', 'e1'] }))).toBe(true);
  });

  it.each<[string, (content: RubricContent) => RubricContent]>([
    ['a criterion title', (c) => updateCriterion(c, 0, { title: 'Samenwerking' })],
    ['a weight', (c) => updateCriterion(c, 1, { weight: 3 })],
    ['a descriptor', (c) => updateCriterion(c, 1, { descriptors: { ...c.criteria[1]!.descriptors, l2: 'Anders' } })],
    ['the opdrachtgever flag', (c) => updateCriterion(c, 0, { clientInput: true })],
    ['a framework link', (c) => updateCriterion(c, 0, { nodeIds: ['eindterm-2'] })],
    ['a level label', (c) => updateLevel(c, 1, { label: 'C' })],
    ['level points', (c) => updateLevel(c, 1, { points: 2.5 })],
    ['a level colour', (c) => updateLevel(c, 1, { color: '#000000' })],
    ['the order of criteria', (c) => ({ ...c, criteria: [...c.criteria].reverse() })],
    ['a condition', (c) => ({ ...c, conditions: [{ id: 'v1', text: 'Anders' }] })],
    ['the number of conditions', (c) => ({ ...c, conditions: [] })],
    ['the caesura', (c) => ({ ...c, conversion: { kind: 'linear', caesura: 0.6 } })],
    ['linear → table', (c) => ({ ...c, conversion: { kind: 'table', rows: [{ minPoints: 0, grade: 1 }] } })],
    ['the scale preset', (c) => ({ ...c, scalePreset: 'custom' })],
  ])('is false after changing %s', (_, change) => {
    expect(contentEquals(a, change(a))).toBe(false);
  });

  it('compares table rows', () => {
    const table = (grade: number): RubricContent => ({ ...a, conversion: { kind: 'table', rows: [{ minPoints: 0, grade: 1 }, { minPoints: 6, grade }] } });
    expect(contentEquals(table(6), table(6))).toBe(true);
    expect(contentEquals(table(6), table(6.5))).toBe(false);
  });
});

describe('nextVersionContent', () => {
  it('keeps every id, so scores of the old version line up with the new one', () => {
    const old = sampleContent();
    const next = nextVersionContent(old);
    expect(next).toEqual(old);
    const scores = { c1: 'l3', c2: 'l4' };
    expect(gradeForScores(next, scores, { v1: true })).toEqual(gradeForScores(old, scores, { v1: true }));
  });

  it('shares nothing with the stored version: editing the new one leaves the old one as it was', () => {
    const old = sampleContent({ conversion: { kind: 'table', rows: [{ minPoints: 0, grade: 1 }] } });
    const frozen = structuredClone(old);
    const next = nextVersionContent(old);
    next.levels[0]!.label = 'x';
    next.criteria[0]!.descriptors.l1 = 'x';
    next.criteria[0]!.nodeIds.push('x');
    next.conditions[0]!.text = 'x';
    if (next.conversion.kind === 'table') next.conversion.rows[0]!.grade = 2;
    expect(old).toEqual(frozen);
  });
});

describe('duplicateContent', () => {
  it('gives new ids everywhere, in the order levels, criteria, conditions', () => {
    const copy = duplicateContent(sampleContent(), idCounter('d'));
    expect(copy.levels.map((l) => l.id)).toEqual(['d-1', 'd-2', 'd-3', 'd-4']);
    expect(copy.criteria.map((c) => c.id)).toEqual(['d-5', 'd-6']);
    expect(copy.conditions.map((c) => c.id)).toEqual(['d-7']);
  });

  it('moves descriptors to the new level ids and keeps framework links', () => {
    const original = sampleContent();
    const copy = duplicateContent(original, idCounter('d'));
    expect(copy.criteria[0]!.descriptors).toEqual({
      'd-1': 'Je werkt alleen.',
      'd-2': 'Je helpt als het gevraagd wordt.',
      'd-3': 'Je verdeelt taken.',
      'd-4': 'Je stuurt de groep bij.',
    });
    expect(copy.criteria[0]!.nodeIds).toEqual(['eindterm-1']);
    expect(withoutIds(copy)).toEqual(withoutIds(original));
  });

  it('drops descriptors of levels that do not exist', () => {
    const original = updateCriterion(sampleContent(), 0, { descriptors: { l1: 'a', gone: 'b' } });
    expect(duplicateContent(original, idCounter('d')).criteria[0]!.descriptors).toEqual({ 'd-1': 'a' });
  });
});

describe('rubricSaveAction', () => {
  const stored = sampleContent();

  it('writes nothing when the draft equals the version', () => {
    expect(rubricSaveAction('v1', stored, nextVersionContent(stored), new Set(['v1']))).toBe('unchanged');
  });

  it('overwrites a version that no assessment used yet', () => {
    expect(rubricSaveAction('v1', stored, updateCriterion(stored, 0, { title: 'Nieuw' }), new Set(['v0']))).toBe('update-in-place');
  });

  it('creates a new version when an assessment used the version', () => {
    expect(rubricSaveAction('v1', stored, updateCriterion(stored, 0, { title: 'Nieuw' }), new Set(['v1']))).toBe('new-version');
  });
});
