import { describe, expect, it } from 'vitest';
import type { Opdrachtgever } from '../../../../shared/domain/opdrachtgever';
import { MAX_IMPORT_BYTES } from '../../../../shared/import/raw-table';
import { validateOpdrachtgever } from '../../../../shared/opdrachten/opdrachtgever';
import { opdrachtgeversFromCsv, opdrachtgeversToCsv, type OpdrachtgeverImportPlan } from '../../../../shared/opdrachten/opdrachtgever-csv';
import { OpdrachtgeverCsvError, type OpdrachtgeverCsvProblem } from '../../../../shared/opdrachten/problems';
import { fixtureBytes, textBytes } from '../../../fixtures/read-fixture';
import { idCounter, makeClient } from './helpers';

const plan = (bytes: Uint8Array, existing: Opdrachtgever[] = []) => opdrachtgeversFromCsv(bytes, { newId: idCounter('n'), existing });
const added = (result: OpdrachtgeverImportPlan) => result.rows.flatMap((row) => (row.kind === 'add' ? [row.client] : []));
const skipped = (result: OpdrachtgeverImportPlan) => result.rows.flatMap((row) => (row.kind === 'skip' ? [row.row] : []));
const located = (problems: readonly OpdrachtgeverCsvProblem[]) => problems.map((p) => [p.code, p.params]);

function fileProblems(bytes: Uint8Array): OpdrachtgeverCsvProblem[] {
  try {
    plan(bytes);
  } catch (error) {
    if (error instanceof OpdrachtgeverCsvError) return error.problems;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

/** A client without storage fields and ids: what a round trip must keep. */
function content(client: Omit<Opdrachtgever, 'createdAt' | 'updatedAt'>) {
  const { name, type, sector, place, notes, tags, status } = client;
  return { name, type, sector, place, notes, tags, status, contacts: client.contacts.map(({ name, role, email, phone }) => ({ name, role, email, phone })) };
}

const clients: Opdrachtgever[] = [
  makeClient({
    contacts: [
      { id: 'k1', name: 'Anouk Visser', role: 'Teamleider', email: 'anouk.visser@example.nl', phone: '038-1234567' },
      { id: 'k2', name: 'Daniël de Vries', role: 'Activiteitenbegeleider', email: '', phone: '+31 6 12345678' },
    ],
    notes: 'Bellen na 10 uur.\nParkeren "achter" het gebouw; niet voor.',
    tags: ['zorg', 'ouderen'],
  }),
  makeClient({ id: 'c2', name: '=Bakkerij Öztürk', type: 'bedrijf', sector: 'Horeca', place: 'Kampen', contacts: [], notes: '- alleen via de mail', tags: [], status: 'benaderd' }),
  makeClient({ id: 'c3', name: 'Gemeente Zwolle', type: 'overheid', sector: '', place: '', contacts: [{ id: 'k3', name: '@Mehmet', role: '', email: 'm.kaya@example.nl', phone: '' }], notes: '-5 graden', tags: ['jeugd'], status: 'gearchiveerd' }),
];

describe('opdrachtgeversToCsv', () => {
  it('writes Dutch Excel CSV: BOM, semicolons, one row per client with numbered contact columns and joined tags', () => {
    const csv = opdrachtgeversToCsv(clients);
    expect(csv.startsWith('\uFEFFNaam;Type;Sector;Plaats;Status;Contactpersoon 1;Functie 1;E-mail 1;Telefoon 1;Contactpersoon 2;Functie 2;E-mail 2;Telefoon 2;Tags;Notities\r\n')).toBe(true);
    expect(csv).toContain('\r\nZorgcentrum De Linde;instelling;Zorg;Zwolle;actief;Anouk Visser;Teamleider;anouk.visser@example.nl;038-1234567;Daniël de Vries;Activiteitenbegeleider;;\'+31 6 12345678;zorg, ouderen;"Bellen na 10 uur.\nParkeren ""achter"" het gebouw; niet voor."\r\n');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    const csv = opdrachtgeversToCsv(clients);
    expect(csv).toContain("\r\n'=Bakkerij Öztürk;bedrijf;");
    expect(csv).toContain(";'@Mehmet;");
    expect(csv).toContain(";'-5 graden\r\n");
  });

  it('writes one contact column group even when no client has contacts', () => {
    expect(opdrachtgeversToCsv([])).toBe('\uFEFFNaam;Type;Sector;Plaats;Status;Contactpersoon 1;Functie 1;E-mail 1;Telefoon 1;Tags;Notities\r\n');
  });
});

describe('round trip', () => {
  const bytes = textBytes(opdrachtgeversToCsv(clients));

  it('export then import into an empty list gives the same clients', () => {
    const result = plan(bytes);
    expect(result.counts).toEqual({ add: 3, update: 0, unchanged: 0, skip: 0 });
    expect(added(result).map(content)).toEqual(clients.map(content));
    for (const client of added(result)) expect(validateOpdrachtgever(client)).toEqual([]);
  });

  it('export then import over the same clients changes nothing', () => {
    const result = plan(bytes, clients);
    expect(result.counts).toEqual({ add: 0, update: 0, unchanged: 3, skip: 0 });
    expect(result.rows.map((r) => (r.kind === 'unchanged' ? r.existingId : null))).toEqual(['c1', 'c2', 'c3']);
  });
});

describe('opdrachtgeversFromCsv: good files', () => {
  it('reads the export format with two contacts, a multi-line note and neutralised cells', () => {
    const result = plan(fixtureBytes('opdrachtgevers/opdrachtgevers.csv'));
    expect(result.format).toEqual({ kind: 'csv', delimiter: ';', encoding: 'utf-8', hadBom: true });
    expect(result.counts).toEqual({ add: 4, update: 0, unchanged: 0, skip: 0 });
    const [linde, bakkerij, gemeente, college] = added(result);
    expect(linde).toMatchObject({ name: 'Zorgcentrum De Linde', type: 'instelling', tags: ['zorg', 'ouderen'], notes: 'Bellen na 10 uur.\nParkeren achter het gebouw.' });
    expect(linde!.contacts.map((c) => c.name)).toEqual(['Anouk Visser', 'Daniël de Vries']);
    expect(linde!.contacts.map((c) => c.id)).toEqual(['n-2', 'n-3']);
    expect(bakkerij).toMatchObject({ name: 'Bakkerij Öztürk', status: 'benaderd', contacts: [{ name: 'Ayşe Öztürk', phone: '+31 38 765 43 21' }] });
    expect(gemeente!.notes).toBe('- alleen via de mail');
    expect(college).toMatchObject({ type: 'vervolgonderwijs', status: 'gearchiveerd', contacts: [] });
  });

  it("reads a teacher's own Windows-1252 list: title line, other column titles, unnumbered contacts, defaults, extra column", () => {
    const result = plan(fixtureBytes('opdrachtgevers/opdrachtgevers-eigen-lijst.csv'));
    expect(result.format).toEqual({ kind: 'csv', delimiter: ',', encoding: 'windows-1252', hadBom: false });
    expect(result.headerRow).toBe(2);
    expect(result.ignoredColumns).toEqual(['Website']);
    const [cafe, opvang] = added(result);
    expect(cafe).toMatchObject({ name: 'Café Noëlle', type: 'bedrijf', status: 'actief', sector: 'Horeca', place: 'Deventer', notes: 'Zoekt hulp bij een menukaart – graag in mei' });
    expect(opvang!.name).toBe('Kinderopvang ’t Hummeltje');
    expect(opvang!.contacts.map((c) => [c.name, c.role, c.email])).toEqual([
      ['René Smit', 'Locatiemanager', 'rene.smit@example.nl'],
      ['Zoë Jansen', 'Pedagogisch medewerker', ''],
    ]);
  });

  it('updates a stored client matched by name (without case and accents): filled cells win, nothing is deleted', () => {
    const stored = makeClient({
      name: 'Zorgcentrum de Linde',
      notes: 'Eigen notitie',
      contacts: [
        { id: 'k1', name: 'anouk visser', role: '', email: 'oud@example.nl', phone: '' },
        { id: 'k9', name: 'Piet Prins', role: 'Kok', email: '', phone: '' },
      ],
    });
    const csv = textBytes('Naam;Plaats;Contactpersoon;E-mail;Notities;Tags\r\nzorgcentrum de linde;Kampen;Anouk Visser;anouk@example.nl;;\r\n');
    const [row] = plan(csv, [stored]).rows;
    expect(row).toMatchObject({ kind: 'update', existingId: 'c1', changed: ['name', 'place', 'contacts'] });
    if (row?.kind !== 'update') throw new Error('expected an update');
    expect(row.client).toMatchObject({ id: 'c1', name: 'zorgcentrum de linde', place: 'Kampen', notes: 'Eigen notitie', tags: ['zorg'], type: 'instelling' });
    expect(row.client.contacts).toEqual([
      { id: 'k1', name: 'Anouk Visser', role: '', email: 'anouk@example.nl', phone: '' },
      { id: 'k9', name: 'Piet Prins', role: 'Kok', email: '', phone: '' },
    ]);
  });

  it('adds a client whose stored namesake was deleted', () => {
    expect(plan(textBytes('Naam\r\nZorgcentrum De Linde\r\n'), [makeClient({ deletedAt: 3 })]).counts.add).toBe(1);
  });
});

describe('opdrachtgeversFromCsv: bad rows are skipped with their place', () => {
  it('a row without a name', () => {
    const result = plan(fixtureBytes('opdrachtgevers/bad/zonder-naam.csv'));
    expect(skipped(result)).toEqual([3]);
    expect(result.problems).toEqual([
      { code: 'csv.name-missing', severity: 'error', location: { kind: 'cell', row: 3, column: 'Naam', columnIndex: 0 }, params: { row: 3, column: 'Naam' } },
    ]);
    expect(added(result).map((c) => c.name)).toEqual(['Garage Visser']);
  });

  it('both rows of a duplicate name, each pointing at the other', () => {
    const result = plan(fixtureBytes('opdrachtgevers/bad/dubbele-naam.csv'));
    expect(skipped(result)).toEqual([2, 4]);
    expect(located(result.problems)).toEqual([
      ['csv.name-duplicate', { row: 2, column: 'Naam', name: 'Café Noëlle', otherRow: 4 }],
      ['csv.name-duplicate', { row: 4, column: 'Naam', name: 'cafe noelle', otherRow: 2 }],
    ]);
  });

  it('a bad e-mail address and phone number, with row, column and value', () => {
    const result = plan(fixtureBytes('opdrachtgevers/bad/fout-email.csv'));
    expect(skipped(result)).toEqual([3]);
    expect(result.problems).toEqual([
      { code: 'csv.email-invalid', severity: 'error', location: { kind: 'cell', row: 3, column: 'E-mail', columnIndex: 5 }, params: { row: 3, column: 'E-mail', value: 'jan@' } },
      {
        code: 'csv.phone-invalid',
        severity: 'error',
        location: { kind: 'cell', row: 3, column: 'Telefoon', columnIndex: 6 },
        params: { row: 3, column: 'Telefoon', value: 'bel receptie' },
      },
    ]);
  });

  it('an unknown type or status', () => {
    const result = plan(fixtureBytes('opdrachtgevers/bad/onbekende-waarden.csv'));
    expect(located(result.problems)).toEqual([
      ['csv.type-unknown', { row: 2, column: 'Type', value: 'winkel' }],
      ['csv.status-unknown', { row: 3, column: 'Status', value: 'misschien' }],
    ]);
  });

  it('a formula in any cell, but not a list item', () => {
    const result = plan(fixtureBytes('opdrachtgevers/bad/formule.csv'));
    expect(located(result.problems)).toEqual([
      ['csv.formula', { row: 2, column: 'Naam', value: '=HYPERLINK("http://example.com";"klik")' }],
      ['csv.formula', { row: 3, column: 'Notities', value: '@SOM(A1:A3)' }],
    ]);
    expect(added(result).map((c) => [c.name, c.notes])).toEqual([['Fietsenmaker Mulder', '- komt in maart langs']]);
  });

  it('contact details without a name, a contact named twice, and a row with too many cells', () => {
    const result = plan(fixtureBytes('opdrachtgevers/bad/contact-zonder-naam.csv'));
    expect(located(result.problems)).toEqual([
      ['csv.contact-name-missing', { row: 2, column: 'Contactpersoon 1' }],
      ['csv.contact-duplicate', { row: 3, column: 'Contactpersoon 2', name: 'piet jansen' }],
      ['csv.too-many-cells', { row: 4, cells: 7, expected: 5 }],
    ]);
    expect(result.counts).toEqual({ add: 0, update: 0, unchanged: 0, skip: 3 });
  });

  it('a name that two stored clients share', () => {
    const existing = [makeClient({ id: 'a', name: 'Albert Heijn' }), makeClient({ id: 'b', name: 'albert heijn' })];
    const result = plan(textBytes('Naam;Plaats\r\nAlbert Heijn;Zwolle\r\n'), existing);
    expect(located(result.problems)).toEqual([['csv.name-ambiguous', { row: 2, column: 'Naam', name: 'Albert Heijn', clients: 2 }]]);
  });
});

describe('opdrachtgeversFromCsv: files that cannot be read at all', () => {
  it('an empty file, a header without rows, no name column', () => {
    expect(located(fileProblems(fixtureBytes('opdrachtgevers/bad/leeg.csv')))).toEqual([['csv.empty-file', {}]]);
    expect(located(fileProblems(fixtureBytes('opdrachtgevers/bad/alleen-kopregel.csv')))).toEqual([['csv.header-only', { row: 1 }]]);
    expect(fileProblems(fixtureBytes('opdrachtgevers/bad/geen-naamkolom.csv'))).toEqual([
      { code: 'csv.no-name-column', severity: 'error', location: { kind: 'row', row: 1 }, params: { row: 1 } },
    ]);
  });

  it('two columns for one client field', () => {
    expect(located(fileProblems(textBytes('Naam;Organisatie;Plaats\r\nA;B;C\r\n')))).toEqual([['csv.duplicate-column', { row: 1, column: 'Organisatie', otherColumn: 'Naam' }]]);
    expect(located(fileProblems(textBytes('Naam;E-mail 1;Mail 1\r\nA;b@example.nl;c@example.nl\r\n')))).toEqual([
      ['csv.duplicate-column', { row: 1, column: 'Mail 1', otherColumn: 'E-mail 1' }],
    ]);
  });

  it('binary data and a file over the limit', () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 131 + 7) % 256);
    expect(located(fileProblems(garbage))).toEqual([['csv.not-text', {}]]);
    expect(located(fileProblems(new Uint8Array(MAX_IMPORT_BYTES + 1)))).toEqual([['csv.too-large', { sizeMb: 5, maxMb: 5 }]]);
  });
});
