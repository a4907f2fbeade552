import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcContract, type IpcMethod } from '../../../shared/ipc/contract';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async (channel: string) => `answer from ${channel}`) },
}));
vi.mock('electron', () => electron);

type ExposedApi = Record<string, (...args: unknown[]) => Promise<unknown>>;
let api: ExposedApi;

beforeAll(async () => {
  await import('../../../electron/preload');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [key, exposed] = electron.contextBridge.exposeInMainWorld.mock.calls[0]! as [string, ExposedApi];
  expect(key).toBe('vakwerk');
  api = exposed;
});

const sampleRequests: { [M in IpcMethod]: unknown[] } = {
  getAppInfo: [],
  saveFile: [{ suggestedName: 'a.csv', filters: [], data: new Uint8Array([1]) }],
  chooseExportFolder: [{ title: 'Map kiezen' }],
  writeExportFile: [{ folderId: '6f1c2a4e-8b7d-4c3e-9a1f-2b3c4d5e6f70', fileName: 'a.pdf', data: new Uint8Array([1]) }],
  writeAutoBackup: [{ reason: 'interval', data: new Uint8Array([0x50, 0x4b, 3, 4]) }],
  getBackupStatus: [],
  chooseBackupFolder: [],
  readAutoBackup: [{ fileName: 'vakwerk-20261203-203321-123Z-interval.vakwerk' }],
};

describe('preload', () => {
  it('exposes exactly one function per contract method, and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual(Object.keys(ipcContract).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('does not expose ipcRenderer or any generic channel access', () => {
    const values: unknown[] = Object.values(api);
    expect(values).not.toContain(electron.ipcRenderer);
    expect(values).not.toContain(electron.ipcRenderer.invoke);
    for (const key of ['invoke', 'send', 'on', 'ipcRenderer']) expect(api).not.toHaveProperty(key);
  });

  it.each(Object.keys(ipcContract) as IpcMethod[])('%s invokes its own contract channel with the request', async (method) => {
    electron.ipcRenderer.invoke.mockClear();
    const args = sampleRequests[method];
    const channel = ipcContract[method].channel;
    await expect(api[method]!(...args)).resolves.toBe(`answer from ${channel}`);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, ...args);
  });

  it('forwards only the request, never extra arguments the page adds', async () => {
    electron.ipcRenderer.invoke.mockClear();
    await api.getAppInfo!('vakwerk:save-file', { sneaky: true });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(ipcContract.getAppInfo.channel);
    electron.ipcRenderer.invoke.mockClear();
    const request = sampleRequests.saveFile[0];
    await api.saveFile!(request, 'vakwerk:app-info');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(ipcContract.saveFile.channel, request);
  });
});
