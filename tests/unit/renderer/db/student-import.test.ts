import { describe, expect, it, vi } from 'vitest';
import { readDelimited } from '../../../../shared/import/read-delimited';
import { guessMapping } from '../../../../shared/import/student-columns';
import { db } from '../../../../renderer/src/db/db';
import { createCohort } from '../../../../renderer/src/db/repositories/cohorts';
import { importStudents, undoStudentImport } from '../../../../renderer/src/db/repositories/student-import';
import { fixtureBytes } from '../../../fixtures/read-fixture';
import { dumpAll } from './migration-harness';

async function request(fixture: string) {
  const cohort = (await db.cohorts.toArray())[0] ?? (await createCohort({ name: 'Cohort 2026-2028', leerweg: 'tl', programme: 'Zorg en Welzijn', firstSchoolYear: '2026-2027' }));
  const table = readDelimited(fixtureBytes(fixture));
  return { table, mapping: guessMapping(table.header), cohortId: cohort.id, defaultGroupId: null };
}

describe('importStudents', () => {
  it('imports both fixtures with every name intact, merging by leerlingnummer', async () => {
    const first = await importStudents(await request('leerlingen-magister.csv'));
    expect(first.plan.counts).toEqual({ add: 12, update: 0, unchanged: 0, skip: 0 });
    expect(first.createdGroups.map((g) => g.name)).toEqual(['3T-A', '3T-B', '3G-A']);

    const second = await importStudents(await request('leerlingen-somtoday.csv'));
    expect(second.plan.counts).toEqual({ add: 0, update: 0, unchanged: 11, skip: 0 });
    expect(second.createdGroups).toEqual([]);

    const names = (await db.students.toArray()).map((s) => [s.roepnaam, s.tussenvoegsel, s.achternaam].filter(Boolean).join(' '));
    for (const name of ['Zoë Bakker', 'Daniël van der Berg', 'Noëlle Jansen', "Sven d'Souza", 'Joëlle Öztürk', 'Ayşe Yılmaz', 'Inès de Vries']) {
      expect(names).toContain(name);
    }
    expect(await db.students.count()).toBe(12);
  });

  it('writes nothing when the transaction fails halfway', async () => {
    const req = await request('leerlingen-magister.csv');
    const before = await dumpAll(db);
    const spy = vi.spyOn(db.students, 'bulkAdd').mockRejectedValueOnce(new Error('schijf vol'));
    await expect(importStudents(req)).rejects.toThrow('schijf vol');
    spy.mockRestore();
    expect(await dumpAll(db)).toEqual(before);
  });

  it('undo removes added students and new groups and puts updated students back', async () => {
    const first = await importStudents(await request('leerlingen-magister.csv'));
    const zoe = (await db.students.where('leerlingnummer').equals('104233').first())!;
    await db.students.update(zoe.id, { roepnaam: 'Zoey' });
    const before = await dumpAll(db);
    const second = await importStudents(await request('leerlingen-somtoday.csv'));
    expect(second.plan.counts.update).toBe(1);
    expect((await db.students.get(zoe.id))?.roepnaam).toBe('Zoë');
    await undoStudentImport(second);
    expect(await dumpAll(db)).toEqual(before);
    await undoStudentImport(first);
    expect(await db.students.count()).toBe(0);
    expect(await db.groups.count()).toBe(0);
  });
});
