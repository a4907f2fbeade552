import { describe, expect, it } from 'vitest';
import { colorOr, contrastRatio, hexToRgb, PDF_COLORS, readableTextColor, rgbToHex, tint } from '../../../../renderer/src/pdf';
import { DCBA_LEVELS } from '../../../fixtures/pdf/rubrics';

describe('PDF colours', () => {
  it('reads CSS hex colours in their long and short forms, alpha ignored', () => {
    expect(hexToRgb('#d93025')).toEqual([217, 48, 37]);
    expect(hexToRgb('D93025')).toEqual([217, 48, 37]);
    expect(hexToRgb('#f80')).toEqual([255, 136, 0]);
    expect(hexToRgb('#f80c')).toEqual([255, 136, 0]);
    expect(hexToRgb('#d9302580')).toEqual([217, 48, 37]);
    expect(hexToRgb(' #FFFFFF ')).toEqual([255, 255, 255]);
  });

  it('refuses what is not a hex colour, so callers can fall back', () => {
    for (const bad of ['', 'red', '#12', '#12345', '#ggg', 'rgb(0,0,0)', '#1234567']) expect(hexToRgb(bad)).toBeNull();
    expect(colorOr('red', [1, 2, 3])).toEqual([1, 2, 3]);
    expect(colorOr(undefined, [1, 2, 3])).toEqual([1, 2, 3]);
    expect(colorOr('#010203', [9, 9, 9])).toEqual([1, 2, 3]);
  });

  it('writes RGB back as hex', () => {
    expect(rgbToHex([217, 48, 37])).toBe('#d93025');
    expect(rgbToHex([300, -4, 15.6])).toBe('#ff0010');
  });

  it('computes WCAG contrast', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([255, 255, 255], [0, 0, 0])).toBeCloseTo(21, 5);
    expect(contrastRatio([119, 119, 119], [255, 255, 255])).toBeCloseTo(4.48, 2);
  });

  it('puts dark text on the light preset level colours and white text on dark colours', () => {
    for (const level of DCBA_LEVELS) {
      const background = hexToRgb(level.color);
      expect(background).not.toBeNull();
      if (!background) continue;
      expect(readableTextColor(background)).toEqual(PDF_COLORS.text);
      expect(contrastRatio(background, readableTextColor(background))).toBeGreaterThanOrEqual(4.5);
    }
    for (const dark of ['#0a5a8a', '#b3261e', '#1d6b34', '#000000']) {
      const background = hexToRgb(dark);
      if (!background) throw new Error(dark);
      expect(readableTextColor(background)).toEqual(PDF_COLORS.white);
      expect(contrastRatio(background, PDF_COLORS.white)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('tints towards white', () => {
    expect(tint([200, 100, 0], 0)).toEqual([255, 255, 255]);
    expect(tint([200, 100, 0], 1)).toEqual([200, 100, 0]);
    expect(tint([200, 100, 0], 0.5)).toEqual([228, 178, 128]);
    expect(tint([200, 100, 0], 2)).toEqual([200, 100, 0]);
  });
});
