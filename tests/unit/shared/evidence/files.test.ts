import { describe, expect, it } from 'vitest';
import { MAX_EVIDENCE_BYTES, checkEvidenceFile, fitWithin, isDecodableImage, sniffFileType } from '../../../../shared/evidence/files';

/** Bytes from numbers and ASCII strings, in order: bytes([0x89], 'PNG'). */
function bytes(...parts: (readonly number[] | string)[]): Uint8Array {
  const out: number[] = [];
  for (const part of parts) {
    if (typeof part === 'string') for (const char of part) out.push(char.charCodeAt(0));
    else out.push(...part);
  }
  return new Uint8Array(out);
}

// The first bytes of real files, written out by hand.
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF', [0x00]);
const PNG = bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d], 'IHDR');
const GIF87 = bytes('GIF87a', [0x10, 0x00, 0x10, 0x00]);
const GIF89 = bytes('GIF89a', [0x10, 0x00, 0x10, 0x00]);
const WEBP = bytes('RIFF', [0x24, 0x00, 0x00, 0x00], 'WEBP', 'VP8 ');
// 'BM', file size, two reserved words, pixel offset, then the DIB header size (40: BITMAPINFOHEADER).
const BMP = bytes('BM', [0x36, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 40, 0, 0, 0]);
const TEXT_STARTING_WITH_BM = bytes('BMX is een afkorting', []);
const HEIC = bytes([0x00, 0x00, 0x00, 0x18], 'ftyp', 'heic', [0x00, 0x00, 0x00, 0x00], 'mif1', 'heic');
const HEIF = bytes([0x00, 0x00, 0x00, 0x1c], 'ftyp', 'mif1', [0x00, 0x00, 0x00, 0x00], 'mif1', 'heic');
const PDF = bytes('%PDF-1.7\n%', [0xe2, 0xe3, 0xcf, 0xd3]);
const DOCX = bytes('PK', [0x03, 0x04, 0x14, 0x00, 0x06, 0x00]); // a .docx is a zip
const WAV = bytes('RIFF', [0x24, 0x08, 0x00, 0x00], 'WAVE', 'fmt ');
const MP4 = bytes([0x00, 0x00, 0x00, 0x20], 'ftyp', 'isom', [0x00, 0x00, 0x02, 0x00]);

describe('sniffFileType: what a file is by its first bytes', () => {
  it.each([
    ['JPEG', JPEG, 'jpeg'],
    ['PNG', PNG, 'png'],
    ['GIF87a', GIF87, 'gif'],
    ['GIF89a', GIF89, 'gif'],
    ['WebP', WEBP, 'webp'],
    ['BMP', BMP, 'bmp'],
    ['text that happens to start with BM', TEXT_STARTING_WITH_BM, 'unknown'],
    ['HEIC (iPhone)', HEIC, 'heic'],
    ['HEIF (mif1)', HEIF, 'heic'],
    ['PDF', PDF, 'pdf'],
    ['a .docx (zip)', DOCX, 'unknown'],
    ['a WAV (RIFF, not WEBP)', WAV, 'unknown'],
    ['an MP4 (ftyp, not HEIC)', MP4, 'unknown'],
    ['nothing', bytes(), 'unknown'],
    ['a cut-off JPEG head', bytes([0xff, 0xd8]), 'unknown'],
    ['plain text', bytes('Verslag stage week 3'), 'unknown'],
  ] as const)('%s → %s', (_name, head, type) => {
    expect(sniffFileType(head)).toBe(type);
  });

  it('only the browser-decodable images count as images', () => {
    for (const type of ['jpeg', 'png', 'gif', 'webp', 'bmp'] as const) expect(isDecodableImage(type)).toBe(true);
    expect(isDecodableImage('heic')).toBe(false);
    expect(isDecodableImage('pdf')).toBe(false);
    expect(isDecodableImage('unknown')).toBe(false);
  });
});

describe('checkEvidenceFile', () => {
  const file = (name: string, size = 1000) => ({ name, size });

  it('refuses an empty file', () => {
    expect(checkEvidenceFile(file('leeg.jpg', 0), bytes(), true)).toEqual({ ok: false, problem: { code: 'file-empty', fileName: 'leeg.jpg' } });
  });

  it('accepts a file of exactly 25 MB, refuses one byte more', () => {
    expect(MAX_EVIDENCE_BYTES).toBe(25 * 1024 * 1024);
    expect(checkEvidenceFile(file('scan.pdf', MAX_EVIDENCE_BYTES), PDF, false)).toEqual({ ok: true, kind: 'pdf', type: 'pdf' });
    expect(checkEvidenceFile(file('scan.pdf', MAX_EVIDENCE_BYTES + 1), PDF, false)).toEqual({
      ok: false,
      problem: { code: 'file-too-large', fileName: 'scan.pdf', size: 26_214_401, max: 26_214_400 },
    });
  });

  it('a photo is stored as a foto, whatever its name says', () => {
    expect(checkEvidenceFile(file('IMG_0042.JPG'), JPEG, true)).toEqual({ ok: true, kind: 'foto', type: 'jpeg' });
    expect(checkEvidenceFile(file('werkstuk.png'), PNG, true)).toEqual({ ok: true, kind: 'foto', type: 'png' });
    expect(checkEvidenceFile(file('geen-extensie'), WEBP, false)).toEqual({ ok: true, kind: 'foto', type: 'webp' });
  });

  it('added as a photo, a PDF or a file that only pretends to be a .jpg is refused', () => {
    expect(checkEvidenceFile(file('scan.pdf'), PDF, true)).toEqual({ ok: false, problem: { code: 'not-an-image', fileName: 'scan.pdf' } });
    expect(checkEvidenceFile(file('foto.jpg'), DOCX, true)).toEqual({ ok: false, problem: { code: 'not-an-image', fileName: 'foto.jpg' } });
  });

  it('HEIC is refused with its own reason (Chromium cannot read it), as photo and as file', () => {
    expect(checkEvidenceFile(file('IMG_0043.HEIC'), HEIC, true)).toEqual({ ok: false, problem: { code: 'heic-not-supported', fileName: 'IMG_0043.HEIC' } });
    expect(checkEvidenceFile(file('IMG_0043.HEIC'), HEIC, false)).toEqual({ ok: false, problem: { code: 'heic-not-supported', fileName: 'IMG_0043.HEIC' } });
  });

  it('as a plain file: a PDF is kept as pdf, anything else as bestand', () => {
    expect(checkEvidenceFile(file('logboek.pdf'), PDF, false)).toEqual({ ok: true, kind: 'pdf', type: 'pdf' });
    expect(checkEvidenceFile(file('verslag.docx'), DOCX, false)).toEqual({ ok: true, kind: 'bestand', type: 'unknown' });
  });

  it('size is checked before the contents', () => {
    expect(checkEvidenceFile(file('IMG.HEIC', MAX_EVIDENCE_BYTES + 1), HEIC, true)).toMatchObject({ ok: false, problem: { code: 'file-too-large' } });
  });
});

describe('fitWithin: longest side at most max, never enlarged', () => {
  it('a phone photo 4000 × 3000 becomes 1600 × 1200 (× 0.4)', () => {
    expect(fitWithin(4000, 3000, 1600)).toEqual({ width: 1600, height: 1200 });
  });

  it('portrait: the height is the longest side', () => {
    // 3024 × 4032 (iPhone portrait, 3:4): × 1600/4032 → 1600 · 3/4 = 1200 wide, 1600 high.
    expect(fitWithin(3024, 4032, 1600)).toEqual({ width: 1200, height: 1600 });
  });

  it('landscape with uneven numbers is rounded to whole pixels', () => {
    // 2000 × 1333 × 0.8 = 1600 × 1066.4 → 1066.
    expect(fitWithin(2000, 1333, 1600)).toEqual({ width: 1600, height: 1066 });
  });

  it('a thumbnail of a square photo', () => {
    expect(fitWithin(1600, 1600, 320)).toEqual({ width: 320, height: 320 });
  });

  it('a small image is left as it is, never enlarged', () => {
    expect(fitWithin(800, 600, 1600)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(1600, 900, 1600)).toEqual({ width: 1600, height: 900 });
  });

  it('a very thin image keeps at least 1 pixel', () => {
    // 8000 × 2 × 0.2 = 1600 × 0.4 → 0, kept at 1.
    expect(fitWithin(8000, 2, 1600)).toEqual({ width: 1600, height: 1 });
  });

  it.each([
    [0, 100],
    [100, 0],
    [-5, 100],
    [Number.NaN, 100],
  ])('refuses %d × %d', (width, height) => {
    expect(() => fitWithin(width, height, 1600)).toThrow(RangeError);
  });
});
