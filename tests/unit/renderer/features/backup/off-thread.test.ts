// @vitest-environment node
// Node, not jsdom: evidence is Blobs, and jsdom's Blob cannot be read back.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../../../renderer/src/platform', () => ({
  platform: { kind: 'browser', getAppInfo: async () => ({ name: 'Vakwerk', version: '0.1.0', electron: '', chrome: '', platform: 'browser' }) },
}));

/** A worker whose script never loads (a wrong path, a refused protocol): only an error event, never a message. */
class UnstartableWorker extends EventTarget {
  posted = 0;
  terminated = false;
  constructor() {
    super();
    setTimeout(() => this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message: 'niet geladen' })), 0);
  }
  postMessage() {
    this.posted += 1;
  }
  terminate() {
    this.terminated = true;
  }
}
const started: UnstartableWorker[] = [];
vi.mock('../../../../../renderer/src/features/backup/start-backup-worker', () => ({
  startBackupWorker: () => {
    const worker = new UnstartableWorker();
    started.push(worker);
    return worker;
  },
}));

const { db } = await import('../../../../../renderer/src/db/db');
const { makeBackup, openBackup } = await import('../../../../../renderer/src/features/backup/backup-file');
const { readTablesInPages } = await import('../../../../../renderer/src/db/repositories/backup');

const stamp = { createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_500, deletedAt: null };

beforeEach(async () => {
  await db.open();
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
  started.length = 0;
});

describe('backup work when the backup worker cannot start', () => {
  it('makes and checks the backup on the page instead, with the same contents', async () => {
    await db.students.add({ id: 's1', roepnaam: 'Şükrü', tussenvoegsel: '', achternaam: 'Yılmaz', leerlingnummer: '1', groupId: 'g1', archivedAt: null, ...stamp } as never);
    await db.bewijs.add({ id: 'b1', studentIds: ['s1'], kind: 'foto', fileName: 'a.jpg', mimeType: 'image/jpeg', size: 3, width: 1, height: 1, blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' }), thumbnail: null, date: '2026-03-12', caption: '', opdrachtId: null, ...stamp } as never);
    const made = await makeBackup();
    expect(started).toHaveLength(1);
    expect(started[0]!.terminated).toBe(true);
    expect(made.manifest.tables.find((t) => t.name === 'students')!.count).toBe(1);
    expect(made.manifest.blobs).toHaveLength(1);

    const opened = await openBackup(made.bytes);
    if (!opened.ok) throw new Error(opened.problem.code);
    expect(started).toHaveLength(2);
    expect(opened.contents.tables.find((t) => t.name === 'students')!.rows).toEqual([expect.objectContaining({ roepnaam: 'Şükrü' })]);
  });
});

describe('readTablesInPages', () => {
  it('hands over every row once, page by page in key order, the last page marked', async () => {
    const rows = Array.from({ length: 6 }, (_, i) => ({ id: `s${i}`, roepnaam: `Naam ${i}`, tussenvoegsel: '', achternaam: 'X', leerlingnummer: String(i), groupId: 'g1', archivedAt: null, ...stamp }));
    await db.students.bulkAdd([...rows].reverse() as never);
    const pages: { rows: string[]; last: boolean }[] = [];
    await readTablesInPages(
      (page) => {
        if (page.name === 'students') pages.push({ rows: page.rows.map((row) => (row as { id: string }).id), last: page.last });
      },
      db,
      { first: 3, bytes: 1e9, max: 3 },
    );
    // Six rows in pages of three: the third page is empty and says the table is done.
    expect(pages).toEqual([
      { rows: ['s0', 's1', 's2'], last: false },
      { rows: ['s3', 's4', 's5'], last: false },
      { rows: [], last: true },
    ]);
  });

  it('sizes the pages after the first by the bytes the pages so far made', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({ id: `s${String(i).padStart(2, '0')}`, roepnaam: `Naam ${i}`, tussenvoegsel: '', achternaam: 'X', leerlingnummer: String(i), groupId: 'g1', archivedAt: null, ...stamp }));
    await db.students.bulkAdd(rows as never);
    const sizes: number[] = [];
    // Every row "makes" 100 bytes: pages of 500 bytes hold 5 rows, after a first page of 2.
    await readTablesInPages(
      (page) => {
        if (page.name !== 'students') return undefined;
        sizes.push(page.rows.length);
        return page.rows.length * 100;
      },
      db,
      { first: 2, bytes: 500, max: 1000 },
    );
    // The second page was asked for before the first was handed over: still the first size.
    expect(sizes).toEqual([2, 2, 5, 5, 5, 1]);
  });
});
