import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeExportFileRequestSchema } from '../../../../../shared/ipc/contract';

const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn() },
  dialog: { showOpenDialog: vi.fn() },
  BrowserWindow: { fromWebContents: vi.fn() },
}));
vi.mock('electron', () => electron);

const { chooseExportFolder, resetExportFolders, writeExportFile } = await import('../../../../../electron/ipc/handlers/export-folder');

let dir: string;
const parentWindow = { id: 1 };
const eventFor = (id: number) => ({ sender: { id } }) as unknown as IpcMainInvokeEvent;
const window99 = eventFor(99);
const pdf = new TextEncoder().encode('%PDF-1.3 dossier');

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vakwerk-export-'));
  resetExportFolders();
  electron.app.getPath.mockReset().mockReturnValue(path.join(dir, 'Documenten'));
  electron.dialog.showOpenDialog.mockReset();
  electron.BrowserWindow.fromWebContents.mockReset().mockReturnValue(parentWindow);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function chosen(folder = dir, event = window99): Promise<string> {
  electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [folder] });
  const result = await chooseExportFolder({ title: 'Map voor de examendossiers' }, event);
  if (result.status !== 'chosen') throw new Error('expected a folder');
  return result.folderId;
}

describe('chooseExportFolder', () => {
  it('asks the OS folder dialog, parented to the window, and returns an id and only the folder name', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path.join(dir, 'Dossiers 3T-A')] });
    const result = await chooseExportFolder({ title: 'Map voor de examendossiers' }, window99);
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith(parentWindow, {
      title: 'Map voor de examendossiers',
      defaultPath: path.join(dir, 'Documenten'),
      properties: ['openDirectory', 'createDirectory'],
    });
    expect(result).toEqual({ status: 'chosen', folderId: expect.stringMatching(/^[0-9a-f-]{36}$/), folderName: 'Dossiers 3T-A' });
    expect(JSON.stringify(result)).not.toContain(dir);
  });

  it('returns cancelled when the teacher cancels or picks nothing', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [dir] });
    await expect(chooseExportFolder({ title: 'x' }, window99)).resolves.toEqual({ status: 'cancelled' });
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [] });
    await expect(chooseExportFolder({ title: 'x' }, window99)).resolves.toEqual({ status: 'cancelled' });
  });
});

describe('writeExportFile', () => {
  it('writes exactly the bytes into the chosen folder, atomically (no temp file left)', async () => {
    const folderId = await chosen();
    await expect(writeExportFile({ folderId, fileName: 'examendossier-isikli-sukru-104233.pdf', data: pdf }, window99)).resolves.toEqual({
      status: 'written',
      fileName: 'examendossier-isikli-sukru-104233.pdf',
    });
    expect(readdirSync(dir)).toEqual(['examendossier-isikli-sukru-104233.pdf']);
    expect(new Uint8Array(readFileSync(path.join(dir, 'examendossier-isikli-sukru-104233.pdf')))).toEqual(pdf);
  });

  it('replaces an earlier export of the same file', async () => {
    writeFileSync(path.join(dir, 'a.pdf'), 'oud');
    const folderId = await chosen();
    await writeExportFile({ folderId, fileName: 'a.pdf', data: pdf }, window99);
    expect(readFileSync(path.join(dir, 'a.pdf'), 'utf8')).toBe('%PDF-1.3 dossier');
  });

  it('refuses a folder id that was never granted, or granted to another window, and writes nothing', async () => {
    const folderId = await chosen();
    await expect(writeExportFile({ folderId: '6f1c2a4e-8b7d-4c3e-9a1f-2b3c4d5e6f70', fileName: 'a.pdf', data: pdf }, window99)).rejects.toThrow(/niet gekozen/);
    await expect(writeExportFile({ folderId, fileName: 'a.pdf', data: pdf }, eventFor(7))).rejects.toThrow(/niet gekozen/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('even unvalidated, a name that climbs out of the folder is refused', async () => {
    const inner = path.join(dir, 'binnen');
    (await import('node:fs')).mkdirSync(inner);
    const folderId = await chosen(inner);
    await expect(writeExportFile({ folderId, fileName: '../buiten.pdf', data: pdf }, window99)).rejects.toThrow(/Ongeldige bestandsnaam/);
    expect(readdirSync(dir)).toEqual(['binnen']);
  });

  it('the contract refuses paths, separators and bad ids before any handler runs', () => {
    const base = { folderId: '6f1c2a4e-8b7d-4c3e-9a1f-2b3c4d5e6f70', fileName: 'a.pdf', data: pdf };
    expect(writeExportFileRequestSchema.safeParse(base).success).toBe(true);
    for (const fileName of ['../a.pdf', 'sub/a.pdf', 'C:\\a.pdf', '..', '']) {
      expect(writeExportFileRequestSchema.safeParse({ ...base, fileName }).success).toBe(false);
    }
    expect(writeExportFileRequestSchema.safeParse({ ...base, folderId: '/home/docent' }).success).toBe(false);
    expect(writeExportFileRequestSchema.safeParse({ ...base, data: 'tekst' }).success).toBe(false);
  });

  it('a failing write reaches the caller and leaves no temp file', async () => {
    const folderId = await chosen();
    (await import('node:fs')).mkdirSync(path.join(dir, 'bezet.pdf'));
    await expect(writeExportFile({ folderId, fileName: 'bezet.pdf', data: pdf }, window99)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['bezet.pdf']);
  });
});
