import type { Transaction } from 'dexie';
import { upgradeBeoordelingAssessors } from './migrations/v4-2026-11-23-beoordeling-assessors';
import { upgradeObservatieTallies } from './migrations/v5-2026-12-04-observatie-tallies';
import { upgradeObservatieLijsten } from './migrations/v6-2026-12-04-observatie-lijsten';

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

/**
 * Version 4 (2026-11, assessment, observations, PTA and grades): beoordelingen get who assessed
 * and for which opdracht and PTA toets (an upgrade fills the new fields of existing rows); a
 * comment bank per rubric criterion; observations (one row per student, read per student in
 * date order); evidence blobs, per student through a multi-entry index; PTAs per cohort with
 * their toetsen inside; toets results (one per student, toets and attempt); the audit trail of
 * every summative change; and a key-value store for the school's settings.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  beoordelingen: 'id, studentId, rubricId, rubricVersionId, opdrachtId, ptaToetsId, [opdrachtId+rubricId]',
  commentBank: 'id, [rubricId+criterionId]',
  observaties: 'id, studentId, batchId, opdrachtId, createdAt, [studentId+date]',
  bewijs: 'id, *studentIds, opdrachtId',
  ptas: 'id, cohortId',
  resultaten: 'id, ptaId, studentId, &[studentId+toetsId+attempt]',
  auditTrail: 'id, studentId, toetsId, entityId, at',
  settings: 'key',
} as const;

/**
 * Version 5 (2026-12, coverage without reading every observation): per student, how many
 * observations are evidence on each goal (shared/growth/observation-tally.ts), one row per
 * student. The coverage matrix and the dashboard read these instead of a cohort's 20,000
 * observations. A derived table: kept in the same transaction as every observation write
 * (observatie-tally.ts, a Dexie middleware), filled from the observations by the upgrade, and
 * never part of a backup (DERIVED_TABLES).
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  observatieTallies: 'studentId',
} as const;

/**
 * Version 6 (2026-12, a student's observations as one row): observatieLijsten holds, per
 * student, all of the student's observations (shared/domain/observatie-lijst.ts), indexed by
 * when the newest was written. IndexedDB spends some 70 µs on every row it adds in Chromium, so
 * 100,000 observation rows cost a restore 14 s; 1,000 lists cost under 1 s, and every read was per
 * student already. The upgrade fills the lists from the observations; version 7 drops those.
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  observatieLijsten: 'studentId, lastCreatedAt',
} as const;

/** Version 7 (2026-12): the observation rows, moved into observatieLijsten by version 6, go. */
export const SCHEMA_V7 = {
  ...SCHEMA_V6,
  observaties: null,
} as const;

/** Tables computed from other tables: not backed up or restored; the database keeps them. */
export const DERIVED_TABLES: readonly string[] = ['observatieTallies'];

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
  { version: 4, stores: SCHEMA_V4, upgrade: upgradeBeoordelingAssessors },
  { version: 5, stores: SCHEMA_V5, upgrade: upgradeObservatieTallies },
  { version: 6, stores: SCHEMA_V6, upgrade: upgradeObservatieLijsten },
  { version: 7, stores: SCHEMA_V7 },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
