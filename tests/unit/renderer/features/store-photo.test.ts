// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PHOTO_JPEG_QUALITY, PhotoDecodeError, jpegDecodeEighths, jpegSize, photoSizes, prepareEvidencePhoto } from '../../../../renderer/src/features/observations/store-photo';

// Node has no image decoder and jsdom cannot decode images either: the decoding and drawing are
// stood in for by fakes that record what they were asked (the real path runs in Chromium in the
// benchmark, `photo-store-4mb`). What is tested here: the sizes, the format and that the
// decoded bitmap is released.
interface Drawn {
  width: number;
  height: number;
  drawnFrom: unknown;
  encoded: { type?: string; quality?: number } | null;
}

function fakeCanvas() {
  const canvases: Drawn[] = [];
  class FakeOffscreenCanvas {
    readonly record: Drawn;
    constructor(
      readonly width: number,
      readonly height: number,
    ) {
      this.record = { width, height, drawnFrom: null, encoded: null };
      canvases.push(this.record);
    }
    getContext() {
      return {
        fillRect: () => undefined,
        drawImage: (source: unknown, _x: number, _y: number, width: number, height: number) => {
          expect([width, height]).toEqual([this.width, this.height]);
          this.record.drawnFrom = source;
        },
      };
    }
    convertToBlob(options: { type?: string; quality?: number }) {
      this.record.encoded = options;
      return Promise.resolve(new Blob([new Uint8Array(this.width)], { type: options.type }));
    }
  }
  vi.stubGlobal('OffscreenCanvas', FakeOffscreenCanvas);
  return canvases;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('photoSizes', () => {
  it('scales a 12-megapixel phone photo to 1600 px and a 320 px thumbnail, ratio kept', () => {
    expect(photoSizes(4032, 3024)).toEqual({ photo: { width: 1600, height: 1200 }, thumbnail: { width: 320, height: 240 } });
    expect(photoSizes(3024, 4032)).toEqual({ photo: { width: 1200, height: 1600 }, thumbnail: { width: 240, height: 320 } });
  });

  it('never enlarges: a small photo keeps its size, its thumbnail only shrinks', () => {
    expect(photoSizes(800, 600)).toEqual({ photo: { width: 800, height: 600 }, thumbnail: { width: 320, height: 240 } });
    expect(photoSizes(200, 100)).toEqual({ photo: { width: 200, height: 100 }, thumbnail: { width: 200, height: 100 } });
  });

  it('keeps a very long panorama at least one pixel high', () => {
    expect(photoSizes(20000, 10)).toEqual({ photo: { width: 1600, height: 1 }, thumbnail: { width: 320, height: 1 } });
  });

  it('refuses an image without pixels', () => {
    expect(() => photoSizes(0, 100)).toThrow(RangeError);
  });
});

/** The start of a JPEG: SOI, an APP1 (EXIF) segment of `app1` bytes, a DQT, then a baseline or progressive frame header. */
function jpegHead(width: number, height: number, { app1 = 16, progressive = false } = {}): Uint8Array<ArrayBuffer> {
  const segment = (marker: number, body: number[]) => [0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body];
  return new Uint8Array([
    0xff,
    0xd8,
    ...segment(0xe1, Array.from({ length: app1 }, (_, i) => (i === 0 ? 0x45 : 0xff))),
    ...segment(0xdb, Array.from({ length: 65 }, () => 1)),
    0xff, // a fill byte before a marker is allowed
    ...segment(progressive ? 0xc2 : 0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]),
    ...segment(0xda, [1, 2, 3]),
  ]);
}

describe('jpegSize', () => {
  it('reads the frame header past the EXIF segment, baseline and progressive', () => {
    expect(jpegSize(jpegHead(4032, 3024))).toEqual({ width: 4032, height: 3024 });
    expect(jpegSize(jpegHead(3000, 4000, { app1: 30_000, progressive: true }))).toEqual({ width: 3000, height: 4000 });
  });

  it('says null for what is not a JPEG, or when the header lies beyond the bytes read', () => {
    expect(jpegSize(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 0, 0, 0]))).toBeNull();
    expect(jpegSize(jpegHead(4032, 3024, { app1: 1000 }).subarray(0, 500))).toBeNull();
    expect(jpegSize(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 4, 1, 2, 0, 0, 0, 0]))).toBeNull();
  });
});

describe('jpegDecodeEighths', () => {
  it('picks the smallest scale in eighths that still gives the 1600 px', () => {
    expect(jpegDecodeEighths(4032, 1600)).toBe(4); // 2016 px
    expect(jpegDecodeEighths(8000, 1600)).toBe(2); // 2000 px
    expect(jpegDecodeEighths(6000, 1600)).toBe(3); // 2250 px
    expect(jpegDecodeEighths(1700, 1600)).toBe(8);
    expect(jpegDecodeEighths(1000, 1600)).toBe(8);
  });
});

describe('prepareEvidencePhoto', () => {
  it('stores a JPEG of at most 1600 px and a thumbnail made from it, and releases the bitmap', async () => {
    const canvases = fakeCanvas();
    const bitmap = { width: 4032, height: 3024, close: vi.fn() };
    const decode = vi.fn().mockResolvedValue(bitmap);
    vi.stubGlobal('createImageBitmap', decode);
    const file = new File([new Uint8Array(10)], 'werkstuk.jpg', { type: 'image/jpeg' });

    const prepared = await prepareEvidencePhoto(file);

    expect(decode).toHaveBeenCalledWith(file, { imageOrientation: 'from-image' });
    expect(prepared).toMatchObject({ width: 1600, height: 1200 });
    expect(prepared.blob.type).toBe('image/jpeg');
    expect(prepared.thumbnail.type).toBe('image/jpeg');
    expect(canvases.map(({ width, height }) => [width, height])).toEqual([
      [1600, 1200],
      [320, 240],
    ]);
    expect(canvases[0]!.drawnFrom).toBe(bitmap);
    // The thumbnail is drawn from the scaled photo, not from the 12-megapixel original.
    expect(canvases[1]!.drawnFrom).not.toBe(bitmap);
    for (const canvas of canvases) expect(canvas.encoded).toEqual({ type: 'image/jpeg', quality: PHOTO_JPEG_QUALITY });
    expect(bitmap.close).toHaveBeenCalledOnce();
  });

  it('decodes a large JPEG at a reduced scale where ImageDecoder exists, and falls back when it gives too few pixels', async () => {
    const canvases = fakeCanvas();
    const asked: { desiredWidth?: number; desiredHeight?: number }[] = [];
    let give = { displayWidth: 2016, displayHeight: 1512 };
    const closed = vi.fn();
    vi.stubGlobal(
      'ImageDecoder',
      class {
        constructor(init: { desiredWidth?: number; desiredHeight?: number }) {
          asked.push({ desiredWidth: init.desiredWidth, desiredHeight: init.desiredHeight });
        }
        decode() {
          return Promise.resolve({ image: { ...give, close: closed } });
        }
        close() {}
      },
    );
    const full = vi.fn().mockResolvedValue({ width: 4032, height: 3024, close: vi.fn() });
    vi.stubGlobal('createImageBitmap', full);
    const file = new File([jpegHead(4032, 3024), new Uint8Array(1000)], 'IMG_1.jpg', { type: 'image/jpeg' });

    expect(await prepareEvidencePhoto(file)).toMatchObject({ width: 1600, height: 1200 });
    expect(asked).toEqual([{ desiredWidth: 2016, desiredHeight: 1512 }]);
    expect(full).not.toHaveBeenCalled();
    expect(closed).toHaveBeenCalledOnce();
    expect(canvases[0]).toMatchObject({ width: 1600, height: 1200 });

    give = { displayWidth: 1512, displayHeight: 1134 }; // a decoder that scaled further than asked
    expect(await prepareEvidencePhoto(file)).toMatchObject({ width: 1600, height: 1200 });
    expect(full).toHaveBeenCalledOnce();
    expect(closed).toHaveBeenCalledTimes(2);
  });

  it('says which file could not be decoded', async () => {
    fakeCanvas();
    vi.stubGlobal('createImageBitmap', vi.fn().mockRejectedValue(new DOMException('The source image could not be decoded.', 'InvalidStateError')));
    const attempt = prepareEvidencePhoto(new File([new Uint8Array([0xff, 0xd8, 0xff, 0])], 'kapot.jpg'));
    await expect(attempt).rejects.toBeInstanceOf(PhotoDecodeError);
    await expect(attempt).rejects.toMatchObject({ fileName: 'kapot.jpg' });
  });

  it('releases the bitmap also when encoding fails', async () => {
    fakeCanvas();
    const bitmap = { width: 100, height: 100, close: vi.fn() };
    vi.stubGlobal('createImageBitmap', vi.fn().mockResolvedValue(bitmap));
    vi.spyOn(globalThis.OffscreenCanvas.prototype, 'convertToBlob').mockRejectedValue(new Error('geen geheugen'));
    await expect(prepareEvidencePhoto(new File([new Uint8Array(4)], 'a.png'))).rejects.toThrow('geen geheugen');
    expect(bitmap.close).toHaveBeenCalledOnce();
  });
});
