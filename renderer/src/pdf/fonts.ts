import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import { slimTrueType } from './true-type';

/**
 * The font of every printed document: DejaVu Sans, regular and bold. jsPDF's built-in
 * Helvetica only covers WinAnsi, so names such as Şahin, Işıl, Łukasz or Ćwik would print as
 * garbage; DejaVu Sans covers Latin Extended, Turkish, Polish, Greek and Cyrillic.
 *
 * The TTF files (about 0.7 MB each) ship with the app as Vite assets and are fetched from
 * app://vakwerk the first time a PDF is made, then kept in memory. Loading is injectable so
 * unit tests in Node pass the bytes read from node_modules with fs.
 */
export const PDF_FONT_FAMILY = 'DejaVuSans';

export type PdfFontStyle = 'normal' | 'bold';

/** The raw TTF files. */
export interface PdfFontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

/**
 * Fonts ready for jsPDF: each TTF slimmed to what jsPDF uses (true-type.ts) and kept as a
 * binary string (one char per byte), the form jsPDF's virtual file system stores. This happens
 * once; every document reuses the same (immutable) strings.
 */
export interface PdfFonts {
  readonly family: typeof PDF_FONT_FAMILY;
  readonly files: Readonly<Record<PdfFontStyle, string>>;
}

const TRUETYPE_MAGIC = [0x00, 0x01, 0x00, 0x00];

export function preparePdfFonts(bytes: PdfFontBytes): PdfFonts {
  return {
    family: PDF_FONT_FAMILY,
    files: { normal: toBinaryString(bytes.regular, 'regular'), bold: toBinaryString(bytes.bold, 'bold') },
  };
}

function toBinaryString(bytes: Uint8Array, name: string): string {
  // jsPDF recognises an unencoded TTF by these first four bytes and otherwise treats the
  // string as base64, so anything else (an HTML error page, a WOFF file) must stop here.
  if (bytes.length < 12 || TRUETYPE_MAGIC.some((byte, i) => bytes[i] !== byte)) {
    throw new Error(`PDF font "${name}" is not a TrueType file (${bytes.length} bytes).`);
  }
  const slim = slimTrueType(bytes);
  const chunks: string[] = [];
  const chunkSize = 0x8000; // below the engines' argument-count limit for fromCharCode.apply
  for (let i = 0; i < slim.length; i += chunkSize) {
    chunks.push(String.fromCharCode.apply(null, Array.from(slim.subarray(i, i + chunkSize))));
  }
  return chunks.join('');
}

export type PdfFontLoader = () => Promise<PdfFontBytes>;

/** The app's loader: the bundled TTF assets, fetched from the app's own origin. */
export const fetchBundledFonts: PdfFontLoader = async () => {
  const [regular, bold] = await Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]);
  return { regular, bold };
};

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`PDF font ${url} could not be loaded (HTTP ${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

let cached: Promise<PdfFonts> | null = null;

/**
 * The fonts, loaded on first use and cached for the session. A failed load is not cached, so
 * the next attempt tries again.
 */
export function loadPdfFonts(loader: PdfFontLoader = fetchBundledFonts): Promise<PdfFonts> {
  if (!cached) {
    const loading = loader().then(preparePdfFonts);
    cached = loading;
    loading.catch(() => {
      if (cached === loading) cached = null;
    });
  }
  return cached;
}

/** Forget the cached fonts (tests). */
export function resetPdfFontCache(): void {
  cached = null;
}
