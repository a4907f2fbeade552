import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { expectDatabaseUnchanged, readDatabase, readStore } from './support/db';
import { frameworkFixture, jsonFile, KADER_CASE_JSON, SLO_SAMPLE_JSON, type FilePayload } from './support/files';
import {
  BUILTIN,
  caseOutline,
  countsLine,
  filteredOutline,
  readCaseFixture,
  sloOutline,
  type OutlineRow,
} from './support/frameworks';

/**
 * Goal frameworks ("Doelen en kaders", issue 3): the exam programme as data. A teacher imports
 * the CASE and SLO reference files and sees every domein, subdomein and eindterm in the
 * programme's order; edits an eindterm (then it is the school's text, not the official one);
 * imports a new version while the old one stays readable; gets a Dutch message that says what
 * and where for a bad file, with nothing stored; and links the school's skills to eindtermen.
 */

const CASE_TITLE = readCaseFixture().CFDocument.title;
const CASE_ROWS = caseOutline();
const SLO_ROWS = sloOutline();

interface StoredNode {
  id: string;
  frameworkId: string;
  code: string;
  text: string;
  textStatus: string;
  linkedNodeIds: string[];
}

interface StoredFramework {
  id: string;
  title: string;
  status: string;
  lineageId: string;
  version: string;
}

/** Records of a CSV, counting line breaks inside quoted cells as part of the cell. */
function csvRecordCount(text: string): number {
  let records = 0;
  let quoted = false;
  let empty = true;
  for (const char of text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n')) {
    if (char === '"') quoted = !quoted;
    if (char === '\n' && !quoted) {
      if (!empty) records++;
      empty = true;
    } else empty = false;
  }
  return records + (empty ? 0 : 1);
}

const rowsOf = (rows: readonly OutlineRow[]) => rows.map(({ code, level }) => ({ code, level }));

async function nodesOf(page: Page, frameworkId: string): Promise<StoredNode[]> {
  return (await readStore<StoredNode>(page, 'frameworkNodes')).filter((node) => node.frameworkId === frameworkId);
}

test.describe('doelen en kaders importeren', () => {
  test('CASE-kader: de hele opbouw in volgorde, met aantallen en bron', async ({ app, page, frameworks, framework }) => {
    await app.open('/');
    await app.navLink('Doelen en kaders').click();
    await expect(page).toHaveURL(/#\/kaders$/);
    await expect(page.getByRole('heading', { name: 'Nog geen kaders' })).toBeVisible();

    await frameworks.openAddDialog();
    await frameworks.chooseFile(KADER_CASE_JSON);
    await expect(frameworks.preview.getByRole('heading', { name: CASE_TITLE })).toBeVisible();
    await expect(frameworks.preview).toContainText('kader-case.json');
    await expect(frameworks.preview).toContainText('3 domeinen, 8 eindtermen');
    await expect(frameworks.preview).toContainText('Bron: Voorbeeldschool sectie pgv');
    // Nothing is stored before "Opslaan".
    expect(await readStore(page, 'frameworks')).toEqual([]);

    await frameworks.save(framework);
    await expect(app.toast(`${CASE_TITLE} toegevoegd.`)).toBeVisible();
    await expect(framework.heading).toHaveText(CASE_TITLE);
    await expect(framework.summary).toContainText('versie 2024');
    await expect(framework.summary).toContainText(countsLine(CASE_ROWS));
    await expect(page.getByRole('main').getByText('Bron: Voorbeeldschool sectie pgv', { exact: true })).toBeVisible();

    // Every item, in the order of the sequenceNumbers, at its depth, with its own words.
    expect(await framework.rows()).toEqual(rowsOf(CASE_ROWS));
    expect(await framework.texts()).toEqual(CASE_ROWS.map((row) => row.text.replace(/\s+/g, ' ').trim()));
    await expect(framework.tree.getByText('tekst van de school')).toHaveCount(0);

    // And it is in the list, with its source.
    await app.navLink('Doelen en kaders').click();
    await expect(frameworks.card(CASE_TITLE)).toContainText('Bron: Voorbeeldschool sectie pgv');
  });

  test('SLO-kader: 8 domeinen, 6 subdomeinen en 73 eindtermen in de volgorde van het programma; filteren op "hardware"', async ({ app, page, frameworks, framework }) => {
    expect(countsLine(SLO_ROWS)).toBe('8 domeinen, 6 subdomeinen, 73 eindtermen');
    await frameworks.open();
    await frameworks.openAddDialog();
    await frameworks.chooseFile(SLO_SAMPLE_JSON);
    await expect(frameworks.preview.getByRole('heading', { name: 'Examenprogramma Informatietechnologie vmbo' })).toBeVisible();
    await expect(frameworks.preview).toContainText('8 domeinen, 6 subdomeinen, 73 eindtermen');
    await frameworks.save(framework);
    await expect(app.toast('Examenprogramma Informatietechnologie vmbo toegevoegd.')).toBeVisible();

    await expect(framework.summary).toContainText('versie 2020');
    await expect(framework.summary).toContainText('8 domeinen, 6 subdomeinen, 73 eindtermen');
    await expect(page.getByRole('main').getByText('Bron: SLO curriculum open data', { exact: true })).toBeVisible();
    // PREAMBULE comes first (as the programme lists it), not last (as the file's domein array does).
    expect(await framework.rows()).toEqual(rowsOf(SLO_ROWS));
    expect(SLO_ROWS[0]!.code).toBe('PREAMBULE');

    const hardware = filteredOutline(SLO_ROWS, 'hardware');
    expect(hardware.length, 'the fixture has eindtermen about hardware').toBeGreaterThan(1);
    await framework.filter.fill('hardware');
    await expect(framework.matches).toHaveText(`${hardware.length} onderdelen zichtbaar`);
    await expect(framework.tree).toHaveAttribute('data-rows', String(hardware.length));
    expect(await framework.rows()).toEqual(rowsOf(hardware));
    for (const text of await framework.texts()) {
      // Each row is a match or the domein above one.
      expect(hardware.map((row) => row.text.replace(/\s+/g, ' '))).toContain(text.replace(/\s+/g, ' '));
    }

    await framework.filter.fill('');
    await expect(framework.tree).toHaveAttribute('data-rows', String(SLO_ROWS.length));
  });

  test('exporteren (CASE en CSV) en de export weer importeren geeft hetzelfde kader', async ({ page, frameworks, framework }) => {
    await frameworks.importFile(SLO_SAMPLE_JSON, framework);
    const [caseDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteren (CASE)' }).click()]);
    expect(caseDownload.suggestedFilename()).toMatch(/\.json$/);
    const caseBytes = await readFile(await caseDownload.path());
    expect(JSON.parse(caseBytes.toString('utf8'))).toHaveProperty('CFDocument.title', 'Examenprogramma Informatietechnologie vmbo');

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteren (CSV)' }).click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
    const csvText = (await readFile(await csvDownload.path())).toString('utf8');
    expect(csvText.startsWith('\uFEFFcode;omschrijving;bovenliggende code'), 'a CSV for Dutch Excel with the documented columns').toBe(true);
    expect(csvRecordCount(csvText), 'a header and one record per node').toBe(1 + SLO_ROWS.length);

    // The CASE export read back: the same tree, as a separate framework.
    await frameworks.open();
    await frameworks.openAddDialog();
    await frameworks.chooseFile({ name: caseDownload.suggestedFilename(), mimeType: 'application/json', buffer: caseBytes });
    await expect(frameworks.preview).toContainText('8 domeinen, 6 subdomeinen, 73 eindtermen');
    // Recognised as the same framework (same title and source): then nothing differs.
    await expect(frameworks.diff).toContainText('0 nieuw, 0 vervallen, 0 gewijzigd, 87 gelijk');
    const separate = frameworks.dialog.getByRole('radio', { name: 'Als apart kader' });
    await separate.check();
    await frameworks.save(framework);
    expect(await framework.rows()).toEqual(rowsOf(SLO_ROWS));

    // And the CSV export too (two frameworks with this tree now exist).
    await frameworks.open();
    await frameworks.openAddDialog();
    await frameworks.chooseFile({ name: csvDownload.suggestedFilename(), mimeType: 'text/csv', buffer: await readFile(await csvDownload.path()) });
    await expect(frameworks.preview).toContainText('8 domeinen, 6 subdomeinen, 73 eindtermen');
    // A CSV has no title or source id, so it is not recognised as a version: a separate framework.
    await expect(separate).toHaveCount(0);
    await frameworks.save(framework);
    expect(await framework.rows()).toEqual(rowsOf(SLO_ROWS));
  });

  test('een eindterm bewerken: opgeslagen als tekst van de school, ongedaan te maken, blijft na herladen', async ({ app, page, frameworks, framework }) => {
    const id = await frameworks.importFile(KADER_CASE_JSON, framework);
    const b2 = CASE_ROWS.find((row) => row.code === 'B2')!;
    const schoolText = 'Presenteren: de leerling presenteert het eindproduct aan de opdrachtgever en beantwoordt vragen.';

    await framework.select('B2');
    await expect(framework.detail.getByRole('heading', { name: 'Eindterm B2' })).toBeVisible();
    await expect(framework.text).toHaveValue(b2.text);
    await expect(framework.detailStatus()).toHaveText('officiële tekst');
    await expect(framework.saveButton).toBeDisabled();

    await framework.text.fill(schoolText);
    await framework.saveButton.click();
    await expect(app.toast('B2 opgeslagen.')).toBeVisible();
    await expect(framework.detailStatus()).toHaveText('tekst van de school');
    await expect(framework.item('B2')).toContainText(schoolText);
    await expect(framework.item('B2')).toContainText('tekst van de school');
    await expect(framework.saveButton).toBeDisabled();

    // Undo from the toast: the official words are back, in the tree and in the editor.
    await app.undoButtonOf('B2 opgeslagen.').click();
    await expect(framework.item('B2').locator('.tree-text')).toHaveText(b2.text);
    await expect(framework.item('B2')).not.toContainText('tekst van de school');
    await expect(framework.detailStatus()).toHaveText('officiële tekst');
    // Soft: the rest of the story (saving again, reloading) is worth seeing even if this fails.
    // The tree already shows the restored text, so the editor has had its chance: a short wait.
    await expect.soft(framework.text, 'the editor shows the restored text, not the undone one').toHaveValue(b2.text, { timeout: 1000 });
    await expect.soft(framework.saveButton, 'nothing left to save after undo').toBeDisabled({ timeout: 1000 });
    let stored = (await nodesOf(page, id)).find((node) => node.code === 'B2')!;
    expect(stored).toMatchObject({ text: b2.text, textStatus: 'official' });

    // Again, and this time it stays: after a reload it is still the school's text.
    await framework.select('B2');
    await framework.text.fill(schoolText);
    await framework.saveButton.click();
    await expect(app.toast('B2 opgeslagen.')).toBeVisible();
    await expect(framework.detailStatus()).toHaveText('tekst van de school');
    await page.reload();
    await framework.waitUntilReady();
    await expect(framework.item('B2')).toContainText(schoolText);
    await expect(framework.item('B2')).toContainText('tekst van de school');
    await framework.select('B2');
    await expect(framework.text).toHaveValue(schoolText);
    await expect(framework.detailStatus()).toHaveText('tekst van de school');
    stored = (await nodesOf(page, id)).find((node) => node.code === 'B2')!;
    expect(stored).toMatchObject({ text: schoolText, textStatus: 'school' });
    // The other eindtermen are untouched.
    expect((await nodesOf(page, id)).filter((node) => node.textStatus !== 'official').map((node) => node.code)).toEqual(['B2']);
  });

  test('hetzelfde CASE-kader opnieuw: als nieuwe versie; de oude versie blijft, alleen te lezen', async ({ app, page, frameworks, framework }) => {
    const firstId = await frameworks.importFile(KADER_CASE_JSON, framework);

    await frameworks.open();
    await frameworks.openAddDialog();
    await frameworks.chooseFile(KADER_CASE_JSON);
    await expect(frameworks.preview).toBeVisible();
    const asNewVersion = frameworks.dialog.getByRole('radio', { name: `Als nieuwe versie van ${CASE_TITLE} (nu versie 2024); de oude versie blijft bewaard` });
    await expect(asNewVersion).toBeChecked();
    await expect(frameworks.dialog.getByRole('radio', { name: 'Als apart kader' })).not.toBeChecked();
    await expect(frameworks.diff).toContainText('Ten opzichte van de huidige versie: 0 nieuw, 0 vervallen, 0 gewijzigd, 11 gelijk.');

    // The publisher's next version: same document, B2 reworded, one eindterm more.
    await frameworks.dialog.getByRole('button', { name: 'Terug' }).click();
    const next = readCaseFixture();
    next.CFDocument.version = '2025';
    const b2 = next.CFItems.find((item) => item.humanCodingScheme === 'B2')!;
    b2.fullStatement = 'Communiceren en presenteren: de leerling presenteert een product en verwerkt de reactie van de opdrachtgever.';
    const b = next.CFItems.find((item) => item.humanCodingScheme === 'B')!;
    next.CFItems.push({ ...next.CFItems[4]!, identifier: '6a3f0a52-9d3e-4f7a-8a55-0c9a1c2b3d4e', humanCodingScheme: 'B6', fullStatement: 'Veilig werken: de leerling werkt veilig.' });
    next.CFAssociations.push({
      ...next.CFAssociations[4]!,
      identifier: '0f2d7c61-5b4e-4a3c-9e8d-7f6a5b4c3d2e',
      originNodeURI: { identifier: '6a3f0a52-9d3e-4f7a-8a55-0c9a1c2b3d4e' },
      destinationNodeURI: { identifier: b.identifier },
      sequenceNumber: 8,
    });
    await frameworks.chooseFile(jsonFile('kader-case-2025.json', next));
    await expect(frameworks.preview).toContainText('3 domeinen, 9 eindtermen');
    await expect(asNewVersion).toBeChecked();
    await expect(frameworks.diff).toContainText('Ten opzichte van de huidige versie: 1 nieuw, 0 vervallen, 1 gewijzigd, 10 gelijk.');
    await expect(frameworks.diff).toContainText('Nieuw: B6 Veilig werken: de leerling werkt veilig.');
    await expect(frameworks.diff).toContainText(`Gewijzigd: B2 ${b2.fullStatement}`);

    await expect(frameworks.saveButton).toHaveText('Opslaan als nieuwe versie');
    const secondId = await frameworks.save(framework);
    expect(secondId).not.toBe(firstId);
    await expect(app.toast(`Nieuwe versie 2025 van ${CASE_TITLE} opgeslagen; de oude versie is bewaard.`)).toBeVisible();
    await expect(framework.summary).toContainText('versie 2025');
    await expect(framework.summary).toContainText('3 domeinen, 9 eindtermen');
    await expect(framework.retiredBanner).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Nieuwe versie importeren' })).toBeVisible();
    await expect(framework.versions.getByRole('listitem')).toHaveCount(2);
    await expect(framework.versions.getByRole('listitem').first()).toContainText('versie 2025 · in gebruik');
    await expect(framework.versions.getByRole('listitem').nth(1)).toContainText('versie 2024 · oude versie');

    const stored = await readStore<StoredFramework>(page, 'frameworks');
    expect(stored.map(({ id, status, version }) => ({ id, status, version })).sort((a, b) => a.version.localeCompare(b.version))).toEqual([
      { id: firstId, status: 'retired', version: '2024' },
      { id: secondId, status: 'active', version: '2025' },
    ]);
    expect(new Set(stored.map((row) => row.lineageId)).size, 'one lineage').toBe(1);
    expect(await nodesOf(page, firstId), 'the old version keeps all its nodes').toHaveLength(CASE_ROWS.length);

    // The old version opens read-only, with a banner and a way to the new one.
    await framework.versions.getByRole('link', { name: 'versie 2024' }).click();
    await expect(page).toHaveURL(new RegExp(`#/kaders/${firstId}$`));
    await framework.waitUntilReady();
    await expect(framework.retiredBanner).toContainText('Dit is een oude versie. Hij blijft bewaard omdat beoordelingen ernaar verwijzen, maar je kunt hem niet meer wijzigen.');
    await expect(framework.retiredBanner.getByRole('link', { name: 'Naar de nieuwe versie (2025)' })).toBeVisible();
    expect(await framework.rows()).toEqual(rowsOf(CASE_ROWS));
    await expect(page.getByRole('button', { name: 'Nieuwe versie importeren' })).toHaveCount(0);
    await framework.select('B2');
    await expect(framework.text).toHaveValue(CASE_ROWS.find((row) => row.code === 'B2')!.text);
    await expect(framework.text).not.toBeEditable();
    await expect(framework.code).not.toBeEditable();
    await expect(framework.saveButton).toHaveCount(0);
    await expect(framework.detail.getByRole('button', { name: 'Verwijderen' })).toHaveCount(0);

    // The list shows the active version, and the old one on request.
    await app.navLink('Doelen en kaders').click();
    await expect(frameworks.list.getByRole('listitem')).toHaveCount(1);
    await expect(frameworks.list).toContainText('versie 2025');
    await page.getByRole('checkbox', { name: 'Ook de 1 oude of gearchiveerde versie tonen' }).check();
    await expect(frameworks.list.getByRole('listitem')).toHaveCount(2);
    await expect(frameworks.list.getByRole('listitem').filter({ hasText: 'versie 2024' })).toContainText('oude versie');
  });
});

/** A bad file, what the teacher must read about it (what and where), and nothing stored. */
interface BadFile {
  what: string;
  file: string | FilePayload;
  name: string;
  messages: string[];
}

const bad = (name: string) => frameworkFixture(`bad/${name}`);

const BAD_FILES: BadFile[] = [
  {
    what: 'CASE: een associatie naar een knoop die niet bestaat',
    file: bad('case-onbekende-ouder.json'),
    name: 'case-onbekende-ouder.json',
    messages: ['CFAssociations[6]: de bovenliggende knoop 0b9e9a4c-2f0e-4f5b-9a53-6f2f7c1d0e99 bestaat niet in het bestand.'],
  },
  {
    what: 'CASE: een kring (B3 onder B4 onder B3)',
    file: bad('case-cyclus.json'),
    name: 'case-cyclus.json',
    messages: ['CFAssociations[7]: 2 items zijn in een kring elkaars bovenliggende knoop: B3 → B4 → B3.'],
  },
  {
    what: 'CASE: een onbekend associatietype',
    file: bad('case-onbekend-associatietype.json'),
    name: 'case-onbekend-associatietype.json',
    messages: ['CFAssociations[3]: het associatietype ‘isSubItemOf’ bestaat niet in CASE 1.1.'],
  },
  {
    what: 'CASE: items zonder identifier',
    file: bad('case-zonder-identifier.json'),
    name: 'case-zonder-identifier.json',
    messages: ['CFItems[10]: het veld ‘identifier’ ontbreekt of is leeg.', 'CFAssociations[9]: het veld ‘identifier’ ontbreekt of is leeg.'],
  },
  {
    what: 'SLO: ids die nergens naar verwijzen',
    file: bad('slo-losse-ids.json'),
    name: 'slo-losse-ids.json',
    messages: [
      'examenprogramma_domein[0].examenprogramma_eindterm_id[2]: IT/1 verwijst naar 7e2d5c4b-1a09-4f8e-9d7c-6b5a4f3e2d1c, maar dat id staat niet in examenprogramma_eindterm.',
      'examenprogramma[0].examenprogramma_domein_id[1]: IT/vmbo verwijst naar 9d1c6f0e-3b7a-4e2c-8f5d-0a1b2c3d4e5f, maar dat id staat niet in examenprogramma_domein.',
    ],
  },
  {
    what: 'CSV: een bovenliggende code die niet bestaat',
    file: bad('kader-onbekende-ouder.csv'),
    name: 'kader-onbekende-ouder.csv',
    messages: ['Rij 5, kolom ‘bovenliggende code’: code B9 bestaat niet in het bestand.'],
  },
  {
    what: 'CSV: dezelfde code twee keer',
    file: bad('kader-dubbele-codes.csv'),
    name: 'kader-dubbele-codes.csv',
    messages: ['Rij 5, kolom ‘code’: code A1 staat ook in rij 3. Elke code mag maar één keer voorkomen.'],
  },
  {
    what: 'geen JSON (afgebroken bestand)',
    file: { name: 'kader.json', mimeType: 'application/json', buffer: Buffer.from('{"CFDocument": {"identifier": "x", "title": "Kader"', 'utf8') },
    name: 'kader.json',
    messages: ['Het bestand is geen geldige JSON.'],
  },
];

test.describe('slechte kaderbestanden: een Nederlandse melding met de plek, en niets gewijzigd', () => {
  // One page per format family: the teacher tries one bad file after another in the same dialog.
  const families: [string, (file: BadFile) => boolean][] = [
    ['CASE-bestanden', (file) => file.name.startsWith('case-')],
    ['SLO-bestanden en een bestand dat geen JSON is', (file) => file.name.startsWith('slo-') || file.name === 'kader.json'],
    ['CSV-bestanden', (file) => file.name.endsWith('.csv')],
  ];
  for (const [family, belongs] of families) {
    test(family, async ({ page, frameworks, framework }) => {
      // The teacher already has a framework: it must stay exactly as it is.
      await frameworks.addBuiltin(BUILTIN.definitief2024, framework);
      await frameworks.open();
      const before = await readDatabase(page);
      await frameworks.openAddDialog();
      for (const badFile of BAD_FILES.filter(belongs)) {
        await test.step(badFile.what, async () => {
          await frameworks.chooseFile(badFile.file);
          await expect(frameworks.problems.locator('strong')).toHaveText(`${badFile.name} kan niet worden geïmporteerd`);
          for (const message of badFile.messages) {
            await expect(frameworks.problems.getByRole('listitem').filter({ hasText: message })).toHaveCount(1);
          }
          await expect(frameworks.problems).toContainText('Er is niets gewijzigd.');
          await expect(frameworks.preview).toHaveCount(0);
          await expect(frameworks.saveButton).toHaveCount(0);
          await expectDatabaseUnchanged(page, before, `importing ${badFile.name}`);
        });
      }
    });
  }
});

test.describe('ingebouwde structuren en vaardigheden', () => {
  test('het definitieve examenprogramma (2024): 3 domeinen uit een openbare bron, geen verzonnen eindtermen', async ({ app, page, frameworks, framework }) => {
    await frameworks.open();
    await frameworks.openAddDialog();
    await expect(frameworks.builtinOption(BUILTIN.definitief2024)).toContainText('3 onderdelen');
    await frameworks.chooseBuiltin(BUILTIN.definitief2024);
    await expect(frameworks.preview).toContainText('3 domeinen');
    await expect(frameworks.preview).not.toContainText('eindterm');
    await frameworks.save(framework);
    await expect(app.toast(`${BUILTIN.definitief2024} toegevoegd.`)).toBeVisible();

    expect(await framework.rows()).toEqual([
      { code: 'A', level: 1 },
      { code: 'B', level: 1 },
      { code: 'C', level: 1 },
    ]);
    await expect(framework.items.locator('.tree-text')).toHaveText(['Praktijkgerichte opdrachten', 'Programmaoverstijgende vaardigheden', 'Programmaspecifieke vaardigheden']);
    await expect(framework.summary).toContainText('Praktijkgericht vak vmbo');
    await expect(framework.summary).toContainText('3 domeinen');
    const source = page.getByRole('main').getByText(/^Bron: SLO, handreiking schoolexamen praktijkgericht programma/);
    await expect(source).toBeVisible();
    await expect(source).toHaveAttribute('title', /^Structuur uit openbare bron/);
    await framework.select('A');
    await expect(framework.detailStatus()).toHaveText('officiële tekst');
  });

  test('de vaardigheden van de school koppelen aan een eindterm van het CASE-kader', async ({ app, page, frameworks, framework }) => {
    const caseId = await frameworks.importFile(KADER_CASE_JSON, framework);
    const b1 = CASE_ROWS.find((row) => row.code === 'B1')!;

    await frameworks.open();
    await frameworks.openAddDialog();
    await frameworks.chooseBuiltin(BUILTIN.schoolSkills);
    await expect(frameworks.preview).toContainText('6 vaardigheden');
    const skillsId = await frameworks.save(framework);
    expect(await framework.rows()).toEqual(['V1', 'V2', 'V3', 'V4', 'V5', 'V6'].map((code) => ({ code, level: 1 })));
    // Example wording by Vakwerk, so the school's text, never presented as official.
    await expect(framework.tree.getByText('tekst van de school', { exact: true })).toHaveCount(6);

    await app.dismissToasts();
    await framework.select('V1');
    await expect(framework.detail.getByRole('heading', { name: 'Vaardigheid V1' })).toBeVisible();
    await expect(framework.detail).toContainText('Nog niet gekoppeld aan eindtermen.');
    await framework.detail.getByRole('button', { name: 'Koppelen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'V1 koppelen aan eindtermen' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('group', { name: new RegExp(`^${CASE_TITLE.replace(/[()]/g, '\\$&')}`) })).toBeVisible();
    // Its own skills are not offered: a skill does not link to itself.
    await expect(dialog.getByRole('checkbox', { name: /^V2 / })).toHaveCount(0);
    await expect(dialog.getByRole('checkbox')).toHaveCount(CASE_ROWS.filter((row) => row.type === 'eindterm').length);
    await expectNoAxeViolations(page, 'de dialoog "V1 koppelen aan eindtermen"');
    await dialog.getByRole('searchbox', { name: 'Zoeken op code of tekst' }).fill('samenwerken');
    const b1Box = dialog.getByRole('checkbox', { name: `B1 ${b1.text}` });
    await expect(dialog.getByRole('checkbox')).toHaveCount(1);
    await b1Box.check();
    await expect(dialog.getByText('1 gekozen')).toBeVisible();
    await dialog.getByRole('button', { name: 'Koppelingen opslaan' }).click();
    await expect(dialog).toBeHidden();
    await expect(app.toast('V1 gekoppeld aan 1 eindterm.')).toBeVisible();
    await expect(framework.detail.getByRole('listitem')).toHaveText([`B1 ${b1.text}`]);

    await page.reload();
    await framework.waitUntilReady();
    await framework.select('V1');
    await expect(framework.detail.getByRole('listitem')).toHaveText([`B1 ${b1.text}`]);
    const b1Id = (await nodesOf(page, caseId)).find((node) => node.code === 'B1')!.id;
    const v1 = (await nodesOf(page, skillsId)).find((node) => node.code === 'V1')!;
    expect(v1.linkedNodeIds).toEqual([b1Id]);
  });
});

test.describe('toegankelijkheid van doelen en kaders', () => {
  // The "Koppelen…" dialog is checked where it is used: "de vaardigheden van de school koppelen…".
  test('de lijst, de dialoog "Kader toevoegen" en een kader met een gekozen onderdeel', async ({ page, frameworks, framework }) => {
    await frameworks.open();
    await expectNoAxeViolations(page, 'doelen en kaders zonder kaders');
    await frameworks.openAddDialog();
    await expectNoAxeViolations(page, 'de dialoog "Kader toevoegen"');
    await frameworks.chooseFile(SLO_SAMPLE_JSON);
    await expect(frameworks.preview).toBeVisible();
    await expectNoAxeViolations(page, 'de dialoog "Kader toevoegen" met een voorbeeld');
    await frameworks.save(framework);

    await framework.select('IT/5');
    await expectNoAxeViolations(page, 'een SLO-kader met domein IT/5 gekozen');
    await framework.filter.fill('hardware');
    await expect(framework.matches).toBeVisible();
    await expectNoAxeViolations(page, 'een gefilterd kader');

    await frameworks.open();
    await expect(frameworks.list.getByRole('listitem')).toHaveCount(1);
    await expectNoAxeViolations(page, 'doelen en kaders met een kader');
  });
});
