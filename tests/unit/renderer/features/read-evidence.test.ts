// @vitest-environment node
// Node, not jsdom: evidence is read from Blobs, and jsdom's Blob cannot be read back.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cameraProblem } from '../../../../renderer/src/features/observations/camera';
import { evidenceProblemParams, jpegName, readEvidenceFile } from '../../../../renderer/src/features/observations/read-evidence';
import { PhotoDecodeError } from '../../../../renderer/src/features/observations/store-photo';

// Decoding and scaling need Chromium's createImageBitmap and canvas (measured by `npm run bench`,
// photo-store-4mb); here the decisions around them are tested.
const prepareEvidencePhoto = vi.hoisted(() => vi.fn());
vi.mock('../../../../renderer/src/features/observations/store-photo', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  prepareEvidencePhoto,
}));

const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const file = (name: string, bytes: number[] | Uint8Array, type = '') => new File([Uint8Array.from(bytes)], name, { type });

describe('readEvidenceFile', () => {
  beforeEach(() => prepareEvidencePhoto.mockReset());

  it('keeps a PDF as it is, named and typed by its content', async () => {
    const pdf = file('verslag.pdf', [...Buffer.from('%PDF-1.7\n'), 1, 2, 3], '');
    const result = await readEvidenceFile(pdf, false);
    expect(result).toMatchObject({ ok: true, evidence: { kind: 'pdf', fileName: 'verslag.pdf', mimeType: 'application/pdf', size: pdf.size, width: null, thumbnail: null } });
    expect(prepareEvidencePhoto).not.toHaveBeenCalled();
  });

  it('stores a photo scaled, as a JPEG with a thumbnail, whatever its name was', async () => {
    const scaled = new Blob([new Uint8Array(1234)], { type: 'image/jpeg' });
    const thumbnail = new Blob([new Uint8Array(99)], { type: 'image/jpeg' });
    prepareEvidencePhoto.mockResolvedValueOnce({ blob: scaled, thumbnail, width: 1600, height: 1200 });
    const result = await readEvidenceFile(file('werkstuk.png', [...PNG_HEAD, 0, 0, 0, 13]), true);
    expect(result).toEqual({ ok: true, evidence: { kind: 'foto', fileName: 'werkstuk.jpg', mimeType: 'image/jpeg', size: 1234, width: 1600, height: 1200, blob: scaled, thumbnail } });
  });

  it('refuses a "photo" that is not an image, by its bytes and not its name', async () => {
    const result = await readEvidenceFile(file('foto.jpg', [...Buffer.from('Dit is een Word-bestand')], 'image/jpeg'), true);
    expect(result).toEqual({ ok: false, problem: { code: 'not-an-image', fileName: 'foto.jpg' } });
  });

  it('says an image is unreadable when it looks like one but cannot be decoded', async () => {
    prepareEvidencePhoto.mockRejectedValueOnce(new PhotoDecodeError('kapot.png'));
    expect(await readEvidenceFile(file('kapot.png', [...PNG_HEAD, 1, 2]), true)).toEqual({ ok: false, problem: { code: 'image-unreadable', fileName: 'kapot.png' } });
  });

  it('refuses a file of 50 MB before reading it, with its size in MB', async () => {
    const big = file('video.mp4', new Uint8Array(50 * 1024 * 1024));
    const result = await readEvidenceFile(big, false);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe('file-too-large');
    expect(evidenceProblemParams(result.problem)).toEqual({ fileName: 'video.mp4', sizeMb: 50, maxMb: 25 });
    expect(prepareEvidencePhoto).not.toHaveBeenCalled();
  });

  it('refuses an empty file', async () => {
    expect(await readEvidenceFile(file('leeg.pdf', []), false)).toEqual({ ok: false, problem: { code: 'file-empty', fileName: 'leeg.pdf' } });
  });
});

describe('jpegName', () => {
  it.each([
    ['werkstuk.png', 'werkstuk.jpg'],
    ['IMG_0001.JPEG', 'IMG_0001.jpg'],
    ['foto', 'foto.jpg'],
    ['.png', 'foto.jpg'],
    ['menu.kaart.webp', 'menu.kaart.jpg'],
  ])('%s → %s', (name, expected) => expect(jpegName(name)).toBe(expected));
});

describe('cameraProblem', () => {
  it.each([
    ['NotAllowedError', 'camera-denied'],
    ['SecurityError', 'camera-denied'],
    ['NotFoundError', 'camera-missing'],
    ['OverconstrainedError', 'camera-missing'],
    ['NotReadableError', 'camera-busy'],
    ['AbortError', 'camera-failed'],
  ])('%s → %s', (name, expected) => expect(cameraProblem(new DOMException('x', name))).toBe(expected));

  it('anything else is a camera that failed to start', () => expect(cameraProblem('weird')).toBe('camera-failed'));
});
