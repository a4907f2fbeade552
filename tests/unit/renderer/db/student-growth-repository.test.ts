import { describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/db';
import { saveFrameworkDraft } from '../../../../renderer/src/db/repositories/frameworks';
import { saveMasterySettings } from '../../../../renderer/src/db/repositories/mastery-settings';
import { createObservaties } from '../../../../renderer/src/db/repositories/observaties';
import { readStudentGrowthRows } from '../../../../renderer/src/db/repositories/student-growth';
import { computeStudentGrowth } from '../../../../shared/profile/student-growth';
import { makeClient, makeOpdracht } from '../../shared/opdrachten/helpers';

const record = { createdAt: 1, updatedAt: 1, deletedAt: null };

async function school() {
  await db.cohorts.bulkAdd([
    { id: 'c3', name: 'Cohort 2025-2027', leerweg: 'tl', programme: 'Zorg en Welzijn', firstSchoolYear: '2025-2026', ...record },
    { id: 'c4', name: 'Cohort 2024-2026', leerweg: 'tl', programme: 'Zorg en Welzijn', firstSchoolYear: '2024-2025', ...record },
  ]);
  await db.groups.bulkAdd([
    { id: 'g3', cohortId: 'c3', name: '3K-A', ...record },
    { id: 'g4', cohortId: 'c4', name: '4K-B', ...record },
  ]);
  await db.students.add({ id: 's1', roepnaam: 'Fleur', tussenvoegsel: '', achternaam: 'Jansen', leerlingnummer: '1001', groupId: 'g3', archivedAt: null, ...record });
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
  return { framework, a1: nodes.find((node) => node.code === 'A1')! };
}

describe('readStudentGrowthRows', () => {
  it('is null for a student that does not exist', async () => {
    expect(await readStudentGrowthRows('nobody')).toBeNull();
  });

  it('reads evidence by student, so it follows a student who changed group and cohort mid-year', async () => {
    const { framework, a1 } = await school();
    await createObservaties(['s1'], { nodeId: a1.id, level: 2, scaleSize: 4, date: '2025-11-03', note: 'In 3K-A', opdrachtId: null, assessor: 'examinator' }, []);
    await db.students.update('s1', { groupId: 'g4' });
    await createObservaties(['s1'], { nodeId: a1.id, level: 3, scaleSize: 4, date: '2026-02-10', note: 'In 4K-B', opdrachtId: null, assessor: 'examinator' }, []);

    const rows = (await readStudentGrowthRows('s1'))!;
    expect(rows.cohort?.id).toBe('c4');
    expect(rows.programme?.id).toBe(framework.id);
    expect(rows.eindtermen.map((node) => node.code)).toEqual(['A1', 'A2']);
    const growth = computeStudentGrowth(rows, 4);
    expect(growth.frameworks[0]!.goals[0]!.points.map((point) => point.note)).toEqual(['In 3K-A', 'In 4K-B']);
    expect(growth.coverage?.map((entry) => entry.state)).toEqual(['formatief', 'niet-gezien']);
  });

  it('carries the mastery settings chosen for the framework lineage', async () => {
    const { framework } = await school();
    await saveMasterySettings(framework.lineageId, { method: { kind: 'highest' }, sources: ['examinator', 'zelf'] });
    const rows = (await readStudentGrowthRows('s1'))!;
    expect(rows.settingsByLineage.get(framework.lineageId)).toEqual({ method: { kind: 'highest' }, sources: ['examinator', 'zelf'] });
  });

  it('has no programme when the cohort’s programme was never imported', async () => {
    await school();
    await db.cohorts.update('c3', { programme: 'Bouwen, Wonen en Interieur' });
    const rows = (await readStudentGrowthRows('s1'))!;
    expect(rows.programme).toBeNull();
    expect(computeStudentGrowth(rows, 4).coverage).toBeNull();
  });

  it('reads the goals with evidence outside the programme, and only the opdrachten and clients the evidence refers to', async () => {
    const { a1 } = await school();
    const skills = await saveFrameworkDraft({
      title: 'Vaardigheden',
      family: 'school',
      programme: '',
      version: '',
      source: { kind: 'manual', label: 'test' },
      nodes: [
        { key: 'V1', parentKey: null, type: 'vaardigheid', code: 'V1', text: 'Samenwerken', textStatus: 'school', order: 0 },
        { key: 'V2', parentKey: null, type: 'vaardigheid', code: 'V2', text: 'Plannen', textStatus: 'school', order: 1 },
      ],
    });
    const [v1, v2] = (await db.frameworkNodes.where('frameworkId').equals(skills.id).sortBy('order'))!;
    await db.opdrachtgevers.bulkAdd([makeClient({ id: 'c1', name: 'De Linde' }), makeClient({ id: 'c2', name: 'Bakkerij Jansen' })]);
    await db.opdrachten.bulkAdd([makeOpdracht({ id: 'o1', opdrachtgeverId: 'c1' }), makeOpdracht({ id: 'o2', opdrachtgeverId: 'c2' })]);
    await createObservaties(['s1'], { nodeId: v1!.id, level: 3, scaleSize: 4, date: '2025-11-03', note: '', opdrachtId: 'o1', assessor: 'examinator' }, []);
    await createObservaties(['s1'], { nodeId: a1.id, level: 2, scaleSize: 4, date: '2025-11-04', note: '', opdrachtId: null, assessor: 'examinator' }, []);

    const rows = (await readStudentGrowthRows('s1'))!;
    expect(rows.nodes.get(v1!.id)?.code).toBe('V1');
    expect(rows.nodes.has(v2!.id)).toBe(false);
    expect([...rows.opdrachten.keys()]).toEqual(['o1']);
    expect([...rows.opdrachtgevers.keys()]).toEqual(['c1']);
    expect(rows.settingsByLineage.has(skills.lineageId)).toBe(true);
    const growth = computeStudentGrowth(rows, 4);
    expect(growth.frameworks.map((group) => [group.framework?.title, group.goals.map((goal) => goal.node?.code)])).toEqual([
      ['Zorg en Welzijn', ['A1']],
      ['Vaardigheden', ['V1']],
    ]);
  });

  it('shows evidence recorded on a retired version under the same goal of the current version', async () => {
    const { framework, a1 } = await school();
    await createObservaties(['s1'], { nodeId: a1.id, level: 2, scaleSize: 4, date: '2025-11-03', note: 'Op 2024', opdrachtId: null, assessor: 'examinator' }, []);
    const next = await saveFrameworkDraft(
      {
        title: 'Zorg en Welzijn',
        family: 'vmbo-pgv',
        programme: 'Zorg en Welzijn',
        version: '2026',
        source: { kind: 'manual', label: 'test' },
        nodes: [
          { key: 'A', parentKey: null, type: 'domein', code: 'A', text: 'Oriëntatie', textStatus: 'school', order: 0 },
          { key: 'A1', parentKey: 'A', type: 'eindterm', code: 'A1', text: 'Opdracht uitvoeren', textStatus: 'school', order: 0 },
        ],
      },
      { replaces: framework.id },
    );
    const current = (await db.frameworkNodes.where('frameworkId').equals(next.id).toArray()).find((node) => node.code === 'A1')!;

    const rows = (await readStudentGrowthRows('s1'))!;
    expect(rows.programme?.id).toBe(next.id);
    expect(rows.currentNodesOfRetired.map((node) => node.id)).toContain(current.id);
    const goal = computeStudentGrowth(rows, 4).frameworks[0]!.goals[0]!;
    expect(goal.nodeId).toBe(current.id);
    expect(goal.node?.code).toBe('A1');
    expect(goal.retiredCodes).toEqual(['A1, 2024']);
    expect(computeStudentGrowth(rows, 4).coverage?.map((entry) => entry.state)).toEqual(['formatief']);
  });

  it('leaves out a goal deleted since (shown as unknown) and evidence of other students', async () => {
    const { a1 } = await school();
    await db.students.add({ id: 's2', roepnaam: 'Sem', tussenvoegsel: '', achternaam: 'Bakker', leerlingnummer: '1002', groupId: 'g3', archivedAt: null, ...record });
    await createObservaties(['s1', 's2'], { nodeId: a1.id, level: 2, scaleSize: 4, date: '2025-11-03', note: '', opdrachtId: null, assessor: 'examinator' }, []);
    await db.frameworkNodes.update(a1.id, { deletedAt: 5 });
    const rows = (await readStudentGrowthRows('s1'))!;
    expect(rows.evidence.observaties.map((o) => o.studentId)).toEqual(['s1']);
    expect(rows.nodes.has(a1.id)).toBe(false);
    expect(computeStudentGrowth(rows, 4).frameworks[0]!.goals[0]!.node).toBeNull();
  });
});
