import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../build/chromium.mjs';
import { expectNoAxeViolations } from './support/axe';
import { fullName, readObservaties, readStore, type StoredStudent } from './support/db';
import { expect, test } from './support/test';

/**
 * Observaties with evidence, from anywhere in the app, and the student page that shows them:
 * a photo chosen from a file is scaled to ≤ 1600 px JPEG before it is stored; a file that only
 * pretends to be a photo is refused by name; the camera (Chromium's fake camera) takes a
 * picture, and a refused camera says so; everything survives a reload.
 */

// Chromium's fake camera (a test pattern) for this file: the real capture path, without a device.
// Whether the page may use it is decided per test by the context's permissions.
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream'] } });

interface StoredObservatie {
  id: string;
  studentId: string;
  level: number | null;
  note: string;
  batchId: string;
  evidenceIds: string[];
  deletedAt: number | null;
}
interface StoredBewijs {
  id: string;
  studentIds: string[];
  kind: string;
  fileName: string;
  mimeType: string;
  size: number;
  width: number | null;
  height: number | null;
}

const observationDialog = (page: Page) => page.getByRole('dialog', { name: 'Observatie noteren' });

/** A real PNG of the given size, drawn in the page (a gradient with text, ~4:3 like a phone photo). */
async function makePng(page: Page, width: number, height: number): Promise<Buffer> {
  const dataUrl = await page.evaluate(
    ([w, h]) => {
      const canvas = document.createElement('canvas');
      canvas.width = w!;
      canvas.height = h!;
      const context = canvas.getContext('2d')!;
      const gradient = context.createLinearGradient(0, 0, w!, h!);
      gradient.addColorStop(0, '#1d6fa5');
      gradient.addColorStop(1, '#f2b134');
      context.fillStyle = gradient;
      context.fillRect(0, 0, w!, h!);
      context.fillStyle = '#fff';
      context.font = `${Math.round(h! / 8)}px sans-serif`;
      context.fillText('Menukaart team 2', w! / 10, h! / 2);
      return canvas.toDataURL('image/png');
    },
    [width, height],
  );
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

async function firstStudentOfGroup(page: Page): Promise<StoredStudent> {
  const students = (await readStore<StoredStudent>(page, 'students')).filter((student) => student.deletedAt == null && student.archivedAt == null);
  return students.sort((a, b) => a.leerlingnummer.localeCompare(b.leerlingnummer))[0]!;
}

test.describe('observaties en de leerlingpagina', () => {
  test('een observatie met een foto voor twee leerlingen: verkleind bewaard, zichtbaar op de leerlingpagina, ook na herladen', async ({ app, page, students }) => {
    // Scales a 2400 × 1800 photo and reloads: more than the default 30 s on a busy 2-core machine.
    test.setTimeout(60_000);
    await app.loadDemoData();
    const student = await firstStudentOfGroup(page);
    const name = fullName(student);

    // From the students table to the student's page.
    await students.search.fill(student.leerlingnummer);
    await page.getByRole('link', { name: `Leerlingpagina van ${name} openen` }).click();
    await expect(app.heading).toHaveText(name);
    await expectNoAxeViolations(page, 'de leerlingpagina');
    const observationsBefore = (await readObservaties<StoredObservatie>(page)).filter((o) => o.studentId === student.id && o.deletedAt == null).length;

    await app.main.getByRole('button', { name: 'Observatie noteren' }).click();
    const dialog = observationDialog(page);
    await expect(dialog).toBeVisible();
    const picker = dialog.getByRole('group', { name: 'Kies leerlingen' });
    await expect(picker.getByRole('checkbox', { name, exact: true })).toBeChecked();
    // A second student of the same group.
    const names = await picker.locator('label').allTextContents();
    const otherName = names.map((text) => text.trim()).find((text) => text !== name && text !== 'Hele groep')!;
    await picker.getByRole('checkbox', { name: otherName, exact: true }).check();
    await expect(dialog.getByText('2 leerlingen gekozen')).toBeVisible();

    await dialog.getByRole('radio', { name: 'B gevorderd' }).check();
    await dialog.getByRole('textbox', { name: 'Notitie' }).fill('Legt de planning rustig uit aan de klant.');

    // A 2400 × 1800 photo from a file, and a "photo" that is really text.
    const png = await makePng(page, 2400, 1800);
    await dialog.locator('input[type=file][accept="image/*"]').setInputFiles([
      { name: 'menukaart.png', mimeType: 'image/png', buffer: png },
      { name: 'nep.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('Dit is geen foto maar tekst.') },
    ]);
    await expect(dialog.getByRole('alert')).toHaveText('‘nep.jpg’ is geen foto die Vakwerk kan lezen. Kies een JPEG-, PNG-, GIF- of WebP-bestand.');
    await expect(dialog.getByRole('button', { name: 'menukaart.jpg weghalen' })).toBeVisible();
    await expect(dialog.getByText('1600 × 1200', { exact: false })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'nep.jpg weghalen' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'het observatievenster met een foto');

    await dialog.getByRole('button', { name: 'Observatie bewaren' }).click();
    await expect(dialog).toBeHidden();
    await expect(app.toast('Observatie bewaard voor 2 leerlingen.')).toBeVisible();

    // Stored: one observation per student in one batch, sharing one scaled JPEG.
    const observaties = (await readObservaties<StoredObservatie>(page)).filter((o) => o.note === 'Legt de planning rustig uit aan de klant.');
    expect(observaties).toHaveLength(2);
    expect(new Set(observaties.map((o) => o.batchId)).size).toBe(1);
    expect(observaties.every((o) => o.level === 3 && o.evidenceIds.length === 1)).toBe(true);
    const bewijs = (await readStore<StoredBewijs>(page, 'bewijs')).filter((b) => b.id === observaties[0]!.evidenceIds[0]);
    expect(bewijs).toHaveLength(1);
    expect(bewijs[0]).toMatchObject({ kind: 'foto', fileName: 'menukaart.jpg', mimeType: 'image/jpeg', width: 1600, height: 1200 });
    expect(bewijs[0]!.studentIds).toHaveLength(2);
    expect(bewijs[0]!.size).toBeLessThan(png.length);

    // On the page, and still there after a reload.
    for (const round of ['na bewaren', 'na herladen']) {
      if (round === 'na herladen') {
        await page.reload();
        await expect(app.heading).toHaveText(name);
      }
      const list = app.main.getByRole('region', { name: 'Observaties' });
      await expect(list.getByRole('listitem')).toHaveCount(observationsBefore + 1);
      await expect(list.getByRole('listitem').first()).toContainText('Legt de planning rustig uit aan de klant.');
      await expect(list.getByRole('listitem').first()).toContainText('B gevorderd');
      await expect(app.main.getByRole('region', { name: 'Bewijs' }).getByRole('button', { name: 'menukaart.jpg openen' })).toBeVisible();
    }

    // The photo opens large; its pixels are the stored JPEG's.
    await app.main.getByRole('button', { name: 'menukaart.jpg openen' }).click();
    const viewer = page.getByRole('dialog', { name: 'menukaart.jpg' });
    const image = viewer.getByRole('img', { name: 'menukaart.jpg' });
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => `${img.naturalWidth}×${img.naturalHeight}`)).toBe('1600×1200');
    await viewer.getByRole('button', { name: 'Sluiten' }).click();

    // The other student has it too.
    await page.goto(`/#/leerlingen/${observaties.find((o) => o.studentId !== student.id)!.studentId}`);
    await expect(app.heading).toHaveText(otherName);
    await expect(app.main.getByRole('button', { name: 'menukaart.jpg openen' })).toBeVisible();
  });

  test('een observatie noteren kan overal: met Ctrl+K, zonder leerling gekozen zegt het venster wat ontbreekt', async ({ app, page }) => {
    await app.loadDemoData();
    await page.goto('/#/pta');
    await expect(app.heading).toHaveText('PTA');
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Zoeken en opdrachten' }).fill('observatie');
    await page.keyboard.press('Enter');
    const dialog = observationDialog(page);
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Observatie bewaren' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(['Kies minstens één leerling.', 'Geef een niveau of schrijf een notitie.']);
    const before = (await readObservaties(page)).length;
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await expect(dialog).toBeHidden();
    expect((await readObservaties(page)).length).toBe(before);
  });

  test('verwijderen van een observatie kan ongedaan worden gemaakt', async ({ app, page }) => {
    await app.loadDemoData();
    const student = await firstStudentOfGroup(page);
    await page.goto(`/#/leerlingen/${student.id}`);
    await expect(app.heading).toHaveText(fullName(student));
    const items = app.main.getByRole('region', { name: 'Observaties' }).getByRole('listitem');
    const count = await items.count();
    test.skip(count === 0, 'the demo student has no observations');
    await items.first().getByRole('button', { name: /^Observatie van .* verwijderen$/ }).click();
    await expect(items).toHaveCount(count - 1);
    await app.undoButtonOf('Observatie verwijderd.').click();
    await expect(items).toHaveCount(count);
  });
});

test.describe('de camera', () => {
  test('met toestemming: een foto nemen voegt een verkleinde JPEG toe', async ({ app, page, context }) => {
    await context.grantPermissions(['camera']);
    await app.loadDemoData();
    const student = await firstStudentOfGroup(page);
    await page.goto(`/#/leerlingen/${student.id}`);
    await app.main.getByRole('button', { name: 'Observatie noteren' }).click();
    const dialog = observationDialog(page);
    await dialog.getByRole('button', { name: 'Foto maken' }).click();
    const take = dialog.getByRole('button', { name: 'Foto nemen' });
    await expect(take).toBeEnabled();
    await take.click();
    // Scaling a camera frame takes a moment on a busy machine.
    await expect(dialog.getByRole('button', { name: /^foto-\d{8}-\d{6}\.jpg weghalen$/ })).toBeVisible({ timeout: 15_000 });
    await dialog.getByRole('button', { name: 'Observatie bewaren' }).click();
    await expect(dialog).toBeHidden();
    const stored = (await readStore<StoredBewijs>(page, 'bewijs')).filter((b) => b.fileName.startsWith('foto-'));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ kind: 'foto', mimeType: 'image/jpeg' });
    expect(Math.max(stored[0]!.width!, stored[0]!.height!)).toBeLessThanOrEqual(1600);
  });

  test('geweigerd: een duidelijke melding, en kiezen uit een bestand blijft werken', async ({ app, page }) => {
    await app.loadDemoData();
    await page.getByRole('button', { name: 'Observatie', exact: true }).click();
    const dialog = observationDialog(page);
    await dialog.getByRole('button', { name: 'Foto maken' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Vakwerk mag de camera niet gebruiken. Geef toestemming voor de camera, of kies een foto uit een bestand.');
    await expect(dialog.getByRole('button', { name: 'Foto kiezen' })).toBeEnabled();
  });
});
