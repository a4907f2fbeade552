// @vitest-environment node
import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AutoBackups } from '../../../../../renderer/src/platform';

vi.mock('../../../../../renderer/src/platform', () => ({
  platform: { kind: 'desktop', getAppInfo: async () => ({ name: 'Vakwerk', version: '0.1.0', electron: '45', chrome: '', platform: 'linux' }) },
}));
const { checkDatabaseAtStartup } = await import('../../../../../renderer/src/features/backup/startup-check');
const { openBackup } = await import('../../../../../renderer/src/features/backup/backup-file');
const { databaseAtVersion, openCurrent } = await import('../../db/migration-harness');
const { CURRENT_SCHEMA_VERSION } = await import('../../../../../renderer/src/db/schema');

const newest = { fileName: 'vakwerk-20261203-203321-123Z-interval.vakwerk', createdAt: 1, reason: 'interval' as const, size: 10 };
const stamp = { createdAt: 1, updatedAt: 1, deletedAt: null };

function fakeBackups(listed = [newest]) {
  const written: { reason: string; data: Uint8Array }[] = [];
  const api: AutoBackups = {
    write: vi.fn(async (reason, data) => {
      written.push({ reason, data });
      return { status: 'saved' as const, fileName: 'x', removed: 0 };
    }),
    status: vi.fn(async () => ({ folder: '/b', isDefaultFolder: true, backups: listed })),
    chooseFolder: vi.fn(),
    read: vi.fn(),
  };
  return { api, written };
}

let name: string;
beforeEach(() => {
  name = `startup-${Math.random()}`;
});

describe('checkDatabaseAtStartup', () => {
  it('in a browser (no backup folder) just opens the app', async () => {
    expect(await checkDatabaseAtStartup(null, name)).toEqual({ kind: 'open' });
  });

  it('offers the newest backup when there is no database at all, and creates none', async () => {
    const { api, written } = fakeBackups();
    expect(await checkDatabaseAtStartup(api, name)).toEqual({ kind: 'offer-restore', newest });
    expect(await Dexie.exists(name)).toBe(false);
    expect(written).toEqual([]);
  });

  it('offers the newest backup when the database exists but is empty, without writing to it', async () => {
    const current = await openCurrent(name);
    current.close();
    const { api } = fakeBackups();
    expect(await checkDatabaseAtStartup(api, name)).toEqual({ kind: 'offer-restore', newest });
    const again = await openCurrent(name);
    expect(await Promise.all(again.tables.map((table) => table.count()))).toEqual(again.tables.map(() => 0));
    again.close();
  });

  it('opens normally when the database is empty and there are no backups, or when it has data', async () => {
    expect(await checkDatabaseAtStartup(fakeBackups([]).api, name)).toEqual({ kind: 'open' });
    const current = await openCurrent(name);
    await current.students.add({ id: 's1', roepnaam: 'A', tussenvoegsel: '', achternaam: 'B', leerlingnummer: '1', groupId: 'g', archivedAt: null, ...stamp });
    current.close();
    const { api, written } = fakeBackups();
    expect(await checkDatabaseAtStartup(api, name)).toEqual({ kind: 'open' });
    expect(written).toEqual([]);
  });

  it('backs up the old data before a schema upgrade, at its old version', async () => {
    const old = databaseAtVersion(name, 3);
    await old.open();
    await old.table('students').add({ id: 's1', roepnaam: 'Anouk', tussenvoegsel: '', achternaam: 'Visser', leerlingnummer: '1', groupId: 'g', archivedAt: null, ...stamp });
    old.close();
    const { api, written } = fakeBackups();
    expect(await checkDatabaseAtStartup(api, name)).toEqual({ kind: 'open' });
    expect(written.map((w) => w.reason)).toEqual(['before-upgrade']);
    const opened = await openBackup(written[0]!.data);
    if (!opened.ok) throw new Error(opened.problem.code);
    expect(opened.contents.manifest.schemaVersion).toBe(3);
    expect(opened.contents.tables.find((t) => t.name === 'students')!.rows).toEqual([expect.objectContaining({ roepnaam: 'Anouk' })]);
    // The stored database was closed again, so the app can now upgrade it.
    const upgraded = await openCurrent(name);
    expect(upgraded.verno).toBe(CURRENT_SCHEMA_VERSION);
    upgraded.close();
  });
});
