import { expect, test } from './support/test';
import { countLine } from './support/app';
import { liveGroups, liveStudents, readDatabase } from './support/db';

/**
 * "Voorbeeldgegevens laden": a voorbeeldschool of 3 cohorts, 5 groups and 120 students, to look
 * around before entering real pupils. Then the basics of the list: sort, filter, search.
 */
test.describe('voorbeeldgegevens', () => {
  test.beforeEach(async ({ app }) => {
    await app.loadDemoData();
  });

  test('laden vanaf het welkomstscherm: 120 leerlingen, bewaard na opnieuw laden', async ({ app, page, students }) => {
    await expect(app.toast('Voorbeeldschool geladen: 120 leerlingen in 5 groepen.')).toBeVisible();
    await expect(app.heading).toHaveText('Leerlingen');
    await expect(students.grid).toHaveAttribute('aria-rowcount', '121');
    await expect(students.rows.first()).toBeVisible();

    const db = await readDatabase(page);
    expect(db.cohorts.filter((cohort) => cohort.deletedAt == null)).toHaveLength(3);
    expect(liveGroups(db).map((group) => group.name).sort()).toEqual(['3G-A', '3T-A', '3T-B', '4T-A', '4T-B']);
    expect(liveStudents(db)).toHaveLength(120);

    await page.reload();
    await students.waitUntilReady();
    await students.expectCount(120, 120);
    expect(liveStudents(await readDatabase(page))).toHaveLength(120);

    // The overview now shows the school instead of the welcome.
    await app.navLink('Overzicht').click();
    await expect(app.heading).toHaveText('Overzicht');
    const stats = page.getByRole('region', { name: 'Aantallen' });
    await expect(stats.getByRole('link')).toHaveText([/^120\s*actieve leerlingen$/, /^5\s*groepen$/, /^3\s*cohorten$/]);
  });

  test('sorteren op leerlingnummer, oplopend en aflopend', async ({ page, students }) => {
    const numbers = liveStudents(await readDatabase(page))
      .map((student) => student.leerlingnummer)
      .sort((a, b) => Number(a) - Number(b));
    const lowest = numbers[0]!;
    const highest = numbers[numbers.length - 1]!;

    // Default order: by achternaam.
    await expect(students.columnHeader('achternaam')).toHaveAttribute('aria-sort', 'ascending');
    await expect(students.sortButton('leerlingnummer')).toHaveText(/^Leerlingn/);

    await students.sortButton('leerlingnummer').click();
    await expect(students.columnHeader('leerlingnummer')).toHaveAttribute('aria-sort', 'ascending');
    await expect(students.columnHeader('achternaam')).not.toHaveAttribute('aria-sort', /.+/);
    await expect(students.cell(students.rowAt(1), 'leerlingnummer')).toHaveText(lowest);
    await expect(students.cell(students.rowAt(2), 'leerlingnummer')).toHaveText(numbers[1]!);

    await students.sortButton('leerlingnummer').click();
    await expect(students.columnHeader('leerlingnummer')).toHaveAttribute('aria-sort', 'descending');
    await expect(students.cell(students.rowAt(1), 'leerlingnummer')).toHaveText(highest);
    await expect(students.cell(students.rowAt(2), 'leerlingnummer')).toHaveText(numbers[numbers.length - 2]!);
  });

  test('filteren op groep 3T-A toont de 24 leerlingen van die groep', async ({ page, students }) => {
    const db = await readDatabase(page);
    const group = liveGroups(db).find((candidate) => candidate.name === '3T-A')!;
    const inGroup = liveStudents(db).filter((student) => student.groupId === group.id);
    expect(inGroup).toHaveLength(24);

    await students.groupFilter.selectOption({ label: '3T-A' });
    await students.expectCount(24, 120);
    await expect(students.grid).toHaveAttribute('aria-rowcount', '25');
    const shownGroups = await students.rows.evaluateAll((rows) => rows.map((row) => row.children[5]?.textContent?.trim()));
    expect(shownGroups.length).toBeGreaterThan(0);
    expect(new Set(shownGroups)).toEqual(new Set(['3T-A']));
    // Every rendered row belongs to a student of 3T-A.
    const shownIds = await students.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-student-id')));
    const ids = new Set(inGroup.map((student) => student.id));
    expect(shownIds.every((id) => id !== null && ids.has(id))).toBe(true);

    await students.groupFilter.selectOption({ label: 'Alle groepen' });
    await students.expectCount(120, 120);
  });

  test('zoeken zonder accenten: "zoe" vindt Zoë', async ({ page, students }) => {
    const zoes = liveStudents(await readDatabase(page)).filter((student) => student.roepnaam === 'Zoë');
    expect(zoes.length, 'the voorbeeldschool has a Zoë').toBeGreaterThan(0);

    await students.search.fill('zoe');
    await students.expectCount(zoes.length, 120);
    await expect(students.rows).toHaveCount(zoes.length);
    for (const row of await students.rows.all()) {
      await expect(students.cell(row, 'roepnaam')).toHaveText('Zoë');
    }
  });

  test('zoeken op leerlingnummer vindt precies die leerling', async ({ page, students }) => {
    const student = liveStudents(await readDatabase(page))[17]!;
    await students.search.fill(student.leerlingnummer);
    await students.expectCount(1, 120);
    await expect(students.rows).toHaveCount(1);
    const row = students.rows.first();
    await expect(row).toHaveAttribute('data-student-id', student.id);
    await expect(students.cell(row, 'leerlingnummer')).toHaveText(student.leerlingnummer);
    await expect(students.cell(row, 'roepnaam')).toHaveText(student.roepnaam);

    // A search that matches nobody says so, and offers to clear the filters.
    await students.search.fill('xyzzy');
    await expect(students.status).toHaveText(countLine(0, 120));
    await expect(page.getByRole('region', { name: 'Geen leerlingen gevonden' })).toBeVisible();
  });
});
