import type { PdfDocument } from './create-document';
import { stampPageFurniture } from './layout';

/**
 * Finishes the document (footers with page counts) and returns the PDF file as bytes, ready
 * for platform.saveFile or a Blob. The document cannot be drawn on afterwards.
 */
export function toBytes(pdf: PdfDocument): Uint8Array {
  stampPageFurniture(pdf);
  return fixCidOrdering(new Uint8Array(pdf.jspdf.output('arraybuffer')));
}

const WRONG = ascii('/Ordering (Identity-H)');
const RIGHT = ascii('/Ordering (Identity)  ');

/**
 * jsPDF 4.2 writes the CIDSystemInfo of an Identity-H font with `/Ordering (Identity-H)`; the
 * PDF specification (and every CID font Acrobat writes) says `(Identity)`. Viewers render it
 * anyway, but poppler reports "Unknown character collection 'Adobe-Identity-H'" for each font
 * and strict validators reject it. The fix keeps the byte length (two trailing spaces), so the
 * cross-reference offsets stay valid. The dictionary is never compressed, so it is found as-is.
 */
export function fixCidOrdering(bytes: Uint8Array): Uint8Array {
  const first = WRONG[0];
  outer: for (let i = bytes.indexOf(first ?? 0); i !== -1 && i <= bytes.length - WRONG.length; i = bytes.indexOf(first ?? 0, i + 1)) {
    for (let j = 1; j < WRONG.length; j += 1) if (bytes[i + j] !== WRONG[j]) continue outer;
    bytes.set(RIGHT, i);
  }
  return bytes;
}

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}
