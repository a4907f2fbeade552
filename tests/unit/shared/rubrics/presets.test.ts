import { describe, expect, it } from 'vitest';
import { contrastRatio, DARK_TEXT, isHexColor, readableTextColor } from '../../../../shared/rubrics/color';
import {
  applyScalePreset,
  createRubricContent,
  DEFAULT_CAESURA,
  matchingPreset,
  SCALE_PRESET_IDS,
  SCALE_PRESETS,
} from '../../../../shared/rubrics/presets';
import { gradeForScores } from '../../../../shared/rubrics/scoring';
import { validateRubricContent } from '../../../../shared/rubrics/validate';
import { idCounter } from './helpers';

describe('scale presets', () => {
  it('has the scales of the domain: D-C-B-A, Beginnend-Uitmuntend, three levels, custom', () => {
    expect(SCALE_PRESETS.dcba.levels.map((level) => level.label)).toEqual(['D minimaal', 'C basis', 'B gevorderd', 'A expert']);
    expect(SCALE_PRESETS['beginnend-uitmuntend'].levels.map((level) => level.label)).toEqual([
      'Beginnend',
      'In ontwikkeling',
      'Voldoende',
      'Uitmuntend',
    ]);
    expect(SCALE_PRESETS['drie-niveaus'].levels).toHaveLength(3);
    expect(SCALE_PRESET_IDS).toEqual(['dcba', 'beginnend-uitmuntend', 'drie-niveaus', 'custom']);
  });

  it('gives points 1, 2, 3 (, 4) from low to high', () => {
    for (const id of SCALE_PRESET_IDS) {
      const points = SCALE_PRESETS[id].levels.map((level) => level.points);
      expect(points).toEqual(points.map((_, index) => index + 1));
    }
  });

  it('colours D-C-B-A red, orange, yellow, green: hue goes from red towards green', () => {
    const hue = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
      const max = Math.max(r, g, b);
      const min = Math.min(r, g, b);
      const h = max === r ? ((g - b) / (max - min)) % 6 : max === g ? (b - r) / (max - min) + 2 : (r - g) / (max - min) + 4;
      return (h * 60 + 360) % 360;
    };
    const hues = SCALE_PRESETS.dcba.levels.map((level) => hue(level.color));
    expect(hues[0]).toBeLessThan(15); // red
    expect(hues[1]).toBeGreaterThan(20);
    expect(hues[1]).toBeLessThan(45); // orange
    expect(hues[2]).toBeGreaterThan(45);
    expect(hues[2]).toBeLessThan(65); // yellow
    expect(hues[3]).toBeGreaterThan(90);
    expect(hues[3]).toBeLessThan(150); // green
  });

  it('keeps dark text readable on every preset colour (WCAG AA, 4.5:1)', () => {
    for (const id of SCALE_PRESET_IDS) {
      for (const level of SCALE_PRESETS[id].levels) {
        expect(isHexColor(level.color)).toBe(true);
        expect(contrastRatio(level.color, DARK_TEXT), `${id} ${level.label}`).toBeGreaterThanOrEqual(4.5);
        expect(readableTextColor(level.color)).toBe(DARK_TEXT);
      }
    }
  });

  it('puts white text on a dark custom colour', () => {
    expect(readableTextColor('#1f3a93')).toBe('#ffffff');
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(() => contrastRatio('red', '#ffffff')).toThrow(RangeError);
  });

  it('makes "Voldoende" everywhere a voldoende and documents what C basis everywhere gives', () => {
    const everywhere = (preset: 'dcba' | 'beginnend-uitmuntend' | 'drie-niveaus', label: string, caesura = DEFAULT_CAESURA) => {
      const content = createRubricContent(preset, idCounter(), { criteria: 4 });
      const level = content.levels.find((l) => l.label === label)!;
      const scores = Object.fromEntries(content.criteria.map((criterion) => [criterion.id, level.id]));
      return gradeForScores({ ...content, conversion: { kind: 'linear', caesura } }, scores).grade;
    };
    expect(everywhere('drie-niveaus', 'Voldoende')).toBe(6.7);
    expect(everywhere('beginnend-uitmuntend', 'Voldoende')).toBe(7.5);
    expect(everywhere('dcba', 'C basis')).toBe(5.1); // 50 % < 55 %
    expect(everywhere('dcba', 'C basis', 0.5)).toBe(5.5); // a school that counts C as voldoende sets 50 %
    expect(everywhere('dcba', 'D minimaal')).toBe(3);
  });
});

describe('createRubricContent', () => {
  it('makes fresh content from a preset with ids from the generator, levels first', () => {
    const content = createRubricContent('drie-niveaus', idCounter('x'), { criteria: 2 });
    expect(content.levels.map((level) => level.id)).toEqual(['x-1', 'x-2', 'x-3']);
    expect(content.criteria.map((criterion) => criterion.id)).toEqual(['x-4', 'x-5']);
    expect(content.criteria[0]).toEqual({
      id: 'x-4',
      title: '',
      weight: 1,
      descriptors: { 'x-1': '', 'x-2': '', 'x-3': '' },
      nodeIds: [],
      clientInput: false,
    });
    expect(content.conditions).toEqual([]);
    expect(content.conversion).toEqual({ kind: 'linear', caesura: 0.55 });
    expect(content.scalePreset).toBe('drie-niveaus');
  });

  it('starts with 3 criteria by default and does not share objects with the preset', () => {
    const content = createRubricContent('dcba', idCounter());
    expect(content.criteria).toHaveLength(3);
    content.levels[0]!.label = 'changed';
    expect(SCALE_PRESETS.dcba.levels[0]!.label).toBe('D minimaal');
  });

  it('is valid as soon as the criteria have titles', () => {
    const content = createRubricContent('dcba', idCounter(), { criteria: 1 });
    expect(validateRubricContent(content).map((problem) => problem.code)).toEqual(['criterion-title-empty']);
    content.criteria[0]!.title = 'Samenwerken';
    expect(validateRubricContent(content)).toEqual([]);
  });

  it('refuses a negative or fractional number of criteria', () => {
    expect(() => createRubricContent('dcba', idCounter(), { criteria: -1 })).toThrow(RangeError);
    expect(() => createRubricContent('dcba', idCounter(), { criteria: 1.5 })).toThrow(RangeError);
  });
});

describe('applyScalePreset', () => {
  function withDescriptors() {
    const content = createRubricContent('dcba', idCounter('a'), { criteria: 1 }); // levels a-1…a-4, criterion a-5
    const criterion = content.criteria[0]!;
    criterion.descriptors = { 'a-1': 'D', 'a-2': 'C', 'a-3': 'B', 'a-4': 'A' };
    return content;
  }

  it('replaces labels, points and colours and keeps descriptors at the same positions', () => {
    const result = applyScalePreset(withDescriptors(), 'beginnend-uitmuntend', idCounter('new'));
    expect(result.levels.map((level) => [level.id, level.label])).toEqual([
      ['a-1', 'Beginnend'],
      ['a-2', 'In ontwikkeling'],
      ['a-3', 'Voldoende'],
      ['a-4', 'Uitmuntend'],
    ]);
    expect(result.criteria[0]!.descriptors).toEqual({ 'a-1': 'D', 'a-2': 'C', 'a-3': 'B', 'a-4': 'A' });
    expect(result.scalePreset).toBe('beginnend-uitmuntend');
  });

  it('drops the descriptors of positions that no longer exist', () => {
    const result = applyScalePreset(withDescriptors(), 'drie-niveaus', idCounter('new'));
    expect(result.levels.map((level) => level.id)).toEqual(['a-1', 'a-2', 'a-3']);
    expect(result.criteria[0]!.descriptors).toEqual({ 'a-1': 'D', 'a-2': 'C', 'a-3': 'B' });
    expect(validateRubricContent({ ...result, criteria: [{ ...result.criteria[0]!, title: 'x' }] })).toEqual([]);
  });

  it('adds new ids and empty descriptors for positions that are new', () => {
    const three = createRubricContent('drie-niveaus', idCounter('a'), { criteria: 1 });
    three.criteria[0]!.descriptors = { 'a-1': 'laag', 'a-2': 'midden', 'a-3': 'hoog' };
    const result = applyScalePreset(three, 'dcba', idCounter('new'));
    expect(result.levels.map((level) => level.id)).toEqual(['a-1', 'a-2', 'a-3', 'new-1']);
    expect(result.criteria[0]!.descriptors).toEqual({ 'a-1': 'laag', 'a-2': 'midden', 'a-3': 'hoog', 'new-1': '' });
  });

  it("'custom' keeps the levels and only marks the scale as custom", () => {
    const content = withDescriptors();
    const result = applyScalePreset(content, 'custom', idCounter('new'));
    expect(result.levels).toBe(content.levels);
    expect(result.scalePreset).toBe('custom');
  });

  it('does not change its input', () => {
    const content = withDescriptors();
    const before = structuredClone(content);
    applyScalePreset(content, 'drie-niveaus', idCounter('new'));
    expect(content).toEqual(before);
  });
});

describe('matchingPreset', () => {
  it('recognises a preset by labels and points, not by colour', () => {
    const levels = SCALE_PRESETS.dcba.levels.map((level) => ({ ...level, color: '#ffffff' }));
    expect(matchingPreset(levels)).toBe('dcba');
    expect(matchingPreset(levels.map((level, i) => (i === 1 ? { ...level, points: 2.5 } : level)))).toBe('custom');
    expect(matchingPreset(levels.slice(0, 3))).toBe('custom');
    expect(matchingPreset(SCALE_PRESETS.custom.levels)).toBe('custom');
  });
});
