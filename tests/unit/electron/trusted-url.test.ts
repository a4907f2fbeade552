import { describe, expect, it } from 'vitest';
import { isAppUrl, parseUrl } from '../../../electron/trusted-url';

describe('isAppUrl', () => {
  it.each(['app://vakwerk', 'app://vakwerk/', 'app://vakwerk/index.html', 'app://vakwerk/index.html#/klassen/3', 'app://vakwerk/assets/a.js?v=2'])(
    'trusts our own origin: %s',
    (url) => {
      expect(isAppUrl(url)).toBe(true);
    },
  );

  it.each([
    ['another scheme', 'https://vakwerk/index.html'],
    ['file://', 'file:///C:/vakwerk/index.html'],
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://vakwerk.evil.example/'],
    ['credentials before the host', 'app://vakwerk@evil.example/'],
    ['credentials on our host', 'app://user:pw@vakwerk/'],
    ['a user name on our host', 'app://user@vakwerk/'],
    ['a password on our host', 'app://:pw@vakwerk/'],
    ['a port', 'app://vakwerk:8080/'],
    ['the dev server', 'http://localhost:5173/'],
    ['a remote site', 'https://evil.example/'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['about:blank', 'about:blank'],
    ['garbage', 'not a url'],
    ['the empty string', ''],
  ])('rejects %s', (_what, url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('parseUrl', () => {
  it('returns null instead of throwing for an unparsable URL', () => {
    expect(parseUrl('::::')).toBeNull();
    expect(parseUrl('app://vakwerk/x')?.pathname).toBe('/x');
  });
});
