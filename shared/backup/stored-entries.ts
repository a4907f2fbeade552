/**
 * Where the data of each STORED (uncompressed) entry of a zip lies in the file: the evidence
 * parts of a backup are stored, so a restore can hand IndexedDB a slice of the teacher's file
 * instead of copying 100 MB of photos into new Blobs (in Chromium ~1 ms a photo, the bytes go to
 * the browser's blob store). fflate, which unzips everything else, does not say where entries
 * lie; this reads only the central directory and each entry's local header. Anything it does
 * not expect (zip64, a method other than stored, a header out of bounds) leaves the entry out,
 * and the caller then uses the bytes fflate unzipped. What it finds is still checked: the
 * caller hashes these bytes against the manifest's SHA-256.
 */
export interface StoredEntry {
  offset: number;
  size: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const ZIP64_MARK = 0xffffffff;

export function storedEntries(zip: Uint8Array): Map<string, StoredEntry> {
  const found = new Map<string, StoredEntry>();
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const end = findEndOfDirectory(zip);
  if (end < 0) return found;
  const count = u16(end + 10);
  let at = u32(end + 16);
  const names = new TextDecoder();
  for (let index = 0; index < count; index++) {
    if (at + 46 > zip.length || u32(at) !== DIRECTORY_ENTRY) return found;
    const method = u16(at + 10);
    const size = u32(at + 20);
    const original = u32(at + 24);
    const nameLength = u16(at + 28);
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    const local = u32(at + 42);
    const name = names.decode(zip.subarray(at + 46, at + 46 + nameLength));
    if (method === STORED && size === original && size !== ZIP64_MARK && local !== ZIP64_MARK && local + 30 <= zip.length && u32(local) === LOCAL_HEADER) {
      const offset = local + 30 + u16(local + 26) + u16(local + 28);
      if (offset + size <= zip.length) found.set(name, { offset, size });
    }
    at = next;
  }
  return found;
}

/**
 * Where the end-of-central-directory record (PK 5 6) starts: in the last 64 KiB + 22 bytes
 * (after a comment); -1 when there is none, as in a file cut off.
 */
export function findEndOfDirectory(zip: Uint8Array): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const stop = Math.max(0, zip.length - 22 - 0xffff);
  for (let index = zip.length - 22; index >= stop; index--) if (view.getUint32(index, true) === END_OF_DIRECTORY) return index;
  return -1;
}
