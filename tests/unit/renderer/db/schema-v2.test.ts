import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseAtVersion, dumpAll, seedAtVersion } from './migration-harness';

/** The database as version 2 code opens it: the upgrade under test is 1 → 2. */
async function openAtVersion2() {
  const database = databaseAtVersion(NAME, 2);
  await database.open();
  return database;
}

const NAME = 'vakwerk-upgrade-v1-v2';
const cohort = { id: 'c1', name: 'Cohort 2026-2028', leerweg: 'gl', programme: 'Groen', firstSchoolYear: '2026-2027', createdAt: 1, updatedAt: 2, deletedAt: null, archivedAt: null };
const groups = [
  { id: 'g1', cohortId: 'c1', name: '3G-A', createdAt: 1, updatedAt: 1, deletedAt: null },
  { id: 'g2', cohortId: 'c1', name: '3G-B', createdAt: 1, updatedAt: 1, deletedAt: 99 },
];
const students = [
  { id: 's1', roepnaam: 'Ayşe', tussenvoegsel: '', achternaam: 'Yılmaz', leerlingnummer: '104244', groupId: 'g1', createdAt: 1, updatedAt: 1, deletedAt: null, archivedAt: null },
  { id: 's2', roepnaam: 'Daniël', tussenvoegsel: 'van der', achternaam: 'Berg', leerlingnummer: '104234', groupId: 'g2', createdAt: 1, updatedAt: 1, deletedAt: 99, archivedAt: 5 },
];

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('upgrade from version 1 to 2 (frameworks and rubrics)', () => {
  it('keeps every cohort, group and student exactly, soft-deleted and archived ones included', async () => {
    await seedAtVersion(NAME, 1, { cohorts: [cohort], groups, students });
    const current = await openAtVersion2();
    const dump = await dumpAll(current);
    expect(dump.cohorts).toEqual([cohort]);
    expect(dump.groups).toEqual(groups);
    expect(dump.students).toEqual(students);
    current.close();
  });

  it('adds the framework, rubric and beoordeling tables, empty and indexed for their queries', async () => {
    await seedAtVersion(NAME, 1, { cohorts: [cohort] });
    const current = await openAtVersion2();
    expect(current.verno).toBe(2);
    for (const table of ['frameworks', 'frameworkNodes', 'rubrics', 'rubricVersions', 'beoordelingen']) {
      expect(await current.table(table).count()).toBe(0);
    }
    expect(current.table('frameworkNodes').schema.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['frameworkId', 'parentId']));
    expect(current.table('rubricVersions').schema.indexes.map((i) => i.name)).toContain('[rubricId+version]');
    expect(current.table('beoordelingen').schema.indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['studentId', 'rubricId', 'rubricVersionId']),
    );
    current.close();
  });

  it('a version-1 database stays readable by version-1 code until it is upgraded', async () => {
    const v1 = databaseAtVersion(NAME, 1);
    await v1.open();
    expect(v1.tables.map((t) => t.name).sort()).toEqual(['cohorts', 'groups', 'students']);
    v1.close();
  });
});
