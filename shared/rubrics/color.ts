/**
 * Level colours are stored as "#rrggbb" and used as cell backgrounds on screen and in PDFs.
 * Only this form is accepted: it is what the colour picker gives, it cannot smuggle anything
 * into a style attribute, and the contrast can be computed.
 */
const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

export function isHexColor(value: string): boolean {
  return HEX_COLOR.test(value);
}

/** Relative luminance as WCAG 2.x defines it (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two "#rrggbb" colours, from 1 to 21; AA asks 4.5 for normal text. */
export function contrastRatio(a: string, b: string): number {
  if (!isHexColor(a) || !isHexColor(b)) throw new RangeError(`not a #rrggbb colour: ${isHexColor(a) ? b : a}`);
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The app's text colour in the light theme; level colours are light tints meant for it. */
export const DARK_TEXT = '#1c1c1e';
export const LIGHT_TEXT = '#ffffff';

/**
 * The text colour to put on a level colour. The preset colours all take dark text (AA in both
 * themes, because the cell sets its own text colour); a custom dark colour gets white text.
 */
export function readableTextColor(background: string): typeof DARK_TEXT | typeof LIGHT_TEXT {
  return contrastRatio(background, DARK_TEXT) >= contrastRatio(background, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
}
