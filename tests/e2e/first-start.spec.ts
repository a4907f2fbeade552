import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { NAV } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { readDatabase } from './support/db';

/**
 * A teacher opens Vakwerk for the first time: an empty database. The welcome screen offers three
 * ways to start, every screen can be reached from the sidebar, says what is missing and what to
 * do about it, and passes axe (WCAG 2.1 A/AA, no serious or critical violations).
 */
test.describe('eerste start (lege database)', () => {
  test('het overzicht verwelkomt met drie snelstarts en stuurt niets weg', async ({ app, page }) => {
    await app.open('/');
    await expect(app.heading).toHaveText('Welkom bij Vakwerk');
    await expect(page).toHaveTitle('Overzicht · Vakwerk');

    const quickstart = page.getByRole('region', { name: 'Zo begin je' });
    await expect(quickstart.getByRole('heading', { level: 3 })).toHaveText(['Eerst rondkijken', 'Leerlingenlijst importeren', 'Zelf opbouwen']);
    await expect(quickstart.getByRole('button', { name: 'Voorbeeldgegevens laden' })).toBeEnabled();
    await expect(quickstart.getByRole('link', { name: 'Leerlingen importeren' })).toHaveAttribute('href', '#/leerlingen/importeren');
    await expect(quickstart.getByRole('link', { name: 'Cohort aanmaken' })).toBeVisible();
    await expect(page.getByText('Je gegevens blijven op deze computer.')).toBeVisible();

    // Looking around writes nothing: no cohorts, groups or students appear by themselves.
    const db = await readDatabase(page);
    expect(db.cohorts).toEqual([]);
    expect(db.groups).toEqual([]);
    expect(db.students).toEqual([]);

    await expectNoAxeViolations(page, 'het welkomstscherm');
  });

  test('snelstart "Cohort aanmaken" opent het cohortformulier', async ({ app, page }) => {
    await app.open('/');
    await page.getByRole('link', { name: 'Cohort aanmaken' }).click();
    await expect(page).toHaveURL(/#\/groepen/);
    const dialog = app.dialog('Nieuw cohort');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Programma')).toBeVisible();
  });

  test('snelstart "Leerlingen importeren" opent stap 1 van de importwizard', async ({ app, page, wizard }) => {
    await app.open('/');
    await page.getByRole('link', { name: 'Leerlingen importeren' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Leerlingen importeren' })).toBeVisible();
    await expect(wizard.currentStep).toHaveText('1. Bestand kiezen');
  });

  type Step = { nav: string } | { link: string };
  const screens: { name: string; path: Step[]; url: RegExp; heading: string; title: string; expectContent: (page: Page) => Promise<void> }[] = [
    {
      name: 'Leerlingen (lege lijst)',
      path: [{ nav: NAV.students }],
      url: /#\/leerlingen$/,
      heading: 'Leerlingen',
      title: 'Leerlingen · Vakwerk',
      // An empty state that says what to do: import, add one, or look at example data.
      expectContent: async (page: Page) => {
        const empty = page.getByRole('region', { name: 'Nog geen leerlingen' });
        await expect(empty).toBeVisible();
        await expect(empty.getByRole('link', { name: 'Leerlingenlijst importeren' })).toBeVisible();
        await expect(empty.getByRole('button', { name: 'Leerling toevoegen' })).toBeVisible();
        await expect(empty.getByRole('button', { name: 'Voorbeeldgegevens laden' })).toBeVisible();
        await expect(page.getByRole('grid')).toHaveCount(0);
      },
    },
    {
      name: 'Groepen en cohorten (leeg)',
      path: [{ nav: NAV.groups }],
      url: /#\/groepen$/,
      heading: 'Groepen en cohorten',
      title: 'Groepen en cohorten · Vakwerk',
      expectContent: async (page: Page) => {
        const empty = page.getByRole('region', { name: 'Nog geen cohorten' });
        await expect(empty).toBeVisible();
        await expect(empty.getByRole('button', { name: 'Nieuw cohort' })).toBeVisible();
        await expect(empty.getByRole('link', { name: 'Leerlingenlijst importeren' })).toBeVisible();
      },
    },
    {
      name: 'Leerlingen importeren',
      path: [{ nav: NAV.students }, { link: 'Importeren' }],
      url: /#\/leerlingen\/importeren$/,
      heading: 'Leerlingen importeren',
      title: 'Leerlingen importeren · Vakwerk',
      expectContent: async (page: Page) => {
        await expect(page.getByRole('list', { name: 'Stappen' }).getByRole('listitem')).toHaveText([
          '1. Bestand kiezen',
          '2. Kolommen controleren',
          '3. Klaar',
        ]);
        await expect(page.getByLabel('Bestand kiezen')).toBeAttached();
        await expect(page.getByText('Zo werkt importeren')).toBeVisible();
      },
    },
    {
      name: 'Instellingen',
      path: [{ nav: NAV.settings }],
      url: /#\/instellingen$/,
      heading: 'Instellingen',
      title: 'Instellingen · Vakwerk',
      expectContent: async (page: Page) => {
        await expect(page.getByRole('combobox', { name: 'Taal' })).toHaveValue('nl');
        await expect(page.getByRole('combobox', { name: 'Thema' })).toHaveValue('system');
      },
    },
    {
      name: 'Overzicht (terug via het menu)',
      path: [{ nav: NAV.settings }, { nav: NAV.home }],
      url: /#\/$/,
      heading: 'Welkom bij Vakwerk',
      title: 'Overzicht · Vakwerk',
      expectContent: async (page: Page) => {
        await expect(page.getByRole('region', { name: 'Zo begin je' })).toBeVisible();
      },
    },
  ];

  for (const screen of screens) {
    test(`${screen.name}: bereikbaar via het menu, met uitleg, en toegankelijk`, async ({ app, page }) => {
      await app.open('/');
      for (const step of screen.path) {
        // Sidebar links, then (for the importer) the link on the screen itself.
        await ('nav' in step ? app.navLink(step.nav) : app.main.getByRole('link', { name: step.link, exact: true })).click();
      }
      const last = screen.path[screen.path.length - 1]!;
      await expect(page).toHaveURL(screen.url);
      await expect(app.heading).toHaveText(screen.heading);
      await expect(page).toHaveTitle(screen.title);
      if ('nav' in last) await expect(app.navLink(last.nav)).toHaveAttribute('aria-current', 'page');
      await screen.expectContent(page);
      await expectNoAxeViolations(page, screen.name);
    });
  }
});
