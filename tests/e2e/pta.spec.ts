import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { expectDatabaseUnchanged, readDatabase } from './support/db';
import { pdfFacts, savePdf, squash } from './support/pdf';
import { COHORT, OPDRACHT, PtaScreen, readPta, RUBRIC, seedClass, TEACHER, TOETSEN } from './support/assessment';

/**
 * PTA (issue 5): start from the example PTA, add a toets (a weging of 0 or below refused in
 * Dutch), vaststellen, fail to change it (no controls; a change from a window opened before is
 * refused), unlock with a reason that is logged, and print the PTA as a landscape PDF in the
 * usual columns. Everything survives a reload.
 */

const EXAMPLE_CODES = ['311', '312', '321', '331', '332', '341', '411', '421'];
/** "12 november 2026", as the screen writes today's date (the browser runs in Europe/Amsterdam). */
const today = () => new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

async function toast(page: Page, text: string): Promise<void> {
  await expect(page.locator('.toasts > *').filter({ hasText: text }).last()).toBeVisible();
}

test.describe('het PTA', () => {
  test('voorbeeld-PTA en een toets erbij; een weging van 0, negatief of geen getal geweigerd', async ({ app, page }) => {
    await app.open('/');
    await seedClass(page, { pta: false });
    const pta = new PtaScreen(page);
    await pta.open();
    await expect(page.getByRole('heading', { name: `Nog geen PTA voor ${COHORT.name}` })).toBeVisible();
    await page.getByRole('button', { name: 'Beginnen met een voorbeeld-PTA' }).click();
    await toast(page, 'PTA gemaakt.');
    await expect(pta.codes()).toHaveText(EXAMPLE_CODES);
    await expect(pta.status).toHaveText('Concept: nog niet vastgesteld.');
    // 2 + 1 + 1 + 2 + 1 + (loopbaandossier: none) + 3 + 2
    await expect(pta.main.getByText(/^\d+ toetsen · totale weging/)).toHaveText('8 toetsen · totale weging 12');

    // A new toets: weging 0, negative or not a number is refused with a Dutch message.
    await pta.addButton.click();
    const dialog = page.getByRole('dialog', { name: 'Toets toevoegen' });
    await dialog.getByLabel('Code').fill('431');
    await dialog.getByLabel('Naam').fill('Praktijkopdracht 4');
    await dialog.getByLabel('Periode of tijdvak').fill('4.3');
    await expect(dialog.getByLabel('Toetsvorm').locator('option:checked')).toHaveText('Praktijkopdracht');
    const weging = dialog.getByLabel('Weging');
    const before = await readDatabase(page);
    for (const [typed, message] of [
      ['0', /^Toets 431 heeft weging 0\. Een weging is groter dan 0\.$/],
      ['-2', /^Toets 431 heeft weging [-−]2\. Een weging is groter dan 0\.$/],
      ['twee', /^Typ een getal, zoals 2 of 1,5\.$/],
    ] as const) {
      await weging.fill(typed);
      await dialog.getByRole('button', { name: 'Toevoegen' }).click();
      await expect(dialog.getByRole('alert')).toHaveText(message);
      await expect(weging).toHaveAttribute('aria-invalid', 'true');
      await expect(dialog).toBeVisible();
    }
    await expectDatabaseUnchanged(page, before, 'a refused weging');
    await weging.fill('1,5');
    await dialog.getByLabel('Opdracht die het resultaat levert').selectOption({ label: `${OPDRACHT.title} (2026-2027)` });
    await expect(dialog.getByLabel('Rubric').locator('option:checked')).toHaveText(RUBRIC.title);
    await dialog.getByRole('button', { name: 'Toevoegen' }).click();
    await expect(dialog).toBeHidden();
    await toast(page, 'Toets 431 toegevoegd.');
    await expect(pta.codes()).toHaveText([...EXAMPLE_CODES, '431']);
    await expect(pta.row('431').getByRole('cell')).toHaveText(['Praktijkopdracht 4', '4.3', 'Praktijkopdracht', '1,5', /^11,1\s?%$/, 'nee', `${OPDRACHT.title} · ${RUBRIC.title}`, '↑↓×']);
    await expect(pta.main.getByText(/^\d+ toetsen · totale weging/)).toHaveText('9 toetsen · totale weging 13,5');
    expect((await readPta(page))!.toetsen.find((t) => t.code === '431')!.weging).toBe(1.5);

    await page.reload();
    await expect(pta.codes()).toHaveText([...EXAMPLE_CODES, '431']);
    expect((await readPta(page))!.toetsen.map((t) => [t.code, t.weging])).toEqual([
      ['311', 2],
      ['312', 1],
      ['321', 1],
      ['331', 2],
      ['332', 1],
      ['341', null],
      ['411', 3],
      ['421', 2],
      ['431', 1.5],
    ]);
  });

  test('vaststellen maakt het PTA alleen te lezen, ook voor een venster dat al open stond', async ({ app, page, context }) => {
    await app.open('/');
    await seedClass(page);
    const pta = new PtaScreen(page);
    await pta.open();
    await expect(pta.status).toHaveText('Concept: nog niet vastgesteld.');
    await expect(pta.codes()).toHaveText(TOETSEN.map((t) => t.code));

    // A second window, opened while the PTA is a concept, starts editing toets 321.
    const other = await context.newPage();
    const otherPta = new PtaScreen(other);
    await otherPta.open();
    await otherPta.row('321').getByRole('button', { name: 'Kennistoets voeding' }).click();
    const otherDialog = other.getByRole('dialog', { name: 'Toets 321 bewerken' });
    await expect(otherDialog).toBeVisible();

    // Vaststellen.
    await pta.vaststellenButton.click();
    const confirm = page.getByRole('dialog', { name: 'PTA vaststellen?' });
    await confirm.getByRole('button', { name: 'Vaststellen' }).click();
    await toast(page, 'PTA vastgesteld.');
    await expect(pta.status).toHaveText(`Vastgesteld op ${today()} door ${TEACHER}. Alleen te lezen.`);
    await expect(pta.main.getByText('Een vastgesteld PTA wijzig je niet zomaar: ontgrendel het met een reden. Die reden wordt bewaard.')).toBeVisible();
    await expect(pta.log.getByRole('listitem')).toHaveText([`${today()}: vastgesteld door ${TEACHER}`]);

    // Read-only: nothing to add, edit, move or remove.
    await expect(pta.addButton).toHaveCount(0);
    await expect(pta.vaststellenButton).toHaveCount(0);
    await expect(pta.table.getByRole('button')).toHaveCount(0);
    await expect(pta.table.getByRole('columnheader')).toHaveText(['Code', 'Toets', 'Periode', 'Toetsvorm', 'Weging', 'Deel van SE', 'Herkansing', 'Opdracht en rubric']);

    // The other window's change is refused, not stored.
    const locked = await readDatabase(page);
    await otherDialog.getByLabel('Weging').fill('5');
    await otherDialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect(other.locator('.toasts > *').filter({ hasText: 'Het PTA is inmiddels vastgesteld (in een ander venster?). Er is niets gewijzigd.' })).toBeVisible();
    await expect(otherPta.status).toHaveText(/^Vastgesteld op /);
    await expectDatabaseUnchanged(page, locked, 'a change to a vastgesteld PTA');
    await other.close();
    await page.reload();
    await expect(pta.status).toHaveText(`Vastgesteld op ${today()} door ${TEACHER}. Alleen te lezen.`);
    await expect(pta.addButton).toHaveCount(0);
    await expect(pta.log.getByRole('listitem')).toHaveText([`${today()}: vastgesteld door ${TEACHER}`]);
    expect((await readPta(page))!.status).toBe('vastgesteld');
    await expectNoAxeViolations(page, '#/pta, vastgesteld');
  });

  test('ontgrendelen kan alleen met een reden, die bewaard wordt; daarna is het PTA weer te wijzigen', async ({ app, page }) => {
    await app.open('/');
    await seedClass(page, { pta: 'vastgesteld' });
    const pta = new PtaScreen(page);
    await pta.open();
    await expect(pta.status).toHaveText('Vastgesteld op 28 september 2026 door Dhr. De Wit. Alleen te lezen.');
    await expect(pta.table.getByRole('button')).toHaveCount(0);
    const locked = await readDatabase(page);

    // Unlocking needs a reason.
    await pta.unlockButton.click();
    const unlock = page.getByRole('dialog', { name: 'PTA ontgrendelen' });
    await unlock.getByRole('button', { name: 'Ontgrendelen' }).click();
    await expect(unlock.getByRole('alert')).toHaveText('Schrijf op waarom het vastgestelde PTA wordt gewijzigd. Die reden wordt bewaard.');
    await unlock.getByLabel('Reden').fill('   ');
    await unlock.getByRole('button', { name: 'Ontgrendelen' }).click();
    await expect(unlock.getByRole('alert')).toBeVisible();
    await expectDatabaseUnchanged(page, locked, 'unlocking without a reason');
    const reason = 'Examencommissie: toets 321 wordt herkansbaar met een mondelinge toets';
    await unlock.getByLabel('Reden').fill(reason);
    await unlock.getByRole('button', { name: 'Ontgrendelen' }).click();
    await expect(unlock).toBeHidden();
    await toast(page, 'PTA ontgrendeld. Stel het opnieuw vast als de wijziging klaar is.');
    await expect(pta.status).toHaveText('Concept: nog niet vastgesteld.');
    await expect(pta.log.getByRole('listitem')).toHaveText([`${today()}: ontgrendeld door ${TEACHER}. Reden: ${reason}`, '28 september 2026: vastgesteld door Dhr. De Wit']);
    expect((await readPta(page))!.log).toEqual([
      expect.objectContaining({ action: 'vastgesteld', who: 'Dhr. De Wit', reason: '' }),
      expect.objectContaining({ action: 'ontgrendeld', who: TEACHER, reason }),
    ]);

    // Now the change can be made.
    await pta.row('321').getByRole('button', { name: 'Kennistoets voeding' }).click();
    const edit = page.getByRole('dialog', { name: 'Toets 321 bewerken' });
    await edit.getByLabel('Weging').fill('2');
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await toast(page, 'Toets 321 opgeslagen.');
    await expect(pta.row('321').getByRole('cell').nth(3)).toHaveText('2');

    // All of it after a reload.
    await page.reload();
    await expect(pta.status).toHaveText('Concept: nog niet vastgesteld.');
    await expect(pta.log.getByRole('listitem')).toHaveCount(2);
    await expect(pta.log.getByRole('listitem').first()).toHaveText(`${today()}: ontgrendeld door ${TEACHER}. Reden: ${reason}`);
    await expect(pta.row('321').getByRole('cell').nth(3)).toHaveText('2');
    const stored = await readPta(page);
    expect(stored!.status).toBe('concept');
    expect(stored!.toetsen.map((t) => [t.code, t.weging])).toEqual([
      ['311', 3],
      ['321', 2],
      ['332', 2],
      ['341', null],
    ]);
  });

  test('het PTA als PDF: liggend, in de gebruikelijke kolommen, met de toetscodes', async ({ app, page }, testInfo) => {
    await app.open('/');
    await seedClass(page);
    const pta = new PtaScreen(page);
    await pta.open();
    await pta.vaststellenButton.click();
    await page.getByRole('dialog', { name: 'PTA vaststellen?' }).getByRole('button', { name: 'Vaststellen' }).click();
    await expect(pta.status).toHaveText(/^Vastgesteld op /);
    await expectNoAxeViolations(page, '#/pta met toetsen');

    const [download] = await Promise.all([page.waitForEvent('download'), pta.printButton.click()]);
    expect(download.suggestedFilename()).toBe('pta-cohort-2025-2027-tl.pdf');
    const path = testInfo.outputPath('pta.pdf');
    const pdf = await savePdf(download, path);
    const facts = pdfFacts(path);
    expect(facts.width, 'landscape').toBeGreaterThan(facts.height);
    expect(facts.fonts.every((font) => font.embedded)).toBe(true);

    // The column headers on one line, in the usual order.
    const headerLine = pdf.pages[0]!.split('\n').find((line) => line.includes('Tijdvak'));
    expect(headerLine, 'a line with the column headers').toBeTruthy();
    const headers = ['Tijdvak', 'Eindtermen', 'Inhoud', 'Toetsvorm', 'Weging', 'Herkansing', 'Berekening SE'];
    const positions = headers.map((header) => headerLine!.indexOf(header));
    expect(positions.every((position) => position >= 0), `all headers in: ${headerLine}`).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    // One row per toets: tijdvak, code and name, toetsvorm, weging, herkansing, share of the SE.
    // Weging 3, 1 and 2 of 6 make 50 %, 16,7 % and 33,3 %; the loopbaandossier does not count.
    const lines = pdf.pages[0]!.split('\n');
    const rows: [code: string, pattern: RegExp][] = [
      ['311', /^\s*3\.1\s+311 Praktijkopdracht 1\s+praktijkopdracht\s+3\s+ja,\s+50 %/],
      ['321', /^\s*3\.2\s+321 Kennistoets voeding\s+schriftelijk\s+1\s+ja, schriftelijk\s+16,7 %/],
      ['332', /^\s*3\.3\s+332 Presentatie\s+mondeling\s+2\s+nee\s+33,3 %/],
      ['341', /^\s*3\.4\s+341 Loopbaandossier\s+handelingsopdracht\s+—\s+nee\s+telt niet mee;/],
    ];
    expect(rows.map(([code]) => code)).toEqual(TOETSEN.map((t) => t.code));
    for (const [code, pattern] of rows) expect(lines.find((line) => line.includes(` ${code} `)), `the row of ${code}`).toMatch(pattern);
    const text = squash(pdf.text);
    expect(text).toContain(`Opdracht: ${OPDRACHT.title}`);
    expect(text).toContain(`Vastgesteld op ${today()}`);
    expect(text).toContain('Binnen het SE wordt het SE-cijfer afgerond op één decimaal: 5,45 wordt 5,5.');

    // Page 1 as an image in the report, for a person to look at.
    const image = testInfo.outputPath('pta-page');
    execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', path, image], { timeout: 15_000 });
    await testInfo.attach('pta-pagina-1.png', { path: `${image}.png`, contentType: 'image/png' });
  });
});
