import type { BewijsKind } from '../domain/bewijs';

/** The largest file Vakwerk stores as evidence: a phone photo is 2-12 MB, a scanned PDF a few MB. */
export const MAX_EVIDENCE_BYTES = 25 * 1024 * 1024;
/** Photos are stored at most this many pixels on their longest side (as JPEG). */
export const MAX_PHOTO_SIDE = 1600;
/** Thumbnails for galleries. */
export const THUMBNAIL_SIDE = 320;

export type SniffedType = 'jpeg' | 'png' | 'gif' | 'webp' | 'bmp' | 'heic' | 'pdf' | 'unknown';

const startsWith = (bytes: Uint8Array, prefix: readonly number[], offset = 0) => prefix.every((byte, index) => bytes[offset + index] === byte);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/**
 * What a file is by its first bytes, not by its name or the type the browser guesses from the
 * name: a .jpg that is really a Word file must be refused as an image.
 */
export function sniffFileType(head: Uint8Array): SniffedType {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  // "BM" alone is too weak (a text file may start with it): the DIB header size must be one of the known ones.
  if (ascii(head, 0, 2) === 'BM' && [12, 40, 52, 56, 64, 108, 124].includes(head[14] ?? -1) && head[15] === 0 && head[16] === 0 && head[17] === 0) return 'bmp';
  if (ascii(head, 4, 8) === 'ftyp' && /^(heic|heix|hevc|heim|heis|mif1|msf1)$/.test(ascii(head, 8, 12))) return 'heic';
  if (ascii(head, 0, 5) === '%PDF-') return 'pdf';
  return 'unknown';
}

/** Images Chromium can decode and Vakwerk scales to JPEG. */
export function isDecodableImage(type: SniffedType): boolean {
  return type === 'jpeg' || type === 'png' || type === 'gif' || type === 'webp' || type === 'bmp';
}

export type EvidenceFileProblem =
  | { code: 'file-empty'; fileName: string }
  | { code: 'file-too-large'; fileName: string; size: number; max: number }
  | { code: 'not-an-image'; fileName: string }
  | { code: 'heic-not-supported'; fileName: string };

export type EvidenceFileCheck = { ok: true; kind: BewijsKind; type: SniffedType } | { ok: false; problem: EvidenceFileProblem };

/**
 * Whether a chosen file can be stored as evidence, and as what. `asPhoto` is set when the
 * teacher added it as a photo: then it must really be an image Chromium can read. Other files
 * are kept as they are (a PDF as 'pdf', anything else as 'bestand').
 */
export function checkEvidenceFile(file: { name: string; size: number }, head: Uint8Array, asPhoto: boolean): EvidenceFileCheck {
  if (file.size === 0) return { ok: false, problem: { code: 'file-empty', fileName: file.name } };
  if (file.size > MAX_EVIDENCE_BYTES) return { ok: false, problem: { code: 'file-too-large', fileName: file.name, size: file.size, max: MAX_EVIDENCE_BYTES } };
  const type = sniffFileType(head);
  if (type === 'heic') return { ok: false, problem: { code: 'heic-not-supported', fileName: file.name } };
  if (isDecodableImage(type)) return { ok: true, kind: 'foto', type };
  if (asPhoto) return { ok: false, problem: { code: 'not-an-image', fileName: file.name } };
  return { ok: true, kind: type === 'pdf' ? 'pdf' : 'bestand', type };
}

/** The size to scale an image to so its longest side is at most `max` (never enlarged). */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
  if (!(width > 0 && height > 0)) throw new RangeError(`image size must be positive, got ${width} × ${height}`);
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
