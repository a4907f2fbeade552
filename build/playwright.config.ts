import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

/**
 * End-to-end tests: the production build of the renderer in Debian's Chromium (see
 * shared/quality.md). Electron's binary cannot be downloaded here, and Chromium is the engine
 * Electron embeds. `npm run test:e2e` builds the renderer first; the web server below only
 * serves dist/renderer. E2E_PORT moves it off 4173, so two checkouts can test side by side.
 *
 * Never `npx playwright install`: it downloads a browser. Point CHROMIUM_PATH elsewhere if
 * Chromium is not at /usr/bin/chromium.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_URL = `http://localhost:${PORT}/`;
const CI = Boolean(process.env.CI);

export default defineConfig({
  testDir: '../tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: '../test-results/e2e',
  fullyParallel: true,
  // 2 cores: one worker each; the preview server is cheap.
  workers: 2,
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: CI ? [['list'], ['html', { open: 'never', outputFolder: '../playwright-report' }]] : [['list']],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    // A missing button fails in seconds with its locator named, not at the test timeout.
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview --config build/vite.config.ts --port ${PORT} --strictPort`,
    cwd: root,
    url: BASE_URL,
    reuseExistingServer: !CI,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
