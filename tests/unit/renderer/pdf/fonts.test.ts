import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPdfFonts, preparePdfFonts, resetPdfFontCache, type PdfFontBytes } from '../../../../renderer/src/pdf';
import { slimTrueType } from '../../../../renderer/src/pdf/true-type';

const regular = new Uint8Array(readFileSync(join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf')));
const bold = new Uint8Array(readFileSync(join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')));

afterEach(() => resetPdfFontCache());

describe('PDF fonts', () => {
  it('turns the slimmed TTFs into the binary strings jsPDF stores, byte for byte', () => {
    const fonts = preparePdfFonts({ regular, bold });
    expect(fonts.family).toBe('DejaVuSans');
    for (const [file, bytes] of [[fonts.files.normal, slimTrueType(regular)], [fonts.files.bold, slimTrueType(bold)]] as const) {
      expect(file).toHaveLength(bytes.length);
      for (const index of [0, 1, 2, 3, 4096, 32_767, 32_768, 65_536, bytes.length - 1]) expect(file.charCodeAt(index)).toBe(bytes[index]);
    }
  });

  it('refuses bytes that are not a TrueType font (an HTML error page, a WOFF file)', () => {
    const html = new TextEncoder().encode('<!doctype html><title>404</title>');
    expect(() => preparePdfFonts({ regular: html, bold })).toThrow(/regular.*not a TrueType file/);
    expect(() => preparePdfFonts({ regular, bold: new Uint8Array(0) })).toThrow(/bold.*not a TrueType file/);
  });

  it('loads once and reuses the fonts for every later document', async () => {
    const loader = vi.fn(async (): Promise<PdfFontBytes> => ({ regular, bold }));
    const [first, second] = await Promise.all([loadPdfFonts(loader), loadPdfFonts(loader)]);
    const third = await loadPdfFonts(loader);
    expect(loader).toHaveBeenCalledTimes(1);
    expect(second).toBe(first);
    expect(third).toBe(first);
  });

  it('tries again after a failed load', async () => {
    const failing = vi.fn(async (): Promise<PdfFontBytes> => {
      throw new Error('offline');
    });
    await expect(loadPdfFonts(failing)).rejects.toThrow('offline');
    const working = vi.fn(async (): Promise<PdfFontBytes> => ({ regular, bold }));
    await expect(loadPdfFonts(working)).resolves.toMatchObject({ family: 'DejaVuSans' });
    expect(working).toHaveBeenCalledTimes(1);
  });

  it('fetches the bundled TTF assets by default and reports an HTTP error', async () => {
    const fetchMock = vi.fn(async (url: string) =>
      url.includes('Bold') ? new Response(bold) : new Response('not found', { status: 404 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    try {
      await expect(loadPdfFonts()).rejects.toThrow(/HTTP 404/);
      expect(fetchMock).toHaveBeenCalledTimes(2);
      expect(fetchMock.mock.calls.map(([url]) => url).join(' ')).toMatch(/DejaVuSans\.ttf.*DejaVuSans-Bold\.ttf/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
