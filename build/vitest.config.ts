import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Unit tests mirror the source folders; each project runs in the environment its code runs in:
// shared and electron in Node (electron itself mocked at the module boundary), the renderer in
// jsdom with fake-indexeddb standing in for the browser's IndexedDB.
export default defineConfig({
  root,
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: ['tests/unit/shared/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'electron', include: ['tests/unit/electron/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          include: ['tests/unit/renderer/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/setup/renderer.ts'],
        },
      },
    ],
  },
});
