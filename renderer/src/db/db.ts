import Dexie, { type Table } from 'dexie';
import type { Cohort } from '../../../shared/domain/cohort';
import type { Group } from '../../../shared/domain/group';
import type { Student } from '../../../shared/domain/student';
import type { Framework, FrameworkNode } from '../../../shared/domain/framework';
import type { Rubric, RubricVersion } from '../../../shared/domain/rubric';
import type { Beoordeling } from '../../../shared/domain/beoordeling';
import type { Opdrachtgever } from '../../../shared/domain/opdrachtgever';
import type { Opdracht, Team } from '../../../shared/domain/opdracht';
import type { CommentBankEntry } from '../../../shared/domain/comment-bank';
import type { ObservatieLijst } from '../../../shared/domain/observatie-lijst';
import type { Bewijs } from '../../../shared/domain/bewijs';
import type { Pta } from '../../../shared/domain/pta';
import type { ToetsResultaat } from '../../../shared/domain/toets-resultaat';
import type { AuditEntry } from '../../../shared/domain/audit';
import type { ObservatieTally } from '../../../shared/growth/observation-tally';
import { observatieTallyMiddleware } from './observatie-tally';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema';

/** A row of the key-value settings store. */
export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * The teacher's data lives in one IndexedDB database named "vakwerk" under the renderer's
 * origin (app://vakwerk in the desktop app). Nothing leaves the machine.
 */
export const DATABASE_NAME = 'vakwerk';

export class VakwerkDatabase extends Dexie {
  cohorts!: Table<Cohort, string>;
  groups!: Table<Group, string>;
  students!: Table<Student, string>;
  frameworks!: Table<Framework, string>;
  frameworkNodes!: Table<FrameworkNode, string>;
  rubrics!: Table<Rubric, string>;
  rubricVersions!: Table<RubricVersion, string>;
  beoordelingen!: Table<Beoordeling, string>;
  opdrachtgevers!: Table<Opdrachtgever, string>;
  opdrachten!: Table<Opdracht, string>;
  teams!: Table<Team, string>;
  commentBank!: Table<CommentBankEntry, string>;
  /** A student's observations, one row per student (schema version 6). */
  observatieLijsten!: Table<ObservatieLijst, string>;
  bewijs!: Table<Bewijs, string>;
  ptas!: Table<Pta, string>;
  resultaten!: Table<ToetsResultaat, string>;
  auditTrail!: Table<AuditEntry, string>;
  settings!: Table<SettingRow, string>;
  /** Derived from observatieLijsten (schema version 5): see observatie-tally.ts. */
  observatieTallies!: Table<ObservatieTally, string>;

  constructor(name: string = DATABASE_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    // 'immutable': live-query results are frozen instead of deep-cloned per subscriber, which
    // halves the cost of showing 1,000 students. The app never mutates rows it has read.
    super(name, { cache: 'immutable' });
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    this.use(observatieTallyMiddleware);
  }
}

export const db = new VakwerkDatabase();
