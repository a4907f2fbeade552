import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcContract } from '../../../../shared/ipc/contract';
import type { IpcHandlers } from '../../../../electron/ipc/types';

const electron = vi.hoisted(() => ({ ipcMain: { handle: vi.fn() } }));
vi.mock('electron', () => electron);

const { registerIpcHandlers } = await import('../../../../electron/ipc/register');

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  routingId: number;
  detached?: boolean;
}

const mainFrame: FakeFrame = { url: 'app://vakwerk/index.html#/klassen', parent: null, processId: 4, routingId: 1 };

/** An invoke event as Electron builds it: the sending frame and its web contents. */
function eventFrom(senderFrame: FakeFrame | null, top: FakeFrame = mainFrame): IpcMainInvokeEvent {
  return { senderFrame, sender: { mainFrame: top } } as unknown as IpcMainInvokeEvent;
}

const validSave = {
  suggestedName: 'cijfers 3B.csv',
  filters: [{ name: 'CSV', extensions: ['csv'] }],
  data: new Uint8Array([59, 10]),
};

let handlers: Record<'getAppInfo' | 'saveFile' | 'writeAutoBackup' | 'getBackupStatus' | 'chooseBackupFolder' | 'readAutoBackup', ReturnType<typeof vi.fn>>;

function listenerFor(channel: string): Listener {
  const call = electron.ipcMain.handle.mock.calls.find(([registered]) => registered === channel);
  if (!call) throw new Error(`no handler registered for ${channel}`);
  return call[1] as Listener;
}

beforeEach(() => {
  electron.ipcMain.handle.mockReset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  handlers = {
    getAppInfo: vi.fn(async () => ({ name: 'Vakwerk', version: '0.1.0', electron: '45', chrome: '140', platform: 'linux' })),
    saveFile: vi.fn(async () => ({ status: 'saved', fileName: 'cijfers 3B.csv' })),
    writeAutoBackup: vi.fn(async () => ({ status: 'saved', fileName: 'x', removed: 0 })),
    getBackupStatus: vi.fn(async () => ({ folder: '/b', isDefaultFolder: true, backups: [] })),
    chooseBackupFolder: vi.fn(async () => ({ status: 'cancelled' })),
    readAutoBackup: vi.fn(async () => ({ status: 'missing' })),
  };
  registerIpcHandlers(handlers as unknown as IpcHandlers);
});

describe('registerIpcHandlers', () => {
  it('binds exactly the contract channels, once each', () => {
    const channels = electron.ipcMain.handle.mock.calls.map(([channel]) => channel as string);
    expect(channels.sort()).toEqual(Object.values(ipcContract).map((entry) => entry.channel).sort());
  });

  it('passes a valid request from our main frame to the handler and returns its answer', async () => {
    const event = eventFrom(mainFrame);
    await expect(listenerFor('vakwerk:save-file')(event, validSave)).resolves.toEqual({
      status: 'saved',
      fileName: 'cijfers 3B.csv',
    });
    expect(handlers.saveFile).toHaveBeenCalledOnce();
    const [request, receivedEvent] = handlers.saveFile.mock.calls[0]!;
    expect(request).toEqual(validSave);
    expect(receivedEvent).toBe(event);

    await expect(listenerFor('vakwerk:app-info')(event)).resolves.toMatchObject({ name: 'Vakwerk' });
    expect(handlers.getAppInfo).toHaveBeenCalledOnce();
  });

  it('drops fields the contract does not know before the handler sees them', async () => {
    await listenerFor('vakwerk:save-file')(eventFrom(mainFrame), { ...validSave, filePath: '/etc/passwd' });
    expect(handlers.saveFile.mock.calls[0]![0]).not.toHaveProperty('filePath');
  });
});

describe('sender checks', () => {
  it.each([
    ['another origin', { ...mainFrame, url: 'https://evil.example/' }],
    ['file://', { ...mainFrame, url: 'file:///C:/Users/docent/evil.html' }],
    ['the dev server', { ...mainFrame, url: 'http://localhost:5173/' }],
    ['a look-alike host', { ...mainFrame, url: 'app://vakwerk.evil.example/' }],
    ['about:blank', { ...mainFrame, url: 'about:blank' }],
  ])('rejects a request from %s without calling the handler', async (_what, frame) => {
    const event = eventFrom(frame, frame);
    await expect(listenerFor('vakwerk:save-file')(event, validSave)).rejects.toThrow(/geweigerd/);
    await expect(listenerFor('vakwerk:app-info')(event)).rejects.toThrow(/geweigerd/);
    expect(handlers.saveFile).not.toHaveBeenCalled();
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
  });

  it('rejects a subframe, even one showing app://vakwerk', async () => {
    const subframe: FakeFrame = { url: 'app://vakwerk/index.html', parent: mainFrame, processId: 4, routingId: 7 };
    await expect(listenerFor('vakwerk:save-file')(eventFrom(subframe), validSave)).rejects.toThrow(/geweigerd/);
    // Also when it otherwise looks exactly like the main frame: having a parent is enough.
    const withParent: FakeFrame = { ...mainFrame, parent: { ...mainFrame } };
    await expect(listenerFor('vakwerk:save-file')(eventFrom(withParent), validSave)).rejects.toThrow(/geweigerd/);
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });

  it('rejects a frame that is not its web contents’ main frame', async () => {
    const other: FakeFrame = { ...mainFrame, routingId: 2 };
    await expect(listenerFor('vakwerk:save-file')(eventFrom(other), validSave)).rejects.toThrow(/geweigerd/);
    const otherProcess: FakeFrame = { ...mainFrame, processId: 9 };
    await expect(listenerFor('vakwerk:save-file')(eventFrom(otherProcess), validSave)).rejects.toThrow(/geweigerd/);
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });

  it('rejects when the sending frame is gone', async () => {
    await expect(listenerFor('vakwerk:save-file')(eventFrom(null), validSave)).rejects.toThrow(/geweigerd/);
    const detached: FakeFrame = { ...mainFrame, detached: true };
    await expect(listenerFor('vakwerk:save-file')(eventFrom(detached, detached), validSave)).rejects.toThrow(/geweigerd/);
    const destroyed = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      sender: { mainFrame },
    } as unknown as IpcMainInvokeEvent;
    await expect(listenerFor('vakwerk:save-file')(destroyed, validSave)).rejects.toThrow(/geweigerd/);
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });
});

describe('request validation', () => {
  it.each([
    ['a path in the file name', { ...validSave, suggestedName: '../../Startup/evil.bat' }, 'suggestedName'],
    ['a Windows path in the file name', { ...validSave, suggestedName: 'C:\\evil.bat' }, 'suggestedName'],
    ['an empty file name', { ...validSave, suggestedName: '' }, 'suggestedName'],
    ['data that is not bytes', { ...validSave, data: 'aGFsbG8=' }, 'data'],
    ['a bad extension filter', { ...validSave, filters: [{ name: 'Alles', extensions: ['*'] }] }, 'filters'],
    ['a missing field', { suggestedName: 'x.csv', data: new Uint8Array() }, 'filters'],
  ])('rejects %s without calling the handler', async (_what, request, field) => {
    const attempt = listenerFor('vakwerk:save-file')(eventFrom(mainFrame), request);
    await expect(attempt).rejects.toThrow(/Ongeldig verzoek voor vakwerk:save-file/);
    await expect(attempt).rejects.toThrow(new RegExp(field));
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });

  it.each([null, undefined, 42, 'x.csv', []])('rejects %j as a save request', async (request) => {
    await expect(listenerFor('vakwerk:save-file')(eventFrom(mainFrame), request)).rejects.toThrow(/Ongeldig verzoek/);
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });

  it('rejects an argument for a method that takes none', async () => {
    await expect(listenerFor('vakwerk:app-info')(eventFrom(mainFrame), { verbose: true })).rejects.toThrow(/Ongeldig verzoek/);
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
  });

  it('rejects extra arguments', async () => {
    await expect(listenerFor('vakwerk:save-file')(eventFrom(mainFrame), validSave, 'extra')).rejects.toThrow(/Ongeldig verzoek/);
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });

  it('does not echo the rejected value (it may hold personal data)', async () => {
    const request = { ...validSave, suggestedName: 'Jan Jansen/cijfers.csv' };
    await expect(listenerFor('vakwerk:save-file')(eventFrom(mainFrame), request)).rejects.toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('Jan Jansen') }),
    );
  });

  it('lets a handler error reach the renderer', async () => {
    handlers.saveFile.mockRejectedValueOnce(new Error('ENOSPC: no space left on device'));
    await expect(listenerFor('vakwerk:save-file')(eventFrom(mainFrame), validSave)).rejects.toThrow(/ENOSPC/);
  });

  it('takes automatic backups only from our main frame, only backup bytes, and reads only listed backup names', async () => {
    const zipBytes = new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]);
    const evil = eventFrom({ ...mainFrame, url: 'https://evil.example/' });
    await expect(listenerFor('vakwerk:write-auto-backup')(evil, { reason: 'interval', data: zipBytes })).rejects.toThrow(/geweigerd/);
    await expect(listenerFor('vakwerk:write-auto-backup')(eventFrom(mainFrame), { reason: 'interval', data: new TextEncoder().encode('#!/bin/sh') })).rejects.toThrow(
      /geen back-upbestand/,
    );
    await expect(listenerFor('vakwerk:write-auto-backup')(eventFrom(mainFrame), { reason: 'whenever', data: zipBytes })).rejects.toThrow(/Ongeldig verzoek/);
    expect(handlers.writeAutoBackup).not.toHaveBeenCalled();
    await listenerFor('vakwerk:write-auto-backup')(eventFrom(mainFrame), { reason: 'before-restore', data: zipBytes, folder: '/etc' });
    expect(handlers.writeAutoBackup.mock.calls[0]![0]).toEqual({ reason: 'before-restore', data: zipBytes });

    for (const fileName of ['../../.ssh/id_rsa', 'C:\\Windows\\x.vakwerk', 'notities.txt']) {
      await expect(listenerFor('vakwerk:read-auto-backup')(eventFrom(mainFrame), { fileName })).rejects.toThrow(/Ongeldig verzoek/);
    }
    expect(handlers.readAutoBackup).not.toHaveBeenCalled();
  });
});
