import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preparePdfFonts, type PdfFonts } from '../../../../renderer/src/pdf';

/**
 * Helpers for the PDF tests: the app's fonts read from node_modules (the app fetches the same
 * files as Vite assets), and poppler-utils to read a PDF back the way a reader would see it.
 * poppler-utils must be installed (CI installs it); without it these tests fail, by design.
 *
 * Set VAKWERK_PDF_OUT_DIR to keep the generated PDFs (and PNGs) for looking at them.
 */
const FONT_DIR = join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');

let fonts: PdfFonts | null = null;

export function testFonts(): PdfFonts {
  fonts ??= preparePdfFonts({
    regular: new Uint8Array(readFileSync(join(FONT_DIR, 'DejaVuSans.ttf'))),
    bold: new Uint8Array(readFileSync(join(FONT_DIR, 'DejaVuSans-Bold.ttf'))),
  });
  return fonts;
}

export interface PdfWorkspace {
  dir: string;
  write(name: string, bytes: Uint8Array): string;
  cleanup(): void;
}

export function pdfWorkspace(): PdfWorkspace {
  const keep = process.env.VAKWERK_PDF_OUT_DIR;
  const dir = keep ? keep : mkdtempSync(join(tmpdir(), 'vakwerk-pdf-'));
  mkdirSync(dir, { recursive: true });
  return {
    dir,
    write(name, bytes) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    },
    cleanup() {
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} is missing: install poppler-utils (apt-get install -y poppler-utils). The PDF tests need it.`, { cause: error });
    }
    throw error;
  }
}

/**
 * The text of the PDF (pages separated by \f). `layout` (default): as pdftotext -layout lays
 * it out, line by line across the page; otherwise in pdftotext's reading order, which keeps
 * the text of a table cell together.
 */
export function pdfText(path: string, { layout = true }: { layout?: boolean } = {}): string {
  return poppler('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', path, '-']);
}

/** The text of each page (see pdfText for `layout`). */
export function pdfPages(path: string, options: { layout?: boolean } = {}): string[] {
  return pdfText(path, options).split('\f').filter((page, index, all) => index < all.length - 1 || page.trim() !== '');
}

/** Whitespace collapsed, so text that wraps inside a table cell can be found as one sentence. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The images each page shows (pdfimages -list): page number, width and height in pixels. */
export function pdfImages(path: string): { page: number; width: number; height: number }[] {
  return poppler('pdfimages', ['-list', path])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => line.trim().split(/\s+/))
    .map(([page, , , width, height]) => ({ page: Number(page), width: Number(width), height: Number(height) }));
}

/** pdfinfo as key → value. */
export function pdfInfo(path: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of poppler('pdfinfo', [path]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined) info[match[1].trim()] = match[2].trim();
  }
  return info;
}

/** The fonts as pdffonts lists them; columns are cut where its dashed header line says. */
export function pdfFonts(path: string): { name: string; type: string; encoding: string; embedded: boolean }[] {
  const [, dashes = '', ...rows] = poppler('pdffonts', [path]).split('\n');
  const columns = [...dashes.matchAll(/-+/g)].map((match) => [match.index, match.index + match[0].length] as const);
  const cell = (row: string, index: number) => {
    const column = columns[index];
    return column ? row.slice(column[0], column[1]).trim() : '';
  };
  return rows
    .filter((row) => row.trim() !== '')
    .map((row) => ({ name: cell(row, 0), type: cell(row, 1), encoding: cell(row, 2), embedded: cell(row, 3) === 'yes' }));
}

/** What poppler complains about while rendering every page (empty for a clean PDF). */
export function pdfWarnings(path: string): string {
  poppler('pdfinfo', [path]); // fails clearly when poppler-utils is missing
  const result = spawnSync('pdftoppm', ['-r', '20', '-png', path, join(tmpdir(), `vakwerk-warnings-${process.pid}`)], { encoding: 'utf8' });
  for (const name of readdirSync(tmpdir()).filter((file) => file.startsWith(`vakwerk-warnings-${process.pid}`))) rmSync(join(tmpdir(), name));
  return `${result.stderr}`.trim();
}

/** Renders every page as PNG at `dpi`; returns the PNG paths in page order. */
export function pdfToPngs(path: string, dpi = 60): string[] {
  const prefix = path.replace(/\.pdf$/, '');
  poppler('pdftoppm', ['-png', '-r', String(dpi), path, prefix]);
  const base = prefix.slice(prefix.lastIndexOf('/') + 1);
  const dir = prefix.slice(0, prefix.lastIndexOf('/'));
  return readdirSync(dir)
    .filter((name) => name.startsWith(`${base}-`) && name.endsWith('.png'))
    .sort()
    .map((name) => join(dir, name));
}
