/**
 * The Content-Security-Policy of the renderer, used both as a meta tag in the production
 * build and as a response header by Electron's app:// protocol handler.
 * - no 'unsafe-eval' and no inline scripts: only our own bundled scripts run;
 * - style-src allows inline styles because virtualised tables position rows with style
 *   attributes (React sets them through the CSSOM, but the attribute form appears in SSR-free
 *   markup such as PDF previews later);
 * - img-src allows blob:/data: for evidence photos that live in IndexedDB as Blobs;
 * - connect-src 'self' only: Vakwerk never talks to the network.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
