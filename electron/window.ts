import { BrowserWindow, app, nativeTheme } from 'electron';
import type { WebPreferences } from 'electron';
import { APP_ORIGIN } from '../shared/ipc/contract';
import { preloadPath } from './app-paths';

/** The only page the window ever loads: our own build, over our own scheme. */
export const MAIN_WINDOW_URL = `${APP_ORIGIN}/index.html`;

/**
 * The renderer's locked-down web preferences. Every security-relevant option is spelled out,
 * even where Electron 45's default is already safe, so a future default change or a
 * copy-pasted window cannot weaken it silently (tests/unit/electron/window.test.ts pins each
 * value).
 */
export function buildWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    // The renderer cannot reach Node or Electron; window.vakwerk (preload.ts) is the only door.
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    // Same-origin policy on, and no http content inside our secure origin.
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // Dropping a file or link on the window must not navigate away from the app (and lose
    // unsaved work); file imports go through explicit file inputs and dialogs instead.
    navigateOnDragDrop: false,
    // Teachers type feedback in Dutch; the language itself is set on the session (main.ts).
    spellcheck: true,
  };
}

/** Painted before the first frame so the window does not flash white in dark mode. */
export function windowBackgroundColor(prefersDark: boolean): string {
  // The renderer's --bg colours (renderer/src/styles.css), so no flash before the first paint.
  return prefersDark ? '#141619' : '#f5f5f2';
}

export function createMainWindow(): BrowserWindow {
  // Electronegativity only sees webPreferences written inline in `new BrowserWindow({...})`, so
  // the checks below would report the values as missing. Each is handled, just elsewhere:
  // - CONTEXT_ISOLATION, SANDBOX, NODE_INTEGRATION: set explicitly in buildWebPreferences()
  //   above and pinned value by value in tests/unit/electron/window.test.ts;
  // - AUXCLICK: a middle click opens a new window, and security.ts denies every new window;
  // - REMOTE_MODULE: the remote module was removed in Electron 14; the option no longer exists.
  const mainWindow = new BrowserWindow({ // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK NODE_INTEGRATION_JS_CHECK AUXCLICK_JS_CHECK REMOTE_MODULE_JS_CHECK
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 640,
    title: 'Vakwerk',
    show: false,
    backgroundColor: windowBackgroundColor(nativeTheme.shouldUseDarkColors),
    webPreferences: buildWebPreferences(preloadPath(app.getAppPath())),
  });
  // Show only once the first paint is ready: no blank window while the bundle loads.
  mainWindow.once('ready-to-show', () => mainWindow.show());
  mainWindow.loadURL(MAIN_WINDOW_URL).catch((error: unknown) => {
    console.error('[window] kan de app niet laden', error);
  });
  return mainWindow;
}
