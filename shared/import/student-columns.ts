import { searchKey } from '../domain/student';

/** The student fields an import can fill; nothing more is stored (dataminimalisatie). */
export const STUDENT_FIELDS = ['leerlingnummer', 'roepnaam', 'tussenvoegsel', 'achternaam', 'groep'] as const;
export type StudentField = (typeof STUDENT_FIELDS)[number];

export const REQUIRED_STUDENT_FIELDS: readonly StudentField[] = ['leerlingnummer', 'roepnaam', 'achternaam'];

/**
 * Column titles as Magister, SOMtoday and hand-made lists use them, normalised with
 * `headerKey` (lower case, no accents, letters and digits only).
 */
const SYNONYMS: Record<StudentField, readonly string[]> = {
  leerlingnummer: [
    'stamnr', 'stamnummer', 'leerlingnummer', 'leerlingnr', 'llnr', 'llnummer', 'lln', 'studentnummer',
    'studentnr', 'studentid', 'leerlingid', 'nummer', 'nr',
  ],
  roepnaam: ['roepnaam', 'voornaam', 'roepnaamleerling', 'firstname', 'givenname', 'voornamen'],
  tussenvoegsel: ['tussenvoegsel', 'tussenvoegsels', 'voorvoegsel', 'voorvoegsels', 'tussenv', 'tv', 'prefix'],
  achternaam: ['achternaam', 'familienaam', 'geslachtsnaam', 'achternaamleerling', 'lastname', 'surname', 'familyname'],
  groep: ['klas', 'stamgroep', 'lesgroep', 'groep', 'klasnaam', 'stamklas', 'basisgroep', 'class', 'group'],
};

export function headerKey(title: string): string {
  return searchKey(title).replace(/[^a-z0-9]/g, '');
}

function fieldForHeader(title: string): StudentField | null {
  const key = headerKey(title);
  if (!key) return null;
  for (const field of STUDENT_FIELDS) {
    if (SYNONYMS[field].includes(key)) return field;
  }
  return null;
}

/** Which column (0-based index) holds which field; null where none does. */
export type ColumnMapping = Record<StudentField, number | null>;

export function emptyMapping(): ColumnMapping {
  return { leerlingnummer: null, roepnaam: null, tussenvoegsel: null, achternaam: null, groep: null };
}

/** Maps every header it recognises; the first column wins when two mean the same. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const mapping = emptyMapping();
  header.forEach((title, index) => {
    const field = fieldForHeader(title);
    if (field && mapping[field] === null) mapping[field] = index;
  });
  return mapping;
}

/** The first of the candidate rows that looks like a header (two or more known titles). */
export function findHeaderRow(candidates: readonly (readonly string[])[]): number {
  const index = candidates.findIndex((cells) => cells.filter((cell) => fieldForHeader(cell) !== null).length >= 2);
  return index === -1 ? 0 : index;
}

export function missingRequiredFields(mapping: ColumnMapping): StudentField[] {
  return REQUIRED_STUDENT_FIELDS.filter((field) => mapping[field] === null);
}

/** A column may be chosen for one field only. */
export function duplicateMappedColumns(mapping: ColumnMapping): number[] {
  const seen = new Map<number, number>();
  for (const field of STUDENT_FIELDS) {
    const column = mapping[field];
    if (column !== null) seen.set(column, (seen.get(column) ?? 0) + 1);
  }
  return [...seen].filter(([, count]) => count > 1).map(([column]) => column);
}
