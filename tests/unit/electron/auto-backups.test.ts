import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as FsPromises from 'node:fs/promises';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { autoBackupFileName } from '../../../shared/backup/rotation';

// The real file system, with open and mkdir wrapped so a test can make the disk full or the folder read-only.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return { ...actual, open: vi.fn(actual.open), mkdir: vi.fn(actual.mkdir) };
});
const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn() },
  dialog: { showOpenDialog: vi.fn() },
  BrowserWindow: { fromWebContents: vi.fn(() => null) },
}));
vi.mock('electron', () => electron);

const fsPromises = await import('node:fs/promises');
const actual = await vi.importActual<typeof FsPromises>('node:fs/promises');
const open = vi.mocked(fsPromises.open);
const mkdir = vi.mocked(fsPromises.mkdir);
const { writeAutoBackupHandler, getBackupStatus, chooseBackupFolder, readAutoBackupHandler } = await import('../../../electron/ipc/handlers/backups');
const { writeAutoBackup } = await import('../../../electron/auto-backups');

let userData: string;
const backups = () => path.join(userData, 'backups');
const zip = (marker: number) => new Uint8Array([0x50, 0x4b, 3, 4, marker, marker, marker]);
const event = { sender: {} } as IpcMainInvokeEvent;

function seedBackup(folder: string, at: Date, content = 'oud'): string {
  mkdirSync(folder, { recursive: true });
  const name = autoBackupFileName(at, 'interval');
  writeFileSync(path.join(folder, name), content);
  return name;
}

beforeEach(() => {
  userData = mkdtempSync(path.join(tmpdir(), 'vakwerk-userdata-'));
  electron.app.getPath.mockReset().mockImplementation((name: string) => (name === 'userData' ? userData : '/elders'));
  electron.dialog.showOpenDialog.mockReset();
  open.mockClear();
  mkdir.mockClear();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(userData, { recursive: true, force: true });
});

describe('automatic backups in main', () => {
  it('writes into <userData>/backups by default, named by time and reason, and lists it', async () => {
    const result = await writeAutoBackupHandler({ reason: 'before-restore', data: zip(1) });
    expect(result).toEqual({ status: 'saved', fileName: expect.stringMatching(/^vakwerk-\d{8}-\d{6}-\d{3}Z-before-restore\.vakwerk$/), removed: 0 });
    const fileName = (result as { fileName: string }).fileName;
    expect(readdirSync(backups())).toEqual([fileName]);
    expect(new Uint8Array(readFileSync(path.join(backups(), fileName)))).toEqual(zip(1));
    const status = await getBackupStatus();
    expect(status).toEqual({ folder: backups(), isDefaultFolder: true, backups: [expect.objectContaining({ fileName, reason: 'before-restore', size: 7 })] });
    expect(await readAutoBackupHandler({ fileName })).toEqual({ status: 'ok', fileName, data: zip(1) });
    expect(await readAutoBackupHandler({ fileName: autoBackupFileName(new Date(0), 'interval') })).toEqual({ status: 'missing' });
  });

  it('rotates after writing: 10 recent plus the newest of each of 7 days; other files untouched', async () => {
    const now = new Date('2026-12-10T12:00:00Z');
    const today = Array.from({ length: 12 }, (_, i) => seedBackup(backups(), new Date(now.getTime() - (i + 1) * 15 * 60_000)));
    const daily = Array.from({ length: 9 }, (_, d) => seedBackup(backups(), new Date(now.getTime() - (d + 1) * 86_400_000)));
    writeFileSync(path.join(backups(), 'mijn-aantekeningen.txt'), 'van de docent');

    const result = await writeAutoBackup(userData, 'interval', zip(2), now);
    expect(result.status).toBe('saved');
    const left = readdirSync(backups()).sort();
    const expected = [(result as { fileName: string }).fileName, ...today.slice(0, 9), ...daily.slice(0, 6), 'mijn-aantekeningen.txt'].sort();
    expect(left).toEqual(expected);
    expect(result).toMatchObject({ removed: 12 + 9 + 1 - 16 });
  });

  it('on a full disk (ENOSPC while writing) reports disk-full and leaves the earlier backups and no temp file', async () => {
    const earlier = [seedBackup(backups(), new Date('2026-12-01T10:00:00Z'), 'eerste'), seedBackup(backups(), new Date('2026-12-02T10:00:00Z'), 'tweede')];
    open.mockImplementationOnce(async (...args: Parameters<typeof fsPromises.open>) => {
      const handle = await actual.open(...args);
      handle.writeFile = async () => {
        // Half a file reaches the disk, then it is full.
        await actual.appendFile(args[0] as string, 'PK\u0003\u0004half');
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      };
      return handle;
    });
    expect(await writeAutoBackupHandler({ reason: 'interval', data: zip(3) })).toEqual({ status: 'failed', code: 'disk-full' });
    expect(readdirSync(backups()).sort()).toEqual([...earlier].sort());
    expect(readFileSync(path.join(backups(), earlier[0]!), 'utf8')).toBe('eerste');
    expect(readFileSync(path.join(backups(), earlier[1]!), 'utf8')).toBe('tweede');
  });

  it('reports a folder it may not write to, and any other failure, without throwing', async () => {
    mkdir.mockRejectedValueOnce(Object.assign(new Error('EACCES'), { code: 'EACCES' }));
    expect(await writeAutoBackupHandler({ reason: 'interval', data: zip(4) })).toEqual({ status: 'failed', code: 'no-access' });
    open.mockRejectedValueOnce(Object.assign(new Error('EIO'), { code: 'EIO' }));
    expect(await writeAutoBackupHandler({ reason: 'interval', data: zip(4) })).toEqual({ status: 'failed', code: 'write-failed' });
  });

  it('uses the folder the teacher chose in the OS dialog from then on; cancelling changes nothing', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await chooseBackupFolder(undefined, event)).toEqual({ status: 'cancelled' });
    expect((await getBackupStatus()).isDefaultFolder).toBe(true);

    const chosen = path.join(userData, 'USB-stick', 'Vakwerk back-ups');
    mkdirSync(chosen, { recursive: true });
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [chosen] });
    expect(await chooseBackupFolder(undefined, event)).toEqual({ status: 'chosen', backupStatus: { folder: chosen, isDefaultFolder: false, backups: [] } });
    expect(electron.dialog.showOpenDialog).toHaveBeenLastCalledWith(expect.objectContaining({ properties: expect.arrayContaining(['openDirectory']) }));
    const result = await writeAutoBackupHandler({ reason: 'manual', data: zip(5) });
    expect(readdirSync(chosen)).toEqual([(result as { fileName: string }).fileName]);
  });
});
