import type { Observatie } from './observatie';

/**
 * All observations of one student, stored as ONE row (schema version 6). A large school has
 * 100,000 observations; IndexedDB in Chromium spends some 70 µs on every row it adds, whatever
 * its size, so as rows they cost a restore 14 s, as 1,000 lists under 1 s. Every read of
 * observations is per student anyway (profile, growth, dossier, coverage, retention); the few
 * that are not (the dashboard's recent ones) go through `lastCreatedAt`.
 */
export interface ObservatieLijst {
  studentId: string;
  /** In the order they were written down; readers sort as they need. */
  observaties: Observatie[];
  /** The newest createdAt in `observaties` (indexed: the most recently written lists first). */
  lastCreatedAt: number;
}

function lijstOf(studentId: string, observaties: Observatie[]): ObservatieLijst {
  return { studentId, observaties, lastCreatedAt: observaties.reduce((newest, o) => Math.max(newest, o.createdAt), 0) };
}

/** Observations grouped into one list per student, in the order given. */
export function packObservaties(observaties: Iterable<Observatie>): ObservatieLijst[] {
  const perStudent = new Map<string, Observatie[]>();
  for (const observatie of observaties) {
    const list = perStudent.get(observatie.studentId);
    if (list) list.push(observatie);
    else perStudent.set(observatie.studentId, [observatie]);
  }
  return [...perStudent].map(([studentId, list]) => lijstOf(studentId, list));
}

/**
 * The student's list with `rows` written into it: a row whose id is already there replaces it
 * in place, a new one is added at the end. Every row must belong to `studentId`.
 */
export function withObservaties(studentId: string, lijst: ObservatieLijst | undefined, rows: readonly Observatie[]): ObservatieLijst {
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const row of rows) if (row.studentId !== studentId) throw new Error(`observatie ${row.id} hoort niet bij leerling ${studentId}`);
  const kept = (lijst?.observaties ?? []).map((existing) => {
    const replacement = byId.get(existing.id);
    byId.delete(existing.id);
    return replacement ?? existing;
  });
  return lijstOf(studentId, [...kept, ...byId.values()]);
}

/** The list without the observations `ids`; null when none is left (the row goes). */
export function withoutObservaties(lijst: ObservatieLijst, ids: ReadonlySet<string>): ObservatieLijst | null {
  const left = lijst.observaties.filter((observatie) => !ids.has(observatie.id));
  return left.length === 0 ? null : lijstOf(lijst.studentId, left);
}

/** In the order the work was done (oldest first); within a day, the order they were written down. */
export function byWorkDate(a: Observatie, b: Observatie): number {
  return a.date.localeCompare(b.date) || a.createdAt - b.createdAt;
}
