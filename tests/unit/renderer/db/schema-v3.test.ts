import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseAtVersion, dumpAll, seedAtVersion } from './migration-harness';

/** The database as version 3 code opens it: the upgrade under test is 2 → 3. */
async function openAtVersion3() {
  const database = databaseAtVersion(NAME, 3);
  await database.open();
  return database;
}

const NAME = 'vakwerk-upgrade-v2-v3';
const stamp = { createdAt: 1, updatedAt: 2, deletedAt: null };
const v2Rows = {
  cohorts: [{ id: 'c1', name: 'Cohort 2026-2028', leerweg: 'tl', programme: 'Zorg en Welzijn', firstSchoolYear: '2026-2027', archivedAt: null, ...stamp }],
  groups: [{ id: 'g1', cohortId: 'c1', name: '3T-A', ...stamp }],
  students: [{ id: 's1', roepnaam: 'Zoë', tussenvoegsel: '', achternaam: 'Bakker', leerlingnummer: '104233', groupId: 'g1', archivedAt: null, ...stamp }],
  frameworks: [
    { id: 'f1', lineageId: 'l1', title: 'Kader', family: 'vmbo-pgv', programme: 'Zorg en Welzijn', version: '2024', source: { kind: 'case', label: 'kader.json' }, status: 'active', previousVersionId: null, archivedAt: null, ...stamp },
  ],
  frameworkNodes: [{ id: 'n1', frameworkId: 'f1', parentId: null, type: 'domein', code: 'A', text: 'Praktijkgerichte opdrachten', textStatus: 'official', order: 0, sourceId: null, linkedNodeIds: [], ...stamp }],
  rubrics: [{ id: 'r1', title: 'Presenteren', description: '', currentVersionId: 'rv1', archivedAt: null, ...stamp }],
  rubricVersions: [
    {
      id: 'rv1',
      rubricId: 'r1',
      version: 1,
      levels: [
        { id: 'l1', label: 'Onvoldoende', points: 1, color: '#F28B82' },
        { id: 'l2', label: 'Goed', points: 2, color: '#93C47D' },
      ],
      criteria: [{ id: 'k1', title: 'Inhoud', weight: 1, descriptors: { l1: 'a', l2: 'b' }, nodeIds: ['n1'], clientInput: true }],
      conditions: [],
      conversion: { kind: 'linear', caesura: 0.55 },
      scalePreset: 'custom',
      ...stamp,
    },
  ],
  beoordelingen: [{ id: 'b1', studentId: 's1', rubricId: 'r1', rubricVersionId: 'rv1', scores: { k1: 'l2' }, conditionsMet: {}, workDate: '2026-11-20', ...stamp }],
};

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('upgrade from version 2 to 3 (opdrachtgevers and opdrachten)', () => {
  it('keeps every row of every version-2 table exactly', async () => {
    await seedAtVersion(NAME, 2, v2Rows);
    const current = await openAtVersion3();
    const dump = await dumpAll(current);
    for (const [table, rows] of Object.entries(v2Rows)) expect(dump[table]).toEqual(rows);
    current.close();
  });

  it('adds empty opdrachtgevers, opdrachten and teams tables with the indexes their queries use', async () => {
    await seedAtVersion(NAME, 2, { cohorts: v2Rows.cohorts });
    const current = await openAtVersion3();
    expect(current.verno).toBe(3);
    for (const table of ['opdrachtgevers', 'opdrachten', 'teams']) expect(await current.table(table).count()).toBe(0);
    const opdrachtIndexes = current.table('opdrachten').schema.indexes;
    expect(opdrachtIndexes.filter((index) => index.multi).map((index) => index.name).sort()).toEqual(['groupIds', 'nodeIds', 'rubricIds']);
    expect(current.table('teams').schema.indexes.map((index) => index.name)).toEqual(expect.arrayContaining(['opdrachtId', 'groupId']));
    current.close();
  });
});
