import { afterEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: { getName: vi.fn(() => 'Vakwerk'), getVersion: vi.fn(() => '0.1.0') },
}));
vi.mock('electron', () => electron);

const { getAppInfo } = await import('../../../../../electron/ipc/handlers/app-info');

// Node has no process.versions.electron; set it the way Electron's main process has it.
function setVersion(name: 'electron' | 'chrome', value: string | undefined): void {
  Object.defineProperty(process.versions, name, { value, configurable: true, enumerable: true });
}

afterEach(() => {
  setVersion('electron', undefined);
  setVersion('chrome', undefined);
});

describe('getAppInfo', () => {
  it('reports the app name and version and the Electron, Chrome and OS it runs on', async () => {
    setVersion('electron', '45.4.1');
    setVersion('chrome', '140.0.7339.133');
    electron.app.getVersion.mockReturnValueOnce('1.2.3');
    await expect(getAppInfo()).resolves.toEqual({
      name: 'Vakwerk',
      version: '1.2.3',
      electron: '45.4.1',
      chrome: '140.0.7339.133',
      platform: process.platform,
    });
  });

  it('says "onbekend" rather than failing when a version is missing', async () => {
    const info = await getAppInfo();
    expect(info.electron).toBe('onbekend');
    expect(info.chrome).toBe('onbekend');
  });
});
