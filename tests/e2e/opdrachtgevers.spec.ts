import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { expectDatabaseUnchanged, readDatabase, readStore, type StoredGroup } from './support/db';
import { fixturePath } from './support/files';
import { liveClients, liveOpdrachten, type StoredClient, type StoredOpdracht } from './support/opdrachten';

/**
 * Opdrachtgevers (issue 4, point 1): a teacher keeps a list of clients with their contact
 * persons, finds one by searching or filtering, sees which opdrachten a client gave in which
 * year and to which groups, moves the list in and out as CSV (a bad row gets a Dutch message
 * with its row and column, and nothing is stored before "importeren"), and cannot delete a
 * client that has a history: archiving is offered instead, and both can be undone.
 */

const CLIENTS_CSV = fixturePath('opdrachtgevers/opdrachtgevers.csv');
const bad = (name: string) => fixturePath(`opdrachtgevers/bad/${name}`);

/** A `;`-separated CSV (Dutch Excel) as records of cells; quoted cells may hold `;`, `"` and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let cell = '';
  let record: string[] = [];
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      record.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[i + 1] === '\n') i++;
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || record.length > 0) records.push([...record, cell]);
  return records.filter((r) => r.some((c) => c !== ''));
}

/** Clients that appear in at least one (non-template) opdracht, with their opdrachten. */
async function clientsWithHistory(page: Page): Promise<{ client: StoredClient; opdrachten: StoredOpdracht[] }[]> {
  const [clients, opdrachten] = await Promise.all([liveClients(page), liveOpdrachten(page)]);
  return clients
    .map((client) => ({ client, opdrachten: opdrachten.filter((o) => !o.isTemplate && o.opdrachtgeverId === client.id) }))
    .filter((entry) => entry.opdrachten.length > 0);
}

test.describe('opdrachtgevers', () => {
  // The voorbeeldschool and full database snapshots take a while on a busy two-core machine.
  test.describe.configure({ timeout: 60_000 });

  test('een opdrachtgever met contactpersoon toevoegen; een fout e-mailadres wordt eerst geweigerd', async ({ app, page, clients }) => {
    await app.open('/');
    await clients.open();
    await expect(page.getByRole('heading', { name: 'Nog geen opdrachtgevers' })).toBeVisible();

    await clients.newButton.click();
    const form = clients.form;
    await form.getByLabel('Naam van de organisatie').fill('Kinderopvang ’t Hummeltje');
    await form.getByLabel('Soort').selectOption({ label: 'Instelling' });
    await form.getByLabel('Sector of werkveld').fill('Zorg en welzijn');
    await form.getByLabel('Plaats').fill('Zwolle');
    await form.getByLabel('Labels').fill('kinderopvang, voeding');
    await form.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
    await form.getByRole('textbox', { name: 'Naam van contactpersoon 1' }).fill('Noëlle Bakker');
    await form.getByRole('textbox', { name: 'Functie van contactpersoon 1' }).fill('Locatiemanager');
    await form.getByRole('textbox', { name: 'E-mail van contactpersoon 1' }).fill('noelle@');
    await form.getByRole('textbox', { name: 'Telefoon van contactpersoon 1' }).fill('038-1234567');
    await form.getByLabel('Notities').fill('Liever bellen dan mailen.');

    await expectNoAxeViolations(page, 'the new-client form');

    // A broken e-mail address: a Dutch message naming the contact, and nothing stored.
    const before = await readDatabase(page);
    await form.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect(form.getByRole('alert')).toContainText('Contactpersoon ‘Noëlle Bakker’: ‘noelle@’ is geen geldig e-mailadres.');
    await expectDatabaseUnchanged(page, before, 'a client form with a bad e-mail address');

    await form.getByRole('textbox', { name: 'E-mail van contactpersoon 1' }).fill('noelle.bakker@example.nl');
    await form.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect(form).toBeHidden();
    await expect(app.toast('Kinderopvang ’t Hummeltje toegevoegd.')).toBeVisible();
    await clients.expectCount(1, 1);

    const detail = clients.detail('Kinderopvang ’t Hummeltje');
    await expect(detail).toContainText('Instelling · Zorg en welzijn · Zwolle');
    await expect(detail.getByRole('listitem')).toHaveText('Noëlle Bakker (Locatiemanager) · noelle.bakker@example.nl · 038-1234567');
    await expect(detail).toContainText('Liever bellen dan mailen.');
    await expect(detail).toContainText('Nog geen opdrachten voor deze opdrachtgever.');

    const [stored] = await liveClients(page);
    expect(stored).toMatchObject({
      name: 'Kinderopvang ’t Hummeltje',
      type: 'instelling',
      sector: 'Zorg en welzijn',
      place: 'Zwolle',
      tags: ['kinderopvang', 'voeding'],
      status: 'actief',
      contacts: [{ name: 'Noëlle Bakker', role: 'Locatiemanager', email: 'noelle.bakker@example.nl', phone: '038-1234567' }],
    });

    // It stays after a reload.
    await app.reload();
    await clients.expectCount(1, 1);
    const again = await clients.select('Kinderopvang ’t Hummeltje');
    await expect(again.getByRole('listitem')).toContainText('Noëlle Bakker');
  });

  test('zoeken (ook zonder accenten en op contactpersoon) en filteren op soort en status', async ({ app, page, clients }) => {
    await app.loadDemoData();
    await clients.open();
    const all = await liveClients(page);
    const shown = all.filter((client) => client.status !== 'gearchiveerd');
    await clients.expectCount(shown.length, all.length);
    expect(await clients.names()).toHaveLength(shown.length);

    // A contact person's name typed without accents or capitals.
    const contact = shown.flatMap((client) => client.contacts.map((c) => ({ client, name: c.name }))).find((c) => /[À-ž]/.test(c.name)) ?? {
      client: shown[0]!,
      name: shown[0]!.contacts[0]!.name,
    };
    const plain = contact.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    await clients.search.fill(plain);
    await expect(clients.rows.first()).toContainText(contact.client.name);
    for (const name of await clients.names()) {
      const client = all.find((c) => c.name === name)!;
      expect(client.contacts.map((c) => c.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()).join(' ')).toContain(plain);
    }

    // A place.
    const place = shown[0]!.place;
    await clients.search.fill(place);
    await expect.poll(() => clients.names()).toEqual(expect.arrayContaining(shown.filter((c) => c.place === place).map((c) => c.name)));
    await clients.search.fill('');

    // Soort: only that type.
    const type = shown.find((client) => client.type === 'instelling') ? 'instelling' : shown[0]!.type;
    const label = { bedrijf: 'Bedrijf', instelling: 'Instelling', overheid: 'Overheid', vervolgonderwijs: 'Vervolgonderwijs', intern: 'Intern (school)' }[type]!;
    await clients.typeFilter.selectOption({ label });
    const ofType = shown.filter((client) => client.type === type).map((client) => client.name);
    await clients.expectCount(ofType.length, all.length);
    expect((await clients.names()).sort()).toEqual([...ofType].sort());

    // Status: a search that matches nothing says so by its count.
    await clients.typeFilter.selectOption({ label: 'Alle soorten' });
    await clients.statusFilter.selectOption({ label: 'Gearchiveerd' });
    await clients.expectCount(all.filter((client) => client.status === 'gearchiveerd').length, all.length);
    await clients.statusFilter.selectOption({ label: 'Actief en benaderd' });
    await clients.search.fill('zzzz geen opdrachtgever');
    await clients.expectCount(0, all.length);
  });

  test('geschiedenis: welke opdrachten, welk schooljaar, welke groepen, hoe het ging; axe', async ({ app, page, clients }) => {
    await app.loadDemoData();
    await clients.open();
    const [entry] = await clientsWithHistory(page);
    expect(entry, 'the voorbeeldschool has a client with an opdracht').toBeTruthy();
    const groups = await readStore<StoredGroup>(page, 'groups');
    const statusLabel: Record<string, string> = { concept: 'Concept', gepland: 'Gepland', lopend: 'Lopend', afgerond: 'Afgerond', gearchiveerd: 'Gearchiveerd' };

    await expect(clients.row(entry!.client.name).locator('td').last()).toHaveText(String(entry!.opdrachten.length));
    const detail = await clients.select(entry!.client.name);
    const history = detail.getByRole('list').last().getByRole('listitem');
    await expect(history).toHaveCount(entry!.opdrachten.length);
    for (const opdracht of entry!.opdrachten) {
      const item = history.filter({ has: page.getByRole('link', { name: opdracht.title, exact: true }) });
      await expect(item).toContainText(opdracht.schoolYear);
      for (const groupId of opdracht.groupIds) await expect(item).toContainText(groups.find((g) => g.id === groupId)!.name);
      await expect(item).toContainText(statusLabel[opdracht.status]!);
    }
    await app.dismissToasts();
    await expectNoAxeViolations(page, 'the opdrachtgevers list with a client and its history');

    await history.first().getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`#/opdrachten/(${entry!.opdrachten.map((o) => o.id).join('|')})$`));
  });

  test('CSV importeren en exporteren: accenten, labels en notities heel; de export leest terug als ongewijzigd', async ({ app, page, clients }) => {
    await app.open('/');
    await clients.open();
    const before = await readDatabase(page);
    await clients.chooseFile(CLIENTS_CSV);
    const dialog = clients.importDialog('opdrachtgevers.csv');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.stat').filter({ hasText: 'nieuw' })).toContainText('4');
    await expect(dialog.locator('.stat').filter({ hasText: 'overslaan' })).toContainText('0');
    await expectDatabaseUnchanged(page, before, 'only reading opdrachtgevers.csv');

    await dialog.getByRole('button', { name: '4 opdrachtgevers importeren' }).click();
    await expect(dialog).toBeHidden();
    await expect(app.toast('4 toegevoegd, 0 bijgewerkt, 0 overgeslagen.')).toBeVisible();
    // Techniek College Oost is gearchiveerd: hidden by the default filter, but counted.
    await clients.expectCount(3, 4);
    expect((await clients.names()).sort()).toEqual(['Bakkerij Öztürk', 'Gemeente Zwolle', 'Zorgcentrum De Linde']);

    const stored = await liveClients(page);
    const linde = stored.find((client) => client.name === 'Zorgcentrum De Linde')!;
    expect(linde).toMatchObject({ type: 'instelling', sector: 'Zorg', place: 'Zwolle', status: 'actief', tags: ['zorg', 'ouderen'] });
    expect(linde.notes.replace(/\r\n/g, '\n')).toBe('Bellen na 10 uur.\nParkeren achter het gebouw.');
    expect(linde.contacts.map((c) => [c.name, c.role, c.email, c.phone])).toEqual([
      ['Anouk Visser', 'Teamleider', 'anouk.visser@example.nl', '038-1234567'],
      ['Daniël de Vries', 'Activiteitenbegeleider', 'daniel.devries@example.nl', '06-12345678'],
    ]);
    const bakkerij = stored.find((client) => client.name === 'Bakkerij Öztürk')!;
    // The apostrophe that kept Excel from reading "+31…" as a number is not part of the number.
    expect(bakkerij.contacts).toMatchObject([{ name: 'Ayşe Öztürk', phone: '+31 38 765 43 21' }]);
    expect(stored.find((client) => client.name === 'Gemeente Zwolle')!.notes).toBe('- alleen via de mail');
    expect(stored.find((client) => client.name === 'Techniek College Oost')!.status).toBe('gearchiveerd');

    // Export: a CSV for Dutch Excel.
    await app.dismissToasts();
    const [download] = await Promise.all([page.waitForEvent('download'), clients.exportButton.click()]);
    expect(download.suggestedFilename()).toBe('opdrachtgevers.csv');
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)], 'UTF-8 byte order mark').toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    const records = parseCsv(text);
    expect(records[0]![0]).toBe('Naam');
    expect(records[0]!.length, 'columns separated by ;').toBeGreaterThan(8);
    expect(records.slice(1).map((record) => record[0]).sort()).toEqual(['Bakkerij Öztürk', 'Gemeente Zwolle', 'Techniek College Oost', 'Zorgcentrum De Linde']);
    expect(text).toContain('Daniël de Vries');
    expect(text).toContain('Ayşe Öztürk');

    // Read back: everything recognised, nothing to change.
    const afterImport = await readDatabase(page);
    await clients.chooseFile({ name: 'opdrachtgevers.csv', mimeType: 'text/csv', buffer: bytes });
    await expect(dialog.locator('.stat').filter({ hasText: 'ongewijzigd' })).toContainText('4');
    await expect(dialog.locator('.stat').filter({ hasText: 'nieuw' })).toContainText('0');
    await expect(dialog.getByRole('button', { name: '0 opdrachtgevers importeren' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await expectDatabaseUnchanged(page, afterImport, 'reading the export back');
  });

  const badRows = [
    { file: 'zonder-naam.csv', message: 'Rij 3, kolom ‘Naam’: de naam van de opdrachtgever ontbreekt.', add: 1, skip: 1, kept: ['Garage Visser'] },
    {
      file: 'dubbele-naam.csv',
      message: 'Rij 4, kolom ‘Naam’: ‘cafe noelle’ staat ook in rij 2. Beide rijen zijn overgeslagen; laat de opdrachtgever één keer staan.',
      add: 1,
      skip: 2,
      kept: ['Garage Visser'],
    },
    { file: 'fout-email.csv', message: 'Rij 3, kolom ‘E-mail’: ‘jan@’ is geen geldig e-mailadres.', add: 1, skip: 1, kept: ['Garage Visser'] },
  ];

  test('slechte rijen (geen naam, dubbele naam, fout e-mailadres): rij en kolom in het Nederlands, niets opgeslagen tot importeren, dan alleen de goede rijen', async ({
    app,
    page,
    clients,
  }) => {
    await app.open('/');
    await clients.open();
    for (const { file, message, add, skip, kept } of badRows) {
      await test.step(file, async () => {
        const before = await readDatabase(page);
        await clients.chooseFile(bad(file));
        const dialog = clients.importDialog(file);
        const warning = dialog.getByRole('alert');
        await expect(warning).toContainText(`Rijen die worden overgeslagen in ${file}:`);
        await expect(warning.getByRole('listitem')).toContainText([message]);
        await expect(dialog.locator('.stat').filter({ hasText: 'overslaan' })).toContainText(String(skip));
        await expectDatabaseUnchanged(page, before, `reading ${file}`);

        // Cancelling stores nothing.
        await dialog.getByRole('button', { name: 'Annuleren' }).click();
        await expect(dialog).toBeHidden();
        await expectDatabaseUnchanged(page, before, `cancelling ${file}`);

        // Importing stores the good rows only, never half a bad one.
        await clients.chooseFile(bad(file));
        await dialog.getByRole('button', { name: `${add} ${add === 1 ? 'opdrachtgever' : 'opdrachtgevers'} importeren` }).click();
        await expect(app.toast(`${add} toegevoegd, 0 bijgewerkt, ${skip} overgeslagen.`)).toBeVisible();
        expect((await liveClients(page)).map((client) => client.name).sort()).toEqual(kept);

        // Undo, so the next file starts from an empty list again.
        await app.undoButtonOf(`${add} toegevoegd, 0 bijgewerkt, ${skip} overgeslagen.`).click();
        await expect.poll(async () => (await liveClients(page)).length).toBe(0);
        await app.dismissToasts();
      });
    }
  });

  test('een bestand zonder naamkolom of zonder rijen: een melding en niets gewijzigd', async ({ app, page, clients }) => {
    await app.open('/');
    await clients.open();
    const before = await readDatabase(page);
    for (const [file, message] of [
      ['geen-naamkolom.csv', 'Rij 1 (kopregel): er is geen kolom met de naam van de opdrachtgever. Noem die kolom ‘Naam’ of ‘Organisatie’.'],
      ['alleen-kopregel.csv', 'Het bestand heeft alleen een kopregel (rij 1) en geen opdrachtgevers.'],
    ] as const) {
      await clients.chooseFile(bad(file));
      const dialog = clients.importDialog(file);
      const alert = dialog.getByRole('alert');
      await expect(alert).toContainText('Dit bestand kan niet worden ingelezen');
      await expect(alert).toContainText(message);
      await expect(alert).toContainText('Er is niets gewijzigd.');
      await expect(dialog.getByRole('button', { name: /importeren$/ })).toHaveCount(0);
      await dialog.getByRole('button', { name: 'Sluiten' }).click();
      await expect(dialog).toBeHidden();
    }
    await expectDatabaseUnchanged(page, before, 'two unreadable client files');
  });

  test('verwijderen met opdrachten biedt archiveren aan; archiveren en verwijderen zijn ongedaan te maken', async ({ app, page, clients }) => {
    await app.loadDemoData();
    await clients.open();
    const all = await liveClients(page);
    const visible = all.filter((client) => client.status !== 'gearchiveerd').length;
    const [{ client, opdrachten }] = (await clientsWithHistory(page)) as [{ client: StoredClient; opdrachten: StoredOpdracht[] }];
    const before = await readDatabase(page);

    const detail = await clients.select(client.name);
    await detail.getByRole('button', { name: 'Verwijderen' }).click();
    await app.dialog(`${client.name} verwijderen?`).getByRole('button', { name: 'Verwijderen' }).click();
    const instead = app.dialog(`${client.name} archiveren in plaats van verwijderen?`);
    await expect(instead).toContainText(/Deze opdrachtgever heeft \d+ opdracht(?:en)?\. Die geschiedenis wil je bewaren, dus verwijderen kan niet\./);
    // Not deleted: asking is not doing.
    await expectDatabaseUnchanged(page, before, 'the question whether to archive instead');
    await instead.getByRole('button', { name: 'Archiveren' }).click();
    await expect(app.toast(`${client.name} gearchiveerd.`)).toBeVisible();
    await clients.expectCount(visible - 1, all.length);
    await expect(clients.row(client.name)).toHaveCount(0);
    let stored = (await liveClients(page)).find((c) => c.id === client.id);
    expect(stored?.status, 'archived, not deleted').toBe('gearchiveerd');
    expect((await liveOpdrachten(page)).filter((o) => !o.isTemplate && o.opdrachtgeverId === client.id)).toHaveLength(opdrachten.length);

    await app.undoButtonOf(`${client.name} gearchiveerd.`).click();
    await clients.expectCount(visible, all.length);
    stored = (await liveClients(page)).find((c) => c.id === client.id);
    expect(stored?.status).toBe(client.status);

    // A client without opdrachten is simply deleted, and comes back with undo.
    await app.dismissToasts();
    const used = new Set((await liveOpdrachten(page)).map((o) => o.opdrachtgeverId));
    const free = all.find((c) => !used.has(c.id) && c.status !== 'gearchiveerd');
    expect(free, 'the voorbeeldschool has a client without opdrachten').toBeTruthy();
    await (await clients.select(free!.name)).getByRole('button', { name: 'Verwijderen' }).click();
    await app.dialog(`${free!.name} verwijderen?`).getByRole('button', { name: 'Verwijderen' }).click();
    await expect(app.toast(`${free!.name} verwijderd.`)).toBeVisible();
    await clients.expectCount(visible - 1, all.length - 1);
    await app.undoButtonOf(`${free!.name} verwijderd.`).click();
    await clients.expectCount(visible, all.length);
    expect((await liveClients(page)).map((c) => c.id)).toContain(free!.id);
  });

  test('de vraag om te archiveren noemt evenveel opdrachten als de lijst en de geschiedenis', async ({ app, page, clients }) => {
    // The dialog counts opdrachten as the table's "Opdrachten" column and the history do (no
    // templates); the templates that name the client are mentioned apart.
    await app.loadDemoData();
    await clients.open();
    const opdrachten = await liveOpdrachten(page);
    const withTemplate = (await clientsWithHistory(page)).find(({ client }) => opdrachten.some((o) => o.isTemplate && o.opdrachtgeverId === client.id));
    expect(withTemplate, 'the voorbeeldschool has a template made from a client\'s opdracht').toBeTruthy();
    const { client, opdrachten: own } = withTemplate!;
    await expect(clients.row(client.name).locator('td').last()).toHaveText(String(own.length));
    await (await clients.select(client.name)).getByRole('button', { name: 'Verwijderen' }).click();
    await app.dialog(`${client.name} verwijderen?`).getByRole('button', { name: 'Verwijderen' }).click();
    const instead = app.dialog(`${client.name} archiveren in plaats van verwijderen?`);
    await expect(instead).toContainText(own.length === 1 ? 'Deze opdrachtgever heeft 1 opdracht.' : `Deze opdrachtgever heeft ${own.length} opdrachten.`, { timeout: 2000 });
  });
});
