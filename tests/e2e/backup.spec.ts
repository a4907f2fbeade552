import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DATABASE_NAME } from './support/db';
import { expect, test } from './support/test';

/**
 * Back-up en herstellen: a backup of everything (the voorbeeldschool plus an evidence photo) is
 * downloaded, the database is wiped, the file is restored, and every table, every row and every
 * blob byte is back. An encrypted backup with a wrong passphrase is refused and changes nothing;
 * a file that is no backup is refused by name. The empty-database restore offer of the desktop
 * app runs against a stand-in for the desktop bridge (window.vakwerk), as preload would expose it.
 */

/** Every store of the app's IndexedDB, in key order, each Blob as its type, size and SHA-256: comparable. */
async function dumpDatabase(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const materialise = async (value: unknown): Promise<unknown> => {
      if (value instanceof Blob) {
        // SHA-256 of the bytes: equal digests mean equal bytes, and it keeps the dump small.
        const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await value.arrayBuffer()));
        return { blobType: value.type, size: value.size, sha256: Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('') };
      }
      return value;
    };
    const out: Record<string, unknown[]> = {};
    for (const store of Array.from(db.objectStoreNames)) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      // Blobs sit in top-level fields (bewijs.blob, bewijs.thumbnail); other values compare as they are.
      out[store] = await Promise.all(
        rows.map(async (row) => {
          const copy: Record<string, unknown> = { ...(row as Record<string, unknown>) };
          for (const [key, value] of Object.entries(copy)) if (value instanceof Blob) copy[key] = await materialise(value);
          return copy;
        }),
      );
    }
    db.close();
    return out;
  }, DATABASE_NAME);
}

/** Empties every store, as lost or evicted browser storage would leave the app. */
async function wipeDatabase(page: Page): Promise<void> {
  await page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(Array.from(db.objectStoreNames), 'readwrite');
    for (const store of Array.from(db.objectStoreNames)) tx.objectStore(store).clear();
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, DATABASE_NAME);
}

/** An evidence photo of a student of the voorbeeldschool (bytes made in the page, with a thumbnail). */
async function addEvidencePhoto(page: Page): Promise<void> {
  await page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const student = await new Promise<{ id: string }>((resolve) => {
      const request = db.transaction('students').objectStore('students').getAll(null, 1);
      request.onsuccess = () => resolve(request.result[0] as { id: string });
    });
    const bytes = Uint8Array.from({ length: 150_000 }, (_, i) => (i * 131 + 17) % 256);
    const tx = db.transaction('bewijs', 'readwrite');
    tx.objectStore('bewijs').put({
      id: 'bewijs-e2e', studentIds: [student.id], kind: 'foto', fileName: 'werkstuk.jpg', mimeType: 'image/jpeg', size: bytes.length,
      width: 1600, height: 1200, blob: new Blob([bytes], { type: 'image/jpeg' }), thumbnail: new Blob([bytes.subarray(0, 4000)], { type: 'image/jpeg' }),
      date: '2026-03-12', caption: 'Tafel van eikenhout', opdrachtId: null, createdAt: 1, updatedAt: 1, deletedAt: null,
    });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, DATABASE_NAME);
}

async function makeBackup(page: Page, passphrase?: string): Promise<string> {
  await page.goto('/#/back-up');
  await expect(page.getByRole('heading', { level: 1, name: 'Back-up en herstellen' })).toBeVisible();
  // The form keeps its choice between backups on the same screen: set it each time.
  await page.getByLabel('Versleutelen met een wachtwoord').setChecked(Boolean(passphrase));
  if (passphrase) {
    await page.getByLabel('Wachtwoord', { exact: true }).fill(passphrase);
    await page.getByLabel('Wachtwoord nog een keer').fill(passphrase);
  }
  const download = page.waitForEvent('download', { timeout: 90_000 });
  await page.getByRole('button', { name: 'Back-up maken' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^vakwerk-back-up-\d{4}-\d{2}-\d{2}-\d{4}\.vakwerk$/);
  await expect(page.getByRole('status').filter({ hasText: /is opgeslagen/ })).toBeVisible();
  return (await file.path())!;
}

// Whole-database backups, restores and PBKDF2 (600,000 rounds) on a shared, loaded machine.
test.describe.configure({ timeout: 180_000 });

const fileInput = (page: Page) => page.getByTestId('backup-file-input');

test('backup → wipe → restore gives back every table, row and blob byte', async ({ app, page }) => {
  // The file is made and checked in the backup worker (off the page); the page would only fall
  // back to doing it itself when that worker cannot start, which must not happen here.
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await app.loadDemoData();
  await addEvidencePhoto(page);
  const before = await dumpDatabase(page);
  expect(before.students).toHaveLength(120);
  expect(before.bewijs).toHaveLength(1);

  const path = await makeBackup(page);
  await wipeDatabase(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Back-up en herstellen' })).toBeVisible();

  await fileInput(page).setInputFiles(path);
  const summary = page.getByRole('table').filter({ hasText: 'In de back-up' });
  await expect(summary.getByRole('row', { name: /^Leerlingen \d/ })).toHaveText(/Leerlingen\s*120\s*0/);
  // Observations are kept per student (schema 6): the summary says how many students have them.
  await expect(summary.getByRole('row', { name: /^Leerlingen met observaties/ })).toHaveText(/Leerlingen met observaties\s*120\s*0/);
  // One for the backup, one for the check.
  expect(workers.filter((url) => /\/assets\/backup\.worker-[\w-]+\.js$/.test(url))).toHaveLength(2);
  await expect(summary.getByRole('row', { name: /^Bestanden/ })).toHaveText(/2/);
  await expect(page.getByText('Terugzetten vervangt álle gegevens')).toBeVisible();
  await expectNoAxeViolations(page, 'restore summary');
  await page.screenshot({ path: 'test-results/backup-summary-light.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/backup-summary-dark.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('button', { name: 'Terugzetten…' }).click();
  await app.dialog('Alle gegevens vervangen?').getByRole('button', { name: 'Vervangen en terugzetten' }).click();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: /is teruggezet/ })).toBeVisible();

  expect(await dumpDatabase(page)).toEqual(before);
  await page.goto('/#/leerlingen');
  await expect(page.getByText('120 leerlingen (van 120)')).toBeVisible();
});

test('restoring over existing data first downloads a safety backup of it', async ({ app, page }) => {
  await app.loadDemoData();
  const path = await makeBackup(page);
  await fileInput(page).setInputFiles(path);
  await page.getByRole('button', { name: 'Terugzetten…' }).click();
  const safety = page.waitForEvent('download', { timeout: 90_000 });
  await app.dialog('Alle gegevens vervangen?').getByRole('button', { name: 'Vervangen en terugzetten' }).click();
  expect((await safety).suggestedFilename()).toMatch(/^veiligheid-vakwerk-back-up-.*\.vakwerk$/);
  await expect(page.getByText(/Je vorige gegevens staan in veiligheid-vakwerk-back-up-/)).toBeVisible();
});

test('an encrypted backup with a wrong passphrase, a file that is no backup and a cut-off file are refused; data untouched', async ({ app, page }) => {
  await app.loadDemoData();
  const path = await makeBackup(page, 'lokaal 214 sleutel');
  const before = await dumpDatabase(page);

  await fileInput(page).setInputFiles({ name: 'back-up.vakwerk', mimeType: 'application/octet-stream', buffer: readFileSync(path) });
  await expect(page.getByText('back-up.vakwerk is versleuteld. Vul het wachtwoord in.')).toBeVisible();
  await page.getByLabel('Wachtwoord van de back-up').fill('lokaal 215 sleutel');
  await page.getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Het wachtwoord klopt niet, of back-up\.vakwerk is na het versleutelen gewijzigd/);
  await expect(page.getByRole('button', { name: 'Terugzetten…' })).toHaveCount(0);
  expect(await dumpDatabase(page)).toEqual(before);

  await page.getByLabel('Wachtwoord van de back-up').fill('lokaal 214 sleutel');
  await page.getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByText('Versleuteld met een wachtwoord.')).toBeVisible();

  await fileInput(page).setInputFiles({ name: 'cijfers.csv', mimeType: 'text/csv', buffer: Buffer.from('naam;cijfer\nAnouk;7,5\n') });
  await expect(page.getByRole('alert')).toHaveText('cijfers.csv is geen back-up van Vakwerk (het is geen zip-bestand en niet versleuteld door Vakwerk).');
  const plain = await makeBackup(page);
  const bytes = readFileSync(plain);
  await fileInput(page).setInputFiles({ name: 'half.vakwerk', mimeType: 'application/octet-stream', buffer: bytes.subarray(0, Math.floor(bytes.length / 2)) });
  await expect(page.getByRole('alert')).toHaveText(/half\.vakwerk is niet compleet/);
  expect(await dumpDatabase(page)).toEqual(before);
});

test('desktop: an empty database while backups exist offers the newest and writes nothing until the teacher chooses', async ({ app, page, browser }) => {
  await app.loadDemoData();
  const backup = readFileSync(await makeBackup(page));

  // A fresh profile (empty storage) with a stand-in for the desktop bridge holding one backup.
  const context = await browser.newContext({ baseURL: new URL(page.url()).origin });
  await context.addInitScript((base64: string) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const fileName = 'vakwerk-20261203-101500-000Z-interval.vakwerk';
    const calls: string[] = [];
    (window as unknown as { e2eDesktopCalls: string[] }).e2eDesktopCalls = calls;
    (window as unknown as { vakwerk: unknown }).vakwerk = {
      getAppInfo: async () => ({ name: 'Vakwerk', version: '0.1.0', electron: '45', chrome: '', platform: 'linux' }),
      saveFile: async () => ({ status: 'cancelled' }),
      getBackupStatus: async () => ({ folder: '/home/docent/.config/Vakwerk/backups', isDefaultFolder: true, backups: [{ fileName, createdAt: Date.parse('2026-12-03T10:15:00Z'), reason: 'interval', size: data.length }] }),
      readAutoBackup: async (request: { fileName: string }) => (request.fileName === fileName ? { status: 'ok', fileName, data } : { status: 'missing' }),
      writeAutoBackup: async (request: { reason: string }) => {
        calls.push(`write:${request.reason}`);
        return { status: 'saved', fileName: 'x', removed: 0 };
      },
      chooseBackupFolder: async () => ({ status: 'cancelled' }),
    };
  }, backup.toString('base64'));
  const desktop = await context.newPage();
  await desktop.goto('/#/');
  await expect(desktop.getByRole('heading', { level: 1, name: 'Vakwerk is leeg, maar er zijn back-ups' })).toBeVisible();
  await expect(desktop.getByText('Nieuwste back-up: 3 december 2026')).toContainText('120 leerlingen');
  await expectNoAxeViolations(desktop, 'restore offer');
  await desktop.screenshot({ path: 'test-results/backup-offer-light.png' });
  // Nothing written: not even the database exists yet.
  expect(await desktop.evaluate(async () => (await indexedDB.databases()).map((db) => db.name))).not.toContain('vakwerk');

  await desktop.getByRole('button', { name: 'Nieuwste back-up terugzetten' }).click();
  await expect(desktop.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
  await desktop.goto('/#/leerlingen');
  await expect(desktop.getByText('120 leerlingen (van 120)')).toBeVisible();
  expect(await dumpDatabase(desktop)).toEqual(await dumpDatabase(page));

  // The backup screen shows the desktop's automatic backups.
  await desktop.goto('/#/back-up');
  await expect(desktop.getByRole('heading', { name: 'Automatische back-ups' })).toBeVisible();
  await expect(desktop.getByRole('button', { name: /^Back-up van 3 december 2026.* terugzetten$/ })).toBeVisible();
  await desktop.screenshot({ path: 'test-results/backup-desktop-light.png', fullPage: true });
  await desktop.emulateMedia({ colorScheme: 'dark' });
  await desktop.screenshot({ path: 'test-results/backup-desktop-dark.png', fullPage: true });
  await context.close();
});
