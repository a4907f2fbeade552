import { EventEmitter } from 'node:events';
import type { App, Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NETWORK_URL_PATTERNS, installSecurityHandlers } from '../../../electron/security';

/** A stand-in for Electron's web contents: a real event emitter plus the one method we call. */
function fakeWebContents() {
  const emitter = new EventEmitter();
  const setWindowOpenHandler = vi.fn();
  const contents = Object.assign(emitter, { setWindowOpenHandler });
  return { contents, setWindowOpenHandler };
}

function fakeSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
}

/** A navigation-like event as Electron emits it: the URL plus preventDefault. */
function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

function setUp() {
  const app = new EventEmitter();
  const session = fakeSession();
  installSecurityHandlers(app as unknown as App, session as unknown as Session);
  const { contents, setWindowOpenHandler } = fakeWebContents();
  app.emit('web-contents-created', {}, contents as unknown as WebContents);
  return { app, session, contents, setWindowOpenHandler };
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('navigation', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s to another site is prevented', (eventName) => {
    const { contents } = setUp();
    const event = navigationEvent('https://evil.example/phish');
    contents.emit(eventName, event, event.url);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it.each([
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://vakwerk@evil.example/',
    'javascript:alert(1)',
  ])('will-navigate to %s is prevented', (url) => {
    const { contents } = setUp();
    const event = navigationEvent(url);
    contents.emit('will-navigate', event, url);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s within app://vakwerk is allowed', (eventName) => {
    const { contents } = setUp();
    const event = navigationEvent('app://vakwerk/index.html');
    contents.emit(eventName, event, event.url);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('hardens every web contents, not only the first', () => {
    const { app } = setUp();
    const second = fakeWebContents();
    app.emit('web-contents-created', {}, second.contents);
    const event = navigationEvent('https://evil.example/');
    second.contents.emit('will-navigate', event, event.url);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(second.setWindowOpenHandler).toHaveBeenCalledOnce();
  });
});

describe('new windows and webviews', () => {
  it('denies every window.open, also for https and for our own origin', () => {
    const { setWindowOpenHandler } = setUp();
    expect(setWindowOpenHandler).toHaveBeenCalledOnce();
    const handler = setWindowOpenHandler.mock.calls[0]![0] as (details: { url: string }) => unknown;
    expect(handler({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://vakwerk/index.html' })).toEqual({ action: 'deny' });
  });

  it('prevents attaching a webview', () => {
    const { contents } = setUp();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('permissions', () => {
  type RequestHandler = (wc: unknown, permission: string, callback: (granted: boolean) => void, details: object) => void;
  type CheckHandler = (wc: unknown, permission: string, origin: string, details: object) => boolean;

  function requestHandler(session: ReturnType<typeof fakeSession>): RequestHandler {
    return session.setPermissionRequestHandler.mock.calls[0]![0] as RequestHandler;
  }
  function ask(handler: RequestHandler, permission: string, details: object): boolean | undefined {
    let answer: boolean | undefined;
    handler({}, permission, (granted) => (answer = granted), details);
    return answer;
  }

  const ourMainFrame = { isMainFrame: true, requestingUrl: 'app://vakwerk/index.html' };

  it('grants only the camera to our main frame and denies everything else', () => {
    const { session } = setUp();
    const handler = requestHandler(session);
    expect(ask(handler, 'media', { ...ourMainFrame, mediaTypes: ['video'] })).toBe(true);
    expect(ask(handler, 'media', { ...ourMainFrame, mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(ask(handler, 'media', { ...ourMainFrame, mediaTypes: ['audio'] })).toBe(false);
    expect(ask(handler, 'media', { isMainFrame: true, requestingUrl: 'https://evil.example/', mediaTypes: ['video'] })).toBe(false);
    expect(ask(handler, 'geolocation', ourMainFrame)).toBe(false);
    expect(ask(handler, 'notifications', ourMainFrame)).toBe(false);
    expect(ask(handler, 'openExternal', ourMainFrame)).toBe(false);
  });

  it('answers permission checks the same way', () => {
    const { session } = setUp();
    const handler = session.setPermissionCheckHandler.mock.calls[0]![0] as CheckHandler;
    expect(handler({}, 'media', 'app://vakwerk/', { isMainFrame: true, mediaType: 'video' })).toBe(true);
    expect(handler({}, 'media', 'app://vakwerk/', { isMainFrame: true, mediaType: 'audio' })).toBe(false);
    expect(handler({}, 'media', 'https://evil.example', { isMainFrame: true, mediaType: 'video' })).toBe(false);
    expect(handler({}, 'clipboard-read', 'app://vakwerk/', { isMainFrame: true })).toBe(false);
  });

  it('never grants device access (HID, serial, USB)', () => {
    const { session } = setUp();
    const handler = session.setDevicePermissionHandler.mock.calls[0]![0] as (details: object) => boolean;
    expect(handler({ deviceType: 'usb', origin: 'app://vakwerk' })).toBe(false);
    expect(handler({ deviceType: 'hid', origin: 'app://vakwerk' })).toBe(false);
  });
});

describe('network', () => {
  it('cancels every http(s) and websocket request the session would make', () => {
    const { session } = setUp();
    const [filter, listener] = session.webRequest.onBeforeRequest.mock.calls[0]! as [
      { urls: string[] },
      (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void,
    ];
    expect(filter.urls).toEqual(NETWORK_URL_PATTERNS);
    expect(filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    const callback = vi.fn();
    listener({ url: 'https://telemetry.example/collect' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });
});
