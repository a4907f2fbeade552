import { describe, expect, it } from 'vitest';
import { cellContrast, darkMasteryPalette, luminance, masteryPalette, shortLevelLabel } from '../../../../../renderer/src/features/growth/palette';

describe('masteryPalette', () => {
  it.each([2, 3, 4, 5, 6])('gives %i distinct colours, darker for each higher level', (levels) => {
    const palette = masteryPalette(levels);
    expect(palette).toHaveLength(levels);
    expect(new Set(palette.map((colour) => colour.background)).size).toBe(levels);
    const lightness = palette.map((colour) => luminance([1, 3, 5].map((i) => parseInt(colour.background.slice(i, i + 2), 16))));
    for (let i = 1; i < lightness.length; i++) expect(lightness[i]!).toBeLessThan(lightness[i - 1]!);
  });

  it('text on every cell meets WCAG AA contrast (4.5:1) on any scale size', () => {
    for (let levels = 1; levels <= 12; levels++) {
      for (const colour of [...masteryPalette(levels), ...darkMasteryPalette(levels)]) expect(cellContrast(colour)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('the lowest level is light with black text, the highest dark with white text', () => {
    const [low, , , high] = masteryPalette(4);
    expect(low).toEqual({ background: '#ffea46', text: '#000000' });
    expect(high).toEqual({ background: '#00204d', text: '#ffffff' });
  });
});

describe('shortLevelLabel', () => {
  it("uses a short first word of the level's name, or the number", () => {
    expect(shortLevelLabel('A expert', 4)).toBe('A');
    expect(shortLevelLabel('Onvoldoende', 1)).toBe('1');
    expect(shortLevelLabel(undefined, 2)).toBe('2');
    expect(shortLevelLabel('  ', 3)).toBe('3');
  });
});

describe('darkMasteryPalette', () => {
  it('runs the other way: each higher level is brighter, and the lowest is lighter than the dark page', () => {
    const palette = darkMasteryPalette(4);
    const lightness = palette.map((colour) => luminance([1, 3, 5].map((i) => parseInt(colour.background.slice(i, i + 2), 16))));
    for (let i = 1; i < lightness.length; i++) expect(lightness[i]!).toBeGreaterThan(lightness[i - 1]!);
    // The dark page (#1d2024) has a luminance of about 0.015; the lowest level stands out from it.
    expect(lightness[0]!).toBeGreaterThan(0.05);
  });
});
