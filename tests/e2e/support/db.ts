import { expect, type Page } from '@playwright/test';

/**
 * Reads the app's IndexedDB database ("vakwerk") directly, bypassing the app, so tests can
 * prove what was (or was not) written. Rows are plain JSON; every store is sorted by id so two
 * snapshots compare with toEqual.
 */
export const DATABASE_NAME = 'vakwerk';

export interface StoredStudent {
  id: string;
  leerlingnummer: string;
  roepnaam: string;
  tussenvoegsel: string;
  achternaam: string;
  groupId: string;
  deletedAt?: number | null;
  archivedAt?: number | null;
  [key: string]: unknown;
}

export interface StoredGroup {
  id: string;
  cohortId: string;
  name: string;
  deletedAt?: number | null;
  [key: string]: unknown;
}

export interface StoredCohort {
  id: string;
  name: string;
  deletedAt?: number | null;
  [key: string]: unknown;
}

export interface DbSnapshot {
  /** False when the database has not been created yet (nothing was ever stored). */
  exists: boolean;
  cohorts: StoredCohort[];
  groups: StoredGroup[];
  students: StoredStudent[];
  /** Every other store, by name, for completeness of "unchanged" comparisons. */
  other: Record<string, unknown[]>;
}

export async function readDatabase(page: Page): Promise<DbSnapshot> {
  // IndexedDB belongs to the app's origin: about:blank has none.
  expect(page.url(), 'open the app before reading its database').toMatch(/^https?:/);
  return page.evaluate(async (name) => {
    const empty = { exists: false, cohorts: [], groups: [], students: [], other: {} };
    const known = await indexedDB.databases();
    if (!known.some((info) => info.name === name)) return empty;

    const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
      const request = indexedDB.open(name);
      // Fired only when the database does not exist: abort, so reading never creates it.
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error));
    });
    if (!db) return empty;
    try {
      const names = [...db.objectStoreNames];
      if (names.length === 0) return { ...empty, exists: true };
      const tx = db.transaction(names, 'readonly');
      const all = await Promise.all(
        names.map(
          (store) =>
            new Promise<[string, unknown[]]>((resolve, reject) => {
              const request = tx.objectStore(store).getAll();
              request.onsuccess = () => {
                const rows = request.result as { id?: unknown }[];
                rows.sort((a, b) => String(a.id).localeCompare(String(b.id)));
                resolve([store, rows]);
              };
              request.onerror = () => reject(request.error);
            }),
        ),
      );
      const byName = Object.fromEntries(all);
      const { cohorts = [], groups = [], students = [], ...other } = byName;
      return { exists: true, cohorts, groups, students, other } as never;
    } finally {
      db.close();
    }
  }, DATABASE_NAME);
}

/** "Daniël van der Berg", as the app writes a student's name in labels and messages. */
export function fullName(student: Pick<StoredStudent, 'roepnaam' | 'tussenvoegsel' | 'achternaam'>): string {
  return [student.roepnaam, student.tussenvoegsel, student.achternaam]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
}

export const isLive = (row: { deletedAt?: number | null }) => row.deletedAt == null;

export function liveStudents(snapshot: DbSnapshot): StoredStudent[] {
  return snapshot.students.filter(isLive);
}

export function liveGroups(snapshot: DbSnapshot): StoredGroup[] {
  return snapshot.groups.filter(isLive);
}

export function studentByNumber(snapshot: DbSnapshot, leerlingnummer: string): StoredStudent | undefined {
  return liveStudents(snapshot).find((student) => student.leerlingnummer === leerlingnummer);
}

export function groupName(snapshot: DbSnapshot, groupId: string): string | undefined {
  return snapshot.groups.find((group) => group.id === groupId)?.name;
}

/** Asserts that the database is exactly as in `before` (same stores, same rows, same values). */
export async function expectDatabaseUnchanged(page: Page, before: DbSnapshot, what: string): Promise<void> {
  const after = await readDatabase(page);
  expect(after, `the database must be unchanged after ${what}`).toEqual(before);
}

/** The rows of one store (live or not), sorted by id; [] when the store does not exist. */
export async function readStore<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  const snapshot = await readDatabase(page);
  const byName: Record<string, unknown[]> = { cohorts: snapshot.cohorts, groups: snapshot.groups, students: snapshot.students, ...snapshot.other };
  return (byName[store] ?? []) as T[];
}

/**
 * Every stored observation (live or not), sorted by id: since schema version 6 they are kept as
 * one list per student (the observatieLijsten store).
 */
export async function readObservaties<T = StoredObservatieRow>(page: Page): Promise<T[]> {
  const lists = await readStore<{ observaties: T[] }>(page, 'observatieLijsten');
  return lists.flatMap((list) => list.observaties).sort((a, b) => String((a as { id: string }).id).localeCompare(String((b as { id: string }).id)));
}

interface StoredObservatieRow {
  id: string;
  studentId: string;
  [field: string]: unknown;
}

/**
 * Writes rows straight into a store of the app's database with the raw IndexedDB API, as a
 * feature that has no screen yet would (the beoordelingen of the assessment feature). The app's
 * live queries see them only after their next change or a reload.
 */
export async function putRows(page: Page, store: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  expect(page.url(), 'open the app before writing to its database').toMatch(/^https?:/);
  await page.evaluate(
    async ({ name, store, rows }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(store, 'readwrite');
          for (const row of rows) tx.objectStore(store).put(row);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
        });
      } finally {
        db.close();
      }
    },
    { name: DATABASE_NAME, store, rows },
  );
}
