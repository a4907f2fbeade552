import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkBackupOf, writeBackup, type WriteBackupInput } from '../../../../shared/backup';
import { findEndOfDirectory, storedEntries } from '../../../../shared/backup/stored-entries';

const photo = Uint8Array.from({ length: 5000 }, (_, i) => (i * 31) % 251);
const thumb = Uint8Array.from({ length: 700 }, (_, i) => (i * 7) % 256);

const input: WriteBackupInput = {
  app: { name: 'Vakwerk', version: '0.1.0' },
  schemaVersion: 4,
  createdAt: new Date('2026-12-03T20:00:00Z'),
  tables: [{ name: 'bewijs', rows: [{ id: 'b1', blob: { $vakwerk: 'binary', ref: 0, type: 'image/jpeg' }, thumbnail: { $vakwerk: 'binary', ref: 1, type: 'image/webp' } }] }],
  blobs: [photo, thumb],
};
const options = { currentSchemaVersion: 4 };

describe('storedEntries: where a zip’s uncompressed entries lie', () => {
  it('finds each stored entry’s bytes, and leaves deflated ones to the unzipper', () => {
    const zip = zipSync({ 'a.bin': [photo, { level: 0 }], 'b.json': [strToU8('{"x":1}'.repeat(50)), { level: 6 }], 'c.bin': [thumb, { level: 0 }] });
    const found = storedEntries(zip);
    expect([...found.keys()]).toEqual(['a.bin', 'c.bin']);
    const bytesOf = (name: string) => zip.subarray(found.get(name)!.offset, found.get(name)!.offset + found.get(name)!.size);
    expect(bytesOf('a.bin')).toEqual(photo);
    expect(bytesOf('c.bin')).toEqual(thumb);
  });

  it('finds nothing in a cut-off or garbled file (the caller then uses what fflate unzipped)', () => {
    const zip = zipSync({ 'a.bin': [photo, { level: 0 }] });
    expect(findEndOfDirectory(zip.subarray(0, zip.length - 10))).toBe(-1);
    expect(storedEntries(zip.subarray(0, zip.length - 10)).size).toBe(0);
    const garbled = zip.slice();
    // The central directory's offset pointed past the end.
    const end = findEndOfDirectory(garbled);
    new DataView(garbled.buffer).setUint32(end + 16, garbled.length + 100, true);
    expect(storedEntries(garbled).size).toBe(0);
  });
});

describe('checking the file the teacher picked', () => {
  it('hands the evidence back as slices of the file, with the types the rows give, byte for byte', async () => {
    const { bytes } = await writeBackup(input);
    const file = new Blob([bytes as BlobPart]);
    const result = await checkBackupOf(file, options);
    if (!result.ok) throw new Error(result.problem.code);
    const [blob, thumbnail] = result.blobs as Blob[];
    expect(blob).toBeInstanceOf(Blob);
    expect(blob!.type).toBe('image/jpeg');
    expect(thumbnail!.type).toBe('image/webp');
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(photo);
    expect(new Uint8Array(await thumbnail!.arrayBuffer())).toEqual(thumb);
  });

  it('still refuses a file whose photo was changed (its checksum no longer matches)', async () => {
    const { bytes } = await writeBackup(input);
    const changed = bytes.slice();
    const where = [...storedEntries(changed).values()][0]!;
    changed[where.offset + 10]! ^= 0xff;
    const result = await checkBackupOf(new Blob([changed as BlobPart]), options);
    expect(result.ok ? 'ok' : result.problem.code).toBe('checksum-mismatch');
  });

  it('takes the photos from the decrypted bytes of an encrypted backup (the file holds no plain photo)', async () => {
    const { bytes } = await writeBackup({ ...input, passphrase: 'geheim wachtwoord 12' });
    const result = await checkBackupOf(new Blob([bytes as BlobPart]), { ...options, passphrase: 'geheim wachtwoord 12' });
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.blobs[0]).toBeInstanceOf(Uint8Array);
    expect(result.blobs[0]).toEqual(photo);
  });
});
