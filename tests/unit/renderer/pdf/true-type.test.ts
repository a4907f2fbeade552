import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slimTrueType } from '../../../../renderer/src/pdf/true-type';

const original = new Uint8Array(readFileSync(join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf')));

interface Table {
  tag: string;
  checksum: number;
  bytes: Uint8Array;
}

function tables(font: Uint8Array): Map<string, Table> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const result = new Map<string, Table>();
  for (let i = 0; i < view.getUint16(4); i += 1) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(...font.subarray(at, at + 4));
    const offset = view.getUint32(at + 8);
    result.set(tag, { tag, checksum: view.getUint32(at + 4), bytes: font.subarray(offset, offset + view.getUint32(at + 12)) });
  }
  return result;
}

function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array((bytes.length + 3) & ~3);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

function table(font: Map<string, Table>, tag: string): Uint8Array {
  const found = font.get(tag);
  if (!found) throw new Error(`no ${tag}`);
  return found.bytes;
}

describe('slimTrueType', () => {
  const slim = slimTrueType(original);
  const before = tables(original);
  const after = tables(slim);

  it('keeps only the tables jsPDF reads, sorted by tag', () => {
    expect([...after.keys()]).toEqual(['OS/2', 'cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'name', 'post']);
    expect(slim.length).toBeLessThan(original.length - 100_000);
  });

  it('copies outlines and metrics byte for byte', () => {
    for (const tag of ['OS/2', 'glyf', 'hhea', 'hmtx', 'loca', 'maxp', 'name']) expect(table(after, tag), tag).toEqual(table(before, tag));
    // head differs only in checkSumAdjustment (bytes 8-11).
    expect(table(after, 'head').subarray(12)).toEqual(table(before, 'head').subarray(12));
    expect(table(after, 'head').subarray(0, 8)).toEqual(table(before, 'head').subarray(0, 8));
  });

  it('drops the glyph names and keeps the rest of the post header', () => {
    const post = table(after, 'post');
    expect(post).toHaveLength(32);
    expect([...post.subarray(0, 4)]).toEqual([0, 3, 0, 0]);
    expect(post.subarray(4)).toEqual(table(before, 'post').subarray(4, 32));
  });

  it('keeps one cmap subtable, the Windows Unicode BMP map, unchanged', () => {
    const cmap = new DataView(table(after, 'cmap').buffer, table(after, 'cmap').byteOffset);
    expect(cmap.getUint16(2)).toBe(1);
    expect([cmap.getUint16(4), cmap.getUint16(6), cmap.getUint32(8)]).toEqual([3, 1, 12]);
    const old = table(before, 'cmap');
    const oldView = new DataView(old.buffer, old.byteOffset);
    let oldOffset = -1;
    for (let i = 0; i < oldView.getUint16(2); i += 1) {
      if (oldView.getUint16(4 + i * 8) === 3 && oldView.getUint16(6 + i * 8) === 1) oldOffset = oldView.getUint32(8 + i * 8);
    }
    const length = oldView.getUint16(oldOffset + 2);
    expect(table(after, 'cmap').subarray(12)).toEqual(old.subarray(oldOffset, oldOffset + length));
  });

  it('writes valid checksums', () => {
    for (const entry of after.values()) {
      const bytes = entry.tag === 'head' ? Uint8Array.from(entry.bytes, (byte, i) => (i >= 8 && i < 12 ? 0 : byte)) : entry.bytes;
      expect(entry.checksum, entry.tag).toBe(checksum(bytes));
    }
    expect(checksum(slim)).toBe(0xb1b0afba);
  });

  it('refuses files that are not complete TrueType fonts', () => {
    expect(() => slimTrueType(original.subarray(0, 8))).toThrow(/too short/);
    expect(() => slimTrueType(original.subarray(0, 100))).toThrow(/cut off|outside/);
    const noPost = original.slice();
    const at = [...tables(original).keys()].indexOf('post');
    noPost.set([0x70, 0x6f, 0x73, 0x78], 12 + at * 16); // rename 'post' to 'posx'
    expect(() => slimTrueType(noPost)).toThrow(/"post"/);
  });
});
