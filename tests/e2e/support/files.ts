import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeXlsx } from '../../fixtures/make-xlsx';

/** A file as Playwright's setInputFiles takes it. */
export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export const fixturePath = (name: string) => `${FIXTURES_DIR}${name}`;

export const MAGISTER_CSV = fixturePath('leerlingen-magister.csv');
export const SOMTODAY_CSV = fixturePath('leerlingen-somtoday.csv');

/** The 12 students of leerlingen-magister.csv, as a teacher sees them in the table. */
export const MAGISTER_STUDENTS = [
  { leerlingnummer: '104233', roepnaam: 'Zoë', tussenvoegsel: '', achternaam: 'Bakker', groep: '3T-A' },
  { leerlingnummer: '104234', roepnaam: 'Daniël', tussenvoegsel: 'van der', achternaam: 'Berg', groep: '3T-A' },
  { leerlingnummer: '104235', roepnaam: 'Noëlle', tussenvoegsel: '', achternaam: 'Jansen', groep: '3T-A' },
  { leerlingnummer: '104236', roepnaam: 'Mohammed', tussenvoegsel: '', achternaam: 'El Amrani', groep: '3T-A' },
  { leerlingnummer: '104237', roepnaam: 'Inès', tussenvoegsel: 'de', achternaam: 'Vries', groep: '3T-A' },
  { leerlingnummer: '104238', roepnaam: 'Sven', tussenvoegsel: '', achternaam: "d'Souza", groep: '3T-A' },
  { leerlingnummer: '104239', roepnaam: 'Fleur', tussenvoegsel: 'van', achternaam: 'Dijk', groep: '3T-B' },
  { leerlingnummer: '104240', roepnaam: 'Joëlle', tussenvoegsel: '', achternaam: 'Öztürk', groep: '3T-B' },
  { leerlingnummer: '104241', roepnaam: 'Bram', tussenvoegsel: 'ter', achternaam: 'Horst', groep: '3T-B' },
  { leerlingnummer: '104242', roepnaam: 'Chloë', tussenvoegsel: '', achternaam: 'Visser', groep: '3T-B' },
  { leerlingnummer: '104243', roepnaam: 'René', tussenvoegsel: '', achternaam: 'Smit', groep: '3G-A' },
  { leerlingnummer: '104244', roepnaam: 'Ayşe', tussenvoegsel: '', achternaam: 'Yılmaz', groep: '3G-A' },
] as const;

export const CSV_MIME = 'text/csv';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function fixtureFile(name: string, mimeType = CSV_MIME): FilePayload {
  return { name, mimeType, buffer: readFileSync(fixturePath(name)) };
}

/** A CSV as Dutch Excel writes it: `;`, CRLF, UTF-8 with a BOM (unless told otherwise). */
export function csvFile(name: string, lines: readonly string[], options: { bom?: boolean } = {}): FilePayload {
  const text = `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
  return { name, mimeType: CSV_MIME, buffer: Buffer.from(text, 'utf8') };
}

export function xlsxFile(name: string, rows: readonly (readonly string[])[]): FilePayload {
  return { name, mimeType: XLSX_MIME, buffer: Buffer.from(makeXlsx(rows)) };
}

/** Deterministic bytes that are no text (NULs, control characters) and no zip either. */
export function binaryGarbage(size = 4096, seed = 20251123): Buffer {
  const bytes = Buffer.alloc(size);
  let state = seed >>> 0;
  for (let i = 0; i < size; i++) {
    // xorshift32: the same "garbage" on every run, so a failure reproduces.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  bytes[0] = 0x00; // surely not "PK\x03\x04" and surely not text
  return bytes;
}

/**
 * A student CSV of exactly `bytes` bytes (a header, then one row over and over), so the only
 * thing wrong with it is its size.
 */
export function largeCsv(bytes: number): Buffer {
  const header = 'Stamnr;Roepnaam;Tussenv.;Achternaam;Klas\r\n';
  const row = '300001;Lotte;van;Dam;3T-A\r\n';
  const text = header + row.repeat(Math.ceil(bytes / row.length));
  return Buffer.from(text, 'utf8').subarray(0, bytes);
}

/** Goal-framework fixtures (tests/fixtures/frameworks, see its README). */
export const frameworkFixture = (name: string) => fixturePath(`frameworks/${name}`);
export const KADER_CASE_JSON = frameworkFixture('kader-case.json');
export const SLO_SAMPLE_JSON = frameworkFixture('slo-sample.json');

/** Rubric CSV fixtures (tests/fixtures/rubrics, see its README). */
export const rubricFixture = (name: string) => fixturePath(`rubrics/${name}`);

export const JSON_MIME = 'application/json';

export function jsonFile(name: string, value: unknown): FilePayload {
  return { name, mimeType: JSON_MIME, buffer: Buffer.from(JSON.stringify(value, null, 1), 'utf8') };
}

export function readFixtureJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
