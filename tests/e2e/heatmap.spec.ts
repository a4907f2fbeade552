import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { fullName, readObservaties, readStore, type StoredStudent } from './support/db';
import { expect, test } from './support/test';

/**
 * Groei (issue 6, the class heatmap) on the voorbeeldschool: a group's students × the eindtermen
 * of its programme, each cell's level as text; sorting by a goal; Enter on a cell lists the
 * evidence behind it (checked against the stored observations); accessible in light and dark.
 */

interface StoredObservatie {
  studentId: string;
  nodeId: string | null;
  level: number | null;
  date: string;
  deletedAt: number | null;
}
interface StoredNode {
  id: string;
  code: string;
  frameworkId: string;
  deletedAt: number | null;
}

const LEVELS = ['D', 'C', 'B', 'A']; // the short labels of the default scale, lowest first
const LEVEL_NAMES = ['D minimaal', 'C basis', 'B gevorderd', 'A expert'];

const grid = (page: Page) => page.getByRole('grid', { name: /^Beheersing van 3T-A per doel$/ });
const dataRows = (page: Page) => grid(page).locator('tbody tr');

/** The level shown in each cell of a column, top to bottom ('' for no evidence). */
async function columnLevels(page: Page, column: number): Promise<string[]> {
  return dataRows(page).evaluateAll(
    (rows, index) => rows.map((row) => (row.querySelectorAll('td[role="gridcell"]')[index] as HTMLElement).dataset.level ?? ''),
    column,
  );
}
const rowNames = (page: Page) => dataRows(page).locator('th').allTextContents();

async function openGroup(page: Page, group: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Groei', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Groei');
  await page.getByLabel('Groep', { exact: true }).selectOption({ label: group });
  await expect(grid(page)).toBeVisible();
}

/** The goal column with the most cells that have a level: the most telling one to sort on. */
async function busiestColumn(page: Page): Promise<number> {
  const counts = await dataRows(page).evaluateAll((rows) => {
    const filled: number[] = [];
    for (const row of rows) row.querySelectorAll('td[role="gridcell"]').forEach((td, index) => (filled[index] = (filled[index] ?? 0) + ((td as HTMLElement).dataset.level ? 1 : 0)));
    return filled;
  });
  return counts.indexOf(Math.max(...counts));
}

test.describe('groei: de heatmap van een groep', () => {
  // Loading the voorbeeldschool takes seconds on a busy machine: room for it.
  test.slow();
  test.beforeEach(async ({ app, page }) => {
    // As app.loadDemoData(), with room for a machine busy with other work.
    await app.open('/');
    await page.getByRole('button', { name: 'Voorbeeldgegevens laden' }).click();
    await expect(page).toHaveURL(/#\/leerlingen$/, { timeout: 30_000 });
  });

  test('cellen tonen het niveau als tekst, lege cellen zeggen "geen bewijs"; sorteren op een doel', async ({ page }) => {
    await openGroup(page, '3T-A');
    await expect(dataRows(page)).toHaveCount(24);
    // What every cell shows and says, read in one go: [level, shown text, its accessible name].
    const cells = await grid(page)
      .locator('td[role="gridcell"]')
      .evaluateAll((tds) => tds.map((td) => [(td as HTMLElement).dataset.level ?? '', td.textContent ?? '', td.getAttribute('aria-label') ?? '']));
    const goals = await grid(page).locator('thead th.heatmap-goal').count();
    // The columns are the eindtermen of the cohort's programme framework (the voorbeeldkader).
    const frameworks = await readStore<{ id: string; title: string }>(page, 'frameworks');
    const chosen = await page.getByLabel('Kader').locator('option:checked').textContent();
    const programme = frameworks.find((framework) => framework.title === chosen)!;
    const nodes = await readStore<StoredNode & { type: string }>(page, 'frameworkNodes');
    expect(goals).toBe(nodes.filter((node) => node.frameworkId === programme.id && node.type === 'eindterm' && node.deletedAt == null).length);
    expect(goals).toBeGreaterThan(5);
    expect(cells).toHaveLength(24 * goals);
    const filled = cells.filter(([level]) => level !== '');
    expect(filled.length).toBeGreaterThan(10);
    for (const [level, shown, spoken] of filled) {
      expect(shown).toBe(LEVELS[Number(level) - 1]);
      expect(spoken).toBe(LEVEL_NAMES[Number(level) - 1]);
    }
    const empty = cells.filter(([level]) => level === '');
    expect(empty.length).toBeGreaterThan(0);
    for (const [, , spoken] of empty) expect(spoken).toBe('geen bewijs');
    await expect(page.getByRole('region', { name: 'Legenda' })).toContainText('A expert');

    // Default order: by name. Sorting on a goal puts its levels lowest first, then the rest.
    const before = await rowNames(page);
    expect(before).toEqual([...before].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' })));
    const column = await busiestColumn(page);
    const header = grid(page).locator('thead th.heatmap-goal').nth(column);
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    const ascending = await columnLevels(page, column);
    const levels = ascending.filter(Boolean).map(Number);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    expect(ascending.slice(levels.length).every((level) => level === '')).toBe(true);
    expect(await rowNames(page)).not.toEqual(before);

    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    const descending = (await columnLevels(page, column)).filter(Boolean).map(Number);
    expect(descending).toEqual([...levels].sort((a, b) => b - a));
  });

  test('met het toetsenbord naar een cel, Enter toont het bewijs erachter; naar de leerling', async ({ app, page }) => {
    await openGroup(page, '3T-A');
    // The first filled cell, reached with the arrow keys from the first cell.
    const target = grid(page).locator('td[role="gridcell"]:not([data-level=""])').first();
    const [row, column] = (await target.getAttribute('data-cell'))!.split(':').map(Number) as [number, number];
    await app.tabTo(grid(page).locator('td[data-cell="0:0"]'));
    for (let i = 0; i < row; i++) await page.keyboard.press('ArrowDown');
    for (let i = 0; i < column; i++) await page.keyboard.press('ArrowRight');
    await expect(target).toBeFocused();
    const studentName = (await dataRows(page).nth(row).locator('th').textContent())!;
    const code = (await grid(page).locator('thead th.heatmap-goal').nth(column).textContent())!.trim();
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { level: 2 })).toContainText(code);

    // The observations listed are exactly the stored ones of this student on this eindterm.
    const students = await readStore<StoredStudent>(page, 'students');
    const student = students.find((candidate) => `${candidate.achternaam}, ${[candidate.roepnaam, candidate.tussenvoegsel].filter(Boolean).join(' ')}` === studentName)!;
    const nodes = await readStore<StoredNode>(page, 'frameworkNodes');
    const nodeIds = new Set(nodes.filter((node) => node.code === code && node.deletedAt == null).map((node) => node.id));
    const stored = (await readObservaties<StoredObservatie>(page)).filter(
      (o) => o.deletedAt == null && o.studentId === student.id && o.nodeId !== null && nodeIds.has(o.nodeId) && o.level !== null,
    );
    const items = dialog.getByRole('listitem');
    await expect(items.filter({ hasText: 'Observatie' })).toHaveCount(stored.length);
    await expect(dialog).toContainText(/Beheersing: (D minimaal|C basis|B gevorderd|A expert)/);
    // Newest work first: the first item carries the newest observation's year and day.
    if (stored.length > 1 && (await items.count()) === stored.length) {
      const newest = stored.map((o) => o.date).sort().at(-1)!;
      await expect(items.first()).toContainText(String(Number(newest.slice(8, 10))));
    }
    await expectNoAxeViolations(page, '#/groei met het bewijs van een cel');

    const link = dialog.getByRole('link', { name: `Naar de pagina van ${fullName(student)}` });
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#/leerlingen/${student.id}$`));
  });

  test('toegankelijk (axe) en bekeken in licht en donker', async ({ page }, testInfo) => {
    await openGroup(page, '3T-A');
    await expectNoAxeViolations(page, '#/groei (licht)');
    await page.screenshot({ path: testInfo.outputPath('heatmap-licht.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, '#/groei (donker)');
    await page.screenshot({ path: testInfo.outputPath('heatmap-donker.png'), fullPage: true });
    await grid(page).locator('td[role="gridcell"]:not([data-level=""])').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('heatmap-bewijs-donker.png') });
  });
});

test('zonder groepen legt Groei uit wat er nodig is', async ({ app, page }) => {
  await app.open('/');
  await page.goto('/#/groei');
  const empty = page.getByRole('region', { name: 'Nog geen groepen' });
  await expect(empty).toBeVisible();
  await empty.getByRole('link', { name: 'Naar groepen en cohorten' }).click();
  await expect(page).toHaveURL(/#\/groepen$/);
});
