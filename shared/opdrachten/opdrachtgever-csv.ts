import { DUTCH_EXCEL_CSV, writeCsv } from '../csv/write-csv';
import type { Contactpersoon, Opdrachtgever, OpdrachtgeverStatus, OpdrachtgeverType } from '../domain/opdrachtgever';
import { isLive } from '../domain/record';
import { searchKey } from '../domain/student';
import { FileProblemError, MAX_IMPORT_BYTES, type FileProblem, type RawTable, type TableFormat } from '../import/raw-table';
import { readDelimited } from '../import/read-delimited';
import { headerKey } from '../import/student-columns';
import { isValidEmail, isValidPhone, opdrachtgeverNameKey, type NewOpdrachtgever } from './opdrachtgever';
import { OpdrachtgeverCsvError, opdrachtProblem, type OpdrachtgeverCsvProblem, type ProblemLocation } from './problems';

/*
 * Opdrachtgevers as CSV, for Dutch Excel (UTF-8 with BOM, ";", CRLF): one row per client, its
 * contact persons side by side in numbered columns.
 *
 *   Naam;Type;Sector;Plaats;Status;Contactpersoon 1;Functie 1;E-mail 1;Telefoon 1;Contactpersoon 2;…;Tags;Notities
 *
 * Tags are joined with ", " (so a tag cannot contain a comma). Cells a spreadsheet would run as a
 * formula are written with a leading ' (shared/csv/write-csv.ts) and read back without it.
 *
 * Import reads that file and lists teachers make themselves: any column order, Dutch or English
 * titles with synonyms (Naam/Organisatie, Sector/Werkveld, Functie/Rol, …), contact columns
 * numbered ("E-mail 2") or not (a second unnumbered "Contactpersoon" starts contact 2), unknown
 * columns ignored (and listed), delimiter and encoding detected (shared/import).
 */

const CLIENT_FIELDS = ['name', 'type', 'sector', 'place', 'status', 'tags', 'notes'] as const;
type ClientField = (typeof CLIENT_FIELDS)[number];
const CONTACT_FIELDS = ['name', 'role', 'email', 'phone'] as const;
type ContactField = (typeof CONTACT_FIELDS)[number];

/** Titles as the export writes them. */
const CLIENT_HEADER: Record<ClientField, string> = {
  name: 'Naam',
  type: 'Type',
  sector: 'Sector',
  place: 'Plaats',
  status: 'Status',
  tags: 'Tags',
  notes: 'Notities',
};
const CONTACT_HEADER: Record<ContactField, string> = { name: 'Contactpersoon', role: 'Functie', email: 'E-mail', phone: 'Telefoon' };

/** Column titles normalised with headerKey (lower case, no accents, letters and digits only). */
const CLIENT_SYNONYMS: Record<ClientField, readonly string[]> = {
  name: ['naam', 'organisatie', 'organisatienaam', 'naamorganisatie', 'opdrachtgever', 'bedrijf', 'bedrijfsnaam', 'name', 'organisation', 'organization', 'client'],
  type: ['type', 'soort', 'soortorganisatie', 'typeorganisatie', 'kind'],
  sector: ['sector', 'werkveld', 'branche', 'beroepenveld', 'field'],
  place: ['plaats', 'woonplaats', 'vestigingsplaats', 'stad', 'gemeente', 'place', 'city', 'town'],
  status: ['status', 'state'],
  tags: ['tags', 'tag', 'labels', 'label', 'trefwoorden'],
  notes: ['notities', 'notitie', 'opmerkingen', 'opmerking', 'toelichting', 'notes', 'note', 'remarks'],
};
const CONTACT_SYNONYMS: Record<ContactField, readonly string[]> = {
  name: ['contactpersoon', 'contact', 'naamcontactpersoon', 'contactnaam', 'contactperson', 'contactname'],
  role: ['functie', 'rol', 'functiecontactpersoon', 'role', 'function', 'jobtitle'],
  email: ['email', 'emailadres', 'mail', 'mailadres', 'emailaddress'],
  phone: ['telefoon', 'telefoonnummer', 'tel', 'telnr', 'telefoonnr', 'mobiel', 'mobielnummer', 'phone', 'phonenumber', 'mobile'],
};

/** Values of Type and Status as teachers write them, by searchKey; the enum values themselves included. */
const TYPE_WORDS: Record<OpdrachtgeverType, readonly string[]> = {
  bedrijf: ['bedrijf', 'onderneming', 'company', 'business'],
  instelling: ['instelling', 'stichting', 'vereniging', 'institution'],
  overheid: ['overheid', 'gemeente', 'provincie', 'government'],
  vervolgonderwijs: ['vervolgonderwijs', 'mbo', 'hbo', 'roc', 'further education'],
  intern: ['intern', 'internal', 'school (intern)'],
};
const STATUS_WORDS: Record<OpdrachtgeverStatus, readonly string[]> = {
  actief: ['actief', 'active'],
  benaderd: ['benaderd', 'approached'],
  gearchiveerd: ['gearchiveerd', 'archief', 'inactief', 'archived'],
};

function fromWords<T extends string>(words: Record<T, readonly string[]>, value: string): T | null {
  const key = searchKey(value.trim());
  for (const [enumValue, list] of Object.entries(words) as [T, readonly string[]][]) {
    if (list.includes(key)) return enumValue;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Export

/** Tags in one cell; a comma inside a tag would split it on import, so it becomes a space. */
function joinTags(tags: readonly string[]): string {
  return tags.map((tag) => tag.replace(/,/g, ' ').trim()).filter(Boolean).join(', ');
}

/**
 * The clients as CSV text (with BOM; encode as UTF-8 to save). One row per client in the order
 * given; as many contact column groups as the client with the most contacts has (at least one,
 * so the file shows where contacts go).
 */
export function opdrachtgeversToCsv(clients: readonly Opdrachtgever[]): string {
  const contactGroups = Math.max(1, ...clients.map((client) => client.contacts.length));
  const header = [
    ...(['name', 'type', 'sector', 'place', 'status'] as const).map((field) => CLIENT_HEADER[field]),
    ...Array.from({ length: contactGroups }, (_, i) => CONTACT_FIELDS.map((field) => `${CONTACT_HEADER[field]} ${i + 1}`)).flat(),
    CLIENT_HEADER.tags,
    CLIENT_HEADER.notes,
  ];
  const rows = clients.map((client) => [
    client.name,
    client.type,
    client.sector,
    client.place,
    client.status,
    ...Array.from({ length: contactGroups }, (_, i) => {
      const contact = client.contacts[i];
      return contact ? [contact.name, contact.role, contact.email, contact.phone] : ['', '', '', ''];
    }).flat(),
    joinTags(client.tags),
    client.notes,
  ]);
  return writeCsv([header, ...rows], DUTCH_EXCEL_CSV);
}

// ---------------------------------------------------------------------------------------------
// Import: columns

type ColumnMeaning = { kind: 'client'; field: ClientField } | { kind: 'contact'; field: ContactField; number: number | null };

function meaningOf(title: string): ColumnMeaning | null {
  const key = headerKey(title);
  if (!key) return null;
  for (const field of CLIENT_FIELDS) if (CLIENT_SYNONYMS[field].includes(key)) return { kind: 'client', field };
  // "E-mail 2", "Contactpersoon2", "Telefoon (2)": a contact field with its number.
  const numbered = /^(.*?)(\d{1,2})$/.exec(key);
  const base = numbered ? numbered[1]! : key;
  for (const field of CONTACT_FIELDS) {
    if (CONTACT_SYNONYMS[field].includes(base)) return { kind: 'contact', field, number: numbered ? Number(numbered[2]) : null };
  }
  return null;
}

/** The header is the first of the top rows with two or more titles we know, or a name column. */
export function findOpdrachtgeverHeaderRow(candidates: readonly (readonly string[])[]): number {
  const index = candidates.findIndex((cells) => {
    const meanings = cells.map(meaningOf).filter((m): m is ColumnMeaning => m !== null);
    return meanings.length >= 2 || meanings.some((m) => m.kind === 'client' && m.field === 'name');
  });
  return index === -1 ? 0 : index;
}

interface Columns {
  client: Partial<Record<ClientField, number>>;
  /** Contact number (1-based, in order) → field → column index. */
  contacts: Map<number, Partial<Record<ContactField, number>>>;
  ignored: string[];
}

function mapColumns(table: RawTable): Columns {
  const row = table.headerRowNumber;
  const problems: OpdrachtgeverCsvProblem[] = [];
  const columns: Columns = { client: {}, contacts: new Map(), ignored: [] };
  const duplicate = (index: number, otherIndex: number) =>
    problems.push(
      opdrachtProblem('csv.duplicate-column', cellAt(row, table, index), { row, column: table.header[index]!, otherColumn: table.header[otherIndex]! }),
    );
  table.header.forEach((title, index) => {
    const meaning = meaningOf(title);
    if (meaning === null) {
      if (title.trim() !== '') columns.ignored.push(title.trim());
      return;
    }
    if (meaning.kind === 'client') {
      const first = columns.client[meaning.field];
      if (first === undefined) columns.client[meaning.field] = index;
      else duplicate(index, first);
      return;
    }
    let number = meaning.number;
    if (number === null) {
      // An unnumbered contact column fills the first contact that does not have this field yet:
      // "Contactpersoon;E-mail;Contactpersoon;E-mail" are contacts 1 and 2.
      number = 1;
      while (columns.contacts.get(number)?.[meaning.field] !== undefined) number++;
    }
    const contact = columns.contacts.get(number) ?? {};
    const first = contact[meaning.field];
    if (first === undefined) {
      contact[meaning.field] = index;
      columns.contacts.set(number, contact);
    } else duplicate(index, first);
  });
  if (columns.client.name === undefined) problems.unshift(opdrachtProblem('csv.no-name-column', { kind: 'row', row }, { row }));
  if (problems.length > 0) throw new OpdrachtgeverCsvError(problems);
  columns.contacts = new Map([...columns.contacts].sort(([a], [b]) => a - b));
  return columns;
}

function cellAt(row: number, table: RawTable, columnIndex: number): ProblemLocation {
  return { kind: 'cell', row, column: table.header[columnIndex] ?? '', columnIndex };
}

function fileProblem(problem: FileProblem): OpdrachtgeverCsvProblem {
  const file = { kind: 'file' } as const;
  const mb = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;
  switch (problem.code) {
    case 'empty-file':
      return opdrachtProblem('csv.empty-file', file, {});
    case 'too-large':
      return opdrachtProblem('csv.too-large', file, { sizeMb: mb(problem.sizeBytes), maxMb: mb(MAX_IMPORT_BYTES) });
    case 'header-only':
      return opdrachtProblem('csv.header-only', { kind: 'row', row: problem.headerRowNumber }, { row: problem.headerRowNumber });
    case 'too-many-rows':
      return opdrachtProblem('csv.too-many-rows', file, { count: problem.rowCount, max: problem.maxRows });
    case 'binary':
    case 'unreadable-xlsx':
      return opdrachtProblem('csv.not-text', file, {});
  }
}

// ---------------------------------------------------------------------------------------------
// Import: rows

/** A cell as the export wrote it: "'=…" was a neutralised formula and reads back without the quote. */
function unquoted(raw: string): string {
  return /^'[=+\-@\t\r]/.test(raw) ? raw.slice(1) : raw;
}

/**
 * Whether a cell would run as a formula in a spreadsheet, so its text is not what the teacher
 * typed (a formula's text, not its result). Cells starting with = or @ are formulas. A leading
 * + or - is one only when something other than a space follows, with one exception: a phone
 * number in the phone column ("+31 6 …"). A note like "- bellen na 10 uur" is a list item.
 * A neutralised cell ("'=…", as the export writes it) is text, never a formula.
 */
function isFormulaCell(raw: string, isPhoneColumn: boolean): boolean {
  // Excel strips a leading tab or carriage return and evaluates what follows.
  if (/^[\t\r]/.test(raw) || /^[=@]/.test(raw)) return true;
  if (/^[+-]/.test(raw)) {
    if (isPhoneColumn && isValidPhone(raw.trim())) return false;
    return !/^[+-](\s|$)/.test(raw);
  }
  return false;
}

interface ReadContact {
  values: Record<ContactField, string>;
  columns: Partial<Record<ContactField, number>>;
}

interface ReadRow {
  row: number;
  values: Partial<Record<ClientField, string>>;
  contacts: ReadContact[];
  problems: OpdrachtgeverCsvProblem[];
}

function splitTags(cell: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of cell.split(/[,;]/)) {
    const tag = part.trim();
    const key = tag.toLocaleLowerCase('nl');
    if (tag !== '' && !seen.has(key)) {
      seen.add(key);
      tags.push(tag);
    }
  }
  return tags;
}

function readRow(table: RawTable, columns: Columns, cells: readonly string[], row: number): ReadRow {
  const problems: OpdrachtgeverCsvProblem[] = [];
  const result: ReadRow = { row, values: {}, contacts: [], problems };
  const width = table.header.length;
  if (cells.slice(width).some((cell) => cell.trim() !== '')) {
    problems.push(opdrachtProblem('csv.too-many-cells', { kind: 'row', row }, { row, cells: cells.length, expected: width }));
    return result;
  }
  const where = (index: number) => cellAt(row, table, index);
  const title = (index: number) => table.header[index]!;
  // Missing trailing cells (Excel drops empty ones at the end of a row) read as empty.
  const cell = (index: number, isPhone = false): string => {
    const raw = cells[index] ?? '';
    if (isFormulaCell(raw, isPhone)) {
      problems.push(opdrachtProblem('csv.formula', where(index), { row, column: title(index), value: raw.trim() }));
      return '';
    }
    return unquoted(raw).trim();
  };

  for (const field of CLIENT_FIELDS) {
    const index = columns.client[field];
    if (index !== undefined) result.values[field] = cell(index);
  }
  const nameIndex = columns.client.name!;
  if ((result.values.name ?? '') === '' && !problems.some((p) => p.code === 'csv.formula')) {
    problems.push(opdrachtProblem('csv.name-missing', where(nameIndex), { row, column: title(nameIndex) }));
  }
  const typeIndex = columns.client.type;
  if (typeIndex !== undefined && result.values.type && fromWords(TYPE_WORDS, result.values.type) === null) {
    problems.push(opdrachtProblem('csv.type-unknown', where(typeIndex), { row, column: title(typeIndex), value: result.values.type }));
  }
  const statusIndex = columns.client.status;
  if (statusIndex !== undefined && result.values.status && fromWords(STATUS_WORDS, result.values.status) === null) {
    problems.push(opdrachtProblem('csv.status-unknown', where(statusIndex), { row, column: title(statusIndex), value: result.values.status }));
  }

  const firstContactName = new Map<string, number>();
  for (const contactColumns of columns.contacts.values()) {
    const values: Record<ContactField, string> = { name: '', role: '', email: '', phone: '' };
    for (const field of CONTACT_FIELDS) {
      const index = contactColumns[field];
      if (index !== undefined) values[field] = cell(index, field === 'phone');
    }
    if (CONTACT_FIELDS.every((field) => values[field] === '')) continue;
    if (values.name === '') {
      const index = contactColumns.name ?? CONTACT_FIELDS.map((field) => contactColumns[field]).find((i) => i !== undefined && (cells[i] ?? '').trim() !== '')!;
      problems.push(opdrachtProblem('csv.contact-name-missing', where(index), { row, column: title(index) }));
    } else {
      const key = opdrachtgeverNameKey(values.name);
      if (firstContactName.has(key)) {
        problems.push(opdrachtProblem('csv.contact-duplicate', where(contactColumns.name!), { row, column: title(contactColumns.name!), name: values.name }));
      } else firstContactName.set(key, contactColumns.name!);
    }
    if (values.email !== '' && !isValidEmail(values.email)) {
      const index = contactColumns.email!;
      problems.push(opdrachtProblem('csv.email-invalid', where(index), { row, column: title(index), value: values.email }));
    }
    if (values.phone !== '' && !isValidPhone(values.phone)) {
      const index = contactColumns.phone!;
      problems.push(opdrachtProblem('csv.phone-invalid', where(index), { row, column: title(index), value: values.phone }));
    }
    result.contacts.push({ values, columns: contactColumns });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Import: the plan

export type OpdrachtgeverField = ClientField | 'contacts';

export type OpdrachtgeverImportRow =
  | { kind: 'add'; row: number; client: NewOpdrachtgever }
  /** `client` is the stored client with the file's values merged in (same id, same contact ids where matched). */
  | { kind: 'update'; row: number; existingId: string; client: NewOpdrachtgever; changed: OpdrachtgeverField[] }
  | { kind: 'unchanged'; row: number; existingId: string }
  | { kind: 'skip'; row: number; problems: OpdrachtgeverCsvProblem[] };

export interface OpdrachtgeverImportPlan {
  format: TableFormat;
  headerRow: number;
  rows: OpdrachtgeverImportRow[];
  /** Every row problem, in row order (the skipped rows' problems together). */
  problems: OpdrachtgeverCsvProblem[];
  counts: { add: number; update: number; unchanged: number; skip: number };
  /** Column titles the importer does not read ("Website"): shown so nothing is lost unnoticed. */
  ignoredColumns: string[];
}

export interface OpdrachtgeverImportOptions {
  newId: () => string;
  /** Stored clients; deleted ones are not matched (a row with such a name adds a new client). */
  existing: readonly Opdrachtgever[];
}

function newContact(values: Record<ContactField, string>, newId: () => string): Contactpersoon {
  return { id: newId(), name: values.name, role: values.role, email: values.email, phone: values.phone };
}

function asNew(client: Opdrachtgever): NewOpdrachtgever {
  return {
    id: client.id,
    name: client.name,
    type: client.type,
    sector: client.sector,
    place: client.place,
    contacts: client.contacts.map((contact) => ({ ...contact })),
    notes: client.notes,
    tags: [...client.tags],
    status: client.status,
  };
}

/**
 * Merges a row into a stored client. Import adds and updates, never deletes: a filled cell
 * replaces the stored value, an empty cell or a missing column keeps it (so a list with only
 * names and e-mail addresses does not wipe the notes). Contacts are matched by name (without
 * case and accents): a match is updated the same way and keeps its id, a new name is added,
 * and stored contacts the file does not mention stay.
 */
function merge(existing: Opdrachtgever, read: ReadRow, newId: () => string): { client: NewOpdrachtgever; changed: OpdrachtgeverField[] } {
  const client = asNew(existing);
  const changed: OpdrachtgeverField[] = [];
  const set = <K extends 'name' | 'sector' | 'place' | 'notes'>(field: K, value: string | undefined) => {
    if (value && value !== client[field]) {
      client[field] = value;
      changed.push(field);
    }
  };
  set('name', read.values.name);
  const type = read.values.type ? fromWords(TYPE_WORDS, read.values.type) : null;
  if (type && type !== client.type) {
    client.type = type;
    changed.push('type');
  }
  set('sector', read.values.sector);
  set('place', read.values.place);
  const status = read.values.status ? fromWords(STATUS_WORDS, read.values.status) : null;
  if (status && status !== client.status) {
    client.status = status;
    changed.push('status');
  }
  if (read.values.tags) {
    const tags = splitTags(read.values.tags);
    if (tags.join('\n') !== client.tags.join('\n')) {
      client.tags = tags;
      changed.push('tags');
    }
  }
  set('notes', read.values.notes);
  let contactsChanged = false;
  for (const { values } of read.contacts) {
    const match = client.contacts.find((contact) => opdrachtgeverNameKey(contact.name) === opdrachtgeverNameKey(values.name));
    if (!match) {
      client.contacts.push(newContact(values, newId));
      contactsChanged = true;
      continue;
    }
    for (const field of CONTACT_FIELDS) {
      if (values[field] !== '' && values[field] !== match[field]) {
        match[field] = values[field];
        contactsChanged = true;
      }
    }
  }
  if (contactsChanged) changed.push('contacts');
  return { client, changed };
}

/**
 * Decides, row by row, what importing a client list would do, without writing anything (the
 * repository applies the plan in one transaction). Rows are matched to stored clients by name
 * (opdrachtgeverNameKey): a match is updated (see merge), the rest are added with type 'bedrijf'
 * and status 'actief' when those cells are empty. Skipped, with every problem located by row and
 * column: a row without a name; both rows of a name that appears twice; a bad e-mail address or
 * phone number; an unknown type or status; a formula; contact details without a contact name;
 * a contact named twice in one row; more cells than columns; a name that two stored clients share.
 *
 * Throws OpdrachtgeverCsvError when the file as a whole cannot be read: empty, not text, too
 * large, too many rows, only a header, no name column, or two columns for one client field.
 */
export function opdrachtgeversFromCsv(bytes: Uint8Array, options: OpdrachtgeverImportOptions): OpdrachtgeverImportPlan {
  let table: RawTable;
  try {
    table = readDelimited(bytes, { findHeader: findOpdrachtgeverHeaderRow });
  } catch (error) {
    if (error instanceof FileProblemError) throw new OpdrachtgeverCsvError([fileProblem(error.problem)]);
    throw error;
  }
  const columns = mapColumns(table);
  const read = table.rows.map((raw) => readRow(table, columns, raw.cells, raw.rowNumber));

  const rowsByName = new Map<string, number[]>();
  for (const row of read) {
    const name = row.values.name ?? '';
    if (name === '') continue;
    const key = opdrachtgeverNameKey(name);
    rowsByName.set(key, [...(rowsByName.get(key) ?? []), row.row]);
  }
  const existingByName = new Map<string, Opdrachtgever[]>();
  for (const client of options.existing) {
    if (!isLive(client)) continue;
    const key = opdrachtgeverNameKey(client.name);
    existingByName.set(key, [...(existingByName.get(key) ?? []), client]);
  }

  const nameIndex = columns.client.name!;
  const nameColumn = table.header[nameIndex]!;
  const rows: OpdrachtgeverImportRow[] = [];
  for (const row of read) {
    const name = row.values.name ?? '';
    const key = opdrachtgeverNameKey(name);
    const sameName = name === '' ? [] : (rowsByName.get(key) ?? []);
    if (sameName.length > 1) {
      const otherRow = sameName.find((n) => n !== row.row)!;
      row.problems.push(opdrachtProblem('csv.name-duplicate', cellAt(row.row, table, nameIndex), { row: row.row, column: nameColumn, name, otherRow }));
    }
    const matches = name === '' ? [] : (existingByName.get(key) ?? []);
    if (matches.length > 1) {
      row.problems.push(
        opdrachtProblem('csv.name-ambiguous', cellAt(row.row, table, nameIndex), { row: row.row, column: nameColumn, name, clients: matches.length }),
      );
    }
    if (row.problems.length > 0) {
      rows.push({ kind: 'skip', row: row.row, problems: row.problems });
      continue;
    }
    const existing = matches[0];
    if (existing) {
      const { client, changed } = merge(existing, row, options.newId);
      rows.push(changed.length === 0 ? { kind: 'unchanged', row: row.row, existingId: existing.id } : { kind: 'update', row: row.row, existingId: existing.id, client, changed });
      continue;
    }
    rows.push({
      kind: 'add',
      row: row.row,
      client: {
        id: options.newId(),
        name,
        type: (row.values.type && fromWords(TYPE_WORDS, row.values.type)) || 'bedrijf',
        sector: row.values.sector ?? '',
        place: row.values.place ?? '',
        contacts: row.contacts.map(({ values }) => newContact(values, options.newId)),
        notes: row.values.notes ?? '',
        tags: splitTags(row.values.tags ?? ''),
        status: (row.values.status && fromWords(STATUS_WORDS, row.values.status)) || 'actief',
      },
    });
  }

  const counts = { add: 0, update: 0, unchanged: 0, skip: 0 };
  for (const row of rows) counts[row.kind]++;
  return {
    format: table.format,
    headerRow: table.headerRowNumber,
    rows,
    problems: rows.flatMap((row) => (row.kind === 'skip' ? row.problems : [])),
    counts,
    ignoredColumns: columns.ignored,
  };
}
