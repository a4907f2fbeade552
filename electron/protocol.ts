import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from '../shared/ipc/contract';
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp';
import { contentTypeFor } from './content-types';
import { parseUrl } from './trusted-url';

/**
 * Serves the renderer from app://vakwerk instead of file://. A standard, secure scheme gives
 * the renderer a real, stable origin (IndexedDB is stored per origin; changing it would orphan
 * every teacher's data), lets the CSP's 'self' mean exactly our files, and avoids the extra
 * privileges Chromium grants to file:// pages (checklist 18).
 */

/**
 * - standard: parsed like http (host, path, relative URLs) and given its own origin, which
 *   IndexedDB and localStorage need;
 * - secure: counts as a secure context (crypto.subtle, getUserMedia for the camera);
 * - supportFetchAPI: the renderer can fetch() its own assets;
 * - codeCache: V8 caches compiled scripts between starts (faster start-up; needs standard).
 * Deliberately not bypassCSP, corsEnabled or allowServiceWorkers.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
} as const;

/** Must run before the app's 'ready' event; Electron ignores it afterwards. */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

export type RendererPath = { ok: true; filePath: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * Maps an app:// request URL to a file inside `root` (dist/renderer), or to the HTTP status
 * to answer with. Pure, and parameterised over the path flavour so tests can check Windows
 * rules on any OS.
 *
 * Why each rule (every one of them guards against reading a file outside the renderer build):
 * - only app://vakwerk: another host or scheme is not something we serve (404);
 * - decode once, then refuse NUL bytes (400): they truncate paths in native code;
 * - refuse backslashes and ':' (403): on Windows they are separators and drive or
 *   alternate-data-stream markers, and our build never produces them in a file name;
 * - refuse '.' and '..' segments after decoding (403): the URL parser removes literal dot
 *   segments, but not encoded ones such as %2e%2e%2f;
 * - finally resolve against the root and check the result is still inside it (403), so even
 *   a rule missed above cannot escape.
 */
export function resolveRendererPath(
  requestUrl: string,
  root: string,
  pathApi: path.PlatformPath = path,
): RendererPath {
  const url = parseUrl(requestUrl);
  if (url === null) return { ok: false, status: 400 };
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST) return { ok: false, status: 404 };
  if (url.port !== '' || url.username !== '' || url.password !== '') return { ok: false, status: 404 };

  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0')) return { ok: false, status: 400 };
  if (decoded.includes('\\') || decoded.includes(':')) return { ok: false, status: 403 };

  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..')) return { ok: false, status: 403 };
  // The renderer uses hash routing, so '/' is the only page; there is no SPA fallback.
  if (segments.length === 0) segments.push('index.html');

  const filePath = pathApi.resolve(root, ...segments);
  if (!isStrictlyInside(root, filePath, pathApi)) return { ok: false, status: 403 };
  return { ok: true, filePath };
}

/**
 * Whether `candidate` lies inside `root` (not the root itself). Compared through
 * path.relative rather than a string prefix, so /app/dist/renderer-evil is not "inside"
 * /app/dist/renderer, and Windows drive letters and case are handled by the path flavour.
 */
export function isStrictlyInside(root: string, candidate: string, pathApi: path.PlatformPath = path): boolean {
  const relative = pathApi.relative(pathApi.resolve(root), pathApi.resolve(candidate));
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${pathApi.sep}`) && !pathApi.isAbsolute(relative);
}

/** Headers on every response, errors included, so no app:// document is ever without a CSP. */
function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
};

function errorResponse(status: number, extraHeaders: Record<string, string> = {}): Response {
  return new Response(STATUS_TEXT[status] ?? 'Error', {
    status,
    headers: { ...securityHeaders('text/plain; charset=utf-8'), ...extraHeaders },
  });
}

/** Error codes that mean "there is no such file", as opposed to a broken disk or install. */
const NOT_FOUND_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'ENAMETOOLONG']);

/** Reads one file of the renderer build (bytes backed by a plain ArrayBuffer, as Response wants). */
export type ReadRendererFile = (filePath: string) => Promise<Uint8Array<ArrayBuffer>>;

// Copied into a plain Uint8Array because Node types Buffer as possibly shared memory, which
// Response does not accept; the renderer build is a few MB read once, so the copy is cheap.
const readFromDisk: ReadRendererFile = async (filePath) => new Uint8Array(await readFile(filePath));

export function createAppProtocolHandler(
  root: string,
  readRendererFile: ReadRendererFile = readFromDisk,
): (request: Request) => Promise<Response> {
  return async (request) => {
    // The renderer only ever reads its own files; anything else is not a use we support.
    if (request.method !== 'GET') return errorResponse(405, { Allow: 'GET' });

    const resolved = resolveRendererPath(request.url, root);
    if (!resolved.ok) return errorResponse(resolved.status);

    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await readRendererFile(resolved.filePath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      if (code !== undefined && NOT_FOUND_CODES.has(code)) return errorResponse(404);
      console.error('[protocol] kan bestand niet lezen', resolved.filePath, error);
      return errorResponse(500);
    }
    return new Response(body, { status: 200, headers: securityHeaders(contentTypeFor(resolved.filePath)) });
  };
}

/** Call once the app is ready: from then on app://vakwerk serves dist/renderer. */
export function registerAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(root));
}
