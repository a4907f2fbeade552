// @vitest-environment node
// Node, not jsdom: jsdom's Blob cannot be read back (no arrayBuffer), and evidence is Blobs.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseAtVersion, dumpAll, seedAtVersion } from './migration-harness';

const NAME = 'vakwerk-upgrade-v3-v4';
const stamp = { createdAt: 1, updatedAt: 2, deletedAt: null };

/** A teacher's database at version 3: a student, a rubric, two beoordelingen, an opdracht with a team. */
const v3Rows = {
  cohorts: [{ id: 'c1', name: 'Cohort 2026-2028', leerweg: 'tl', programme: 'Zorg en Welzijn', firstSchoolYear: '2026-2027', archivedAt: null, ...stamp }],
  groups: [{ id: 'g1', cohortId: 'c1', name: '3T-A', ...stamp }],
  students: [
    { id: 's1', roepnaam: 'Zoë', tussenvoegsel: '', achternaam: 'Bakker', leerlingnummer: '104233', groupId: 'g1', archivedAt: null, ...stamp },
    { id: 's2', roepnaam: 'Daniël', tussenvoegsel: 'van der', achternaam: 'Berg', leerlingnummer: '104234', groupId: 'g1', archivedAt: null, ...stamp },
  ],
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
      criteria: [{ id: 'k1', title: 'Inhoud', weight: 1, descriptors: { l1: 'a', l2: 'b' }, nodeIds: [], clientInput: true }],
      conditions: [{ id: 'v1', text: 'Op tijd ingeleverd' }],
      conversion: { kind: 'linear', caesura: 0.55 },
      scalePreset: 'custom',
      ...stamp,
    },
  ],
  beoordelingen: [
    { id: 'b1', studentId: 's1', rubricId: 'r1', rubricVersionId: 'rv1', scores: { k1: 'l2' }, conditionsMet: { v1: true }, workDate: '2026-11-20', ...stamp },
    { id: 'b2', studentId: 's2', rubricId: 'r1', rubricVersionId: 'rv1', scores: { k1: null }, conditionsMet: {}, workDate: '2026-11-21', createdAt: 5, updatedAt: 6, deletedAt: 7 },
  ],
  opdrachten: [
    {
      id: 'o1', title: 'Gezonde lunch', opdrachtgeverId: null, contactId: null, question: '', context: '', specifications: '', deliverables: [], phases: [],
      nodeIds: [], rubricIds: ['r1'], groupIds: ['g1'], hours: null, location: '', status: 'lopend', schoolYear: '2026-2027', isTemplate: false, ...stamp,
    },
  ],
  teams: [{ id: 't1', opdrachtId: 'o1', groupId: 'g1', name: 'Team 1', studentIds: ['s1', 's2'], order: 0, ...stamp }],
};

afterEach(async () => {
  await Dexie.delete(NAME);
});

async function openAtVersion4() {
  const current = databaseAtVersion(NAME, 4);
  await current.open();
  return current;
}

describe('upgrade from version 3 to 4 (assessment, observations, PTA and grades)', () => {
  it('keeps every beoordeling with its scores, conditions, version and dates, as the examinator’s, first attempt', async () => {
    await seedAtVersion(NAME, 3, v3Rows);
    const current = await openAtVersion4();
    expect(current.verno).toBe(4);
    const rows = await current.beoordelingen.orderBy('id').toArray();
    expect(rows).toEqual(
      v3Rows.beoordelingen.map((row) => ({
        ...row,
        opdrachtId: null,
        assessor: 'examinator',
        assessorName: '',
        peerStudentId: null,
        teamId: null,
        overrides: [],
        comments: {},
        ptaToetsId: null,
        attempt: 1,
      })),
    );
    current.close();
  });

  it('keeps every row of the other version-3 tables exactly', async () => {
    await seedAtVersion(NAME, 3, v3Rows);
    const current = await openAtVersion4();
    const dump = await dumpAll(current);
    for (const [table, rows] of Object.entries(v3Rows)) if (table !== 'beoordelingen') expect(dump[table]).toEqual(rows);
    current.close();
  });

  it('adds the new tables empty, with the indexes their screens read by', async () => {
    await seedAtVersion(NAME, 3, { cohorts: v3Rows.cohorts });
    const current = await openAtVersion4();
    for (const table of ['commentBank', 'observaties', 'bewijs', 'ptas', 'resultaten', 'auditTrail', 'settings']) expect(await current.table(table).count()).toBe(0);
    const names = (table: string) => current.table(table).schema.indexes.map((index) => index.name);
    expect(names('beoordelingen')).toEqual(expect.arrayContaining(['opdrachtId', 'ptaToetsId', '[opdrachtId+rubricId]']));
    expect(names('observaties')).toEqual(expect.arrayContaining(['studentId', '[studentId+date]']));
    expect(current.table('bewijs').schema.indexes.find((index) => index.name === 'studentIds')?.multi).toBe(true);
    expect(current.table('resultaten').schema.indexes.find((index) => index.name === '[studentId+toetsId+attempt]')?.unique).toBe(true);
    expect(current.table('settings').schema.primKey.name).toBe('key');
    current.close();
  });

  it('stores a photo blob in the new evidence table and reads it back byte for byte', async () => {
    await seedAtVersion(NAME, 3, { students: v3Rows.students });
    const current = await openAtVersion4();
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 250]);
    await current.bewijs.add({
      id: 'e1', studentIds: ['s1', 's2'], kind: 'foto', fileName: 'product.jpg', mimeType: 'image/jpeg', size: bytes.length, width: 10, height: 5,
      blob: new Blob([bytes], { type: 'image/jpeg' }), thumbnail: null, date: '2026-11-20', caption: '', opdrachtId: null, ...stamp,
    });
    const [stored] = await current.bewijs.where('studentIds').equals('s2').toArray();
    expect(new Uint8Array(await stored!.blob.arrayBuffer())).toEqual(bytes);
    expect(stored!.blob.type).toBe('image/jpeg');
    current.close();
  });

  it('opens a version-3 database that holds no beoordelingen at all', async () => {
    await seedAtVersion(NAME, 3, { students: v3Rows.students });
    const old = databaseAtVersion(NAME, 3);
    await old.open();
    expect(await old.table('beoordelingen').count()).toBe(0);
    old.close();
    const current = await openAtVersion4();
    expect(await current.students.count()).toBe(2);
    current.close();
  });
});
