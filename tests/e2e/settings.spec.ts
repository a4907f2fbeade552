import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';

/** Instellingen: language and theme are preferences of this machine and survive a restart. */
test.describe('instellingen', () => {
  test('Engels kiezen: het menu is Engels, ook na opnieuw laden', async ({ app, page }) => {
    await app.open('/instellingen');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await page.getByRole('combobox', { name: 'Taal' }).selectOption({ label: 'English' });

    const nav = page.getByRole('navigation', { name: 'Main menu' });
    await expect(nav.getByRole('link', { name: 'Students', exact: true })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Groups and cohorts', exact: true })).toBeVisible();
    await expect(app.heading).toHaveText('Settings');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('Settings · Vakwerk');

    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Students', exact: true })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('link', { name: 'Leerlingen', exact: true })).toHaveCount(0);

    // Other screens follow: the welcome is English too.
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Overview', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Load sample data' })).toBeVisible();
    await expectNoAxeViolations(page, 'the English welcome screen');
  });

  test('thema Donker: html[data-theme=dark], bewaard, en nog steeds toegankelijk', async ({ app, page, students }) => {
    await app.open('/instellingen');
    const html = page.locator('html');
    await expect(html).not.toHaveAttribute('data-theme', /.+/);
    const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

    await page.getByRole('combobox', { name: 'Thema' }).selectOption({ label: 'Donker' });
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(lightBackground);
    await expectNoAxeViolations(page, 'instellingen in het donkere thema');

    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('combobox', { name: 'Thema' })).toHaveValue('dark');

    // The busiest screen in the dark theme: the list with data, a selection and a toast.
    await app.loadDemoData();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await students.rowAt(1).getByRole('checkbox').check();
    await expect(students.selectionBar).toBeVisible();
    await expectNoAxeViolations(page, 'de leerlingenlijst in het donkere thema');
  });
});
