import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { unzipSync } from 'fflate';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { putRows, readDatabase, readStore } from './support/db';
import { pdfFacts, pdfToText, savePdf, squash } from './support/pdf';

/**
 * Examendossiers and the grade file (issue 7): on the demo school, one student renamed to
 * Turkish and another to Polish letters; the dossier of one student read back with pdftotext
 * (name, number, group, cohort, toetsen, the SE-cijfer the grade table shows, coverage,
 * signatures, "pagina x van y"); a whole group as a zip of one PDF per student with a visible
 * progress bar; the grade file for SOMtoday with decimal comma, BOM and `;`.
 */

interface Row {
  id: string;
  deletedAt?: number | null;
  archivedAt?: number | null;
}
interface StudentRow extends Row {
  roepnaam: string;
  tussenvoegsel: string;
  achternaam: string;
  leerlingnummer: string;
  groupId: string;
}
interface GroupRow extends Row {
  name: string;
  cohortId: string;
}
interface CohortRow extends Row {
  name: string;
  programme: string;
}
interface PtaRow extends Row {
  cohortId: string;
  toetsen: { id: string; code: string; name: string; toetsvorm: string }[];
}

/** Pictures of what the teacher sees, kept with the test results and under /tmp for looking. */
const SHOTS = process.env.VAKWERK_SHOTS_DIR;
async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    copyFileSync(path, `${SHOTS}/${name}.png`);
  }
}
function keepPdfPages(pdfPath: string, name: string): void {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, `${SHOTS}/${name}`]);
}

/** The demo school with two students of one group renamed; returns that group and its students. */
async function demoWithNames(page: Page, app: { loadDemoData(): Promise<void> }) {
  await app.loadDemoData();
  const [students, groups, cohorts, ptas] = await Promise.all([
    readStore<StudentRow>(page, 'students'),
    readStore<GroupRow>(page, 'groups'),
    readStore<CohortRow>(page, 'cohorts'),
    readStore<PtaRow>(page, 'ptas'),
  ]);
  const pta = ptas.find((candidate) => candidate.deletedAt == null && candidate.toetsen.length > 0)!;
  const cohort = cohorts.find((candidate) => candidate.id === pta.cohortId)!;
  const group = groups.filter((candidate) => candidate.cohortId === cohort.id && candidate.deletedAt == null).sort((a, b) => a.name.localeCompare(b.name))[0]!;
  const members = students.filter((student) => student.groupId === group.id && student.deletedAt == null && student.archivedAt == null);
  const sukru = { ...members[0]!, roepnaam: 'Şükrü', tussenvoegsel: '', achternaam: 'Işıklı' };
  const zoe = { ...members[1]!, roepnaam: 'Zoë Łukasz', tussenvoegsel: '', achternaam: 'Ćwik' };
  await putRows(page, 'students', [sukru, zoe] as unknown as Record<string, unknown>[]);
  await page.reload();
  return { group, cohort, pta, members, sukru, zoe };
}

test.describe('examendossiers en het cijferbestand', () => {
  test('het examendossier van één leerling: namen, toetsen, SE-cijfer zoals de cijfertabel, dekking en handtekeningen', async ({ app, page }, testInfo) => {
    test.setTimeout(120_000);
    const { group, cohort, pta, sukru } = await demoWithNames(page, app);

    // What the grade table says about Şükrü: the dossier must say the same.
    await page.goto(`/#/cijfers?cohort=${cohort.id}&groep=${group.id}`);
    const row = page.getByRole('grid', { name: 'Cijfers' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Işıklı, Şükrü', exact: true }) });
    await expect(row).toBeVisible({ timeout: 20_000 });
    const se = squash(await row.locator('td.grade-se').innerText());
    const final = squash(await row.locator('td.grade-final').innerText());

    await page.goto(`/#/leerlingen/${sukru.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Şükrü Işıklı' })).toBeVisible();
    await page.getByRole('button', { name: 'Examendossier (PDF)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Examendossier van Şükrü Işıklı' });
    await expect(dialog.getByRole('checkbox', { name: 'Met foto’s van bewijs en reflecties van de leerling' })).not.toBeChecked();
    await shoot(page, testInfo, 'dossier-student-licht');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shoot(page, testInfo, 'dossier-student-donker');
    await page.emulateMedia({ colorScheme: 'light' });
    await expectNoAxeViolations(page, 'het venster examendossier');
    await dialog.getByRole('checkbox', { name: /Met foto’s/ }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'PDF maken' }).click()]);
    expect(download.suggestedFilename()).toBe(`examendossier-isikli-sukru-${sukru.leerlingnummer}.pdf`);
    await expect(app.toast(`Examendossier opgeslagen als examendossier-isikli-sukru-${sukru.leerlingnummer}.pdf.`)).toBeVisible();
    await expect(dialog).toBeHidden();

    const pdf = await savePdf(download, testInfo.outputPath('dossier.pdf'));
    keepPdfPages(pdf.path, 'dossier-sukru');
    const text = squash(pdf.text);
    for (const expected of ['EXAMENDOSSIER', 'Şükrü Işıklı', sukru.leerlingnummer, group.name, cohort.name, cohort.programme, 'Toetsen en resultaten', 'Dekking van de eindtermen', 'Ondertekening', 'Handtekening']) {
      expect(text, expected).toContain(expected);
    }
    for (const toets of pta.toetsen) expect(text).toContain(`${toets.code} ${toets.name}`);
    // The table writes a provisional SE-cijfer as "5,6voorlopig" with "—" for the eindcijfer.
    const seValue = /^\d+,\d/.exec(se)?.[0];
    if (seValue && /^\d+$/.test(final)) expect(text).toContain(`SE-cijfer ${seValue} · eindcijfer ${final}`);
    else if (seValue) expect(text).toContain(`SE-cijfer ${seValue} (voorlopig) · nog geen eindcijfer`);
    else expect(text).toContain('Nog geen SE-cijfer');
    for (const [index, page_] of pdf.pages.entries()) {
      expect(page_).toContain(`pagina ${index + 1} van ${pdf.pages.length}`);
      expect(page_).toContain(`Examendossier · Şükrü Işıklı (${sukru.leerlingnummer})`);
    }
    const facts = pdfFacts(pdf.path);
    expect(facts.width).toBeGreaterThan(facts.height); // landscape
    expect(facts.fonts.every((font) => font.embedded)).toBe(true);
  });

  test('de examendossiers van een groep als zip met een PDF per leerling, met voortgang', async ({ app, page }, testInfo) => {
    test.setTimeout(150_000);
    const { group, cohort, members, sukru, zoe } = await demoWithNames(page, app);
    await page.goto(`/#/cijfers?cohort=${cohort.id}&groep=${group.id}`);
    await page.getByRole('button', { name: 'Examendossiers' }).click();
    const dialog = page.getByRole('dialog', { name: `Examendossiers van ${group.name}` });
    await expect(dialog.getByText(`Maakt de examendossiers van de ${members.length} leerlingen in ${group.name}.`)).toBeVisible();
    await expect(dialog.getByRole('radio', { name: 'Een PDF per leerling, samen in een zip-bestand' })).toBeChecked();
    await shoot(page, testInfo, 'dossier-groep-licht');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shoot(page, testInfo, 'dossier-groep-donker');
    await page.emulateMedia({ colorScheme: 'light' });
    await expectNoAxeViolations(page, 'het venster examendossiers van een groep');

    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Exporteren' }).click();
    // The progress bar and its words while the PDFs are made, and Stoppen instead of Exporteren.
    await expect(dialog.getByRole('progressbar')).toBeVisible();
    await expect(dialog.getByRole('status')).toHaveText(new RegExp(`^\\d+ van ${members.length} leerlingen klaar$`));
    await expect(dialog.getByRole('button', { name: 'Stoppen' })).toBeVisible();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^examendossier-.*\.zip$/);
    await expect(app.toast(`Examendossiers van ${members.length} leerlingen opgeslagen als ${download.suggestedFilename()}.`)).toBeVisible();

    const zipPath = testInfo.outputPath('dossiers.zip');
    writeFileSync(zipPath, readFileSync(await download.path()));
    const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));
    const names = Object.keys(entries);
    expect(names).toHaveLength(members.length);
    expect(names).toContain(`examendossier-isikli-sukru-${sukru.leerlingnummer}.pdf`);
    expect(names).toContain(`examendossier-cwik-zoe-lukasz-${zoe.leerlingnummer}.pdf`);
    for (const bytes of Object.values(entries)) expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const zoePath = testInfo.outputPath('zoe.pdf');
    writeFileSync(zoePath, entries[`examendossier-cwik-zoe-lukasz-${zoe.leerlingnummer}.pdf`]!);
    keepPdfPages(zoePath, 'dossier-zoe');
    const zoeText = squash(pdfToText(zoePath));
    expect(zoeText).toContain('Zoë Łukasz Ćwik');
    expect(zoeText).toContain(`Examendossier · Zoë Łukasz Ćwik (${zoe.leerlingnummer})`);
    expect(zoeText).not.toContain('Şükrü');
  });

  test('een groep stoppen halverwege bewaart niets', async ({ app, page }) => {
    test.setTimeout(120_000);
    const { group, cohort } = await demoWithNames(page, app);
    await page.goto(`/#/cijfers?cohort=${cohort.id}&groep=${group.id}`);
    await page.getByRole('button', { name: 'Examendossiers' }).click();
    const dialog = page.getByRole('dialog', { name: `Examendossiers van ${group.name}` });
    await dialog.getByRole('radio', { name: 'Eén PDF met alle leerlingen' }).check();
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await dialog.getByRole('button', { name: 'Exporteren' }).click();
    await dialog.getByRole('button', { name: 'Stoppen' }).click();
    await expect(app.toast('Exporteren gestopt. Er is niets opgeslagen.')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Exporteren' })).toBeEnabled();
    await page.waitForTimeout(500);
    expect(downloads).toBe(0);
  });

  test('het cijferbestand voor SOMtoday: decimale komma, puntkomma, BOM en alleen leerlingen met een cijfer', async ({ app, page }, testInfo) => {
    test.setTimeout(120_000);
    const { group, cohort, pta, sukru } = await demoWithNames(page, app);
    await page.goto(`/#/cijfers?cohort=${cohort.id}&groep=${group.id}`);
    const table = page.getByRole('grid', { name: 'Cijfers' });
    await expect(table).toBeVisible();
    // 321 is the demo PTA's kennistoets, the one with cijfers entered by December.
    const toets = pta.toetsen.find((candidate) => candidate.code === '321')!;
    const column = pta.toetsen.indexOf(toets);
    const sukruRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Işıklı, Şükrü', exact: true }) });
    const shown = squash(await sukruRow.getByRole('gridcell').nth(column).locator('.grade-value').innerText());

    await page.getByRole('button', { name: 'Cijferbestand' }).click();
    const dialog = page.getByRole('dialog', { name: `Cijferbestand voor ${group.name}` });
    await dialog.getByLabel('PTA-toets').selectOption({ label: `${toets.code} ${toets.name}` });
    await dialog.getByLabel('Voor', { exact: true }).selectOption({ label: 'SOMtoday' });
    // Without the leerlingnummer there is nothing to match: refused in words, no saving.
    await dialog.getByRole('checkbox', { name: 'Leerlingnummer' }).uncheck();
    await expect(dialog.getByRole('alert')).toHaveText('Kies de kolom Leerlingnummer: daaraan herkent Magister of SOMtoday de leerling.');
    await expect(dialog.getByRole('button', { name: 'Opslaan' })).toBeDisabled();
    await dialog.getByRole('checkbox', { name: 'Leerlingnummer' }).check();
    await expect(dialog.locator('pre')).toContainText('Leerlingnummer;Naam;Resultaat');
    await shoot(page, testInfo, 'cijferbestand-licht');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shoot(page, testInfo, 'cijferbestand-donker');
    await page.emulateMedia({ colorScheme: 'light' });
    await expectNoAxeViolations(page, 'het venster cijferbestand');

    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Opslaan' }).click()]);
    expect(download.suggestedFilename()).toBe(`cijfers-${toets.code.toLowerCase()}-${group.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.csv`);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('Leerlingnummer;Naam;Resultaat');
    const sukruLine = lines.find((line) => line.startsWith(`${sukru.leerlingnummer};`));
    expect(shown).toMatch(/^\d+,\d$/);
    expect(sukruLine).toBe(`${sukru.leerlingnummer};Işıklı, Şükrü;${shown}`);
    for (const line of lines.slice(1).filter(Boolean)) expect(line).toMatch(/^[^;]+;[^;]+;\d{1,2},\d$/);
    const snapshot = await readDatabase(page);
    expect(snapshot.students.length).toBeGreaterThan(0);
  });
});
