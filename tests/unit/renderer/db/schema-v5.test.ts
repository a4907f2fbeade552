// @vitest-environment node
// Node, not jsdom: jsdom's Blob cannot be read back (no arrayBuffer), and evidence is Blobs.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../../renderer/src/db/schema';
import { dumpAll, openCurrent, seedAtVersion } from './migration-harness';
import type { ObservatieLijst } from '../../../../shared/domain/observatie-lijst';

const NAME = 'vakwerk-upgrade-v4-v5';
const stamp = { createdAt: 1, updatedAt: 2, deletedAt: null };

function observatie(id: string, studentId: string, nodeId: string | null, level: number | null, deletedAt: number | null = null) {
  return {
    id, studentId, nodeId, level, scaleSize: 4, date: '2026-11-20', note: 'Werkt zelfstandig door.', opdrachtId: null, assessor: 'examinator' as const, batchId: `b-${id}`, evidenceIds: [],
    ...stamp, deletedAt,
  };
}

/** A teacher's database at version 4: students with observations of every kind, and a beoordeling. */
const v4Rows = {
  cohorts: [{ id: 'c1', name: 'Cohort 2025-2027', leerweg: 'tl', programme: 'Zorg en Welzijn', firstSchoolYear: '2025-2026', archivedAt: null, ...stamp }],
  groups: [{ id: 'g1', cohortId: 'c1', name: '4T-A', ...stamp }],
  students: [
    { id: 's1', roepnaam: 'Zoë', tussenvoegsel: '', achternaam: 'Bakker', leerlingnummer: '104233', groupId: 'g1', archivedAt: null, ...stamp },
    { id: 's2', roepnaam: 'Şükrü', tussenvoegsel: '', achternaam: 'Yılmaz', leerlingnummer: '104234', groupId: 'g1', archivedAt: null, ...stamp },
    { id: 's3', roepnaam: 'Daniël', tussenvoegsel: 'van der', achternaam: 'Berg', leerlingnummer: '104235', groupId: 'g1', archivedAt: null, ...stamp },
  ],
  observaties: [
    observatie('o1', 's1', 'B3', 2),
    observatie('o2', 's1', 'B3', 3),
    observatie('o3', 's1', 'C1', 1),
    // A general note, a note without a level and a deleted observation are no evidence.
    observatie('o4', 's1', null, null),
    observatie('o5', 's2', 'B3', null),
    observatie('o6', 's2', 'C1', 4, 1_700_000_000_000),
    observatie('o7', 's3', 'A2', 1),
  ],
  beoordelingen: [
    {
      id: 'be1', studentId: 's1', rubricId: 'r1', rubricVersionId: 'rv1', scores: { k1: 'l2' }, conditionsMet: {}, workDate: '2026-11-20', opdrachtId: null,
      assessor: 'examinator', assessorName: '', peerStudentId: null, teamId: null, overrides: [], comments: {}, ptaToetsId: null, attempt: 1, ...stamp,
    },
  ],
  settings: [{ key: 'school', value: { schoolName: 'Het Baken' } }],
};

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('upgrade from version 4 to 5 (observation tallies)', () => {
  it('counts every student’s observations that are evidence, per goal', async () => {
    await seedAtVersion(NAME, 4, v4Rows);
    const current = await openCurrent(NAME);
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await current.observatieTallies.orderBy('studentId').toArray()).toEqual([
      { studentId: 's1', counts: { B3: 2, C1: 1 } },
      { studentId: 's3', counts: { A2: 1 } },
    ]);
    current.close();
  });

  it('keeps every row of every version-4 table exactly', async () => {
    await seedAtVersion(NAME, 4, v4Rows);
    const current = await openCurrent(NAME);
    const dump = await dumpAll(current);
    const { observaties, ...others } = v4Rows;
    for (const [table, rows] of Object.entries(others)) expect(dump[table]).toEqual(rows);
    // Since version 6 the observations live in one list per student.
    expect((dump.observatieLijsten as ObservatieLijst[]).flatMap((list) => list.observaties).sort((x, y) => x.id.localeCompare(y.id))).toEqual(observaties);
    current.close();
  });

  it('counts a large school’s observations, read in chunks, every one of them once', async () => {
    // More than two chunks of the upgrade's bulk reads, the last one partly filled.
    const many = Array.from({ length: 10_007 }, (_, index) => observatie(`o${String(index).padStart(5, '0')}`, `s${index % 50}`, `n${index % 7}`, 1 + (index % 4)));
    await seedAtVersion(NAME, 4, { observaties: many });
    const current = await openCurrent(NAME);
    const tallies = await current.observatieTallies.toArray();
    expect(tallies).toHaveLength(50);
    expect(tallies.reduce((sum, row) => sum + Object.values(row.counts).reduce((a, b) => a + b, 0), 0)).toBe(10_007);
    expect(tallies.find((row) => row.studentId === 's0')!.counts).toEqual({ n0: 29, n1: 29, n2: 29, n3: 29, n4: 29, n5: 28, n6: 28 });
    current.close();
  }, 30_000);

  it('opens a version-4 database without observations, with an empty tally table keyed by student', async () => {
    await seedAtVersion(NAME, 4, { students: v4Rows.students });
    const current = await openCurrent(NAME);
    expect(await current.observatieTallies.count()).toBe(0);
    expect(current.observatieTallies.schema.primKey.keyPath).toBe('studentId');
    current.close();
  });

  it('upgrades a version-3 database through version 4 to 5', async () => {
    await seedAtVersion(NAME, 3, { students: v4Rows.students });
    const current = await openCurrent(NAME);
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await current.students.count()).toBe(3);
    expect(await current.observatieTallies.count()).toBe(0);
    current.close();
  });
});
