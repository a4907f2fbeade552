import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';

/**
 * PDFs the app saves, read the way a person would: the text poppler extracts with the layout
 * kept (`pdftotext -layout`, package poppler-utils). Text only comes out right when the fonts
 * are embedded with a proper Unicode map, so ë, ş and ı in the output prove the font works.
 */
export const PDFTOTEXT = process.env.PDFTOTEXT ?? '/usr/bin/pdftotext';

export interface SavedPdf {
  path: string;
  bytes: Buffer;
  text: string;
  /** Pages as pdftotext separates them (form feed). */
  pages: string[];
}

export function pdfToText(path: string): string {
  return execFileSync(PDFTOTEXT, ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', timeout: 15_000 });
}

/** Keeps a downloaded PDF at `path` (the test's output folder) and extracts its text. */
export async function savePdf(download: Download, path: string): Promise<SavedPdf> {
  const bytes = await readFile(await download.path());
  await writeFile(path, bytes);
  const text = pdfToText(path);
  return { path, bytes, text, pages: text.split('\f').filter((page) => page.trim() !== '') };
}

/** Runs of spaces and line breaks as one space: layout columns wrap descriptors over lines. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Page size in points (pdfinfo) and whether every font is embedded (pdffonts). */
export function pdfFacts(path: string): { width: number; height: number; pages: number; fonts: { name: string; embedded: boolean }[] } {
  const bin = (tool: string) => PDFTOTEXT.replace(/pdftotext$/, tool);
  const info = execFileSync(bin('pdfinfo'), [path], { encoding: 'utf8', timeout: 15_000 });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  const pages = /Pages:\s+(\d+)/.exec(info);
  const fontLines = execFileSync(bin('pdffonts'), [path], { encoding: 'utf8', timeout: 15_000 }).split('\n').slice(2).filter((line) => line.trim() !== '');
  return {
    width: Number(size?.[1]),
    height: Number(size?.[2]),
    pages: Number(pages?.[1]),
    // Columns: name, type (may contain spaces), encoding, emb, sub, uni, object, generation.
    fonts: fontLines.map((line) => {
      const cells = line.trim().split(/\s+/);
      return { name: cells[0]!, embedded: cells[cells.length - 5] === 'yes' };
    }),
  };
}
