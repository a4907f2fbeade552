// @vitest-environment node
// Node, not jsdom: evidence rows hold Blobs that must be read back.
import { describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/db';
import { writeObservaties } from '../../../../renderer/src/db/repositories/observaties';
import { readStudentData } from '../../../../renderer/src/db/repositories/student-data';
import { audit, beoordeling, bewijs, cohort, group, observatie, opdracht, pta, resultaat, student, team } from '../../shared/privacy/fixtures';

describe('readStudentData', () => {
  it('reads everything held about one student, and nothing of another', async () => {
    await db.cohorts.add(cohort('c1'));
    await db.groups.bulkAdd([group('g1', 'c1', '4T-A'), group('g0', 'c1', '3T-A')]);
    await db.students.bulkAdd([student('s1', 'g1'), student('s2', 'g1', { roepnaam: 'Zoë' })]);
    await writeObservaties([observatie('ob1', 's1'), observatie('ob-del', 's1', { deletedAt: 9 }), observatie('ob2', 's2')]);
    await db.bewijs.bulkAdd([
      { ...bewijs('bw1', ['s1', 's2']), blob: new Blob([new Uint8Array([7, 8, 9])]), thumbnail: null },
      { ...bewijs('bw2', ['s2']), blob: new Blob([new Uint8Array([1])]), thumbnail: null },
    ]);
    await db.beoordelingen.bulkAdd([beoordeling('be1', 's1'), beoordeling('be2', 's2')]);
    await db.resultaten.bulkAdd([resultaat('r1', 's1'), resultaat('r2', 's2')]);
    await db.auditTrail.bulkAdd([audit('a1', 's1'), audit('a2', 's2')]);
    await db.teams.bulkAdd([team('tm1', 'g0', ['s1']), team('tm2', 'g1', ['s2'])]);
    await db.ptas.add(pta('pta1', 'c1'));
    await db.opdrachten.bulkAdd([opdracht('o1', ['g0']), opdracht('o2', ['g1'], { title: 'Beursstand' }), opdracht('o3', ['gx'], { title: 'Niet van hem' })]);

    const data = await readStudentData('s1');
    expect(data?.student.id).toBe('s1');
    expect(data?.group?.name).toBe('4T-A');
    expect(data?.cohort?.id).toBe('c1');
    expect(data?.observaties.map((o) => o.id).sort()).toEqual(['ob-del', 'ob1']);
    expect(data?.beoordelingen.map((b) => b.id)).toEqual(['be1']);
    expect(data?.resultaten.map((r) => r.id)).toEqual(['r1']);
    expect(data?.audit.map((a) => a.id)).toEqual(['a1']);
    expect(data?.bewijs.map((b) => b.id)).toEqual(['bw1']);
    expect([...new Uint8Array(await data!.bewijs[0]!.blob.arrayBuffer())]).toEqual([7, 8, 9]);
    expect(data?.teams.map((t) => t.id)).toEqual(['tm1']);
    // o1 through the team and the beoordeling, o2 through the group; not o3.
    expect(data?.opdrachten.map((o) => o.id).sort()).toEqual(['o1', 'o2']);
    expect(data?.ptas.map((p) => p.id)).toEqual(['pta1']);
    expect(data?.groups.get('g0')?.name).toBe('3T-A');
  });

  it('is null for a student that does not exist', async () => {
    expect(await readStudentData('nope')).toBeNull();
  });
});
