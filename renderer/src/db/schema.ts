import type { Transaction } from 'dexie';

/**
 * Dexie schema, one constant per version. A shipped version is never edited: a change gets a
 * new constant, a new entry in SCHEMA_VERSIONS (with an upgrade function in migrations/ when
 * rows must change) and an upgrade test in tests/unit/renderer/db/.
 *
 * Index notes: every interactive query must hit an index (a full table scan of 100k rows costs
 * ~1 s in Chromium). Soft-deleted rows keep their keys so undo can restore them.
 */
export const SCHEMA_V1 = {
  cohorts: 'id, name',
  groups: 'id, cohortId, name',
  students: 'id, leerlingnummer, groupId, achternaam, deletedAt',
} as const;

/**
 * Version 2 (2026-11, goal frameworks and rubrics): frameworks with their nodes (an exam
 * programme version and its domeinen/eindtermen), rubrics with immutable versions, and
 * beoordelingen pinned to a rubric version. Only new tables: no existing row changes.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  frameworks: 'id, lineageId, status',
  frameworkNodes: 'id, frameworkId, parentId',
  rubrics: 'id, title',
  rubricVersions: 'id, rubricId, [rubricId+version]',
  beoordelingen: 'id, studentId, rubricId, rubricVersionId',
} as const;

/**
 * Version 3 (2026-11, opdrachtgevers and opdrachten): clients, opdrachten (templates are
 * opdrachten with isTemplate set; booleans cannot be IndexedDB keys, so that is filtered in
 * code) with multi-entry indexes on the groups, goals and rubrics they link to, and teams.
 * Only new tables: no existing row changes.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  opdrachtgevers: 'id, name, status',
  opdrachten: 'id, opdrachtgeverId, schoolYear, status, *groupIds, *nodeIds, *rubricIds',
  teams: 'id, opdrachtId, groupId',
} as const;

export type StoreDefinitions = Readonly<Record<string, string | null>>;

export interface SchemaVersion {
  version: number;
  stores: StoreDefinitions;
  /** Dated, pure transform of existing rows (see migrations/); absent when only indexes change. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: SCHEMA_V1 },
  { version: 2, stores: SCHEMA_V2 },
  { version: 3, stores: SCHEMA_V3 },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
