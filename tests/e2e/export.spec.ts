import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { MAGISTER_STUDENTS, type FilePayload } from './support/files';

/**
 * "Exporteren (CSV)": a file Dutch Excel opens correctly (UTF-8 with a BOM, `;`), with the names
 * intact, of the students on screen, and in a shape Vakwerk can import again.
 */
const COHORT = 'Cohort 2025-2027 tl';

async function exportCsv(page: Page): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporteren (CSV)' }).click(),
  ]);
  const path = await download.path();
  return { download, bytes: await readFile(path) };
}

const lines = (bytes: Buffer) => bytes.subarray(3).toString('utf8').split('\r\n').filter((line) => line !== '');

test.describe('exporteren', () => {
  test.beforeEach(async ({ app, wizard, students }) => {
    await wizard.importMagisterIntoNewCohort(COHORT);
    await app.navLink('Leerlingen').click();
    await students.waitUntilReady();
    await students.expectCount(12, 12);
  });

  test('leerlingen.csv: BOM, puntkomma, namen intact', async ({ app, page }) => {
    const { download, bytes } = await exportCsv(page);
    expect(download.suggestedFilename()).toBe('leerlingen.csv');
    await expect(app.toast('12 leerlingen geëxporteerd naar leerlingen.csv.')).toBeVisible();

    expect([...bytes.subarray(0, 3)], 'UTF-8 byte order mark').toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = lines(bytes);
    expect(header).toBe('Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Klas;Cohort');
    expect(bytes.toString('utf8')).toContain('Zoë');
    expect(rows.sort()).toEqual(
      MAGISTER_STUDENTS.map((s) => [s.leerlingnummer, s.roepnaam, s.tussenvoegsel, s.achternaam, s.groep, COHORT].join(';')).sort(),
    );
  });

  test('alleen de leerlingen op het scherm (filter op groep)', async ({ page, students }) => {
    await students.groupFilter.selectOption({ label: '3G-A' });
    await students.expectCount(2, 12);
    const { bytes } = await exportCsv(page);
    expect(lines(bytes).slice(1).sort()).toEqual([`104243;René;;Smit;3G-A;${COHORT}`, `104244;Ayşe;;Yılmaz;3G-A;${COHORT}`]);
  });

  test('het geëxporteerde bestand leest Vakwerk weer in: 12 ongewijzigd', async ({ page, wizard }) => {
    const { bytes } = await exportCsv(page);
    const file: FilePayload = { name: 'leerlingen.csv', mimeType: 'text/csv', buffer: bytes };
    await wizard.open();
    await wizard.chooseForReview(file);
    await expect(page.getByText('Gescheiden door puntkomma, UTF-8 met BOM, 12 rijen')).toBeVisible();
    await expect(wizard.planSummary).toHaveText('Na importeren: 12 ongewijzigd.');
    await expect(wizard.issues).toHaveCount(0);
  });
});
