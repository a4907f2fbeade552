import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BackupWriter, MANIFEST_PATH, TableJsonParts, checkBackup, readBackup, sha256, writeBackup, type BackupManifest, type WriteBackupInput } from '../../../../shared/backup';

const photo = Uint8Array.from({ length: 5000 }, (_, i) => (i * 31) % 251);
const thumb = Uint8Array.from({ length: 700 }, (_, i) => (i * 7) % 256);

function input(overrides: Partial<WriteBackupInput> = {}): WriteBackupInput {
  return {
    app: { name: 'Vakwerk', version: '0.1.0' },
    schemaVersion: 4,
    createdAt: new Date('2026-12-03T20:00:00Z'),
    tables: [
      { name: 'students', rows: [{ id: 's1', roepnaam: 'Şükrü', achternaam: 'Yılmaz' }, { id: 's2', roepnaam: 'Zoë', achternaam: 'Łukasz' }] },
      { name: 'bewijs', rows: [{ id: 'b1', blob: { $vakwerk: 'binary', ref: 0, type: 'image/jpeg' }, thumbnail: { $vakwerk: 'binary', ref: 1, type: 'image/jpeg' } }] },
      { name: 'settings', rows: [] },
    ],
    blobs: [photo, thumb],
    ...overrides,
  };
}

const options = { currentSchemaVersion: 4 };

/** Rewrites one entry of an unencrypted backup, as someone editing the zip would. */
function rezip(bytes: Uint8Array, change: (entries: Record<string, Uint8Array>) => void): Uint8Array {
  const entries = unzipSync(bytes);
  change(entries);
  return zipSync(entries);
}

function editManifest(bytes: Uint8Array, change: (manifest: BackupManifest) => void): Uint8Array {
  return rezip(bytes, (entries) => {
    const manifest = JSON.parse(new TextDecoder().decode(entries[MANIFEST_PATH])) as BackupManifest;
    change(manifest);
    entries[MANIFEST_PATH] = strToU8(JSON.stringify(manifest));
  });
}

describe('writeBackup / readBackup', () => {
  it('round-trips every table and blob, with counts and a SHA-256 per part in the manifest', async () => {
    const { bytes, manifest } = await writeBackup(input());
    expect(manifest).toMatchObject({ format: 'vakwerk-backup', formatVersion: 1, app: { name: 'Vakwerk', version: '0.1.0' }, schemaVersion: 4, createdAt: '2026-12-03T20:00:00.000Z' });
    expect(manifest.tables.map((t) => [t.name, t.count])).toEqual([['students', 2], ['bewijs', 1], ['settings', 0]]);
    expect(manifest.blobs.map((b) => b.size)).toEqual([5000, 700]);
    for (const part of [...manifest.tables, ...manifest.blobs]) expect(part.sha256).toMatch(/^[0-9a-f]{64}$/);

    const result = await readBackup(bytes, options);
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.encrypted).toBe(false);
    // Only the table holding tagged values (blob references) needs reviving.
    expect(result.contents.tables).toEqual(input().tables.map((t) => ({ name: t.name, rows: t.rows, tagged: t.name === 'bewijs' })));
    expect(result.contents.blobs).toEqual([photo, thumb]);
  });

  it('still revives a tag whose key a hand-made file spells with a \\u escape', async () => {
    const { bytes } = await writeBackup(input());
    const entries = unzipSync(bytes);
    const text = new TextDecoder().decode(entries['tables/bewijs.json']).replaceAll('"$vakwerk"', '"\\u0024vakwerk"');
    entries['tables/bewijs.json'] = strToU8(text);
    const manifest = JSON.parse(new TextDecoder().decode(entries[MANIFEST_PATH])) as BackupManifest;
    manifest.tables.find((t) => t.name === 'bewijs')!.sha256 = await sha256(entries['tables/bewijs.json']);
    entries[MANIFEST_PATH] = strToU8(JSON.stringify(manifest));
    const result = await readBackup(zipSync(entries), options);
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.contents.tables.find((t) => t.name === 'bewijs')).toMatchObject({ tagged: true, rows: input().tables[1]!.rows });
  });

  it('writes a table that comes page by page as one entry, its rows in order', async () => {
    const rows = Array.from({ length: 7 }, (_, i) => ({ id: `o${i}`, level: i % 4, note: i === 3 ? 'Ï' : null }));
    const json = new TableJsonParts();
    const pages = [rows.slice(0, 3), rows.slice(3, 6), rows.slice(6), []];
    const parts = pages.map((page, index) => json.next(page, index === pages.length - 1));
    expect(new TextDecoder().decode(Uint8Array.from(parts.flatMap((part) => [...part])))).toBe(JSON.stringify(rows));

    const writer = new BackupWriter();
    parts.forEach((part, index) => writer.addTablePart('observaties', part, pages[index]!.length, index === parts.length - 1));
    writer.addTablePart('leeg', new TableJsonParts().next([], true), 0, true);
    const { bytes, manifest } = await writer.finish({ app: { name: 'Vakwerk', version: '0.1.0' }, schemaVersion: 4, createdAt: new Date() });
    expect(manifest.tables.map((t) => [t.name, t.count])).toEqual([['observaties', 7], ['leeg', 0]]);
    const result = await readBackup(bytes, options);
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.contents.tables.map((t) => t.rows)).toEqual([rows, []]);
  });

  it('refuses to finish a backup while a table is still open (a part would be missing)', async () => {
    const writer = new BackupWriter();
    writer.addTablePart('observaties', new TableJsonParts().next([{ id: 'o1' }], false), 1, false);
    await expect(writer.finish({ app: { name: 'Vakwerk', version: '0.1.0' }, schemaVersion: 4, createdAt: new Date() })).rejects.toThrow(/onvolledig/);
  });

  it('tells the MIME type of every blob from the rows that refer to it', async () => {
    const { bytes } = await writeBackup(input());
    const checked = await checkBackup(bytes, options);
    if (!checked.ok) throw new Error(checked.problem.code);
    expect(checked.blobTypes).toEqual(['image/jpeg', 'image/jpeg']);
    expect(checked.tables.map((t) => [t.name, t.tagged])).toEqual([['students', false], ['bewijs', true], ['settings', false]]);
  });

  it('keeps long text outside ASCII intact (names, notes in any script)', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => ({ id: `s${i}`, roepnaam: 'Şükrü Yılmaz Łukasz Ćwikła 你好 😀', note: i % 2 ? 'gewoon' : 'ëéïö' }));
    const { bytes } = await writeBackup(input({ tables: [{ name: 'students', rows }], blobs: [] }));
    const result = await readBackup(bytes, options);
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.contents.tables[0]!.rows).toEqual(rows);
  });

  it('reports progress up to the total number of parts', async () => {
    const seen: [number, number][] = [];
    await writeBackup(input({ onProgress: (done, total) => seen.push([done, total]) }));
    expect(seen.at(-1)).toEqual([5, 5]);
  });

  it('refuses a changed blob byte as a checksum mismatch of that part', async () => {
    const { bytes } = await writeBackup(input());
    const tampered = rezip(bytes, (entries) => {
      entries['blobs/0']![100]! ^= 0xff;
    });
    expect(await readBackup(tampered, options)).toEqual({ ok: false, problem: { code: 'checksum-mismatch', part: 'blobs/0' } });
  });

  it('refuses a changed table (a grade edited in the JSON)', async () => {
    const { bytes } = await writeBackup(input());
    const tampered = rezip(bytes, (entries) => {
      entries['tables/students.json'] = strToU8(new TextDecoder().decode(entries['tables/students.json']).replace('Zoë', 'Zoe'));
    });
    expect(await readBackup(tampered, options)).toEqual({ ok: false, problem: { code: 'checksum-mismatch', part: 'tables/students.json' } });
  });

  it('refuses a flipped byte in the raw file (stored blob data)', async () => {
    const { bytes } = await writeBackup(input());
    const copy = bytes.slice();
    // The photo is stored uncompressed: find its bytes in the file and change one.
    const at = Buffer.from(copy).indexOf(Buffer.from(photo.subarray(0, 64)));
    expect(at).toBeGreaterThan(0);
    copy[at + 2000]! ^= 0x01;
    expect(await readBackup(copy, options)).toEqual({ ok: false, problem: { code: 'checksum-mismatch', part: 'blobs/0' } });
  });

  it('refuses a missing part, an extra part and a count that does not match', async () => {
    const { bytes } = await writeBackup(input());
    const missing = rezip(bytes, (entries) => delete entries['blobs/1']);
    expect(await readBackup(missing, options)).toEqual({ ok: false, problem: { code: 'part-missing', part: 'blobs/1' } });
    const extra = rezip(bytes, (entries) => (entries['tables/extra.json'] = strToU8('[]')));
    expect(await readBackup(extra, options)).toEqual({ ok: false, problem: { code: 'unexpected-part', part: 'tables/extra.json' } });
    const miscounted = editManifest(bytes, (manifest) => (manifest.tables[0]!.count = 3));
    expect(await readBackup(miscounted, options)).toEqual({ ok: false, problem: { code: 'table-invalid', table: 'students' } });
  });

  it('refuses a truncated file at any cut', async () => {
    const { bytes } = await writeBackup(input());
    for (const keep of [10, 500, Math.floor(bytes.length / 2), bytes.length - 10]) {
      const result = await readBackup(bytes.subarray(0, keep), options);
      expect(result.ok).toBe(false);
      expect(result.ok ? null : result.problem.code).toBe('truncated');
    }
  });

  it('refuses a backup of a newer schema or format version, naming the app version', async () => {
    const { bytes } = await writeBackup(input({ schemaVersion: 5, app: { name: 'Vakwerk', version: '0.3.0' } }));
    expect(await readBackup(bytes, options)).toEqual({ ok: false, problem: { code: 'newer-schema', schemaVersion: 5, appVersion: '0.3.0' } });
    const newerFormat = editManifest((await writeBackup(input())).bytes, (manifest) => (manifest.formatVersion = 2));
    expect(await readBackup(newerFormat, options)).toEqual({ ok: false, problem: { code: 'newer-format', formatVersion: 2 } });
  });

  it('accepts a backup of an older schema (the restore upgrades it)', async () => {
    const { bytes } = await writeBackup(input({ schemaVersion: 3 }));
    const result = await readBackup(bytes, options);
    expect(result.ok && result.contents.manifest.schemaVersion).toBe(3);
  });

  it('tells a zip that is not a backup, a non-zip, an empty file and a broken manifest apart', async () => {
    const otherZip = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') });
    expect(await readBackup(otherZip, options)).toEqual({ ok: false, problem: { code: 'not-a-vakwerk-backup' } });
    const foreignManifest = zipSync({ 'manifest.json': strToU8('{"format":"iets-anders"}') });
    expect(await readBackup(foreignManifest, options)).toEqual({ ok: false, problem: { code: 'not-a-vakwerk-backup' } });
    expect(await readBackup(strToU8('%PDF-1.7 ...'), options)).toEqual({ ok: false, problem: { code: 'not-a-backup' } });
    expect(await readBackup(new Uint8Array(), options)).toEqual({ ok: false, problem: { code: 'empty' } });
    const { bytes } = await writeBackup(input());
    const broken = editManifest(bytes, (manifest) => ((manifest as unknown as Record<string, unknown>).tables = 'alles'));
    expect(await readBackup(broken, options)).toEqual({ ok: false, problem: { code: 'manifest-invalid' } });
  });

  it('refuses a row pointing at a blob that is not in the file', async () => {
    const tables = [{ name: 'bewijs', rows: [{ id: 'b1', blob: { $vakwerk: 'binary', ref: 5, type: 'image/jpeg' } }] }];
    const { bytes } = await writeBackup(input({ tables, blobs: [] }));
    expect(await readBackup(bytes, options)).toEqual({ ok: false, problem: { code: 'table-invalid', table: 'bewijs' } });
  });
});

describe('encrypted backups', () => {
  it('round-trips with the passphrase and is not a readable zip without it', async () => {
    const { bytes } = await writeBackup(input({ passphrase: 'correct paard batterij nietje' }));
    expect(Buffer.from(bytes).includes(Buffer.from('Şükrü'))).toBe(false);
    expect(Buffer.from(bytes).includes(Buffer.from(photo.subarray(0, 64)))).toBe(false);
    expect(await readBackup(bytes, options)).toEqual({ ok: false, problem: { code: 'passphrase-required' } });
    const result = await readBackup(bytes, { ...options, passphrase: 'correct paard batterij nietje' });
    expect(result.ok && result.encrypted).toBe(true);
    expect(result.ok && result.contents.blobs).toEqual([photo, thumb]);
  });

  it('refuses a wrong passphrase cleanly', async () => {
    const { bytes } = await writeBackup(input({ passphrase: 'geheim-1' }));
    expect(await readBackup(bytes, { ...options, passphrase: 'geheim-2' })).toEqual({ ok: false, problem: { code: 'wrong-passphrase' } });
  });

  it('refuses changed ciphertext or header, and tells a cut-off file apart', async () => {
    const { bytes } = await writeBackup(input({ passphrase: 'geheim' }));
    const flipped = bytes.slice();
    flipped[flipped.length - 100]! ^= 0x01;
    expect(await readBackup(flipped, { ...options, passphrase: 'geheim' })).toEqual({ ok: false, problem: { code: 'wrong-passphrase' } });
    // Lowering the iteration count in the header is detected: the header is authenticated.
    const text = new TextDecoder('latin1').decode(bytes.subarray(0, 300));
    const at = text.indexOf('600000');
    const weakened = bytes.slice();
    weakened.set(strToU8('500000'), at);
    expect(await readBackup(weakened, { ...options, passphrase: 'geheim' })).toEqual({ ok: false, problem: { code: 'wrong-passphrase' } });
    expect(await readBackup(bytes.subarray(0, bytes.length - 1000), { ...options, passphrase: 'geheim' })).toEqual({ ok: false, problem: { code: 'truncated' } });
    expect(await readBackup(bytes.subarray(0, 20), { ...options, passphrase: 'geheim' })).toEqual({ ok: false, problem: { code: 'damaged' } });
  });
});
