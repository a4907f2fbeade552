import { APP_HOST, APP_SCHEME } from '../shared/ipc/contract';

/**
 * Pure predicates about where a URL points. Every security decision in main (navigation,
 * IPC senders, permission requests) asks these instead of comparing strings ad hoc.
 */

/** Parses without throwing: an unparsable URL is simply untrusted. */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True only for URLs on the renderer's own origin, app://vakwerk.
 *
 * We compare protocol and host instead of `URL.origin`, because Node's WHATWG URL reports
 * `origin === 'null'` for schemes it does not know (such as app:). Credentials and ports are
 * rejected: app://vakwerk never has them, so a URL that does is not ours (and `user@` tricks
 * such as app://vakwerk@evil.example are how look-alike URLs are built).
 */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
