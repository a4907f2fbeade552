import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../build/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));


/**
 * The app starts its backup worker from the chunk Vite built for it; this bundle is not built by
 * Vite, so the module that starts it is swapped for one that starts that same built chunk.
 */
const builtBackupWorker = {
  name: 'built-backup-worker',
  setup(esbuild) {
    esbuild.onResolve({ filter: /\/start-backup-worker$/ }, () => ({ path: 'start-backup-worker', namespace: 'built-backup-worker' }));
    esbuild.onLoad({ filter: /.*/, namespace: 'built-backup-worker' }, () => {
      const chunk = readdirSync(`${root}/dist/renderer/assets`).find((name) => /^backup\.worker-.*\.js$/.test(name));
      if (!chunk) throw new Error('geen backup.worker-*.js in dist/renderer/assets: eerst npm run build:renderer');
      return {
        contents: `export function startBackupWorker() { return new Worker(new URL('/assets/${chunk}', location.href), { type: 'module', name: 'vakwerk-back-up' }); }`,
        loader: 'js',
      };
    });
  },
};

/**
 * The seed script (tests/bench/seed-entry.ts, or another entry of tests/bench) as one IIFE,
 * injected into the app's own origin.
 */
export async function bundleSeedScript(entry = 'seed-entry.ts') {
  const result = await build({
    entryPoints: [`${root}/tests/bench/${entry}`],
    plugins: [builtBackupWorker],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome130',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Serves the production build (dist/renderer) exactly as `npm run web` does. */
export async function startServer() {
  const server = await preview({
    configFile: `${root}/build/vite.config.ts`,
    preview: { port: 0, strictPort: false, open: false },
    logLevel: 'silent',
  });
  const url = server.resolvedUrls.local[0];
  return { url, close: () => new Promise((resolve) => server.httpServer.close(resolve)) };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * A fresh browser context is a fresh profile: empty IndexedDB and HTTP cache, like a first start.
 * `seed` runs the given seed function in the page and reloads, so measurements see stored data.
 */
export async function openApp(browser, { url, seedScript, hash = '#/', seed }) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('pagina-fout:', error.message));
  await page.goto(`${url}${hash}`);
  let seeded;
  if (seed) {
    // Runtime.evaluate is not subject to the page CSP, which (rightly) blocks injected script tags.
    await page.evaluate(seedScript);
    seeded = await page.evaluate(seed);
  }
  return { context, page, seeded };
}

/** Time from navigation start until the app marks the student list as rendered. */
export async function reloadAndTimeReady(page, mark = 'vakwerk:students-ready') {
  await page.reload();
  return page.evaluate(
    (name) =>
      new Promise((resolve) => {
        const find = () => performance.getEntriesByName(name, 'mark')[0];
        const poll = () => {
          const entry = find();
          if (entry) resolve(entry.startTime);
          else requestAnimationFrame(poll);
        };
        poll();
      }),
    mark,
  );
}
