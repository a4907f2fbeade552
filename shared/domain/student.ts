import type { StoredRecord } from './record';

/**
 * A student, with only what the teacher needs (AVG dataminimalisatie): no birth date,
 * address, BSN or care data.
 */
export interface Student extends StoredRecord {
  roepnaam: string;
  tussenvoegsel: string;
  achternaam: string;
  /** The school's student number (Magister "stamnummer"); unique among live students. */
  leerlingnummer: string;
  groupId: string;
  archivedAt?: number | null;
}

export type StudentName = Pick<Student, 'roepnaam' | 'tussenvoegsel' | 'achternaam'>;

/** "Daniël van der Berg" */
export function fullName(student: StudentName): string {
  return [student.roepnaam, student.tussenvoegsel, student.achternaam]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
}

/** "Berg, Daniël van der" — how Dutch school lists are sorted and shown. */
export function sortableName(student: StudentName): string {
  const tail = [student.roepnaam, student.tussenvoegsel].map((p) => p.trim()).filter(Boolean).join(' ');
  return tail ? `${student.achternaam.trim()}, ${tail}` : student.achternaam.trim();
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Orders by achternaam (ignoring the tussenvoegsel, as Dutch lists do), then roepnaam. */
export function compareStudentNames(a: StudentName, b: StudentName): number {
  return (
    collator.compare(a.achternaam, b.achternaam) ||
    collator.compare(a.roepnaam, b.roepnaam) ||
    collator.compare(a.tussenvoegsel, b.tussenvoegsel)
  );
}

/** Lower-case text without diacritics, so "zoe" finds "Zoë" and "ozturk" finds "Öztürk". */
export function searchKey(text: string): string {
  // Most names are plain ASCII: skip the (comparatively slow) Unicode normalisation for them.
  if (!/[\u0080-\uffff]/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase();
}

export function studentSearchText(student: Pick<Student, 'roepnaam' | 'tussenvoegsel' | 'achternaam' | 'leerlingnummer'>): string {
  return searchKey(`${fullName(student)} ${student.leerlingnummer}`);
}
