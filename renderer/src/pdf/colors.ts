/**
 * Colours for printed documents. jsPDF takes colours as 0-255 RGB triples; the app stores
 * colours as CSS hex strings (rubric levels: "#d93025"). Printed pages are always light
 * (paper), so the app's light palette from styles.css is used, never the dark one.
 */
export type Rgb = readonly [r: number, g: number, b: number];

/** The app's light palette (renderer/src/styles.css), for print. */
export const PDF_COLORS = {
  text: [0x1c, 0x1c, 0x1e],
  muted: [0x56, 0x56, 0x5f],
  rule: [0xb4, 0xb4, 0xad],
  border: [0xd6, 0xd6, 0xd0],
  surface: [0xf0, 0xf0, 0xec],
  primary: [0x0a, 0x5a, 0x8a],
  white: [0xff, 0xff, 0xff],
  black: [0x00, 0x00, 0x00],
} as const satisfies Record<string, Rgb>;

const HEX = /^#?([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/**
 * "#d93025", "d93025", "#f80" (and the alpha forms, alpha ignored: paper has no transparency)
 * → [217, 48, 37]. Anything else → null, so a caller can fall back instead of printing black.
 */
export function hexToRgb(hex: string): Rgb | null {
  const match = HEX.exec(hex.trim());
  if (!match?.[1]) return null;
  let digits = match[1];
  if (digits.length <= 4) digits = [...digits.slice(0, 3)].map((d) => d + d).join('');
  const value = Number.parseInt(digits.slice(0, 6), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/** [217, 48, 37] → "#d93025". */
export function rgbToHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => clampChannel(c).toString(16).padStart(2, '0')).join('')}`;
}

function clampChannel(value: number): number {
  return Math.min(255, Math.max(0, Math.round(value)));
}

/** WCAG 2.x relative luminance (0 = black, 1 = white). */
export function relativeLuminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = clampChannel(channel) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2.x contrast ratio between two colours, 1-21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The text colour for a coloured cell: the app's near-black or white, whichever contrasts
 * more with the background. Yellow and light green get dark text, red and dark blue white.
 */
export function readableTextColor(background: Rgb): Rgb {
  return contrastRatio(background, PDF_COLORS.text) >= contrastRatio(background, PDF_COLORS.white)
    ? PDF_COLORS.text
    : PDF_COLORS.white;
}

/**
 * A light tint of a colour (`amount` of the colour over white): the background of a rubric
 * column in its level colour, light enough for black text and still visible when printed in
 * greyscale.
 */
export function tint(color: Rgb, amount: number): Rgb {
  const a = Math.min(1, Math.max(0, amount));
  return [
    clampChannel(255 + (color[0] - 255) * a),
    clampChannel(255 + (color[1] - 255) * a),
    clampChannel(255 + (color[2] - 255) * a),
  ];
}

/** A CSS hex colour as RGB, or `fallback` when the string is not a hex colour. */
export function colorOr(hex: string | null | undefined, fallback: Rgb): Rgb {
  return (hex == null ? null : hexToRgb(hex)) ?? fallback;
}
