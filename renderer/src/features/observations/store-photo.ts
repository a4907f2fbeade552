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
 * Runs in the renderer (or a worker): createImageBitmap and OffscreenCanvas, falling back to a
 * canvas element where OffscreenCanvas is missing.
 */
export async function prepareEvidencePhoto(file: File): Promise<PreparedPhoto> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch (error) {
    throw new PhotoDecodeError(file.name, { cause: error });
  }
  try {
    const sizes = photoSizes(bitmap.width, bitmap.height);
    const photo = draw(bitmap, sizes.photo.width, sizes.photo.height);
    // The thumbnail from the scaled photo, not from the original: far fewer pixels to read.
    const thumbnail = draw(photo.canvas, sizes.thumbnail.width, sizes.thumbnail.height);
    const [blob, thumbnailBlob] = await Promise.all([toJpeg(photo.canvas), toJpeg(thumbnail.canvas)]);
    return { blob, thumbnail: thumbnailBlob, width: sizes.photo.width, height: sizes.photo.height };
  } finally {
    bitmap.close();
  }
}
