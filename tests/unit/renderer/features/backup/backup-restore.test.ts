// @vitest-environment node
// Node, not jsdom: jsdom's Blob cannot be read back (no arrayBuffer), and evidence is Blobs.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';

vi.mock('../../../../../renderer/src/platform', () => ({
  platform: { kind: 'browser', getAppInfo: async () => ({ name: 'Vakwerk', version: '0.1.0', electron: '', chrome: '', platform: 'browser' }) },
}));

const { db } = await import('../../../../../renderer/src/db/db');
const { makeBackup, openBackup, restoreBackup } = await import('../../../../../renderer/src/features/backup/backup-file');
const { countAllTables } = await import('../../../../../renderer/src/db/repositories/backup');
const { writeObservaties } = await import('../../../../../renderer/src/db/repositories/observaties');
const { databaseAtVersion } = await import('../../db/migration-harness');
const { DERIVED_TABLES } = await import('../../../../../renderer/src/db/schema');

const stamp = { createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_500, deletedAt: null };
const jpeg = Uint8Array.from({ length: 20_000 }, (_, i) => (i * 13 + 7) % 256);
const thumb = Uint8Array.from({ length: 900 }, (_, i) => (i * 3) % 256);

async function seed() {
  await db.transaction('rw', db.tables, async () => {
    await db.cohorts.add({ id: 'c1', name: 'Cohort 2026-2028', leerweg: 'tl', programme: 'Zorg en Welzijn', firstSchoolYear: '2026-2027', archivedAt: null, ...stamp } as never);
    await db.groups.add({ id: 'g1', cohortId: 'c1', name: '3T-A', ...stamp } as never);
    await db.students.bulkAdd([
      { id: 's1', roepnaam: 'Şükrü', tussenvoegsel: '', achternaam: 'Yılmaz', leerlingnummer: '104233', groupId: 'g1', archivedAt: null, ...stamp },
      // A soft-deleted student and a field left undefined: both must come back exactly so.
      { id: 's2', roepnaam: 'Zoë', tussenvoegsel: 'van der', achternaam: 'Łukasz', leerlingnummer: '104234', groupId: 'g1', archivedAt: undefined, ...stamp, deletedAt: 1_700_000_100_000 },
    ] as never);
    await db.bewijs.bulkAdd([
      { id: 'b1', studentIds: ['s1', 's2'], kind: 'foto', fileName: 'werkstuk.jpg', mimeType: 'image/jpeg', size: jpeg.length, width: 1600, height: 1200, blob: new Blob([jpeg], { type: 'image/jpeg' }), thumbnail: new Blob([thumb], { type: 'image/jpeg' }), date: '2026-03-12', caption: 'Tafel', opdrachtId: null, ...stamp },
      { id: 'b2', studentIds: ['s1'], kind: 'pdf', fileName: 'verslag.pdf', mimeType: 'application/pdf', size: 5, width: null, height: null, blob: new Blob([strToU8('%PDF-')], { type: 'application/pdf' }), thumbnail: null, date: '2026-03-13', caption: '', opdrachtId: null, ...stamp },
    ] as never);
    await db.settings.put({ key: 'school', value: { schoolName: 'Het Baken', teacherName: 'J. de Vries' } });
  });
}

/** Every table, with each Blob replaced by its type and bytes so deep equality covers them. */
async function dump(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = await table.toArray();
    out[table.name] = await Promise.all(rows.map(async (row) => materialise(row)));
  }
  return out;
}

async function materialise(value: unknown): Promise<unknown> {
  if (value instanceof Blob) return { blobType: value.type, bytes: new Uint8Array(await value.arrayBuffer()) };
  if (Array.isArray(value)) return Promise.all(value.map(materialise));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = await materialise(item);
    return out;
  }
  return value;
}

async function wipe() {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
}

beforeEach(async () => {
  await db.open();
  await wipe();
});
afterEach(() => vi.restoreAllMocks());

describe('backup and restore of the whole database', () => {
  it('restores a database identical to the backed-up one, rows and blob bytes', async () => {
    await seed();
    const before = await dump();
    const { bytes, manifest } = await makeBackup();
    // Every table but the derived ones, which the database computes again as rows are restored.
    expect(manifest.tables.map((t) => t.name).sort()).toEqual(db.tables.map((t) => t.name).filter((name) => !DERIVED_TABLES.includes(name)).sort());
    expect(manifest.tables.find((t) => t.name === 'students')!.count).toBe(2);
    expect(manifest.blobs).toHaveLength(3);

    await wipe();
    const opened = await openBackup(bytes);
    if (!opened.ok) throw new Error(opened.problem.code);
    await restoreBackup(opened.contents);
    const after = await dump();
    expect(after).toEqual(before);
    expect('archivedAt' in (after.students!.find((s) => (s as { id: string }).id === 's2') as object)).toBe(true);
    expect(((await db.bewijs.get('b1'))!.blob as Blob).type).toBe('image/jpeg');
  });

  it('replaces everything that was there (rows not in the backup are gone)', async () => {
    await seed();
    const { bytes } = await makeBackup();
    await db.students.add({ id: 's3', roepnaam: 'Later', tussenvoegsel: '', achternaam: 'Toegevoegd', leerlingnummer: '9', groupId: 'g1', archivedAt: null, ...stamp } as never);
    await db.rubrics.add({ id: 'r9', title: 'Nieuw', description: '', currentVersionId: 'x', archivedAt: null, ...stamp } as never);
    const opened = await openBackup(bytes);
    if (!opened.ok) throw new Error(opened.problem.code);
    await restoreBackup(opened.contents);
    expect((await db.students.toArray()).map((s) => s.id).sort()).toEqual(['s1', 's2']);
    expect(await db.rubrics.count()).toBe(0);
  });

  it('leaves the current data untouched when the write fails halfway (one transaction)', async () => {
    await seed();
    const { bytes } = await makeBackup();
    await wipe();
    await db.students.add({ id: 'keep', roepnaam: 'Blijft', tussenvoegsel: '', achternaam: 'Staan', leerlingnummer: '1', groupId: 'g1', archivedAt: null, ...stamp } as never);
    const before = await dump();
    const opened = await openBackup(bytes);
    if (!opened.ok) throw new Error(opened.problem.code);
    // Two rows with one key: the second bulkAdd fails after tables were already cleared.
    opened.contents.tables.find((t) => t.name === 'students')!.rows.push(opened.contents.tables.find((t) => t.name === 'students')!.rows[0]);
    await expect(restoreBackup(opened.contents)).rejects.toThrow();
    expect(await dump()).toEqual(before);
  });

  it('checks an encrypted backup: a wrong passphrase is refused and nothing changes', async () => {
    await seed();
    const { bytes } = await makeBackup({ passphrase: 'lokaal-214-sleutel' });
    const before = await countAllTables();
    expect(await openBackup(bytes, 'lokaal-214')).toEqual({ ok: false, problem: { code: 'wrong-passphrase' } });
    expect(await countAllTables()).toEqual(before);
    const opened = await openBackup(bytes, 'lokaal-214-sleutel');
    expect(opened.ok).toBe(true);
  });

  it('restores a backup of an older schema version through the app’s upgrade functions', async () => {
    // A backup as a version-3 app would have made it: version-3 tables, a beoordeling without assessor.
    const old = databaseAtVersion('vakwerk-v3-bron', 3);
    await old.open();
    await old.table('students').add({ id: 's1', roepnaam: 'Anouk', tussenvoegsel: '', achternaam: 'Visser', leerlingnummer: '1', groupId: 'g1', archivedAt: null, ...stamp });
    await old.table('beoordelingen').add({ id: 'be1', studentId: 's1', rubricId: 'r1', rubricVersionId: 'rv1', scores: {}, ...stamp });
    const { bytes, manifest } = await makeBackup({ database: old });
    old.close();
    expect(manifest.schemaVersion).toBe(3);
    expect(manifest.tables.map((t) => t.name)).not.toContain('bewijs');

    await seed();
    const opened = await openBackup(bytes);
    if (!opened.ok) throw new Error(opened.problem.code);
    await restoreBackup(opened.contents);
    expect(await db.students.toArray()).toEqual([expect.objectContaining({ id: 's1', roepnaam: 'Anouk' })]);
    // The v4 upgrade gave the old beoordeling its assessor; tables new in v4 are empty.
    expect(await db.beoordelingen.get('be1')).toMatchObject({ assessor: 'examinator' });
    expect(await db.bewijs.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
  });

  it('leaves the observation tallies out of the backup and counts them again on restore', async () => {
    await seed();
    const observatie = (id: string, studentId: string, nodeId: string | null, deletedAt: number | null = null) => ({
      id, studentId, nodeId, level: 2, scaleSize: 4, date: '2026-03-12', note: '', opdrachtId: null, assessor: 'examinator', batchId: id, evidenceIds: [], ...stamp, deletedAt,
    });
    await writeObservaties([observatie('o1', 's1', 'B3'), observatie('o2', 's1', 'B3'), observatie('o3', 's1', null), observatie('o4', 's2', 'C1', 5)] as never);
    const before = await dump();
    expect(before.observatieTallies).toEqual([{ studentId: 's1', counts: { B3: 2 } }]);
    const { bytes, manifest } = await makeBackup();
    expect(manifest.tables.map((t) => t.name)).not.toContain('observatieTallies');
    await wipe();
    const opened = await openBackup(bytes);
    if (!opened.ok) throw new Error(opened.problem.code);
    await restoreBackup(opened.contents);
    expect(await dump()).toEqual(before);

    // Restored over data with other observations: the tallies are those of the backup alone.
    await writeObservaties([observatie('o5', 's2', 'C1'), observatie('o6', 's1', 'B3')] as never);
    expect(await db.observatieTallies.count()).toBe(2);
    await restoreBackup(opened.contents);
    expect(await dump()).toEqual(before);
  });

  it('restores a version-4 backup with observations, their tallies counted by the upgrade', async () => {
    const old = databaseAtVersion('vakwerk-v4-bron', 4);
    await old.open();
    await old.table('students').add({ id: 's1', roepnaam: 'Anouk', tussenvoegsel: '', achternaam: 'Visser', leerlingnummer: '1', groupId: 'g1', archivedAt: null, ...stamp });
    await old.table('observaties').bulkAdd([
      { id: 'o1', studentId: 's1', nodeId: 'B3', level: 3, scaleSize: 4, date: '2026-03-12', note: '', opdrachtId: null, assessor: 'examinator', batchId: 'b1', evidenceIds: [], ...stamp },
      { id: 'o2', studentId: 's1', nodeId: 'C1', level: null, scaleSize: 4, date: '2026-03-12', note: '', opdrachtId: null, assessor: 'examinator', batchId: 'b2', evidenceIds: [], ...stamp },
    ]);
    const { bytes, manifest } = await makeBackup({ database: old });
    old.close();
    await Dexie.delete('vakwerk-v4-bron');
    expect(manifest.schemaVersion).toBe(4);

    await seed();
    const opened = await openBackup(bytes);
    if (!opened.ok) throw new Error(opened.problem.code);
    await restoreBackup(opened.contents);
    expect((await db.observatieLijsten.toArray()).flatMap((list) => list.observaties.map((o) => o.id))).toEqual(['o1', 'o2']);
    expect(await db.observatieTallies.toArray()).toEqual([{ studentId: 's1', counts: { B3: 1 } }]);
  });

  it('refuses a tampered backup before writing anything', async () => {
    await seed();
    const { bytes } = await makeBackup();
    const entries = unzipSync(bytes);
    entries['tables/students.json'] = strToU8(new TextDecoder().decode(entries['tables/students.json']).replace('104233', '999999'));
    const result = await openBackup(zipSync(entries));
    expect(result).toEqual({ ok: false, problem: { code: 'checksum-mismatch', part: 'tables/students.json' } });
  });
});
