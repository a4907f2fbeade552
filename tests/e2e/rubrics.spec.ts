import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { expectDatabaseUnchanged, fullName, liveStudents, readDatabase, readStore, type StoredStudent } from './support/db';
import { csvFile, KADER_CASE_JSON, rubricFixture, type FilePayload } from './support/files';
import { caseOutline } from './support/frameworks';
import { pdfFacts, savePdf, squash } from './support/pdf';
import {
  DCBA,
  DCBA_PRESET,
  dutchGrade,
  expectedGrade,
  readRubric,
  seedBeoordeling,
  type RubricEditor,
  type StoredRubricVersion,
} from './support/rubrics';

/**
 * Rubrics (issue 3): a teacher builds a rubric from a scale preset, links its criteria to
 * eindtermen, tries it out, and uses it. Once a beoordeling has used a version, editing makes a
 * new version and the old beoordeling still shows exactly what it was scored on (the Canvas
 * complaint). A rubric that cannot yield a cijfer is refused with the reason. CSV in and out,
 * and a PDF for students whose text (with ë, ş, ı) survives.
 */

const CASE_ROWS = caseOutline();
const eindterm = (code: string) => CASE_ROWS.find((row) => row.code === code)!;

interface CriterionInput {
  name: string;
  /** One descriptor per D-C-B-A level, lowest first. */
  descriptors: readonly [string, string, string, string];
}

const CRITERIA: readonly CriterionInput[] = [
  {
    name: 'Voorbereiding',
    descriptors: ['Je hebt niets voorbereid.', 'Je hebt een opzet.', 'Je presentatie is af en geoefend.', 'Je hebt geoefend en feedback verwerkt.'],
  },
  {
    name: 'Presenteren',
    descriptors: ['Je leest voor van je dia’s.', 'Je vertelt wat je hebt gemaakt.', 'Je legt uit waarom, en wat je leerde.', 'Je laat zien hoe je product de vraag oplost.'],
  },
  {
    name: 'Samenwerken',
    descriptors: ['Je werkt alleen.', 'Je helpt als het gevraagd wordt.', 'Je verdeelt de taken.', 'Je stuurt de groep bij.'],
  },
];

/** Names the three criteria a new rubric starts with and fills every descriptor (or only the names). */
async function fillGrid(editor: RubricEditor, options: { namesOnly?: boolean } = {}): Promise<void> {
  for (const [index, criterion] of CRITERIA.entries()) {
    await editor.criterionName(index + 1).fill(criterion.name);
    if (options.namesOnly) continue;
    for (const [level, text] of criterion.descriptors.entries()) await editor.descriptor(criterion.name, DCBA[level]!).fill(text);
  }
}

async function download(page: Page, button: { click: () => Promise<void> }): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return file;
}

/** The content of a version with ids replaced by positions, to compare two rubrics. */
function portable(version: StoredRubricVersion) {
  const levelIndex = new Map(version.levels.map((level, index) => [level.id, index]));
  return {
    levels: version.levels.map(({ label, points, color }) => ({ label, points, color: color.toLowerCase() })),
    criteria: version.criteria.map(({ title, weight, clientInput, descriptors }) => ({
      title,
      weight,
      clientInput,
      descriptors: Object.fromEntries(Object.entries(descriptors).map(([levelId, text]) => [levelIndex.get(levelId), text])),
    })),
    conditions: version.conditions.map((condition) => condition.text),
    conversion: version.conversion,
  };
}

test.describe('een rubric bouwen en gebruiken', () => {
  test('vanuit D-C-B-A: criteria, beschrijvingen, een eindterm koppelen, cesuur, opslaan en uitproberen', async ({ app, page, frameworks, framework, rubrics, editor }) => {
    await frameworks.importFile(KADER_CASE_JSON, framework);
    const caseNodes = await readStore<{ id: string; code: string }>(page, 'frameworkNodes');
    const b2Id = caseNodes.find((node) => node.code === 'B2')!.id;

    await app.navLink('Rubrics').click();
    await expect(page.getByRole('heading', { name: 'Nog geen rubrics' })).toBeVisible();
    const id = await rubrics.create('Presenteren aan de opdrachtgever', DCBA_PRESET, editor);
    await expect(editor.versionLine).toHaveText('versie 1 · nog niet gebruikt');

    // The preset: four levels, 1 to 4 points, red to green, and three empty criteria.
    for (const [index, label] of DCBA.entries()) await expect(editor.levelPoints(label)).toHaveValue(String(index + 1));
    await expect(editor.grid.getByRole('columnheader')).toHaveText(['Criterium', 'D minimaal (1 punt)', 'C basis (2 punten)', 'B gevorderd (3 punten)', 'A expert (4 punten)']);
    await expect(editor.grid.getByRole('textbox', { name: /^Naam van criterium \d+$/ })).toHaveCount(3);

    await fillGrid(editor);
    await editor.grid.getByRole('spinbutton', { name: 'Gewicht van Presenteren' }).fill('2');

    // Link "Presenteren" to eindterm B2 of the imported framework.
    await editor.linkButton('Presenteren').click();
    const dialog = editor.linkDialog('Presenteren');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('checkbox')).toHaveCount(CASE_ROWS.filter((row) => row.type === 'eindterm').length);
    await expectNoAxeViolations(page, 'de dialoog "Presenteren koppelen aan eindtermen en vaardigheden"');
    await dialog.getByRole('searchbox', { name: 'Zoeken op code of tekst' }).fill('presenteert');
    await expect(dialog.getByRole('checkbox')).toHaveCount(1);
    await dialog.getByRole('checkbox', { name: `B2 ${eindterm('B2').text}` }).check();
    await expect(dialog.getByText('1 gekozen')).toBeVisible();
    await dialog.getByRole('button', { name: 'Koppelingen opslaan' }).click();
    await expect(dialog).toBeHidden();
    await expect(editor.linkBadges(2)).toHaveText(['B2']);
    await expect(editor.linkBadges(1)).toHaveCount(0);

    await editor.caesura.fill('60');
    await expect(editor.cannotSave).toHaveCount(0);
    await expect(editor.saveButton).toHaveText('Opslaan');
    await editor.save('Presenteren aan de opdrachtgever opgeslagen.');
    await expect(editor.versionLine).toHaveText('versie 1 · nog niet gebruikt');

    const { versions, current } = await readRubric(page, id);
    expect(versions).toHaveLength(1);
    expect(current.levels.map(({ label, points }) => ({ label, points }))).toEqual(DCBA.map((label, index) => ({ label, points: index + 1 })));
    expect(current.criteria.map(({ title, weight, nodeIds }) => ({ title, weight, nodeIds }))).toEqual([
      { title: 'Voorbereiding', weight: 1, nodeIds: [] },
      { title: 'Presenteren', weight: 2, nodeIds: [b2Id] },
      { title: 'Samenwerken', weight: 1, nodeIds: [] },
    ]);
    expect(current.criteria.map((criterion) => current.levels.map((level) => criterion.descriptors[level.id]))).toEqual(CRITERIA.map((c) => [...c.descriptors]));
    expect(current.conversion).toEqual({ kind: 'linear', caesura: 0.6 });

    // Try it out: the cijfer follows the rule, above and below the caesura.
    const max = 4 * (1 + 2 + 1);
    await editor.openTryout();
    await editor.tryoutChoice('Voorbereiding', 'B gevorderd').check();
    await expect(editor.tryoutSummary).toHaveText(`3 van ${max} punten · nog niet alle criteria gekozen`);
    await editor.tryoutChoice('Presenteren', 'C basis').check();
    await editor.tryoutChoice('Samenwerken', 'A expert').check();
    const above = 3 + 2 * 2 + 4;
    await expect(editor.tryoutSummary).toHaveText(`${above} van ${max} punten · cijfer ${dutchGrade(expectedGrade(above, max, 0.6))}`);
    expect(dutchGrade(expectedGrade(above, max, 0.6))).toBe('6,5');
    // 8 of 16 at caesura 60 % is 4.75 exactly: half up gives 4,8.
    await editor.tryoutChoice('Voorbereiding', 'D minimaal').check();
    await editor.tryoutChoice('Samenwerken', 'B gevorderd').check();
    const below = 1 + 2 * 2 + 3;
    await expect(editor.tryoutSummary).toHaveText(`${below} van ${max} punten · cijfer ${dutchGrade(expectedGrade(below, max, 0.6))}`);
    expect(dutchGrade(expectedGrade(below, max, 0.6))).toBe('4,8');
    // Trying out stores nothing and changes nothing to save.
    await expect(editor.saveButton).toBeDisabled();

    // An unused rubric is simply updated: still version 1, still one stored version.
    await editor.descriptor('Samenwerken', 'A expert').fill('Je stuurt de groep bij en helpt anderen.');
    await expect(editor.saveButton).toHaveText('Opslaan');
    await expect(editor.newVersionNotice).toHaveCount(0);
    await editor.save('Presenteren aan de opdrachtgever opgeslagen.');
    await expect(editor.versionLine).toHaveText('versie 1 · nog niet gebruikt');
    const after = await readRubric(page, id);
    expect(after.versions).toHaveLength(1);
    expect(after.current.id).toBe(current.id);
    expect(after.current.criteria[2]!.descriptors[after.current.levels[3]!.id]).toBe('Je stuurt de groep bij en helpt anderen.');

    // The list shows it.
    await app.navLink('Rubrics').click();
    await expect(rubrics.card('Presenteren aan de opdrachtgever')).toContainText('versie 1 · 3 criteria · nog niet gebruikt');
  });

  test('een gebruikte rubric bewerken maakt versie 2; de beoordeling houdt versie 1', async ({ app, page, rubrics, editor }) => {
    await app.loadDemoData();
    const id = await rubrics.create('Samenwerken in de praktijk', DCBA_PRESET, editor);
    await fillGrid(editor);
    await editor.save('Samenwerken in de praktijk opgeslagen.');

    // A beoordeling made with version 1 (no screen for it yet: stored as the assessment feature will).
    const { current: v1 } = await readRubric(page, id);
    const students = liveStudents(await readDatabase(page));
    const student: StoredStudent = students.find((s) => /[ëïöüéş]/.test(fullName(s))) ?? students[0]!;
    const level = (label: string) => v1.levels.find((l) => l.label === label)!.id;
    const chosen = { Voorbereiding: 'B gevorderd', Presenteren: 'C basis', Samenwerken: 'A expert' } as const;
    await seedBeoordeling(page, {
      studentId: student.id,
      version: v1,
      levelByCriterion: Object.fromEntries(v1.criteria.map((criterion) => [criterion.id, level(chosen[criterion.title as keyof typeof chosen])])),
      workDate: '2026-11-02',
    });
    await page.reload();
    await editor.waitUntilOpen('Samenwerken in de praktijk');
    await expect(editor.versionLine).toHaveText('versie 1 · deze versie is gebruikt in 1 beoordeling');
    const grade = dutchGrade(expectedGrade(3 + 2 + 4, 12, 0.55));
    await expect(editor.beoordelingLine(fullName(student))).toContainText(`2-11-2026 · versie 1 · ${grade}`);

    // Edit a descriptor: saving will make version 2, and the screen says so first.
    const oldText = CRITERIA[0]!.descriptors[2];
    const newText = 'Je presentatie is af, geoefend en op tijd ingeleverd.';
    await editor.descriptor('Voorbereiding', 'B gevorderd').fill(newText);
    await expect(editor.saveButton).toHaveText('Opslaan als versie 2');
    await expect(editor.newVersionNotice).toHaveText('Deze versie is al gebruikt in 1 beoordeling. Opslaan maakt versie 2; die beoordeling houdt haar eigen versie.');
    await editor.save('Opgeslagen als versie 2; eerdere beoordelingen houden hun versie.');
    await expect(editor.versionLine).toHaveText('versie 2 · nog niet gebruikt');
    await expect(editor.newVersionNotice).toHaveCount(0);
    await expect(editor.descriptor('Voorbereiding', 'B gevorderd')).toHaveValue(newText);

    const { rubric, versions } = await readRubric(page, id);
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(rubric.currentVersionId).toBe(versions[1]!.id);
    expect(versions[0]).toEqual(v1);
    expect(versions[1]!.criteria[0]!.descriptors[level('B gevorderd')]).toBe(newText);

    await expect(editor.versionRow(2)).toContainText('versie 2 (huidig)');
    await expect(editor.versionRow(2).getByRole('cell').nth(2)).toHaveText('0');
    await expect(editor.versionRow(1).getByRole('cell').nth(2)).toHaveText('1');

    // The beoordeling still shows version 1: the old words, with the levels that were chosen.
    await editor.beoordelingButton(fullName(student)).click();
    await expect(editor.beoordelingView.getByRole('heading')).toHaveText(`Beoordeling van ${fullName(student)} (versie 1)`);
    await expect(editor.beoordelingView).toContainText(oldText);
    await expect(editor.beoordelingView).not.toContainText(newText);
    const chosenCells = editor.beoordelingView.locator('td.chosen');
    await expect(chosenCells).toHaveText([`gekozen: ${oldText}`, `gekozen: ${CRITERIA[1]!.descriptors[1]}`, `gekozen: ${CRITERIA[2]!.descriptors[3]}`]);
    await expect(editor.beoordelingView).toContainText(`9 van 12 punten · cijfer ${grade}`);

    // Version 1 itself opens read-only.
    await editor.versionRow(1).getByRole('button', { name: 'Versie 1 bekijken' }).click();
    await expect(editor.oldVersionNotice).toHaveText(/^Je bekijkt versie 1 \(alleen lezen\)\. De huidige versie is 2\./);
    await expect(editor.descriptor('Voorbereiding', 'B gevorderd')).toHaveValue(oldText);
    await expect(editor.descriptor('Voorbereiding', 'B gevorderd')).not.toBeEditable();
    await expect(editor.saveButton).toHaveCount(0);
    await editor.oldVersionNotice.getByRole('button', { name: 'Naar de huidige versie' }).click();
    await expect(editor.descriptor('Voorbereiding', 'B gevorderd')).toHaveValue(newText);
    await expect(editor.descriptor('Voorbereiding', 'B gevorderd')).toBeEditable();

    await app.navLink('Rubrics').click();
    await expect(rubrics.card('Samenwerken in de praktijk')).toContainText('versie 2 · 3 criteria · gebruikt in 1 beoordeling · 2 versies');
  });

  test('een rubric die geen cijfer kan geven, kan niet worden opgeslagen', async ({ page, rubrics, editor }) => {
    const id = await rubrics.create('Veilig werken', DCBA_PRESET, editor);
    // Named criteria are all a rubric needs to be saved; descriptors may come later.
    await fillGrid(editor, { namesOnly: true });
    const before = await readDatabase(page);

    for (const caesura of ['100', '0']) {
      await editor.caesura.fill(caesura);
      await expect(editor.saveButton).toBeDisabled();
      await expect(editor.cannotSave).toContainText(`De cesuur staat op ${caesura}%. Kies een percentage tussen 0% en 100%, bijvoorbeeld 55%.`);
    }
    await editor.caesura.fill('55');
    await expect(editor.cannotSave).toHaveCount(0);
    await expect(editor.saveButton).toBeEnabled();

    for (const label of DCBA) await editor.levelPoints(label).fill('0');
    await expect(editor.saveButton).toBeDisabled();
    await expect(editor.cannotSave).toContainText('Met deze punten is het maximum 0, dus er kan geen cijfer uit komen. Geef het hoogste niveau meer dan 0 punten.');
    await expectDatabaseUnchanged(page, before, 'a rubric that cannot be saved');
    expect((await readRubric(page, id)).current.levels.map((level) => level.points)).toEqual([1, 2, 3, 4]);
  });
});

test.describe('rubrics als CSV', () => {
  test('presenteren.csv importeren: criteria, niveaus, punten en beschrijvingen intact', async ({ app, page, rubrics, editor }) => {
    await rubrics.open();
    await rubrics.importCsv(rubricFixture('presenteren.csv'));
    await editor.waitUntilOpen('Presentatie voor de opdrachtgever');
    await expect(app.toast('Presentatie voor de opdrachtgever geïmporteerd.')).toBeVisible();

    const titles = ['Voorbereiding', 'Inhoud', 'Bronnen', 'Contact met het publiek'];
    for (const [index, title] of titles.entries()) await expect(editor.criterionName(index + 1)).toHaveValue(title);
    for (const [index, label] of DCBA.entries()) await expect(editor.levelPoints(label)).toHaveValue(String(index + 1));
    for (const [name, weight] of [['Voorbereiding', '1'], ['Inhoud', '2'], ['Bronnen', '0.5'], ['Contact met het publiek', '1']] as const) {
      await expect(editor.grid.getByRole('spinbutton', { name: `Gewicht van ${name}` })).toHaveValue(weight);
    }
    await expect(editor.descriptor('Inhoud', 'B gevorderd')).toHaveValue('Je vertelt wat je hebt gemaakt; waarom, en wat je hebt geleerd.');
    await expect(editor.descriptor('Bronnen', 'D minimaal')).toHaveValue('- geen bronnen');
    await expect(editor.descriptor('Contact met het publiek', 'A expert')).toHaveValue('Je betrekt het publiek, bijvoorbeeld met een vraag: "Wie heeft dit eerder gezien?"');
    await expect(page.getByRole('textbox', { name: 'Voorwaardelijke eis 1' })).toHaveValue('Je presentatie duurt 5 tot 8 minuten');
    await expect(page.getByRole('textbox', { name: 'Voorwaardelijke eis 2' })).toHaveValue('Je levert je dia\'s een dag vooraf in');
    await expect(editor.caesura).toHaveValue('55');
    await expect(editor.versionLine).toHaveText('versie 1 · nog niet gebruikt');
  });

  test('een rij met te weinig of te veel cellen: "Rij N: …", en er wordt niets gemaakt', async ({ page, rubrics }) => {
    await rubrics.open();
    // The empty list is read from the database: only then does it exist to compare with.
    await expect(page.getByRole('heading', { name: 'Nog geen rubrics' })).toBeVisible();
    const before = await readDatabase(page);
    for (const [file, message] of [
      ['rij-te-weinig-cellen.csv', 'Rij 4: 3 cellen, de kopregel heeft er 6. Door een ontbrekende cel komen beschrijvingen onder het verkeerde niveau.'],
      ['rij-te-veel-cellen.csv', 'Rij 3: 6 cellen, de kopregel heeft er 5. Staat er een puntkomma in een beschrijving zonder aanhalingstekens?'],
    ] as const) {
      await rubrics.importCsv(rubricFixture(`bad/${file}`));
      await expect(rubrics.importProblem.locator('strong')).toHaveText(`${file} kan niet als rubric worden ingelezen`);
      await expect(rubrics.importProblem.getByRole('listitem')).toContainText([message]);
      await expect(rubrics.importProblem).toContainText('Er is niets gewijzigd.');
      await expect(page).toHaveURL(/#\/rubrics$/);
      await expect(page.getByRole('heading', { name: 'Nog geen rubrics' })).toBeVisible();
      await expectDatabaseUnchanged(page, before, `importing ${file}`);
    }
  });

  test('exporteren en weer importeren geeft dezelfde rubric', async ({ page, rubrics, editor }) => {
    await rubrics.open();
    await rubrics.importCsv(rubricFixture('presenteren.csv'));
    await editor.waitUntilOpen('Presentatie voor de opdrachtgever');
    const firstId = await editor.id();

    const file = await download(page, editor.exportCsvButton);
    expect(file.suggestedFilename()).toBe('presentatie-voor-de-opdrachtgever.csv');
    const bytes = await readFile(await file.path());
    expect([...bytes.subarray(0, 3)], 'UTF-8 with a BOM for Excel').toEqual([0xef, 0xbb, 0xbf]);
    // presenteren.csv is what Vakwerk exports: the same text comes back out.
    const fixture = await readFile(rubricFixture('presenteren.csv'));
    expect(bytes.toString('utf8').replace(/(\r\n)+$/, '')).toBe(fixture.toString('utf8').replace(/(\r\n)+$/, ''));

    await rubrics.open();
    await rubrics.importCsv({ name: file.suggestedFilename(), mimeType: 'text/csv', buffer: bytes } satisfies FilePayload);
    await editor.waitUntilOpen('Presentatie voor de opdrachtgever');
    const secondId = await editor.id();
    expect(secondId).not.toBe(firstId);
    const first = await readRubric(page, firstId);
    const second = await readRubric(page, secondId);
    expect(portable(second.current)).toEqual(portable(first.current));
    expect(second.current.levels.map((level) => level.id)).not.toEqual(first.current.levels.map((level) => level.id));
  });
});

test.describe('rubric afdrukken', () => {
  test('Afdrukken (PDF): titel, niveaus, beschrijvingen met ë, ş en ı, eindterm, "pagina 1 van 1"', async ({ page, frameworks, framework, rubrics, editor }, testInfo) => {
    await frameworks.importFile(KADER_CASE_JSON, framework);
    // A rubric from a CSV the teacher made, with the names of her students in it.
    const csv = csvFile('zoe-en-ayse.csv', [
      'Rubric;Teamwerk van Zoë en Ayşe',
      'Criterium;Gewicht;D minimaal (1);C basis (2);B gevorderd (3);A expert (4)',
      'Samenwerken;1;Ayşe werkt alleen.;Noëlle helpt mee.;Yılmaz verdeelt taken.;Zoë stuurt bij.',
      'Plannen;2;Geen planning.;Een grove planning.;Een planning met tijden.;Je stelt bij.',
      'Cesuur;55%',
    ]);
    await rubrics.open();
    await rubrics.importCsv(csv);
    await editor.waitUntilOpen('Teamwerk van Zoë en Ayşe');
    await editor.linkButton('Samenwerken').click();
    const dialog = editor.linkDialog('Samenwerken');
    await dialog.getByRole('searchbox', { name: 'Zoeken op code of tekst' }).fill('B1');
    await dialog.getByRole('checkbox', { name: `B1 ${eindterm('B1').text}` }).check();
    await dialog.getByRole('button', { name: 'Koppelingen opslaan' }).click();
    await editor.save('Teamwerk van Zoë en Ayşe opgeslagen.');

    const file = await download(page, editor.printButton);
    expect(file.suggestedFilename()).toBe('teamwerk-van-zoe-en-ayse-v1.pdf');
    const pdf = await savePdf(file, testInfo.outputPath('rubric.pdf'));
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await testInfo.attach('rubric.txt', { body: pdf.text, contentType: 'text/plain' });
    expect(pdf.pages).toHaveLength(1);

    const text = squash(pdf.text);
    expect(text).toContain('Teamwerk van Zoë en Ayşe');
    expect(text).toContain('versie 1');
    for (const label of DCBA) expect(text).toContain(label);
    for (const descriptor of ['Ayşe werkt alleen.', 'Noëlle helpt mee.', 'Yılmaz verdeelt taken.', 'Zoë stuurt bij.', 'Een planning met tijden.']) {
      expect(text, `descriptor "${descriptor}" in the PDF`).toContain(descriptor);
    }
    expect(text).toContain('Samenwerken');
    expect(text).toContain('Plannen');
    expect(text).toContain(`B1 ${eindterm('B1').text}`);
    expect(text).toContain('Cijfer = lineair, 55 % van de punten geeft 5,5 (6,6 punten); maximaal 12 punten.');
    expect(text).toContain('pagina 1 van 1');

    // Landscape A4, one page, and the fonts travel with the file (so ş and ı print everywhere).
    const facts = pdfFacts(pdf.path);
    expect(facts).toMatchObject({ pages: 1, width: 841.89, height: 595.28 });
    expect(facts.fonts.length).toBeGreaterThan(0);
    expect(facts.fonts.filter((font) => !font.embedded), 'fonts that are not embedded').toEqual([]);
  });
});

test.describe('toegankelijkheid van rubrics', () => {
  // The link dialog is checked where it is used: "vanuit D-C-B-A: … een eindterm koppelen …".
  test('de lijst, "Nieuwe rubric", de editor, de melding dat opslaan niet kan en het uitproberen', async ({ page, rubrics, editor }) => {
    await rubrics.open();
    await expectNoAxeViolations(page, 'rubrics zonder rubrics');
    await rubrics.newButton.click();
    await expect(rubrics.newDialog).toBeVisible();
    await expectNoAxeViolations(page, 'de dialoog "Nieuwe rubric"');
    await rubrics.newDialog.getByRole('button', { name: 'Annuleren' }).click();

    await rubrics.create('Presenteren', DCBA_PRESET, editor);
    await fillGrid(editor);
    await editor.caesura.fill('0');
    await expect(editor.cannotSave).toBeVisible();
    await expect(editor.saveButton).toBeDisabled();
    await expectNoAxeViolations(page, 'de rubric-editor, ingevuld, met de melding dat opslaan niet kan');
    await editor.caesura.fill('55');
    await editor.save('Presenteren opgeslagen.');
    await editor.openTryout();
    await editor.tryoutChoice('Presenteren', 'B gevorderd').check();
    await expectNoAxeViolations(page, 'de rubric-editor met uitproberen open');

    await rubrics.open();
    await expect(rubrics.list.getByRole('listitem')).toHaveCount(1);
    await expectNoAxeViolations(page, 'rubrics met een rubric');
  });
});
