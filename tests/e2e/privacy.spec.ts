import { readFile, writeFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DATABASE_NAME, fullName, readDatabase, readObservaties, readStore, type StoredStudent } from './support/db';
import { pdfToText, savePdf, squash } from './support/pdf';
import { expect, test } from './support/test';

/**
 * Privacy and formative growth on the demo school: the groeiprofiel PDF of a student, the AVG
 * export of everything held about one student (a zip read back with fflate and pdftotext), and
 * retention per cohort: a reminder once the date has passed, anonymising (names gone, grades
 * kept) and deleting a cohort for good (its students gone, other cohorts untouched), each after
 * a confirmation that counts what goes and asks for the cohort's name.
 */

// Each test loads the demo school and reads the whole database back several times; on a busy
// machine that alone can take half a minute.
test.describe.configure({ timeout: 120_000 });

interface StoredObservatie {
  id: string;
  studentId: string;
  nodeId: string | null;
  level: number | null;
  note: string;
}

/** The demo student with the most observations on a goal with a level (the richest profile). */
async function richStudent(page: Page): Promise<StoredStudent> {
  const observaties = await readObservaties<StoredObservatie>(page);
  const counts = new Map<string, number>();
  for (const o of observaties) if (o.nodeId && o.level != null) counts.set(o.studentId, (counts.get(o.studentId) ?? 0) + 1);
  const [id] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return (await readDatabase(page)).students.find((s) => s.id === id)!;
}

/** Renames a student through the students screen's form, as a teacher would. */
async function rename(page: Page, student: StoredStudent, roepnaam: string, achternaam: string): Promise<void> {
  await page.goto('/#/leerlingen');
  await page.getByRole('searchbox', { name: 'Zoeken op naam of nummer' }).fill(student.leerlingnummer);
  await page.getByRole('button', { name: `${fullName(student)} bewerken`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Leerling bewerken' });
  await dialog.getByLabel('Roepnaam').fill(roepnaam);
  await dialog.getByLabel('Tussenvoegsel').fill('');
  await dialog.getByLabel('Achternaam').fill(achternaam);
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
}

/** A photo of the student's work, stored as the observation dialog stores it (Blob in IndexedDB). */
async function addPhoto(page: Page, studentId: string): Promise<number[]> {
  const bytes = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 1, 2, 3, 4, 5];
  await page.evaluate(
    async ({ name, studentId, bytes }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const blob = new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' });
      // Stored photos always have a thumbnail (the gallery shows it).
      const thumbnail = new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('bewijs', 'readwrite');
        tx.objectStore('bewijs').put({
          id: 'e2e-foto',
          studentIds: [studentId],
          kind: 'foto',
          fileName: 'menukaart Zoë.jpg',
          mimeType: 'image/jpeg',
          size: bytes.length,
          width: 4,
          height: 4,
          blob,
          thumbnail,
          date: '2026-10-01',
          caption: 'De menukaart',
          opdrachtId: null,
          createdAt: Date.now(),
          updatedAt: Date.now(),
          deletedAt: null,
        });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { name: DATABASE_NAME, studentId, bytes },
  );
  return bytes;
}

test.describe('groeiprofiel en AVG-export', () => {
  test('het groeiprofiel is een pdf met "niet-summatief" op elke pagina en de naam goed gespeld', async ({ app, page }, testInfo) => {
    await app.loadDemoData();
    const student = await richStudent(page);
    await rename(page, student, 'Işıl', 'Łukaszewicz-Ćwik');
    await page.goto(`/#/leerlingen/${student.id}`);
    await expect(app.heading).toHaveText('Işıl Łukaszewicz-Ćwik');

    const [download] = await Promise.all([page.waitForEvent('download'), app.main.getByRole('button', { name: 'Groeiprofiel (pdf)' }).click()]);
    expect(download.suggestedFilename()).toBe('groeiprofiel-isil-lukaszewicz-cwik.pdf');
    const pdf = await savePdf(download, testInfo.outputPath('groeiprofiel.pdf'));
    expect(pdf.pages.length).toBeGreaterThan(0);
    for (const page of pdf.pages) expect(squash(page)).toContain('Niet-summatief, geen onderdeel van het PTA');
    const text = squash(pdf.text);
    expect(text).toContain('Işıl Łukaszewicz-Ćwik');
    expect(text).toMatch(/Nu: (D minimaal|C basis|B gevorderd|A expert)/);
    expect(text).toMatch(/Afnemend gemiddelde, uit \d+ keer bewijs/);
    await expect(app.toast(/^Groeiprofiel opgeslagen als groeiprofiel-isil-lukaszewicz-cwik\.pdf\.$/)).toBeVisible();
  });

  test('AVG-export: één zip met student.json, de pdf en de bewijsbestanden', async ({ app, page }, testInfo) => {
    await app.loadDemoData();
    const student = await richStudent(page);
    await rename(page, student, 'Şeyma', 'Kołodziej');
    const photo = await addPhoto(page, student.id);
    const observaties = (await readObservaties<StoredObservatie>(page)).filter((o) => o.studentId === student.id);
    expect(observaties.length).toBeGreaterThan(0);

    await page.goto(`/#/leerlingen/${student.id}`);
    await expect(app.heading).toHaveText('Şeyma Kołodziej');
    await expectNoAxeViolations(page, 'the student page with its export buttons');
    const [download] = await Promise.all([page.waitForEvent('download'), app.main.getByRole('button', { name: 'Gegevens exporteren (AVG)' }).click()]);
    expect(download.suggestedFilename()).toBe('gegevens-seyma-kolodziej.zip');
    const files = unzipSync(new Uint8Array(await readFile(await download.path())));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['student.json', 'gegevens.pdf', 'bewijs/01-menukaart Zoë.jpg']));

    const data = JSON.parse(strFromU8(files['student.json']!));
    expect(data).toMatchObject({ format: 'vakwerk-avg-export', version: 1, student: { id: student.id, roepnaam: 'Şeyma', achternaam: 'Kołodziej', leerlingnummer: student.leerlingnummer } });
    expect(data.observations.map((o: { id: string }) => o.id).sort()).toEqual(observaties.map((o) => o.id).sort());
    expect(data.group.name).toBeTruthy();
    expect(data.cohort.name).toMatch(/^Cohort /);
    expect([...files['bewijs/01-menukaart Zoë.jpg']!]).toEqual(photo);

    const pdfPath = testInfo.outputPath('gegevens.pdf');
    await writeFile(pdfPath, files['gegevens.pdf']!);
    const text = squash(pdfToText(pdfPath));
    expect(text).toContain('Şeyma Kołodziej');
    expect(text).toContain(`Observaties (${observaties.length})`);
    expect(text).toContain('bewijs/01-menukaart Zoë.jpg');
  });
});

interface Cohortish {
  id: string;
  name: string;
}

/** Cohort rows with their students (deleted or not), from the database. */
async function cohortStudents(page: Page, cohortId: string): Promise<StoredStudent[]> {
  const snapshot = await readDatabase(page);
  const groupIds = new Set(snapshot.groups.filter((g) => g.cohortId === cohortId).map((g) => g.id));
  return snapshot.students.filter((s) => groupIds.has(s.groupId));
}

test.describe('bewaartermijn per cohort', () => {
  test('na de bewaartermijn: herinnering, anonimiseren met bevestiging; namen weg, cijfers blijven', async ({ app, page }) => {
    await app.loadDemoData();
    const cohorts = (await readDatabase(page)).cohorts as Cohortish[];
    const target = cohorts[0]!;
    const targetStudents = await cohortStudents(page, target.id);
    const ids = new Set(targetStudents.map((s) => s.id));
    const resultsBefore = (await readStore<{ id: string; studentId: string; grade: number | null }>(page, 'resultaten')).filter((r) => ids.has(r.studentId));
    const othersBefore = (await readDatabase(page)).students.filter((s) => !ids.has(s.id));

    await app.open('/groepen');
    const card = app.main.getByRole('region', { name: target.name });
    await expect(app.main.getByRole('region', { name: 'Bewaartermijn voorbij' })).toHaveCount(0);
    await card.getByRole('button', { name: `Bewaartermijn van ${target.name} wijzigen` }).click();
    const dateDialog = app.dialog(`Bewaartermijn van ${target.name}`);
    await dateDialog.getByLabel('Bewaren tot en met').fill('2024-07-31');
    await dateDialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect(dateDialog).toBeHidden();
    const reminder = app.main.getByRole('region', { name: 'Bewaartermijn voorbij' });
    await expect(reminder).toContainText(`De bewaartermijn van ${target.name} is op 31 jul 2024 verstreken.`);
    await expectNoAxeViolations(page, 'the groups screen with a retention reminder');

    await card.getByRole('button', { name: `${target.name} anonimiseren` }).click();
    const dialog = app.dialog(`${target.name} anonimiseren`);
    await expect(dialog.getByRole('list')).toContainText(`${targetStudents.length} leerlingen krijgen een code in plaats van naam en leerlingnummer`);
    await expectNoAxeViolations(page, 'the anonymise confirmation');
    await dialog.getByLabel(/Typ de naam van het cohort/).fill('iets anders');
    await dialog.getByRole('button', { name: 'Anonimiseren' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(`Typ precies “${target.name}” om te bevestigen.`);
    expect((await cohortStudents(page, target.id)).map((s) => s.roepnaam)).toEqual(targetStudents.map((s) => s.roepnaam));

    await dialog.getByLabel(/Typ de naam van het cohort/).fill(target.name);
    await dialog.getByRole('button', { name: 'Anonimiseren' }).click();
    await expect(dialog).toBeHidden();
    await expect(app.toast(`${target.name} is geanonimiseerd.`)).toBeVisible();
    await expect(reminder).toHaveCount(0);

    const after = await cohortStudents(page, target.id);
    expect(after).toHaveLength(targetStudents.length);
    for (const s of after) {
      expect(s.roepnaam).toBe('Leerling');
      expect(s.achternaam).toMatch(/^L-\d{3}$/);
      expect(s.leerlingnummer).toMatch(/^anon-/);
    }
    const names = new Set(targetStudents.map((s) => s.achternaam));
    expect(after.some((s) => names.has(s.achternaam))).toBe(false);
    const resultsAfter = (await readStore<{ id: string; studentId: string; grade: number | null }>(page, 'resultaten')).filter((r) => ids.has(r.studentId));
    expect(resultsAfter.map((r) => [r.id, r.grade])).toEqual(resultsBefore.map((r) => [r.id, r.grade]));
    expect((await readDatabase(page)).students.filter((s) => !ids.has(s.id))).toEqual(othersBefore);
  });

  test('definitief verwijderen noemt de aantallen, vraagt de naam en laat andere cohorten heel', async ({ app, page }) => {
    await app.loadDemoData();
    const before = await readDatabase(page);
    const target = before.cohorts[1] as Cohortish;
    const targetStudents = await cohortStudents(page, target.id);
    const ids = new Set(targetStudents.map((s) => s.id));
    const observationCount = (await readObservaties<StoredObservatie>(page)).filter((o) => ids.has(o.studentId)).length;
    const otherStudents = before.students.filter((s) => !ids.has(s.id));
    const otherObservations = (await readObservaties<StoredObservatie>(page)).filter((o) => !ids.has(o.studentId));

    await app.open('/groepen');
    await app.main.getByRole('button', { name: `${target.name} definitief verwijderen` }).click();
    const dialog = app.dialog(`${target.name} definitief verwijderen`);
    const list = dialog.getByRole('list');
    await expect(list).toContainText(`${targetStudents.length} leerlingen`);
    await expect(list).toContainText(`${observationCount} observaties`);
    await expect(list).toContainText(/\d+ groepen?/);
    await expect(list).toContainText(/\d+ (toetsresultaat|toetsresultaten)/);
    await expectNoAxeViolations(page, 'the delete confirmation');
    await dialog.getByLabel(/Typ de naam van het cohort/).fill(target.name);
    await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();
    await expect(dialog).toBeHidden();
    await expect(app.toast(`${target.name} is definitief verwijderd, met ${targetStudents.length} leerlingen.`)).toBeVisible();
    await expect(app.main.getByRole('heading', { name: target.name })).toHaveCount(0);

    const after = await readDatabase(page);
    expect(after.cohorts.find((c) => c.id === target.id)).toBeUndefined();
    expect(after.students.filter((s) => ids.has(s.id))).toEqual([]);
    expect((await readObservaties<StoredObservatie>(page)).filter((o) => ids.has(o.studentId))).toEqual([]);
    expect(after.students).toEqual(otherStudents);
    expect(await readObservaties<StoredObservatie>(page)).toEqual(otherObservations);
  });
});
