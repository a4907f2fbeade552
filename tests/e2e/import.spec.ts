import { expect, test } from './support/test';
import { ImportWizard } from './support/app';
import { groupName, liveGroups, liveStudents, readDatabase, studentByNumber } from './support/db';
import { MAGISTER_CSV, MAGISTER_STUDENTS, SOMTODAY_CSV, xlsxFile } from './support/files';

/**
 * Importing the class lists teachers actually get: a Magister export (UTF-8 with BOM, `;`) and a
 * SOMtoday export of the same class (Windows-1252, `,`, quoted), plus an Excel workbook. Names
 * with diacritics, apostrophes and tussenvoegsels must arrive exactly as written.
 */
test.describe('leerlingen importeren', () => {
  test('Magister en daarna SOMtoday in een nieuw cohort: toegevoegd, daarna ongewijzigd', async ({ app, page, wizard, students }) => {
    await wizard.open();
    await wizard.chooseForReview(MAGISTER_CSV);
    await expect(page.getByText('leerlingen-magister.csv', { exact: true })).toBeVisible();
    await expect(page.getByText('Gescheiden door puntkomma, UTF-8 met BOM, 12 rijen')).toBeVisible();

    // Columns recognised by their Magister names.
    await expect(ImportWizard.selectedText(wizard.mapping('Leerlingnummer'))).toHaveText('Stamnr');
    await expect(ImportWizard.selectedText(wizard.mapping('Roepnaam'))).toHaveText('Roepnaam');
    await expect(ImportWizard.selectedText(wizard.mapping('Tussenvoegsel'))).toHaveText('Tussenv.');
    await expect(ImportWizard.selectedText(wizard.mapping('Achternaam'))).toHaveText('Achternaam');
    await expect(ImportWizard.selectedText(wizard.mapping('Groep (klas)'))).toHaveText('Klas');
    await expect(wizard.preview.getByRole('cell', { name: 'Zoë', exact: true })).toBeVisible();

    // No cohort yet: the import cannot start.
    await expect(wizard.importButton).toHaveText('Kies eerst een cohort');
    await expect(wizard.importButton).toBeDisabled();
    await wizard.createCohort({ name: 'Cohort 2025-2027 tl', leerweg: 'tl', firstSchoolYear: '2025-2026', programme: 'Zorg en Welzijn' });
    await expect(ImportWizard.selectedText(wizard.cohort)).toHaveText('Cohort 2025-2027 tl');

    await expect(wizard.planSummary).toHaveText('Na importeren: 12 toegevoegd.');
    await expect(wizard.plan.getByText('Nieuwe groepen in dit cohort: 3T-A, 3T-B, 3G-A.')).toBeVisible();
    await expect(wizard.issues).toHaveCount(0);

    // Only the cohort exists until the teacher presses the import button.
    const beforeImport = await readDatabase(page);
    expect(beforeImport.cohorts.map((cohort) => cohort.name)).toEqual(['Cohort 2025-2027 tl']);
    expect(beforeImport.groups).toEqual([]);
    expect(beforeImport.students).toEqual([]);

    await wizard.importAll(12);
    await expect(page.getByRole('heading', { name: 'leerlingen-magister.csv is geïmporteerd' })).toBeVisible();
    await expect(wizard.summary).toHaveText('12 toegevoegd');
    await expect(page.getByText('Nieuwe groepen: 3T-A, 3T-B, 3G-A.')).toBeVisible();

    const afterMagister = await readDatabase(page);
    const cohortId = afterMagister.cohorts[0]!.id;
    expect(liveGroups(afterMagister).map((group) => [group.name, group.cohortId]).sort()).toEqual([
      ['3G-A', cohortId],
      ['3T-A', cohortId],
      ['3T-B', cohortId],
    ]);
    expect(liveStudents(afterMagister)).toHaveLength(12);
    for (const expected of MAGISTER_STUDENTS) {
      const stored = studentByNumber(afterMagister, expected.leerlingnummer);
      expect(stored, `student ${expected.leerlingnummer} stored`).toBeDefined();
      expect({
        roepnaam: stored!.roepnaam,
        tussenvoegsel: stored!.tussenvoegsel,
        achternaam: stored!.achternaam,
        groep: groupName(afterMagister, stored!.groupId),
      }).toEqual({ roepnaam: expected.roepnaam, tussenvoegsel: expected.tussenvoegsel, achternaam: expected.achternaam, groep: expected.groep });
    }

    // The same class from SOMtoday: another encoding, delimiter and column names, one pupil less.
    await wizard.anotherFileButton.click();
    await wizard.chooseForReview(SOMTODAY_CSV);
    await expect(page.getByText('Gescheiden door komma, Windows-1252, 11 rijen')).toBeVisible();
    await expect(ImportWizard.selectedText(wizard.mapping('Leerlingnummer'))).toHaveText('Leerlingnummer');
    await expect(ImportWizard.selectedText(wizard.mapping('Tussenvoegsel'))).toHaveText('Voorvoegsel');
    await expect(ImportWizard.selectedText(wizard.mapping('Groep (klas)'))).toHaveText('Stamgroep');
    // The only cohort is chosen already.
    await expect(ImportWizard.selectedText(wizard.cohort)).toHaveText('Cohort 2025-2027 tl');

    await expect(wizard.planSummary).toHaveText('Na importeren: 11 ongewijzigd.');
    await expect(wizard.notInFile).toHaveText('1 leerling uit 3G-A staat niet in dit bestand. Die blijft gewoon staan.');
    await expect(wizard.issues).toHaveCount(0);
    await expect(wizard.importButton).toHaveText('Niets om te importeren');
    await expect(wizard.importButton).toBeDisabled();
    expect(await readDatabase(page)).toEqual(afterMagister);

    // Every name as the teacher sees it in the list.
    await app.navLink('Leerlingen').click();
    await students.waitUntilReady();
    await students.expectCount(12, 12);
    for (const expected of MAGISTER_STUDENTS) {
      const row = students.rowByNumber(expected.leerlingnummer);
      await expect(row).toHaveCount(1);
      await expect(students.cell(row, 'roepnaam')).toHaveText(expected.roepnaam);
      await expect(students.cell(row, 'tussenvoegsel')).toHaveText(expected.tussenvoegsel);
      await expect(students.cell(row, 'achternaam')).toHaveText(expected.achternaam);
      await expect(students.cell(row, 'groep')).toHaveText(expected.groep);
      await expect(students.cell(row, 'cohort')).toHaveText('Cohort 2025-2027 tl');
    }
  });

  test('de groepen 3T-A, 3T-B en 3G-A staan daarna bij het cohort, met hun leerlingen', async ({ app, page, wizard }) => {
    await wizard.importMagisterIntoNewCohort('Cohort 2025-2027 tl');
    await app.navLink('Groepen en cohorten').click();
    const cohort = page.getByRole('region', { name: 'Cohort 2025-2027 tl' });
    await expect(cohort).toBeVisible();
    await expect(cohort.getByText('12 leerlingen')).toBeVisible();
    const groups = cohort.getByRole('listitem');
    await expect(groups).toHaveCount(3);
    await expect(groups.filter({ hasText: '3T-A' })).toContainText('6 leerlingen');
    await expect(groups.filter({ hasText: '3T-B' })).toContainText('4 leerlingen');
    await expect(groups.filter({ hasText: '3G-A' })).toContainText('2 leerlingen');
  });

  test('"Import ongedaan maken" haalt de geïmporteerde leerlingen en groepen weer weg', async ({ app, page, wizard, students }) => {
    await wizard.importMagisterIntoNewCohort();
    expect(liveStudents(await readDatabase(page))).toHaveLength(12);

    await wizard.undoButton.click();
    await expect(page.getByRole('heading', { name: 'Import ongedaan gemaakt' })).toBeVisible();
    await expect(page.getByText('Alle leerlingen en groepen staan weer zoals vóór het importeren.')).toBeVisible();
    await expect(wizard.undoButton).toHaveCount(0);

    const db = await readDatabase(page);
    expect(liveStudents(db)).toEqual([]);
    expect(liveGroups(db)).toEqual([]);
    expect(db.cohorts.map((cohort) => cohort.name)).toEqual(['Cohort 2025-2027 tl']);

    await app.navLink('Leerlingen').click();
    await students.waitUntilReady();
    await expect(page.getByRole('region', { name: 'Nog geen leerlingen' })).toBeVisible();
  });

  test('een Excel-bestand (.xlsx) wordt net zo ingelezen', async ({ app, page, wizard, students }) => {
    const rows = [
      ['Leerlingnummer', 'Voornaam', 'Tussenvoegsel', 'Achternaam', 'Lesgroep'],
      ['205001', 'Łucja', '', 'Wiśniewski', '4T-A'],
      ['205002', 'Çağla', '', 'Şahin', '4T-A'],
      ['205003', 'Anaïs', "in 't", 'Veld', '4T-B'],
      ['205004', 'Maëlle', 'van den', 'Berg-Öztürk', '4T-B'],
    ];
    await wizard.open();
    await wizard.chooseForReview(xlsxFile('klas 4T.xlsx', rows));
    await expect(page.getByText('Excel-werkblad, 4 rijen')).toBeVisible();
    await expect(ImportWizard.selectedText(wizard.mapping('Roepnaam'))).toHaveText('Voornaam');
    await expect(ImportWizard.selectedText(wizard.mapping('Groep (klas)'))).toHaveText('Lesgroep');
    await wizard.createCohort({ name: 'Cohort 2024-2026 tl', firstSchoolYear: '2024-2025', programme: 'Technologie en Toepassing' });
    await expect(wizard.planSummary).toHaveText('Na importeren: 4 toegevoegd.');
    await wizard.importAll(4);
    await expect(wizard.summary).toHaveText('4 toegevoegd');

    const db = await readDatabase(page);
    expect(
      liveStudents(db)
        .map((s) => [s.leerlingnummer, s.roepnaam, s.tussenvoegsel, s.achternaam, groupName(db, s.groupId)])
        .sort(),
    ).toEqual(rows.slice(1));

    await app.navLink('Leerlingen').click();
    await students.waitUntilReady();
    await students.expectCount(4, 4);
    for (const [number, roepnaam, tussenvoegsel, achternaam] of rows.slice(1)) {
      const row = students.rowByNumber(number!);
      await expect(students.cell(row, 'roepnaam')).toHaveText(roepnaam!);
      await expect(students.cell(row, 'tussenvoegsel')).toHaveText(tussenvoegsel!);
      await expect(students.cell(row, 'achternaam')).toHaveText(achternaam!);
    }
  });
});
