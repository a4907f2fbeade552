import { expect, test } from './support/test';
import { countLine } from './support/app';
import { fullName, groupName, liveGroups, liveStudents, readDatabase } from './support/db';

/**
 * Changing students in the list: inline with the keyboard, in the form, in batches; every change
 * persists, and every destructive or batch change can be undone (button or Ctrl+Z).
 */
test.describe('leerlingen bewerken', () => {
  test.beforeEach(async ({ app }) => {
    await app.loadDemoData();
  });

  test('roepnaam inline wijzigen met alleen het toetsenbord, bewaard na opnieuw laden', async ({ app, page, students }) => {
    // Start on the leerlingnummer cell of the first row, as after tabbing into the grid.
    const first = students.rowAt(1);
    await students.cell(first, 'leerlingnummer').focus();
    await expect(students.cell(first, 'leerlingnummer')).toBeFocused();

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const target = students.rowAt(2);
    const id = await students.studentIdAt(2);
    const row = students.row(id);
    const original = (await readDatabase(page)).students.find((s) => s.id === id)!;
    await expect(students.cell(row, 'roepnaam')).toBeFocused();

    await page.keyboard.press('Enter');
    const editor = students.cell(target, 'roepnaam').getByRole('textbox');
    await expect(editor).toBeFocused();
    await expect(editor).toHaveValue(original.roepnaam);
    // The text is selected, so typing replaces it.
    await page.keyboard.type('Marieke');
    await page.keyboard.press('Enter');

    await expect(students.cell(row, 'roepnaam')).toHaveText('Marieke');
    await expect(students.cell(row, 'roepnaam')).toBeFocused();
    await expect(app.toast(`Wijziging van ${fullName(original)} opgeslagen.`)).toBeVisible();
    expect((await readDatabase(page)).students.find((s) => s.id === id)!.roepnaam).toBe('Marieke');

    await page.reload();
    await students.waitUntilReady();
    await students.search.fill('Marieke');
    await expect(students.cell(students.row(id), 'roepnaam')).toHaveText('Marieke');
    expect((await readDatabase(page)).students.find((s) => s.id === id)!.roepnaam).toBe('Marieke');
  });

  test('Escape breekt een inline wijziging af zonder iets te bewaren', async ({ page, students }) => {
    const id = await students.studentIdAt(1);
    const before = await readDatabase(page);
    await students.cell(students.row(id), 'achternaam').focus();
    await page.keyboard.press('F2');
    const editor = students.cell(students.row(id), 'achternaam').getByRole('textbox');
    await expect(editor).toBeFocused();
    await page.keyboard.type('Veranderd');
    await page.keyboard.press('Escape');
    await expect(editor).toHaveCount(0);
    await expect(students.cell(students.row(id), 'achternaam')).toBeFocused();
    expect(await readDatabase(page)).toEqual(before);
  });

  test('Ctrl+Z maakt een inline wijziging ongedaan', async ({ app, page, students }) => {
    const id = await students.studentIdAt(3);
    const row = students.row(id);
    const original = (await readDatabase(page)).students.find((s) => s.id === id)!;

    await students.cell(row, 'roepnaam').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Tijmen');
    await page.keyboard.press('Enter');
    await expect(students.cell(row, 'roepnaam')).toHaveText('Tijmen');
    await expect(app.toast(`Wijziging van ${fullName(original)} opgeslagen.`)).toBeVisible();

    // Focus is back on the cell (not in a text field), so Ctrl+Z undoes the edit.
    await expect(students.cell(row, 'roepnaam')).toBeFocused();
    await page.keyboard.press('Control+z');
    await expect(app.toast('Ongedaan gemaakt.')).toBeVisible();
    await expect(students.cell(row, 'roepnaam')).toHaveText(original.roepnaam);
    await expect.poll(async () => (await readDatabase(page)).students.find((s) => s.id === id)!.roepnaam).toBe(original.roepnaam);
  });

  test('bewerken in het formulier', async ({ app, page, students }) => {
    const id = await students.studentIdAt(1);
    const original = (await readDatabase(page)).students.find((s) => s.id === id)!;
    await students.editButton(fullName(original)).click();

    const dialog = app.dialog('Leerling bewerken');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Roepnaam')).toHaveValue(original.roepnaam);
    await expect(dialog.getByLabel('Leerlingnummer')).toHaveValue(original.leerlingnummer);
    await dialog.getByLabel('Tussenvoegsel').fill('van der');
    await dialog.getByLabel('Achternaam').fill('Meulen');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect(dialog).toBeHidden();
    await expect(app.toast(`Wijziging van ${fullName(original)} opgeslagen.`)).toBeVisible();

    // The new achternaam moves the row in the (achternaam) order: find it again.
    await students.search.fill(original.leerlingnummer);
    const row = students.row(id);
    await expect(students.cell(row, 'tussenvoegsel')).toHaveText('van der');
    await expect(students.cell(row, 'achternaam')).toHaveText('Meulen');
    const stored = (await readDatabase(page)).students.find((s) => s.id === id)!;
    expect([stored.roepnaam, stored.tussenvoegsel, stored.achternaam, stored.leerlingnummer]).toEqual([
      original.roepnaam,
      'van der',
      'Meulen',
      original.leerlingnummer,
    ]);
  });

  test('een leerlingnummer dat al bestaat wordt in het formulier geweigerd', async ({ app, page, students }) => {
    const db = await readDatabase(page);
    const idA = await students.studentIdAt(1);
    const idB = await students.studentIdAt(2);
    const a = db.students.find((s) => s.id === idA)!;
    const b = db.students.find((s) => s.id === idB)!;

    await students.editButton(fullName(a)).click();
    const dialog = app.dialog('Leerling bewerken');
    const number = dialog.getByLabel('Leerlingnummer');
    await number.fill(b.leerlingnummer);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();

    await expect(dialog.getByRole('alert')).toHaveText(`Leerlingnummer ${b.leerlingnummer} hoort al bij ${b.roepnaam} ${b.achternaam}.`);
    await expect(number).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog).toBeVisible();
    expect(await readDatabase(page)).toEqual(db);

    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await expect(dialog).toBeHidden();
    await expect(students.cell(students.row(idA), 'leerlingnummer')).toHaveText(a.leerlingnummer);
  });

  test('twee leerlingen naar een andere groep verplaatsen, en terug met "Ongedaan maken"', async ({ app, page, students }) => {
    await students.groupFilter.selectOption({ label: '3T-A' });
    await students.expectCount(24, 120);
    const db = await readDatabase(page);
    const ids = [await students.studentIdAt(1), await students.studentIdAt(2)];
    const moved = ids.map((id) => db.students.find((s) => s.id === id)!);

    for (const student of moved) await students.selectCheckbox(fullName(student)).check();
    await expect(students.selectionBar).toContainText('2 geselecteerd');
    await students.selectionBar.getByRole('button', { name: 'Verplaatsen naar groep…' }).click();

    const dialog = app.dialog('2 leerlingen verplaatsen');
    await dialog.getByLabel('Naar groep').selectOption({ label: '4T-B' });
    await dialog.getByRole('button', { name: '2 leerlingen verplaatsen' }).click();
    await expect(dialog).toBeHidden();

    const toast = '2 leerlingen verplaatst naar 4T-B.';
    await expect(app.toast(toast)).toBeVisible();
    await students.expectCount(22, 120);
    const after = await readDatabase(page);
    const target = liveGroups(after).find((group) => group.name === '4T-B')!;
    for (const id of ids) expect(after.students.find((s) => s.id === id)!.groupId).toBe(target.id);

    await app.undoButtonOf(toast).click();
    await expect(app.toast('Ongedaan gemaakt.')).toBeVisible();
    await students.expectCount(24, 120);
    const undone = await readDatabase(page);
    for (const student of moved) expect(groupName(undone, undone.students.find((s) => s.id === student.id)!.groupId)).toBe('3T-A');
  });

  test('archiveren verbergt een leerling tot "Gearchiveerde leerlingen tonen"', async ({ app, page, students }) => {
    const id = await students.studentIdAt(1);
    const student = (await readDatabase(page)).students.find((s) => s.id === id)!;
    const name = fullName(student);

    await students.selectCheckbox(name).check();
    await students.selectionBar.getByRole('button', { name: 'Archiveren' }).click();
    await expect(app.toast(`${name} gearchiveerd.`)).toBeVisible();
    await expect(students.row(id)).toHaveCount(0);
    await students.expectCount(119, 120);
    expect((await readDatabase(page)).students.find((s) => s.id === id)!.archivedAt).toEqual(expect.any(Number));

    await students.showArchived.check();
    await students.expectCount(120, 120);
    await expect(students.cell(students.row(id), 'achternaam')).toContainText('gearchiveerd');

    await students.showArchived.uncheck();
    await expect(students.row(id)).toHaveCount(0);
  });

  test('verwijderen vraagt eerst, en is ongedaan te maken', async ({ app, page, students }) => {
    const id = await students.studentIdAt(1);
    const student = (await readDatabase(page)).students.find((s) => s.id === id)!;
    const name = fullName(student);

    // Keyboard: Delete on a cell of the row asks for confirmation.
    await students.cell(students.row(id), 'roepnaam').focus();
    await page.keyboard.press('Delete');
    const confirm = app.dialog('Leerling verwijderen?');
    await expect(confirm).toBeVisible();
    await expect(confirm).toContainText(`${name} wordt verwijderd uit Vakwerk.`);

    // Cancel first: nothing happens.
    await confirm.getByRole('button', { name: 'Annuleren' }).click();
    await expect(confirm).toBeHidden();
    await expect(students.row(id)).toHaveCount(1);
    expect((await readDatabase(page)).students.find((s) => s.id === id)!.deletedAt ?? null).toBeNull();

    await students.selectCheckbox(name).check();
    await students.selectionBar.getByRole('button', { name: 'Verwijderen…' }).click();
    await confirm.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    await expect(confirm).toBeHidden();
    const toast = `${name} verwijderd.`;
    await expect(app.toast(toast)).toBeVisible();
    await expect(students.row(id)).toHaveCount(0);
    await expect(students.status).toHaveText(countLine(119, 119));
    expect(liveStudents(await readDatabase(page)).some((s) => s.id === id)).toBe(false);

    await app.undoButtonOf(toast).click();
    await expect(app.toast('Ongedaan gemaakt.')).toBeVisible();
    await expect(students.row(id)).toHaveCount(1);
    await students.expectCount(120, 120);
    expect(liveStudents(await readDatabase(page)).some((s) => s.id === id)).toBe(true);
  });
});
