import { describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/db';
import { saveFrameworkDraft } from '../../../../renderer/src/db/repositories/frameworks';
import { createObservaties } from '../../../../renderer/src/db/repositories/observaties';
import { readStudentPageRows } from '../../../../renderer/src/db/repositories/student-page';
import { makeOpdracht } from '../../shared/opdrachten/helpers';

const record = { createdAt: 1, updatedAt: 1, deletedAt: null };

async function school() {
  await db.cohorts.add({ id: 'c3', name: 'Cohort 2025-2027', leerweg: 'tl', programme: 'Zorg en Welzijn', firstSchoolYear: '2025-2026', ...record });
  await db.groups.add({ id: 'g3', cohortId: 'c3', name: '3K-A', ...record });
  await db.students.bulkAdd([
    { id: 's1', roepnaam: 'Fleur', tussenvoegsel: '', achternaam: 'Jansen', leerlingnummer: '1001', groupId: 'g3', archivedAt: null, ...record },
    { id: 's2', roepnaam: 'Sem', tussenvoegsel: '', achternaam: 'Bakker', leerlingnummer: '1002', groupId: 'g3', archivedAt: null, ...record },
  ]);
  const framework = await saveFrameworkDraft({
    title: 'Zorg en Welzijn',
    family: 'vmbo-pgv',
    programme: 'Zorg en Welzijn',
    version: '2024',
    source: { kind: 'manual', label: 'test' },
    nodes: [
      { key: 'A', parentKey: null, type: 'domein', code: 'A', text: 'Oriëntatie', textStatus: 'school', order: 0 },
      { key: 'A1', parentKey: 'A', type: 'eindterm', code: 'A1', text: 'Opdracht uitvoeren', textStatus: 'school', order: 0 },
      { key: 'A2', parentKey: 'A', type: 'eindterm', code: 'A2', text: 'Resultaat vaststellen', textStatus: 'school', order: 1 },
    ],
  });
  const nodes = await db.frameworkNodes.where('frameworkId').equals(framework.id).toArray();
  return { a1: nodes.find((node) => node.code === 'A1')!, a2: nodes.find((node) => node.code === 'A2')! };
}

describe('readStudentPageRows', () => {
  it('is null for a student that does not exist or was deleted', async () => {
    await school();
    expect(await readStudentPageRows('nobody')).toBeNull();
    await db.students.update('s2', { deletedAt: 5 });
    expect(await readStudentPageRows('s2')).toBeNull();
  });

  it('reads the student with group and cohort, their observations in work order, and only the goals and opdrachten they refer to', async () => {
    const { a1, a2 } = await school();
    await db.opdrachten.bulkAdd([makeOpdracht({ id: 'o1', title: 'Lunch' }), makeOpdracht({ id: 'o2', title: 'Andere' })]);
    await createObservaties(['s1'], { nodeId: a1.id, level: 2, scaleSize: 4, date: '2025-11-10', note: 'later', opdrachtId: 'o1', assessor: 'examinator' }, []);
    await createObservaties(['s1', 's2'], { nodeId: null, level: null, scaleSize: 4, date: '2025-11-03', note: 'eerder', opdrachtId: null, assessor: 'examinator' }, []);
    await createObservaties(['s2'], { nodeId: a2.id, level: 3, scaleSize: 4, date: '2025-11-04', note: 'van Sem', opdrachtId: 'o2', assessor: 'examinator' }, []);

    const rows = (await readStudentPageRows('s1'))!;
    expect(rows.group?.id).toBe('g3');
    expect(rows.cohort?.id).toBe('c3');
    expect(rows.pta).toBeNull();
    expect(rows.observaties.map((o) => o.note)).toEqual(['eerder', 'later']);
    expect([...rows.nodes.keys()]).toEqual([a1.id]);
    expect([...rows.opdrachten.values()].map((o) => o.title)).toEqual(['Lunch']);
  });

  it('leaves out a deleted group, and with it the cohort', async () => {
    await school();
    await db.groups.update('g3', { deletedAt: 5 });
    const rows = (await readStudentPageRows('s1'))!;
    expect(rows.group).toBeNull();
    expect(rows.cohort).toBeNull();
  });
});
