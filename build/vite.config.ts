import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp.ts';

const root = fileURLToPath(new URL('../renderer', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Production builds get the strict CSP as a meta tag. The dev server is left without it
 * because Vite's HMR client and React Refresh inject inline scripts; Electron additionally
 * sends the same policy as a response header from electron/protocol.ts.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'vakwerk-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<!-- CSP -->',
        `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [react(), contentSecurityPolicy()],
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    chunkSizeWarningLimit: 900,
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 5173, strictPort: true },
});
