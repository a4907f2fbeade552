import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DATABASE_NAME } from './support/db';
import { expect, test } from './support/test';

/**
 * "Beheersing berekenen" on a framework's page (issue 6): the teacher picks how a student's
 * evidence on a goal becomes one level, sees a worked example change with the choice, saves it
 * for the framework (all its versions), can undo it, and gets a Dutch message for a value that
 * would compute nonsense, with nothing saved.
 */

const DEMO_FRAMEWORK = 'Zorg en Welzijn — voorbeeldkader';

interface StoredSetting {
  key: string;
  value: unknown;
}

async function openDemoFramework(page: Page): Promise<void> {
  await page.goto('/#/kaders');
  await page.getByRole('list', { name: 'Kaders' }).getByRole('link', { name: DEMO_FRAMEWORK }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_FRAMEWORK })).toBeVisible();
}

const section = (page: Page) => page.getByRole('region', { name: 'Beheersing berekenen' });
/**
 * The stored mastery settings rows, read with the raw IndexedDB API. Only the settings store:
 * a snapshot of the whole demo school (photos included) takes seconds to copy out of the page.
 */
async function masteryRows(page: Page): Promise<StoredSetting[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      return await new Promise<StoredSetting[]>((resolve, reject) => {
        const request = db.transaction('settings', 'readonly').objectStore('settings').getAll(IDBKeyRange.bound('mastery:', 'mastery:\uffff'));
        request.onsuccess = () => resolve(request.result as StoredSetting[]);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, DATABASE_NAME);
}

test.describe('mastery settings of a framework', () => {
  // Loading the voorbeeldschool alone takes 10-15 s on a busy 2-core machine.
  test.beforeEach(() => test.setTimeout(90_000));

  test('choosing "Gemiddelde van de laatste 3" is kept after a reload; undo puts the previous method back', async ({ app, page }) => {
    await app.loadDemoData();
    await openDemoFramework(page);
    const panel = section(page);

    // Nothing chosen yet: Canvas's 65/35 decaying average over the examinators, explained.
    await expect(panel.getByRole('radio', { name: 'Afnemend gemiddelde' })).toBeChecked();
    await expect(panel.getByText('Het nieuwste werk telt voor 65 %, alles daarvoor samen voor 35 %.', { exact: false })).toBeVisible();
    await expect(panel.getByRole('checkbox', { name: 'Examinator (telt altijd mee)' })).toBeChecked();
    await expect(panel.getByRole('checkbox', { name: 'Examinator (telt altijd mee)' })).toBeDisabled();
    await expect(panel.getByRole('checkbox', { name: 'Zelfbeoordeling' })).not.toBeChecked();
    const results = panel.getByRole('table', { name: 'Uitkomst per methode' });
    await expect(results.getByRole('row', { name: /Afnemend gemiddelde gekozen/ })).toBeVisible();
    expect(await masteryRows(page)).toEqual([]);

    // The worked example follows the choice before anything is saved: the self-assessment
    // starts to count, and the chosen row moves.
    const evidence = panel.getByRole('table', { name: 'Bewijs van de voorbeeldleerling' });
    await expect(evidence.getByRole('row', { name: /Zelfbeoordeling .* Nee$/ })).toBeVisible();
    await panel.getByRole('checkbox', { name: 'Zelfbeoordeling' }).check();
    await expect(evidence.getByRole('row', { name: /Zelfbeoordeling .* Ja$/ })).toBeVisible();
    await panel.getByRole('checkbox', { name: 'Zelfbeoordeling' }).uncheck();

    await panel.getByRole('radio', { name: 'Gemiddelde van de laatste 3' }).check();
    const n = panel.getByRole('spinbutton', { name: 'Aantal keren dat meetelt' });
    await expect(n).toHaveValue('3');
    await expect(panel.getByText('Alleen de laatste 3 keer telt, elk even zwaar.', { exact: false })).toBeVisible();
    await expect(results.getByRole('row', { name: /Gemiddelde van de laatste 3 gekozen/ })).toBeVisible();
    await panel.getByRole('button', { name: 'Opslaan' }).click();
    await expect(app.toast(`Berekening van beheersing opgeslagen voor ${DEMO_FRAMEWORK}.`)).toBeVisible();

    await app.reload();
    await expect(section(page).getByRole('radio', { name: 'Gemiddelde van de laatste 3' })).toBeChecked();
    await expect(section(page).getByRole('spinbutton', { name: 'Aantal keren dat meetelt' })).toHaveValue('3');
    const [stored] = await masteryRows(page);
    expect(stored!.value).toEqual({ method: { kind: 'mean-last-n', n: 3 }, sources: ['examinator', 'tweede-examinator'] });

    // Another method, then undo: the last 3 is back, on screen and stored.
    await section(page).getByRole('radio', { name: 'Hoogste' }).check();
    await section(page).getByRole('button', { name: 'Opslaan' }).click();
    await expect(section(page).getByRole('radio', { name: 'Hoogste' })).toBeChecked();
    await app.undoButtonOf(/Berekening van beheersing opgeslagen/).click();
    await expect(section(page).getByRole('radio', { name: 'Gemiddelde van de laatste 3' })).toBeChecked();
    expect((await masteryRows(page))[0]!.value).toEqual({ method: { kind: 'mean-last-n', n: 3 }, sources: ['examinator', 'tweede-examinator'] });
  });

  test('an invalid n is refused with a Dutch message and nothing is saved; keyboard only; axe passes', async ({ app, page }) => {
    await app.loadDemoData();
    await openDemoFramework(page);
    const panel = section(page);

    // By keyboard: from the chosen radio, the arrow keys move through the methods.
    await panel.getByRole('radio', { name: 'Afnemend gemiddelde' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(panel.getByRole('radio', { name: 'Gemiddelde van de laatste 3' })).toBeChecked();
    const n = panel.getByRole('spinbutton', { name: 'Aantal keren dat meetelt' });
    const message = 'Vul bij “Aantal keren dat meetelt” een heel getal van 1 of meer in. Er is niets opgeslagen.';

    for (const bad of ['0', '2.5', '']) {
      await n.fill(bad);
      await n.press('Enter');
      await expect(panel.getByRole('alert')).toHaveText(message);
      await expect(n).toHaveAttribute('aria-invalid', 'true');
      expect(await masteryRows(page), `n = "${bad}" stored nothing`).toEqual([]);
    }
    await expect(app.toast(/Berekening van beheersing opgeslagen/)).toHaveCount(0);
    await expectNoAxeViolations(page, 'the mastery settings with an error shown');

    // Fixing the value clears the message, and saving by Enter works.
    await n.fill('4');
    await expect(panel.getByRole('alert')).toHaveCount(0);
    await expect(panel.getByRole('radio', { name: 'Gemiddelde van de laatste 4' })).toBeChecked();
    await n.press('Enter');
    await expect(app.toast(`Berekening van beheersing opgeslagen voor ${DEMO_FRAMEWORK}.`)).toBeVisible();
    expect((await masteryRows(page))[0]!.value).toEqual({ method: { kind: 'mean-last-n', n: 4 }, sources: ['examinator', 'tweede-examinator'] });

    // A weight of the newest of 100 % would ignore all earlier work: refused too.
    await panel.getByRole('radio', { name: 'Afnemend gemiddelde' }).check();
    const weight = panel.getByRole('spinbutton', { name: 'Gewicht van het nieuwste werk (%)' });
    await weight.fill('100');
    await panel.getByRole('button', { name: 'Opslaan' }).click();
    await expect(panel.getByRole('alert')).toHaveText('Vul bij “Gewicht van het nieuwste werk” een heel getal van 1 tot en met 99 in. Er is niets opgeslagen.');
    expect((await masteryRows(page))[0]!.value).toEqual({ method: { kind: 'mean-last-n', n: 4 }, sources: ['examinator', 'tweede-examinator'] });
    await expectNoAxeViolations(page, 'the mastery settings');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, 'the mastery settings in dark mode');
  });
});
