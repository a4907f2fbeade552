import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

const {
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  isStrictlyInside,
  registerAppProtocol,
  registerAppSchemeAsPrivileged,
  resolveRendererPath,
} = await import('../../../electron/protocol');

describe('isStrictlyInside (the last check before a file is read)', () => {
  it.each([
    ['/app/dist/renderer', '/app/dist/renderer/index.html', true],
    ['/app/dist/renderer', '/app/dist/renderer/assets/a.js', true],
    ['/app/dist/renderer/', '/app/dist/renderer/..index.html', true],
    ['/app/dist/renderer', '/app/dist/renderer', false],
    ['/app/dist/renderer', '/app/dist/renderer-evil/x.js', false],
    ['/app/dist/renderer', '/app/dist/secret.txt', false],
    ['/app/dist/renderer', '/app/dist/renderer/../secret.txt', false],
    ['/app/dist/renderer', '/etc/passwd', false],
  ])('POSIX: %s contains %s: %s', (root, candidate, inside) => {
    expect(isStrictlyInside(root, candidate, path.posix)).toBe(inside);
  });

  it.each([
    ['C:\\app\\renderer', 'C:\\app\\renderer\\index.html', true],
    ['C:\\app\\renderer', 'c:\\APP\\Renderer\\index.html', true],
    ['C:\\app\\renderer', 'D:\\app\\renderer\\index.html', false],
    ['C:\\app\\renderer', 'C:\\app\\renderer-evil\\x.js', false],
    ['C:\\app\\renderer', '\\\\server\\share\\x.js', false],
    ['C:\\app\\renderer', 'C:\\app\\secret.txt', false],
  ])('Windows: %s contains %s: %s', (root, candidate, inside) => {
    expect(isStrictlyInside(root, candidate, path.win32)).toBe(inside);
  });
});

describe('resolveRendererPath (POSIX)', () => {
  const root = '/opt/vakwerk/dist/renderer';
  const resolve = (url: string) => resolveRendererPath(url, root, path.posix);

  it('serves index.html for the root', () => {
    expect(resolve('app://vakwerk/')).toEqual({ ok: true, filePath: `${root}/index.html` });
    expect(resolve('app://vakwerk')).toEqual({ ok: true, filePath: `${root}/index.html` });
    expect(resolve('app://vakwerk/#/klassen')).toEqual({ ok: true, filePath: `${root}/index.html` });
  });

  it('maps asset paths into the root and ignores query and hash', () => {
    expect(resolve('app://vakwerk/assets/index-Bx1.js?v=3#x')).toEqual({ ok: true, filePath: `${root}/assets/index-Bx1.js` });
    expect(resolve('app://vakwerk/assets/Inter%20Regular.woff2')).toEqual({
      ok: true,
      filePath: `${root}/assets/Inter Regular.woff2`,
    });
  });

  it('keeps literal ../ inside the root (the URL parser removes them before we see the path)', () => {
    const result = resolve('app://vakwerk/../../etc/passwd');
    expect(result).toEqual({ ok: true, filePath: `${root}/etc/passwd` });
  });

  it.each([
    'app://vakwerk/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://vakwerk/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://vakwerk/assets/..%2f..%2f..%2fetc/passwd',
    'app://vakwerk/%2E%2E%2Fsecret.txt',
    'app://vakwerk/assets/.%2fapp.js',
  ])('refuses encoded dot segments: %s', (url) => {
    expect(resolve(url)).toEqual({ ok: false, status: 403 });
  });

  it.each([
    'app://vakwerk/..%5c..%5cetc%5cpasswd',
    'app://vakwerk/..\\..\\etc\\passwd',
    'app://vakwerk/assets%5capp.js',
    'app://vakwerk/C:/Windows/win.ini',
    'app://vakwerk/index.html::$DATA',
  ])('refuses backslashes and colons: %s', (url) => {
    expect(resolve(url)).toEqual({ ok: false, status: 403 });
  });

  it.each(['app://vakwerk/index.html%00.png', 'app://vakwerk/%00', 'app://vakwerk/%E0%A4%A', 'app://vakwerk/%'])(
    'refuses NUL bytes and malformed escapes: %s',
    (url) => {
      expect(resolve(url)).toEqual({ ok: false, status: 400 });
    },
  );

  it.each([
    'app://evil/index.html',
    'app://vakwerk.evil.example/index.html',
    'app://vakwerk:1234/index.html',
    'app://user@vakwerk/index.html',
    'https://vakwerk/index.html',
    'file:///etc/passwd',
    'http://localhost:5173/index.html',
  ])('answers 404 for another host or scheme: %s', (url) => {
    expect(resolve(url)).toEqual({ ok: false, status: 404 });
  });

  it('answers 400 for something that is not a URL', () => {
    expect(resolve('not a url')).toEqual({ ok: false, status: 400 });
  });
});

describe('resolveRendererPath (Windows)', () => {
  const root = 'C:\\Program Files\\Vakwerk\\resources\\app.asar\\dist\\renderer';
  const resolve = (url: string) => resolveRendererPath(url, root, path.win32);

  it('maps assets with Windows separators', () => {
    expect(resolve('app://vakwerk/assets/app.js')).toEqual({ ok: true, filePath: `${root}\\assets\\app.js` });
  });

  it.each([
    'app://vakwerk/..%5c..%5c..%5cWindows%5cwin.ini',
    'app://vakwerk/assets%5c..%5c..%5csecret.txt',
    'app://vakwerk/C:%5cWindows%5cwin.ini',
    'app://vakwerk/C:/Windows/win.ini',
    'app://vakwerk/D:secret.txt',
    'app://vakwerk/%5c%5cserver%5cshare%5cfile',
    'app://vakwerk/..%2f..%2fWindows/win.ini',
  ])('refuses %s', (url) => {
    const result = resolve(url);
    expect(result.ok).toBe(false);
  });
});

describe('createAppProtocolHandler', () => {
  let base: string;
  let root: string;
  const indexHtml = '<!doctype html><title>Vakwerk</title>';
  const appJs = 'console.log("vakwerk");';

  beforeAll(() => {
    base = mkdtempSync(path.join(tmpdir(), 'vakwerk-protocol-'));
    root = path.join(base, 'dist', 'renderer');
    mkdirSync(path.join(root, 'assets'), { recursive: true });
    writeFileSync(path.join(root, 'index.html'), indexHtml);
    writeFileSync(path.join(root, 'assets', 'app.js'), appJs);
    writeFileSync(path.join(root, 'assets', 'style.css'), 'body{}');
    writeFileSync(path.join(root, 'assets', 'data.bin'), new Uint8Array([0, 1, 2]));
    // A file next to the renderer root that no request may ever reach.
    writeFileSync(path.join(base, 'dist', 'secret.txt'), 'leerlinggegevens');
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  const get = (url: string, method = 'GET') => createAppProtocolHandler(root)(new Request(url, { method }));

  function expectSecurityHeaders(response: Response): void {
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  }

  it('serves index.html for / with the CSP and nosniff headers', async () => {
    const response = await get('app://vakwerk/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(response);
    expect(await response.text()).toBe(indexHtml);
  });

  it('serves assets with their content type', async () => {
    const js = await get('app://vakwerk/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe(appJs);
    expectSecurityHeaders(js);

    const css = await get('app://vakwerk/assets/style.css');
    expect(css.headers.get('Content-Type')).toBe('text/css; charset=utf-8');

    const bin = await get('app://vakwerk/assets/data.bin');
    expect(bin.headers.get('Content-Type')).toBe('application/octet-stream');
    expect(new Uint8Array(await bin.arrayBuffer())).toEqual(new Uint8Array([0, 1, 2]));
  });

  it.each(['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS'])('answers %s with 405', async (method) => {
    const response = await get('app://vakwerk/index.html', method);
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET');
    expectSecurityHeaders(response);
  });

  it.each(['app://vakwerk/missing.js', 'app://vakwerk/klassen/3', 'app://vakwerk/assets/', 'app://vakwerk/index.html/x'])(
    'answers 404 for %s (no SPA fallback)',
    async (url) => {
      const response = await get(url);
      expect(response.status).toBe(404);
      expectSecurityHeaders(response);
      expect(await response.text()).not.toContain('Vakwerk</title>');
    },
  );

  it('answers 404 for another host', async () => {
    expect((await get('app://other/index.html')).status).toBe(404);
  });

  it.each([
    ['app://vakwerk/%2e%2e%2fsecret.txt', 403],
    ['app://vakwerk/assets/..%2f..%2fsecret.txt', 403],
    ['app://vakwerk/..%5csecret.txt', 403],
    ['app://vakwerk/../secret.txt', 404],
    ['app://vakwerk/secret.txt%00.js', 400],
  ])('never serves a file outside the root: %s', async (url, status) => {
    const response = await get(url);
    expect(response.status).toBe(status);
    expect(await response.text()).not.toContain('leerlinggegevens');
    expectSecurityHeaders(response);
  });

  it('answers 500 (not 404) when a file exists but cannot be read', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const handler = createAppProtocolHandler(root, () => Promise.reject(denied));
    const response = await handler(new Request('app://vakwerk/index.html'));
    expect(response.status).toBe(500);
    expectSecurityHeaders(response);
  });
});

describe('registration', () => {
  beforeEach(() => vi.clearAllMocks());

  it('registers app: as a standard, secure, fetch-capable scheme without bypassing CSP', () => {
    registerAppSchemeAsPrivileged();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    const [schemes] = electron.protocol.registerSchemesAsPrivileged.mock.calls[0]! as [
      Array<{ scheme: string; privileges: Record<string, boolean> }>,
    ];
    expect(schemes).toHaveLength(1);
    expect(schemes[0]!.scheme).toBe('app');
    expect(schemes[0]!.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(schemes[0]!.privileges.bypassCSP).toBeUndefined();
    expect(schemes[0]!.privileges.corsEnabled).toBeUndefined();
    expect(schemes[0]!.privileges.allowServiceWorkers).toBeUndefined();
    expect(schemes[0]!.privileges).toEqual({ ...APP_SCHEME_PRIVILEGES });
  });

  it('handles the app scheme with a handler that serves the given root', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'vakwerk-root-'));
    writeFileSync(path.join(root, 'index.html'), 'hallo');
    try {
      registerAppProtocol(root);
      expect(electron.protocol.handle).toHaveBeenCalledOnce();
      const [scheme, handler] = electron.protocol.handle.mock.calls[0]! as [string, (request: Request) => Promise<Response>];
      expect(scheme).toBe('app');
      const response = await handler(new Request('app://vakwerk/'));
      expect(await response.text()).toBe('hallo');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
