import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveFileRequest } from '../../../../../shared/ipc/contract';

const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn() },
  dialog: { showSaveDialog: vi.fn() },
  BrowserWindow: { fromWebContents: vi.fn() },
}));
vi.mock('electron', () => electron);

const { saveFile } = await import('../../../../../electron/ipc/handlers/save-file');

let dir: string;
const parentWindow = { id: 1 };
const sender = { id: 99 };
const event = { sender } as unknown as IpcMainInvokeEvent;

const request: SaveFileRequest = {
  suggestedName: 'cijfers 3B.csv',
  filters: [{ name: 'CSV-bestand', extensions: ['csv'] }],
  data: new TextEncoder().encode('naam;cijfer\nAnouk;7,5\n'),
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vakwerk-save-'));
  electron.app.getPath.mockReset().mockReturnValue(path.join(dir, 'Documenten'));
  electron.dialog.showSaveDialog.mockReset();
  electron.BrowserWindow.fromWebContents.mockReset().mockReturnValue(parentWindow);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('saveFile', () => {
  it('asks the OS dialog, parented to the sender’s window, with the suggested name and filters', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await saveFile(request, event);
    expect(electron.BrowserWindow.fromWebContents).toHaveBeenCalledWith(sender);
    expect(electron.app.getPath).toHaveBeenCalledWith('documents');
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith(parentWindow, {
      defaultPath: path.join(dir, 'Documenten', 'cijfers 3B.csv'),
      filters: [{ name: 'CSV-bestand', extensions: ['csv'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('still shows the dialog when the sender has no window', async () => {
    electron.BrowserWindow.fromWebContents.mockReturnValue(null);
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await saveFile(request, event);
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ filters: request.filters }));
  });

  it('returns cancelled and writes nothing when the teacher cancels', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: path.join(dir, 'x.csv') });
    await expect(saveFile(request, event)).resolves.toEqual({ status: 'cancelled' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('treats a dialog without a path as cancelled', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '' });
    await expect(saveFile(request, event)).resolves.toEqual({ status: 'cancelled' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes exactly the bytes to the chosen path and returns only its base name', async () => {
    const chosen = path.join(dir, 'klas 3B', 'eindcijfers.csv');
    mkdirSync(path.dirname(chosen));
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    await expect(saveFile(request, event)).resolves.toEqual({ status: 'saved', fileName: 'eindcijfers.csv' });
    expect(new Uint8Array(readFileSync(chosen))).toEqual(request.data);
    // Written via a temp file that was renamed: nothing else is left in the folder.
    expect(readdirSync(path.dirname(chosen))).toEqual(['eindcijfers.csv']);
  });

  it('surfaces a write error and leaves no temp file behind', async () => {
    // The chosen "file" is an existing folder, so the final rename fails after the temp file
    // was written: the error must reach the caller and the temp file must be gone.
    const chosen = path.join(dir, 'map');
    mkdirSync(chosen);
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    await expect(saveFile(request, event)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['map']);
    expect(readdirSync(chosen)).toEqual([]);
  });
});
