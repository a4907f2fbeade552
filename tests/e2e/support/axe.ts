import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults, Result } from 'axe-core';
import type * as AxeCore from 'axe-core';

/**
 * Accessibility checks with axe-core. @axe-core/playwright needs Node 22, so axe's own script is
 * evaluated in the page. It goes in through page.evaluate (the DevTools protocol), not a
 * <script> tag: the production build's Content-Security-Policy rightly blocks inline scripts,
 * and the tests run with that policy in force.
 */
const require = createRequire(import.meta.url);
let axeSource: string | undefined;

function source(): string {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

export interface AxeOptions {
  /** CSS selectors of parts to leave out (for a known, reported problem only). */
  exclude?: string[];
}

async function injectAxe(page: Page): Promise<void> {
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.evaluate(source());
}

export async function runAxe(page: Page, options: AxeOptions = {}): Promise<AxeResults> {
  await injectAxe(page);
  return page.evaluate(
    async ({ tags, exclude }) => {
      const axe = (window as unknown as { axe: typeof AxeCore }).axe;
      const context = exclude.length > 0 ? { include: [document], exclude: exclude.map((selector) => [selector]) } : document;
      return axe.run(context as Parameters<typeof axe.run>[0], {
        runOnly: { type: 'tag', values: [...tags] },
        resultTypes: ['violations'],
      });
    },
    { tags: WCAG_TAGS, exclude: options.exclude ?? [] },
  );
}

function describe(violation: Result): string {
  const nodes = violation.nodes
    .slice(0, 5)
    .map((node) => `    - ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
    .join('\n');
  const more = violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : '';
  return `[${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes}${more}`;
}

/**
 * Fails the test with a readable list when axe finds serious or critical WCAG 2.1 A/AA
 * violations. The failure is soft: the test goes on, so one problem in the page frame does not
 * hide what the rest of the test would find (Playwright still reports the test as failed).
 */
export async function expectNoAxeViolations(page: Page, what: string, options: AxeOptions = {}): Promise<void> {
  const results = await runAxe(page, options);
  const blocking = results.violations.filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''));
  expect.soft(blocking.map(describe).join('\n\n'), `axe: serious/critical WCAG 2.1 AA violations on ${what}`).toBe('');
}
