import { MAX_PHOTO_SIDE, THUMBNAIL_SIDE, fitWithin } from '../../../../shared/evidence/files';

/** JPEG quality of stored photos and thumbnails: no visible loss at 1600 px, a few hundred KB. */
export const PHOTO_JPEG_QUALITY = 0.85;

export interface PreparedPhoto {
  /** The photo as stored: JPEG, longest side at most MAX_PHOTO_SIDE. */
  blob: Blob;
  /** The gallery thumbnail: JPEG, longest side at most THUMBNAIL_SIDE. */
  thumbnail: Blob;
  /** Pixel size of `blob`. */
  width: number;
  height: number;
}

/** The decoded image could not be read (a damaged file that still looked like an image). */
export class PhotoDecodeError extends Error {
  constructor(readonly fileName: string, options?: { cause?: unknown }) {
    super(`de foto ${fileName} kon niet worden gelezen`, options);
    this.name = 'PhotoDecodeError';
  }
}

/**
 * The sizes a photo of `width` × `height` (as shown, after EXIF rotation) is stored at: the photo
 * within MAX_PHOTO_SIDE and the thumbnail within THUMBNAIL_SIDE, never enlarged, ratio kept.
 */
export function photoSizes(width: number, height: number): { photo: { width: number; height: number }; thumbnail: { width: number; height: number } } {
  const photo = fitWithin(width, height, MAX_PHOTO_SIDE);
  return { photo, thumbnail: fitWithin(photo.width, photo.height, THUMBNAIL_SIDE) };
}

/**
 * A JPEG's pixel size as stored (before EXIF rotation), from its frame header (SOFn); null when
 * `bytes` (the start of the file) holds no frame header or is not a JPEG.
 */
export function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 8 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = (bytes[at + 5]! << 8) | bytes[at + 6]!;
      const width = (bytes[at + 7]! << 8) | bytes[at + 8]!;
      return width > 0 && height > 0 ? { width, height } : null;
    }
    if (marker === 0xda || marker === 0xd9) return null; // image data or its end, and no frame header yet
    at += 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!);
  }
  return null;
}

/**
 * The scale, in eighths, to decode a JPEG of longest side `longest` at so that it still has at
 * least `target` pixels there: JPEG decoders can skip detail in steps of 1/8 (a 4032 px photo
 * for 1600 px is decoded at 4/8, 2016 px, about four times fewer pixels). 8: decode in full.
 */
export function jpegDecodeEighths(longest: number, target: number): number {
  return Math.min(8, Math.max(1, Math.ceil((8 * target) / longest)));
}

/** A decoded image: an ImageBitmap, or a VideoFrame from ImageDecoder. */
interface Decoded {
  source: CanvasImageSource;
  width: number;
  height: number;
  close(): void;
}

/** Bytes read to find a JPEG's frame header: past EXIF (with its thumbnail) and ICC segments. */
const HEADER_BYTES = 256 * 1024;

/**
 * Decodes a large JPEG at a reduced scale with WebCodecs' ImageDecoder (Chromium), which asks
 * libjpeg for fewer pixels; the EXIF rotation is applied. Null when that does not apply (not a
 * JPEG, small enough, no ImageDecoder) or did not give enough pixels: decode in full then.
 */
async function decodeJpegScaled(file: File): Promise<Decoded | null> {
  if (typeof ImageDecoder === 'undefined') return null;
  const size = jpegSize(new Uint8Array(await file.slice(0, HEADER_BYTES).arrayBuffer()));
  if (!size) return null;
  const longest = Math.max(size.width, size.height);
  const eighths = jpegDecodeEighths(longest, MAX_PHOTO_SIDE);
  if (eighths >= 8) return null;
  // Chromium picks the scale from the area asked for (rounding down): ask for that scale exactly.
  const decoder = new ImageDecoder({ data: file.stream(), type: 'image/jpeg', desiredWidth: Math.ceil((size.width * eighths) / 8), desiredHeight: Math.ceil((size.height * eighths) / 8) });
  try {
    const { image } = await decoder.decode();
    if (Math.max(image.displayWidth, image.displayHeight) < Math.min(longest, MAX_PHOTO_SIDE)) {
      image.close();
      return null;
    }
    return { source: image, width: image.displayWidth, height: image.displayHeight, close: () => image.close() };
  } catch {
    return null; // createImageBitmap gets its turn, and says so when the file is damaged
  } finally {
    decoder.close();
  }
}

async function decode(file: File): Promise<Decoded> {
  const scaled = await decodeJpegScaled(file);
  if (scaled) return scaled;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch (error) {
    throw new PhotoDecodeError(file.name, { cause: error });
  }
  return { source: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() };
}

type Surface = { canvas: OffscreenCanvas | HTMLCanvasElement; context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D };

function surface(width: number, height: number): Surface {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (context) return { canvas, context };
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2D is niet beschikbaar');
  return { canvas, context };
}

function toJpeg(canvas: OffscreenCanvas | HTMLCanvasElement): Promise<Blob> {
  if (typeof OffscreenCanvas !== 'undefined' && canvas instanceof OffscreenCanvas) return canvas.convertToBlob({ type: 'image/jpeg', quality: PHOTO_JPEG_QUALITY });
  return new Promise((resolve, reject) =>
    (canvas as HTMLCanvasElement).toBlob((blob) => (blob ? resolve(blob) : reject(new Error('JPEG maken mislukte'))), 'image/jpeg', PHOTO_JPEG_QUALITY),
  );
}

function draw(source: CanvasImageSource, width: number, height: number): Surface {
  const target = surface(width, height);
  target.context.imageSmoothingEnabled = true;
  target.context.imageSmoothingQuality = 'high';
  // JPEG has no transparency: a PNG's transparent parts become white, not black.
  target.context.fillStyle = '#fff';
  target.context.fillRect(0, 0, width, height);
  target.context.drawImage(source, 0, 0, width, height);
  return target;
}

/**
 * Turns a chosen photo into what is stored as evidence (a Bewijs of kind 'foto'): a JPEG of at
 * most 1600 px and a 320 px thumbnail. Always re-encoded, also a small JPEG: that drops the EXIF
 * data (GPS position, camera) and applies its rotation. Check the file with checkEvidenceFile
 * (shared/evidence) first: this only decodes, and throws PhotoDecodeError when that fails.
 * Runs in the renderer (or a worker): a large JPEG is decoded at a reduced scale where
 * ImageDecoder exists (decoding dominates: a 12-megapixel photo takes several hundred ms in
 * full), anything else with createImageBitmap; drawn on an OffscreenCanvas, or a canvas element
 * where that is missing.
 */
export async function prepareEvidencePhoto(file: File): Promise<PreparedPhoto> {
  const image = await decode(file);
  try {
    const sizes = photoSizes(image.width, image.height);
    const photo = draw(image.source, sizes.photo.width, sizes.photo.height);
    // The thumbnail from the scaled photo, not from the original: far fewer pixels to read.
    const thumbnail = draw(photo.canvas, sizes.thumbnail.width, sizes.thumbnail.height);
    const [blob, thumbnailBlob] = await Promise.all([toJpeg(photo.canvas), toJpeg(thumbnail.canvas)]);
    return { blob, thumbnail: thumbnailBlob, width: sizes.photo.width, height: sizes.photo.height };
  } finally {
    image.close();
  }
}
