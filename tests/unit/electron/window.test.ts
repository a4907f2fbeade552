import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  /** What the next window's loadURL resolves or rejects with. */
  const load = { next: (): Promise<void> => Promise.resolve() };

  /** Records its options and the listeners it gets; show and loadURL are spies. */
  class BrowserWindow {
    static created: BrowserWindow[] = [];
    listeners = new Map<string, () => void>();
    show = vi.fn();
    loadURL = vi.fn(() => load.next());
    constructor(public options: Record<string, unknown>) {
      BrowserWindow.created.push(this);
    }
    once(event: string, listener: () => void) {
      this.listeners.set(event, listener);
      return this;
    }
  }
  return {
    load,
    BrowserWindow,
    app: { getAppPath: vi.fn(() => '/opt/vakwerk/app.asar') },
    nativeTheme: { shouldUseDarkColors: false },
  };
});
vi.mock('electron', () => electron);

const { MAIN_WINDOW_URL, buildWebPreferences, createMainWindow, windowBackgroundColor } = await import('../../../electron/window');

describe('buildWebPreferences', () => {
  it('locks down every security-relevant option', () => {
    // toEqual, not toMatchObject: an added key (enableBlinkFeatures, a partition, ...) fails too.
    expect(buildWebPreferences('/x/preload.cjs')).toEqual({
      preload: '/x/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    });
  });
});

describe('windowBackgroundColor', () => {
  it('follows the OS theme', () => {
    expect(windowBackgroundColor(false)).toBe('#f5f5f2');
    expect(windowBackgroundColor(true)).toBe('#141619');
    expect(windowBackgroundColor(true)).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('createMainWindow', () => {
  beforeEach(() => {
    electron.BrowserWindow.created.length = 0;
    electron.nativeTheme.shouldUseDarkColors = false;
    electron.load.next = () => Promise.resolve();
  });

  it('creates a hidden 1280×800 window titled Vakwerk with the locked preferences and our preload', () => {
    createMainWindow();
    expect(electron.BrowserWindow.created).toHaveLength(1);
    const { options } = electron.BrowserWindow.created[0]!;
    expect(options).toMatchObject({ width: 1280, height: 800, minWidth: 960, minHeight: 640, title: 'Vakwerk', show: false });
    expect(options.webPreferences).toEqual(
      buildWebPreferences(path.join('/opt/vakwerk/app.asar', 'dist', 'electron', 'preload.cjs')),
    );
  });

  it('paints the background in the OS theme before the first frame', () => {
    electron.nativeTheme.shouldUseDarkColors = true;
    createMainWindow();
    expect(electron.BrowserWindow.created[0]!.options.backgroundColor).toBe(windowBackgroundColor(true));
  });

  it('loads only app://vakwerk/index.html', () => {
    const window = createMainWindow();
    expect(MAIN_WINDOW_URL).toBe('app://vakwerk/index.html');
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('app://vakwerk/index.html');
  });

  it('shows the window only when it is ready to show', () => {
    const window = createMainWindow();
    expect(window.show).not.toHaveBeenCalled();
    electron.BrowserWindow.created[0]!.listeners.get('ready-to-show')!();
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('reports a failed load instead of leaving an unhandled rejection', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    electron.load.next = () => Promise.reject(new Error('ERR_FILE_NOT_FOUND'));
    createMainWindow();
    await vi.waitFor(() => expect(error).toHaveBeenCalledWith('[window] kan de app niet laden', expect.any(Error)));
  });
});
