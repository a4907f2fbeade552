import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../../renderer/src/db/schema';
import { databaseAtVersion, dumpAll, openCurrent, seedAtVersion } from './migration-harness';

const NAME = 'vakwerk-migration-test';
const cohort = { id: 'c1', name: 'Cohort 2026-2028', leerweg: 'tl', programme: 'Zorg en Welzijn', firstSchoolYear: '2026-2027', createdAt: 1, updatedAt: 1, deletedAt: null };
const group = { id: 'g1', cohortId: 'c1', name: '3T-A', createdAt: 1, updatedAt: 1, deletedAt: null };
const student = { id: 's1', roepnaam: 'Zoë', tussenvoegsel: '', achternaam: 'Bakker', leerlingnummer: '104233', groupId: 'g1', createdAt: 1, updatedAt: 1, deletedAt: null, archivedAt: null };

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('schema versions', () => {
  it('are numbered upwards without gaps, starting at 1', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(Array.from({ length: SCHEMA_VERSIONS.length }, (_, i) => i + 1));
  });

  it('version 1 stores cohorts, groups and students with string keys and the indexes queries use', async () => {
    const database = databaseAtVersion(NAME, 1);
    await database.open();
    expect(database.tables.map((t) => t.name).sort()).toEqual(['cohorts', 'groups', 'students']);
    expect(database.table('students').schema.indexes.map((i) => i.name).sort()).toEqual(['achternaam', 'deletedAt', 'groupId', 'leerlingnummer']);
    expect(database.table('groups').schema.indexes.map((i) => i.name)).toContain('cohortId');
    database.close();
  });

  it('every row written at version 1 is still there, unchanged, after opening with the current schema', async () => {
    await seedAtVersion(NAME, 1, { cohorts: [cohort], groups: [group], students: [student] });
    const current = await openCurrent(NAME);
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    const dump = await dumpAll(current);
    expect(dump.cohorts).toEqual([cohort]);
    expect(dump.groups).toEqual([group]);
    expect(dump.students).toEqual([student]);
    current.close();
  });
});
