import type { App, Event, Session, WebContents } from 'electron';
import { isAllowedPermissionCheck, isAllowedPermissionRequest } from './permission-policy';
import { isAppUrl } from './trusted-url';

/**
 * Deny-by-default hardening for every web contents and the session, following Electron's
 * security checklist (https://www.electronjs.org/docs/latest/tutorial/security). The
 * decisions themselves are pure predicates (trusted-url.ts, permission-policy.ts); this module
 * only wires them in. Must run before the first window is created.
 */
export function installSecurityHandlers(app: App, session: Session): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  restrictPermissions(session);
  blockNetworkRequests(session);
}

/** The URL patterns of every network scheme; Vakwerk itself only ever loads app://. */
export const NETWORK_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

/**
 * Checklist 13 and 14 (limit navigation and new windows), and 12 (no <webview>). Vakwerk is
 * one page with hash routing, so a real navigation away from app://vakwerk can only be a
 * mistake or an attack (a dropped link, an injected <a>, a redirect): block it.
 */
export function hardenWebContents(contents: WebContents): void {
  const blockUnlessAppUrl = (event: Event<{ url: string }>, kind: string): void => {
    if (!isAppUrl(event.url)) {
      event.preventDefault();
      console.warn(`[security] ${kind} geblokkeerd: ${event.url}`);
    }
  };
  contents.on('will-navigate', (event) => blockUnlessAppUrl(event, 'navigatie'));
  // Also fires for subframes; our CSP forbids frames (frame-src 'none'), this is the second lock.
  contents.on('will-frame-navigate', (event) => blockUnlessAppUrl(event, 'navigatie in frame'));
  contents.on('will-redirect', (event) => blockUnlessAppUrl(event, 'omleiding'));

  // No new windows at all. Opening https links in the OS browser (shell.openExternal) was
  // considered and rejected: the app has no external links, and every openExternal call is a
  // path out of the sandbox and onto the network that we would then have to police.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));

  // webviewTag is off in webPreferences already; this also stops one being attached if that
  // setting were ever flipped, and covers web contents we did not create ourselves.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Checklist 5 (handle permission requests). Both handlers are needed: the request handler
 * answers prompts (getUserMedia), the check handler answers silent queries (permissions API,
 * device enumeration). Device access (HID, serial, USB, Bluetooth) is never granted.
 */
export function restrictPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    callback(isAllowedPermissionRequest(permission, details));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) =>
    isAllowedPermissionCheck(permission, requestingOrigin, details),
  );
  session.setDevicePermissionHandler(() => false);
}

/**
 * Personal data stays on the machine: the CSP already limits the renderer to 'self', and this
 * cancels any http(s)/ws(s)/ftp request the session would make regardless of who asks, so a
 * CSP mistake or a future dependency cannot phone home.
 */
export function blockNetworkRequests(session: Session): void {
  session.webRequest.onBeforeRequest({ urls: NETWORK_URL_PATTERNS }, (details, callback) => {
    console.warn(`[security] netwerkverzoek geblokkeerd: ${details.url}`);
    callback({ cancel: true });
  });
}
