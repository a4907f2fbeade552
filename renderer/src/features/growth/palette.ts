import type { CSSProperties } from 'react';

/**
 * Cell colours of the heatmap: a sequential ramp after matplotlib's cividis, designed to read
 * the same for people with red-green colour blindness (and in greyscale: its lightness rises
 * steadily). Reversed so more mastery is darker, as in most heatmaps on a light page. The
 * text on each cell is black or white, whichever contrasts most; for this ramp that is always
 * at least 4.5:1 (WCAG AA), which the unit test checks.
 */
const CIVIDIS: readonly (readonly [number, number, number])[] = [
  [0x00, 0x20, 0x4d],
  [0x41, 0x4d, 0x6b],
  [0x7c, 0x7b, 0x78],
  [0xbc, 0xaf, 0x6f],
  [0xff, 0xea, 0x46],
];

export interface CellColour {
  background: string;
  text: string;
}

function hex(channel: number): string {
  return Math.round(channel).toString(16).padStart(2, '0');
}

/** The ramp at t (0 = the light, lowest end, 1 = the dark, highest end). */
function rampAt(t: number): [number, number, number] {
  const position = (1 - Math.min(Math.max(t, 0), 1)) * (CIVIDIS.length - 1);
  const low = Math.floor(position);
  const high = Math.min(low + 1, CIVIDIS.length - 1);
  const mix = position - low;
  const a = CIVIDIS[low]!;
  const b = CIVIDIS[high]!;
  return [0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * mix) as [number, number, number];
}

/** WCAG relative luminance of an sRGB colour with 0-255 channels. */
export function luminance([r, g, b]: readonly number[]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}

export function contrastRatio(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

function parseHex(colour: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];
}

/** Contrast between a cell's text and its background. */
export function cellContrast(colour: CellColour): number {
  return contrastRatio(luminance(parseHex(colour.background)), luminance(parseHex(colour.text)));
}

function colourAt(t: number): CellColour {
  const rgb = rampAt(t);
  const onBlack = contrastRatio(luminance(rgb), 0);
  const onWhite = contrastRatio(luminance(rgb), 1);
  return { background: `#${rgb.map(hex).join('')}`, text: onBlack >= onWhite ? '#000000' : '#ffffff' };
}

/** One colour per level of a scale of `levels` levels, lowest level first, evenly spread over the ramp. */
export function masteryPalette(levels: number): CellColour[] {
  const count = Math.max(1, Math.floor(levels));
  return Array.from({ length: count }, (_, index) => colourAt(count === 1 ? 1 : index / (count - 1)));
}

/**
 * The dark theme's palette: the same ramp the other way round (more mastery is brighter, as a
 * heatmap on a dark page reads), without its darkest quarter, which would vanish into the page.
 */
export function darkMasteryPalette(levels: number): CellColour[] {
  const count = Math.max(1, Math.floor(levels));
  return Array.from({ length: count }, (_, index) => colourAt(0.75 - 0.75 * (count === 1 ? 1 : index / (count - 1))));
}

/** Most levels a school's observation scale can have (school-settings: 2 to 6). */
export const MAX_LEVELS = 6;

/**
 * The colours of every level as custom properties of the grid (--l1-bg … --l6-fg-dark), which
 * heatmap.css gives to cells by their data-level: cells without inline styles are cheaper for
 * the browser to style, and 600 of them are drawn at once.
 */
export function levelVariables(light: readonly CellColour[], dark: readonly CellColour[]): CSSProperties {
  const variables: Record<string, string> = {};
  light.slice(0, MAX_LEVELS).forEach((colour, index) => {
    variables[`--l${index + 1}-bg`] = colour.background;
    variables[`--l${index + 1}-fg`] = colour.text;
    variables[`--l${index + 1}-bg-dark`] = dark[index]!.background;
    variables[`--l${index + 1}-fg-dark`] = dark[index]!.text;
  });
  return variables as CSSProperties;
}

/**
 * Inline style of a legend or dialog swatch: both themes' colours as custom properties, picked by
 * light-dark() in heatmap.css, so the cells follow the theme without a re-render.
 */
export function cellStyle(light: CellColour, dark: CellColour): CSSProperties {
  return { '--cell-bg': light.background, '--cell-fg': light.text, '--cell-bg-dark': dark.background, '--cell-fg-dark': dark.text } as CSSProperties;
}

/**
 * What a cell shows as text: the first word of the level's name when it is short (the default
 * scale's "D minimaal" … "A expert" give D … A), otherwise the level's number.
 */
export function shortLevelLabel(label: string | undefined, level: number): string {
  const first = label?.trim().split(/\s+/)[0] ?? '';
  return first.length > 0 && first.length <= 3 ? first : String(level);
}
