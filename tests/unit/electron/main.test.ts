import { EventEmitter } from 'node:events';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcContract } from '../../../shared/ipc/contract';

/**
 * main.ts runs on import, like Electron runs it. Each test re-imports it against a fresh fake
 * of Electron's app, session, protocol, ipcMain and BrowserWindow, and checks what it did.
 */
const electron = vi.hoisted(() => {
  class FakeWindow {
    static created: FakeWindow[] = [];
    static getAllWindows = vi.fn(() => FakeWindow.created.filter((w) => !w.closed));
    closed = false;
    minimized = false;
    listeners = new Map<string, () => void>();
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = vi.fn(() => this.minimized);
    loadURL = vi.fn((_url: string) => Promise.resolve());
    constructor(public options: Record<string, unknown>) {
      FakeWindow.created.push(this);
    }
    on(event: string, listener: () => void) {
      this.listeners.set(event, listener);
      return this;
    }
    once(event: string, listener: () => void) {
      return this.on(event, listener);
    }
  }
  return {
    FakeWindow,
    state: { app: null as unknown as EventEmitter & Record<string, ReturnType<typeof vi.fn>>, ready: Promise.resolve() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: { handle: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
        availableSpellCheckerLanguages: ['en-US', 'nl'],
        setSpellCheckerLanguages: vi.fn(),
      },
    },
    nativeTheme: { shouldUseDarkColors: false },
  };
});
vi.mock('electron', () => ({
  get app() {
    return electron.state.app;
  },
  BrowserWindow: electron.FakeWindow,
  protocol: electron.protocol,
  ipcMain: electron.ipcMain,
  session: electron.session,
  nativeTheme: electron.nativeTheme,
  dialog: {},
  contextBridge: {},
  ipcRenderer: {},
}));

const realPlatform = process.platform;
const APP_PATH = '/opt/vakwerk/resources/app.asar';

function freshApp(hasLock: boolean) {
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => hasLock),
    quit: vi.fn(),
    enableSandbox: vi.fn(),
    whenReady: vi.fn(() => ready),
    isReady: vi.fn(() => false),
    getAppPath: vi.fn(() => APP_PATH),
  });
  electron.state.app = app as unknown as typeof electron.state.app;
  return { app, markReady };
}

/** Imports main.ts fresh and lets the 'ready' promise settle. */
async function start(options: { hasLock?: boolean; ready?: boolean } = {}) {
  const { app, markReady } = freshApp(options.hasLock ?? true);
  vi.resetModules();
  await import('../../../electron/main');
  if (options.ready ?? true) {
    app.isReady.mockReturnValue(true);
    markReady();
    await vi.waitFor(() => expect(electron.FakeWindow.created.length).toBeGreaterThan(0));
  }
  return app;
}

function setPlatform(platform: NodeJS.Platform): void {
  Object.defineProperty(process, 'platform', { value: platform, configurable: true });
}

beforeEach(() => {
  vi.clearAllMocks();
  electron.FakeWindow.created.length = 0;
});
afterEach(() => setPlatform(realPlatform));

describe('before ready', () => {
  it('registers app: as a privileged scheme and sandboxes all renderers at start-up', async () => {
    const app = await start({ ready: false });
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(electron.protocol.registerSchemesAsPrivileged.mock.calls[0]![0]).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(app.enableSandbox).toHaveBeenCalledOnce();
    // Nothing that needs 'ready' has happened yet.
    expect(electron.protocol.handle).not.toHaveBeenCalled();
    expect(electron.FakeWindow.created).toHaveLength(0);
  });
});

describe('single instance', () => {
  it('quits a second instance before it opens anything', async () => {
    const app = await start({ hasLock: false, ready: false });
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('brings the existing window back when a second instance starts', async () => {
    const app = await start();
    const window = electron.FakeWindow.created[0]!;
    window.minimized = true;
    app.emit('second-instance', {}, [], '/');
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });
});

describe('on ready', () => {
  it('installs security, the protocol and IPC before it creates the one window', async () => {
    await start();
    const { defaultSession } = electron.session;
    expect(defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const channels = electron.ipcMain.handle.mock.calls.map(([channel]) => channel as string).sort();
    expect(channels).toEqual(Object.values(ipcContract).map((entry) => entry.channel).sort());

    expect(electron.FakeWindow.created).toHaveLength(1);
    const windowCreatedAt = Math.min(...electron.FakeWindow.created[0]!.loadURL.mock.invocationCallOrder);
    for (const spy of [
      defaultSession.setPermissionRequestHandler,
      defaultSession.webRequest.onBeforeRequest,
      electron.protocol.handle,
      electron.ipcMain.handle,
    ]) {
      expect(Math.max(...spy.mock.invocationCallOrder)).toBeLessThan(windowCreatedAt);
    }
  });

  it('hardens web contents created from now on (the window’s included)', async () => {
    const app = await start();
    expect(app.listenerCount('web-contents-created')).toBe(1);
  });

  it('serves the renderer from dist/renderer inside the app', async () => {
    await start();
    const [, handler] = electron.protocol.handle.mock.calls[0]! as [string, (request: Request) => Promise<Response>];
    // A traversal attempt proves the handler is the real one and rooted in the app path.
    expect((await handler(new Request('app://vakwerk/%2e%2e%2fsecret'))).status).toBe(403);
    expect(electron.FakeWindow.created[0]!.options.webPreferences).toMatchObject({
      preload: path.join(APP_PATH, 'dist', 'electron', 'preload.cjs'),
      sandbox: true,
      contextIsolation: true,
    });
  });

  it('loads only app://vakwerk/index.html', async () => {
    await start();
    const loaded = electron.FakeWindow.created.flatMap((w) => w.loadURL.mock.calls.map(([url]) => url));
    expect(loaded).toEqual(['app://vakwerk/index.html']);
  });

  it('sets the spellchecker to Dutch when available', async () => {
    await start();
    expect(electron.session.defaultSession.setSpellCheckerLanguages).toHaveBeenCalledWith(['nl']);
  });
});

describe('windows closing', () => {
  it('quits when the last window closes on Windows and Linux', async () => {
    const app = await start();
    for (const platform of ['win32', 'linux'] as const) {
      app.quit.mockClear();
      setPlatform(platform);
      app.emit('window-all-closed');
      expect(app.quit).toHaveBeenCalledOnce();
    }
  });

  it('stays active on macOS and reopens a window on activate', async () => {
    const app = await start();
    setPlatform('darwin');
    app.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();

    electron.FakeWindow.created[0]!.closed = true;
    electron.FakeWindow.created[0]!.listeners.get('closed')!();
    app.emit('activate');
    expect(electron.FakeWindow.created).toHaveLength(2);
    app.emit('activate');
    expect(electron.FakeWindow.created).toHaveLength(2);
  });
});
