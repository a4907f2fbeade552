import { BrowserWindow, app, session } from 'electron';
import type { Session } from 'electron';
import { rendererRoot } from './app-paths';
import { ipcHandlers } from './ipc/handlers';
import { registerIpcHandlers } from './ipc/register';
import { registerAppProtocol, registerAppSchemeAsPrivileged } from './protocol';
import { installSecurityHandlers } from './security';
import { createMainWindow } from './window';

/**
 * Vakwerk's main process: one window showing app://vakwerk, nothing loaded from anywhere else.
 *
 * There is deliberately no development URL (such as Vite's http://localhost:5173): it would
 * add a second trusted origin to every check (navigation, IPC senders, permissions), a
 * different IndexedDB origin, and a way to point the app at other content through the
 * environment. The renderer is developed in the browser (`npm run dev`); Electron always runs
 * the production build (`npm start`).
 */

// Scheme privileges are fixed when Chromium starts, so this must happen before 'ready'.
registerAppSchemeAsPrivileged();
// Checklist 4: every renderer is sandboxed, also any web contents we did not create ourselves.
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;

// A second instance would open the same IndexedDB and backup folder at the same time; the
// lock makes it hand over to the first instance (which comes to the front) and quit.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    // macOS apps stay active without windows; 'activate' below reopens one.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error('[main] opstarten mislukt', error);
      app.quit();
    });
}

function onReady(): void {
  // Security first: the handlers must be in place before any web contents exists.
  installSecurityHandlers(app, session.defaultSession);
  setSpellCheckerLanguage(session.defaultSession);
  registerAppProtocol(rendererRoot(app.getAppPath()));
  registerIpcHandlers(ipcHandlers);
  openMainWindow();
}

function openMainWindow(): void {
  mainWindow = createMainWindow();
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/**
 * Teachers write feedback in Dutch. No-op on macOS, which uses the OS spellchecker. Guarded
 * because Electron throws for a language it does not know.
 */
function setSpellCheckerLanguage(target: Session): void {
  if (target.availableSpellCheckerLanguages.includes('nl')) target.setSpellCheckerLanguages(['nl']);
}
