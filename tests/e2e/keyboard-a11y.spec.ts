import { expect, test } from './support/test';
import { ImportWizard } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { fullName, liveStudents, readDatabase, type StoredStudent } from './support/db';
import { MAGISTER_CSV } from './support/files';
import type { Page } from '@playwright/test';

/**
 * Screens with data, with dialogs and the command palette open, checked with axe (WCAG 2.1 A/AA,
 * no serious or critical violations), and the main flow done with the keyboard alone.
 */
/** A demo student whose full name is unique, so typing it finds exactly one person. */
async function studentWithUniqueName(page: Page): Promise<StoredStudent> {
  const all = liveStudents(await readDatabase(page));
  const unique = all.filter((student) => all.filter((other) => fullName(other) === fullName(student)).length === 1);
  // Prefer a name with a diacritic: the palette must find it as typed.
  return unique.find((student) => /[^\u0020-\u007e]/.test(fullName(student))) ?? unique[0]!;
}

const paletteDialog = (page: Page) => page.getByRole('dialog', { name: 'Zoeken en opdrachten' });

test.describe('toetsenbord en toegankelijkheid met gegevens', () => {
  test('de leerlingenlijst is toegankelijk', async ({ app, page, students }) => {
    await app.loadDemoData();
    await expect(students.rows.first()).toBeVisible();
    await expectNoAxeViolations(page, 'de leerlingenlijst met 120 leerlingen');

    // With a selection, the selection bar is there too.
    await students.cell(students.rowAt(1), 'roepnaam').focus();
    await page.keyboard.press(' ');
    await expect(students.selectionBar).toContainText('1 geselecteerd');
    await expect(students.rowAt(1)).toHaveAttribute('aria-selected', 'true');
    await expectNoAxeViolations(page, 'de leerlingenlijst met een selectie');
  });

  test('groepen en cohorten met een open dialoog is toegankelijk', async ({ app, page }) => {
    await app.loadDemoData();
    await app.navLink('Groepen en cohorten').click();
    await expect(app.heading).toHaveText('Groepen en cohorten');
    await expect(page.getByRole('region', { name: /^Cohort / })).toHaveCount(3);
    await expectNoAxeViolations(page, 'groepen en cohorten');

    await page.getByRole('button', { name: 'Groep toevoegen' }).first().click();
    const dialog = app.dialog(/^Nieuwe groep in /);
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page, 'groepen en cohorten met de dialoog "Nieuwe groep"');
  });

  test('importstap 2 (kolommen controleren) is toegankelijk', async ({ page, wizard }) => {
    await wizard.open();
    await wizard.chooseForReview(MAGISTER_CSV);
    await expectNoAxeViolations(page, 'importstap 2 zonder cohort');
    await wizard.createCohort({ programme: 'Zorg en Welzijn' });
    await expect(wizard.planSummary).toHaveText('Na importeren: 12 toegevoegd.');
    await expect(ImportWizard.selectedText(wizard.cohort)).not.toHaveText('Kies een cohort…');
    await expectNoAxeViolations(page, 'importstap 2 met cohort en plan');
  });

  test('het zoekvenster (Ctrl+K) vindt een leerling en opent de leerlingpagina', async ({ app, page }) => {
    await app.loadDemoData();
    const student = await studentWithUniqueName(page);

    await page.keyboard.press('Control+k');
    const palette = paletteDialog(page);
    await expect(palette).toBeVisible();
    const input = palette.getByRole('combobox');
    // Typing must go straight into the search field. Soft, so the rest of the flow is still checked.
    await expect.soft(input, 'the search field has focus when the palette opens').toBeFocused({ timeout: 2000 });
    await input.focus();
    await page.keyboard.type(fullName(student));

    const option = palette.getByRole('option').filter({ hasText: student.leerlingnummer });
    await expect(option).toHaveCount(1);
    await expect(option).toContainText(fullName(student));
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expectNoAxeViolations(page, 'het zoekvenster met een resultaat');

    await page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`#/leerlingen/${student.id}$`));
    await expect(app.heading).toHaveText(fullName(student));
    await expect(app.main).toContainText(`Leerlingnummer ${student.leerlingnummer}`);
  });

  test('alleen met het toetsenbord: voorbeeldgegevens laden en een leerling vinden', async ({ app, page, students }) => {
    test.setTimeout(60_000);
    await app.open('/');
    // Tab from the top of the page: skip link, menu, then the first quick start.
    await app.tabTo(page.getByRole('button', { name: 'Voorbeeldgegevens laden' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/leerlingen$/);
    await students.waitUntilReady();
    await students.expectCount(120, 120);

    const student = await studentWithUniqueName(page);
    await page.keyboard.press('Control+k');
    await expect(paletteDialog(page)).toBeVisible();
    await page.keyboard.type(student.leerlingnummer);
    await expect(paletteDialog(page).getByRole('option', { selected: true })).toContainText(fullName(student));
    await page.keyboard.press('Enter');
    await expect(app.heading).toHaveText(fullName(student));

    // Back to the list of the student's group with the page's own link.
    await app.tabTo(page.getByRole('link', { name: 'Naar de leerlingen' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/leerlingen/);
    await expect(students.row(student.id)).toBeVisible();
    await app.tabTo(students.search);
    await page.keyboard.type(student.leerlingnummer);
    await expect(students.rows).toHaveCount(1);

    // Into the grid with Tab, then open the student's form from the cohort cell with Enter.
    await app.tabTo(students.cell(students.row(student.id), 'leerlingnummer'));
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await expect(students.cell(students.row(student.id), 'cohort')).toBeFocused();
    await page.keyboard.press('Enter');
    const form = app.dialog('Leerling bewerken');
    await expect(form).toBeVisible();
    await expect(form.getByLabel('Leerlingnummer')).toHaveValue(student.leerlingnummer);
    await page.keyboard.press('Escape');
    await expect(form).toBeHidden();

    // O opens the student's page from the grid.
    await expect(students.cell(students.row(student.id), 'cohort')).toBeFocused();
    await page.keyboard.press('o');
    await expect(app.heading).toHaveText(fullName(student));
  });

  test('"Naar de inhoud" is het eerste met Tab en zet de focus op de inhoud', async ({ app, page }) => {
    await app.open('/instellingen');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(app.main).toBeFocused();
  });

  test('een dialoog zet de cursor in het eerste veld, Escape sluit hem', async ({ app, page, students }) => {
    await app.loadDemoData();
    // Soft checks: every dialog is reported, not only the first that gets it wrong.
    await page.getByRole('button', { name: 'Leerling toevoegen' }).click();
    const form = app.dialog('Leerling toevoegen');
    await expect(form).toBeVisible();
    await expect.soft(form.getByLabel('Roepnaam'), '"Leerling toevoegen" starts in Roepnaam').toBeFocused({ timeout: 2000 });
    await page.keyboard.press('Escape');
    await expect(form).toBeHidden();

    await students.rowAt(1).getByRole('checkbox').check();
    await students.selectionBar.getByRole('button', { name: 'Verplaatsen naar groep…' }).click();
    const move = app.dialog('Leerling verplaatsen');
    await expect(move).toBeVisible();
    await expect.soft(move.getByLabel('Naar groep'), '"Leerling verplaatsen" starts in Naar groep').toBeFocused({ timeout: 2000 });
    await page.keyboard.press('Escape');
    await expect(move).toBeHidden();

    await app.navLink('Groepen en cohorten').click();
    await page.getByRole('button', { name: 'Nieuw cohort' }).click();
    const cohort = app.dialog('Nieuw cohort');
    await expect(cohort).toBeVisible();
    await expect.soft(cohort.getByLabel('Naam', { exact: true }), '"Nieuw cohort" starts in Naam').toBeFocused({ timeout: 2000 });
    await page.keyboard.press('Escape');
    await expect(cohort).toBeHidden();
  });
});
