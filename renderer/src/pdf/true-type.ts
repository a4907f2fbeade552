/**
 * Slims a TrueType font down to what jsPDF reads and embeds, once per session, before any
 * document is made. jsPDF parses the whole font again for every document and copies several
 * tables whole into every PDF, so what is cut here saves time and bytes on every PDF:
 *
 * - `post` becomes a version-3 table (no glyph names). DejaVu's glyph names are 62 KB, about
 *   28 KB compressed in every PDF, and a PDF never uses them (text maps through ToUnicode).
 * - `cmap` keeps only the Windows Unicode BMP subtable (3,1, format 4). DejaVu carries the same
 *   format-4 map twice plus a format-12 and a Mac table; jsPDF parses each of them per document
 *   and uses only the first format-4 one (it cannot address characters beyond the BMP).
 * - Tables jsPDF never reads or embeds are dropped: OpenType layout (GSUB, GPOS, GDEF, kern),
 *   hinting programs (cvt, fpgm, prep, gasp), MATH and FontForge's FFTM.
 *
 * Glyph outlines, metrics and glyph ids are untouched (glyf, loca, hmtx, hhea, maxp, head, name,
 * OS/2 are copied byte for byte), so every character prints exactly as before.
 */
const KEEP = new Set(['OS/2', 'cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'name', 'post']);
const REQUIRED = ['cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'post'];

interface TableRecord {
  tag: string;
  offset: number;
  length: number;
}

export function slimTrueType(font: Uint8Array): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const records = readDirectory(view);
  const byTag = new Map(records.map((record) => [record.tag, record]));
  for (const tag of REQUIRED) {
    if (!byTag.has(tag)) throw new Error(`TrueType font has no "${tag}" table.`);
  }

  const tables = new Map<string, Uint8Array>();
  for (const record of records) {
    if (!KEEP.has(record.tag)) continue;
    const bytes = font.subarray(record.offset, record.offset + record.length);
    if (record.tag === 'post') tables.set('post', postVersion3(bytes));
    else if (record.tag === 'cmap') tables.set('cmap', windowsUnicodeCmap(bytes));
    else tables.set(record.tag, bytes);
  }
  return writeFont(view.getUint32(0), tables);
}

function readDirectory(view: DataView): TableRecord[] {
  if (view.byteLength < 12) throw new Error('TrueType font is too short.');
  const count = view.getUint16(4);
  if (12 + count * 16 > view.byteLength) throw new Error('TrueType table directory is cut off.');
  const records: TableRecord[] = [];
  for (let i = 0; i < count; i += 1) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    if (offset + length > view.byteLength) throw new Error(`TrueType table "${tag}" lies outside the file.`);
    records.push({ tag, offset, length });
  }
  return records;
}

/** The 32-byte header of `post` (italic angle, underline, fixed pitch) as version 3.0. */
function postVersion3(post: Uint8Array): Uint8Array {
  if (post.length < 32) throw new Error('TrueType "post" table is too short.');
  const header = post.slice(0, 32);
  new DataView(header.buffer).setUint32(0, 0x00030000);
  return header;
}

/** A cmap with only the (3,1) format-4 subtable, copied as it is. */
function windowsUnicodeCmap(cmap: Uint8Array): Uint8Array {
  const view = new DataView(cmap.buffer, cmap.byteOffset, cmap.byteLength);
  const count = view.getUint16(2);
  for (let i = 0; i < count; i += 1) {
    const at = 4 + i * 8;
    const platform = view.getUint16(at);
    const encoding = view.getUint16(at + 2);
    const offset = view.getUint32(at + 4);
    if (platform !== 3 || encoding !== 1 || view.getUint16(offset) !== 4) continue;
    const length = view.getUint16(offset + 2);
    const result = new Uint8Array(12 + length);
    const out = new DataView(result.buffer);
    out.setUint16(0, 0); // version
    out.setUint16(2, 1); // one subtable
    out.setUint16(4, 3);
    out.setUint16(6, 1);
    out.setUint32(8, 12);
    result.set(cmap.subarray(offset, offset + length), 12);
    return result;
  }
  // No Windows Unicode map (not the case for DejaVu): keep the table as it is.
  return cmap;
}

/** An sfnt file: directory sorted by tag, tables 4-byte aligned, checksums and head adjustment set. */
function writeFont(scalerType: number, tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const directorySize = 12 + tags.length * 16;
  let size = directorySize;
  for (const tag of tags) size += align4(tables.get(tag)?.length ?? 0);

  const file = new Uint8Array(size);
  const view = new DataView(file.buffer);
  const searchPower = Math.floor(Math.log2(tags.length));
  view.setUint32(0, scalerType);
  view.setUint16(4, tags.length);
  view.setUint16(6, 2 ** searchPower * 16);
  view.setUint16(8, searchPower);
  view.setUint16(10, tags.length * 16 - 2 ** searchPower * 16);

  let offset = directorySize;
  let headOffset = -1;
  tags.forEach((tag, index) => {
    const table = tables.get(tag) ?? new Uint8Array(0);
    file.set(table, offset);
    if (tag === 'head') {
      headOffset = offset;
      view.setUint32(offset + 8, 0); // checkSumAdjustment is computed over the whole file below
    }
    const at = 12 + index * 16;
    for (let i = 0; i < 4; i += 1) view.setUint8(at + i, tag.charCodeAt(i));
    view.setUint32(at + 4, checksum(file, offset, table.length));
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, table.length);
    offset += align4(table.length);
  });
  if (headOffset >= 0) view.setUint32(headOffset + 8, (0xb1b0afba - checksum(file, 0, file.length)) >>> 0);
  return file;
}

function align4(length: number): number {
  return (length + 3) & ~3;
}

/** The TrueType table checksum: the sum of big-endian uint32s, zero-padded, modulo 2^32. */
function checksum(file: Uint8Array, offset: number, length: number): number {
  let sum = 0;
  const end = offset + align4(length);
  for (let i = offset; i < end; i += 4) {
    sum = (sum + (((file[i] ?? 0) << 24) | ((file[i + 1] ?? 0) << 16) | ((file[i + 2] ?? 0) << 8) | (file[i + 3] ?? 0))) >>> 0;
  }
  return sum;
}
