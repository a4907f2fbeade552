// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../../renderer/src/db/schema';
import type { Observatie } from '../../../../shared/domain/observatie';
import { dumpAll, openCurrent, seedAtVersion } from './migration-harness';

const NAME = 'vakwerk-upgrade-v5-v7';

function observatie(id: string, studentId: string, createdAt: number, fields: Partial<Observatie> = {}): Observatie {
  return {
    id, studentId, nodeId: 'B3', level: 2, scaleSize: 4, date: '2026-10-01', note: 'Vraagt door bij de klant.', opdrachtId: 'op1', assessor: 'examinator', batchId: `b-${id}`, evidenceIds: [],
    createdAt, updatedAt: createdAt, deletedAt: null, ...fields,
  };
}

const stamp = { createdAt: 1, updatedAt: 2, deletedAt: null };
const v5Rows = {
  students: [
    { id: 's1', roepnaam: 'Zoë', tussenvoegsel: '', achternaam: 'Bakker', leerlingnummer: '104233', groupId: 'g1', archivedAt: null, ...stamp },
    { id: 's2', roepnaam: 'Şükrü', tussenvoegsel: '', achternaam: 'Yılmaz', leerlingnummer: '104234', groupId: 'g1', archivedAt: null, ...stamp },
  ],
  observaties: [
    observatie('o1', 's1', 100),
    observatie('o2', 's2', 300, { nodeId: null, level: null }),
    observatie('o3', 's1', 500, { date: '2026-09-01', evidenceIds: ['bw1'] }),
    observatie('o4', 's1', 200, { deletedAt: 900 }),
  ],
  settings: [{ key: 'school', value: { schoolName: 'Het Baken' } }],
};

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('upgrade from version 5 to 7 (a student’s observations as one row)', () => {
  it('moves every observation, unchanged, into its student’s list, and drops the observation rows', async () => {
    await seedAtVersion(NAME, 5, v5Rows);
    const current = await openCurrent(NAME);
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(current.tables.map((table) => table.name)).not.toContain('observaties');
    expect(await current.observatieLijsten.orderBy('studentId').toArray()).toEqual([
      // In the order of their ids; the newest written (deleted ones too) as lastCreatedAt.
      { studentId: 's1', observaties: [v5Rows.observaties[0], v5Rows.observaties[2], v5Rows.observaties[3]], lastCreatedAt: 500 },
      { studentId: 's2', observaties: [v5Rows.observaties[1]], lastCreatedAt: 300 },
    ]);
    const dump = await dumpAll(current);
    expect(dump.students).toEqual(v5Rows.students);
    expect(dump.settings).toEqual(v5Rows.settings);
    // The same observations: the same tallies (the deleted one and the note count for nothing).
    expect(dump.observatieTallies).toEqual([{ studentId: 's1', counts: { B3: 2 } }]);
    current.close();
  });

  it('keeps the tallies from then on, as lists are written', async () => {
    await seedAtVersion(NAME, 5, v5Rows);
    const current = await openCurrent(NAME);
    const list = (await current.observatieLijsten.get('s2'))!;
    await current.observatieLijsten.put({ ...list, observaties: [...list.observaties, observatie('o5', 's2', 600, { nodeId: 'C1' })], lastCreatedAt: 600 });
    await current.observatieLijsten.delete('s1');
    expect(await current.observatieTallies.toArray()).toEqual([{ studentId: 's2', counts: { C1: 1 } }]);
    current.close();
  });

  it('moves a large school’s observations, read in chunks, every one of them once', async () => {
    const many = Array.from({ length: 10_007 }, (_, index) => observatie(`o${String(index).padStart(5, '0')}`, `s${index % 40}`, index));
    await seedAtVersion(NAME, 5, { observaties: many });
    const current = await openCurrent(NAME);
    const lists = await current.observatieLijsten.toArray();
    expect(lists).toHaveLength(40);
    const ids = lists.flatMap((list) => list.observaties.map((o) => o.id));
    expect(ids).toHaveLength(10_007);
    expect(new Set(ids).size).toBe(10_007);
    expect(lists.find((list) => list.studentId === 's0')!.lastCreatedAt).toBe(10_000);
    current.close();
  }, 30_000);

  it('opens a version-5 database without observations with no lists', async () => {
    await seedAtVersion(NAME, 5, { students: v5Rows.students });
    const current = await openCurrent(NAME);
    expect(await current.observatieLijsten.count()).toBe(0);
    expect(current.observatieLijsten.schema.primKey.keyPath).toBe('studentId');
    current.close();
  });
});
