import type { IsoDate } from './opdracht';
import type { StoredRecord } from './record';

export type BewijsKind = 'foto' | 'pdf' | 'bestand';

/**
 * Evidence (bewijs): a photo of a product, a PDF, any file, stored as a Blob in IndexedDB on the
 * teacher's machine. Photos are scaled to at most 1600 px and stored as JPEG, with a small
 * thumbnail for galleries. One record may belong to several students (a team's product).
 */
export interface Bewijs extends StoredRecord {
  studentIds: string[];
  kind: BewijsKind;
  fileName: string;
  mimeType: string;
  /** Bytes of `blob`. */
  size: number;
  width: number | null;
  height: number | null;
  blob: Blob;
  /** A JPEG of at most 320 px for galleries; null for files that are not images. */
  thumbnail: Blob | null;
  /** The date the evidence shows (the work's date). */
  date: IsoDate;
  caption: string;
  opdrachtId: string | null;
}
