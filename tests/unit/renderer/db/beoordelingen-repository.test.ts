import { describe, expect, it } from 'vitest';
import { setMemberLevel, setTeamLevel, teamLevel } from '../../../../shared/assessment/team-scoring';
import type { Assessor, Beoordeling } from '../../../../shared/domain/beoordeling';
import type { RubricContent, RubricVersion } from '../../../../shared/domain/rubric';
import { updateCriterion } from '../../../../shared/rubrics';
import { db } from '../../../../renderer/src/db/db';
import {
  listBeoordelingenOf,
  listBeoordelingenOfStudent,
  listToetsBeoordelingenOf,
  updateBeoordelingen,
  type BeoordelingDefaults,
  type BeoordelingKey,
  type BeoordelingUpdate,
} from '../../../../renderer/src/db/repositories/beoordelingen';
import { createRubric, listRubricVersions, saveRubric } from '../../../../renderer/src/db/repositories/rubrics';

const TITLES = ['Inhoud', 'Presentatie', 'Samenwerking'];

function named(content: RubricContent): RubricContent {
  return content.criteria.reduce((acc, _criterion, index) => updateCriterion(acc, index, { title: TITLES[index]! }), content);
}

/** A DCBA rubric "Presenteren" with three named criteria, as the teacher saves it. */
async function newRubric(): Promise<{ rubricId: string; version: RubricVersion }> {
  const rubric = await createRubric('Presenteren', 'dcba');
  const [draft] = await listRubricVersions(rubric.id);
  await saveRubric(rubric.id, { title: 'Presenteren', description: '' }, named(draft!));
  const [version] = await listRubricVersions(rubric.id);
  return { rubricId: rubric.id, version: version! };
}

function levels(version: RubricVersion) {
  const [d, c, b, a] = version.levels;
  return { D: d!.id, C: c!.id, B: b!.id, A: a!.id };
}

const audit = { who: 'J. de Vries', reason: '' };

function update(
  rubricId: string,
  version: RubricVersion,
  studentId: string,
  options: { assessor?: Assessor; opdrachtId?: string | null; peerStudentId?: string | null; ptaToetsId?: string | null; teamId?: string | null } = {},
): BeoordelingUpdate {
  const assessor = options.assessor ?? 'examinator';
  const key: BeoordelingKey = {
    studentId,
    rubricId,
    opdrachtId: options.opdrachtId === undefined ? 'o1' : options.opdrachtId,
    assessor,
    peerStudentId: options.peerStudentId ?? null,
    attempt: 1,
  };
  const defaults: BeoordelingDefaults = {
    rubricVersionId: version.id,
    assessorName: assessor === 'opdrachtgever' ? 'Mevr. Jansen (De Vlinder)' : 'J. de Vries',
    teamId: options.teamId ?? null,
    ptaToetsId: options.ptaToetsId === undefined ? (assessor === 'examinator' ? 't312' : null) : options.ptaToetsId,
    workDate: '2026-11-20',
  };
  return { key, defaults };
}

function score(criterionId: string, levelId: string | null) {
  return (rows: Beoordeling[]) => rows.map((row) => ({ ...row, scores: { ...row.scores, [criterionId]: levelId } }));
}

async function everything() {
  return { rows: await db.beoordelingen.toArray(), entries: await db.auditTrail.toArray() };
}

describe('an examinator’s beoordeling', () => {
  it('is created from the defaults and logs one entry per changed criterion, with the rubric’s labels', async () => {
    const { rubricId, version } = await newRubric();
    const L = levels(version);
    const [inhoud, presentatie, samenwerking] = version.criteria.map((criterion) => criterion.id);
    const [created] = await updateBeoordelingen(
      [update(rubricId, version, 's1')],
      (rows) => rows.map((row) => ({ ...row, scores: { [inhoud!]: L.C, [presentatie!]: L.B } })),
      audit,
    );
    const stored = (await db.beoordelingen.get(created!.id))!;
    expect(stored).toMatchObject({
      studentId: 's1',
      rubricId,
      rubricVersionId: version.id,
      opdrachtId: 'o1',
      assessor: 'examinator',
      assessorName: 'J. de Vries',
      peerStudentId: null,
      teamId: null,
      ptaToetsId: 't312',
      workDate: '2026-11-20',
      attempt: 1,
      overrides: [],
      deletedAt: null,
    });
    const entries = await db.auditTrail.toArray();
    expect(entries).toHaveLength(2);
    expect(entries.map((entry) => [entry.label, entry.oldValue, entry.newValue]).sort()).toEqual([
      ['Inhoud', null, 'C basis'],
      ['Presentatie', null, 'B gevorderd'],
    ]);
    for (const entry of entries) {
      expect(entry).toMatchObject({ kind: 'score', who: 'J. de Vries', studentId: 's1', toetsId: 't312', entityId: created!.id });
    }
    expect(entries.some((entry) => entry.field === samenwerking)).toBe(false);
  });

  it('a later change logs only the criterion that changed, old label → new label', async () => {
    const { rubricId, version } = await newRubric();
    const L = levels(version);
    const [inhoud, presentatie] = version.criteria.map((criterion) => criterion.id);
    const target = update(rubricId, version, 's1');
    await updateBeoordelingen([target], (rows) => rows.map((row) => ({ ...row, scores: { [inhoud!]: L.C, [presentatie!]: L.B } })), audit);
    await updateBeoordelingen([target], score(inhoud!, L.A), { who: 'J. de Vries', reason: 'Na herbeoordeling' });
    const entries = await db.auditTrail.toArray();
    expect(entries).toHaveLength(3);
    const last = entries.find((entry) => entry.oldValue !== null)!;
    expect(last).toMatchObject({ field: inhoud, label: 'Inhoud', oldValue: 'C basis', newValue: 'A expert', reason: 'Na herbeoordeling' });
    expect(await db.beoordelingen.count()).toBe(1);
  });

  it('saving without a change logs nothing', async () => {
    const { rubricId, version } = await newRubric();
    const L = levels(version);
    const target = update(rubricId, version, 's1');
    await updateBeoordelingen([target], score(version.criteria[0]!.id, L.B), audit);
    await updateBeoordelingen([target], (rows) => rows, audit);
    expect(await db.auditTrail.count()).toBe(1);
  });

  it('a second examinator’s levels are summative too', async () => {
    const { rubricId, version } = await newRubric();
    await updateBeoordelingen([update(rubricId, version, 's1', { assessor: 'tweede-examinator' })], score(version.criteria[0]!.id, levels(version).D), audit);
    expect((await db.auditTrail.toArray()).map((entry) => entry.newValue)).toEqual(['D minimaal']);
  });
});

describe('formative beoordelingen', () => {
  it.each([
    { assessor: 'zelf' as const, peerStudentId: null },
    { assessor: 'peer' as const, peerStudentId: 's2' },
    { assessor: 'opdrachtgever' as const, peerStudentId: null },
  ])('a $assessor beoordeling is stored but logs nothing', async ({ assessor, peerStudentId }) => {
    const { rubricId, version } = await newRubric();
    const L = levels(version);
    const target = update(rubricId, version, 's1', { assessor, peerStudentId });
    await updateBeoordelingen([target], score(version.criteria[0]!.id, L.C), audit);
    await updateBeoordelingen([target], score(version.criteria[0]!.id, L.A), audit);
    const { rows, entries } = await everything();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ assessor, peerStudentId, scores: { [version.criteria[0]!.id]: L.A } });
    expect(entries).toEqual([]);
  });

  it('the examinator’s and the student’s own beoordeling of the same work are separate rows', async () => {
    const { rubricId, version } = await newRubric();
    const L = levels(version);
    const criterion = version.criteria[0]!.id;
    await updateBeoordelingen([update(rubricId, version, 's1', { assessor: 'zelf' })], score(criterion, L.A), audit);
    await updateBeoordelingen([update(rubricId, version, 's1')], score(criterion, L.C), audit);
    const rows = await listBeoordelingenOfStudent('s1');
    expect(rows.map((row) => [row.assessor, row.scores[criterion]]).sort()).toEqual([
      ['examinator', L.C],
      ['zelf', L.A],
    ]);
    expect(await db.auditTrail.count()).toBe(1);
  });
});

describe('scoring a team', () => {
  async function teamOfThree() {
    const { rubricId, version } = await newRubric();
    const L = levels(version);
    const criterion = version.criteria[0]!.id;
    const members = ['s1', 's2', 's3'].map((studentId) => update(rubricId, version, studentId, { teamId: 'team-1' }));
    // The team gets C; then s3 deviates with A.
    await updateBeoordelingen(members, (rows) => setTeamLevel(rows, criterion, L.C), audit);
    await updateBeoordelingen([members[2]!], (rows) => rows.map((row) => setMemberLevel(row, criterion, L.A, L.C)), audit);
    return { rubricId, version, L, criterion, members };
  }

  it('a team change updates every member in one go and a member’s override survives', async () => {
    const { L, criterion, members } = await teamOfThree();
    const earlier = new Set((await db.auditTrail.toArray()).map((entry) => entry.id));
    const after = await updateBeoordelingen(members, (rows) => setTeamLevel(rows, criterion, L.B), audit);

    const stored = await db.beoordelingen.bulkGet(after.map((row) => row.id));
    expect(stored.map((row) => [row!.studentId, row!.scores[criterion], row!.overrides])).toEqual([
      ['s1', L.B, []],
      ['s2', L.B, []],
      ['s3', L.A, [criterion]],
    ]);
    expect(teamLevel(stored.map((row) => row!), criterion)).toBe(L.B);
    // One transaction, one moment: every member carries the same stamp.
    expect(new Set(stored.map((row) => row!.updatedAt)).size).toBe(1);
    const newEntries = (await db.auditTrail.toArray()).filter((entry) => !earlier.has(entry.id));
    expect(newEntries.map((entry) => [entry.studentId, entry.oldValue, entry.newValue]).sort()).toEqual([
      ['s1', 'C basis', 'B gevorderd'],
      ['s2', 'C basis', 'B gevorderd'],
    ]);
    expect(await db.beoordelingen.count()).toBe(3);
  });

  it('a team change that fails on one member writes nothing for any of them', async () => {
    const { L, criterion, members } = await teamOfThree();
    const before = await everything();
    const broken = (rows: Beoordeling[]) =>
      setTeamLevel(rows, criterion, L.D).map((row, index) => (index === 2 ? ({ ...row, id: undefined } as unknown as Beoordeling) : row));
    // The third row has no key: its put fails after the first two were put in the same transaction.
    await expect(updateBeoordelingen(members, broken, audit)).rejects.toMatchObject({ name: 'DataError' });
    expect(await everything()).toEqual(before);
  });
});

describe('atomic and concurrent changes', () => {
  it('a change function that throws leaves nothing written: no rows, no audit', async () => {
    const { rubricId, version } = await newRubric();
    const members = ['s1', 's2'].map((studentId) => update(rubricId, version, studentId));
    await expect(
      updateBeoordelingen(members, () => {
        throw new Error('rekenfout');
      }, audit),
    ).rejects.toThrow('rekenfout');
    expect(await everything()).toEqual({ rows: [], entries: [] });
  });

  it('a throwing change leaves existing rows exactly as they were', async () => {
    const { rubricId, version } = await newRubric();
    const target = update(rubricId, version, 's1');
    await updateBeoordelingen([target], score(version.criteria[0]!.id, levels(version).C), audit);
    const before = await everything();
    await expect(
      updateBeoordelingen([target], () => {
        throw new Error('rekenfout');
      }, audit),
    ).rejects.toThrow('rekenfout');
    expect(await everything()).toEqual(before);
  });

  it('a summative change whose rubric version is missing is refused, not stored without a trail', async () => {
    const { rubricId, version } = await newRubric();
    const gone = { ...version, id: 'versie-bestaat-niet' };
    await expect(updateBeoordelingen([update(rubricId, gone, 's1')], score(version.criteria[0]!.id, version.levels[0]!.id), { who: 'J. de Vries', reason: '' })).rejects.toThrow();
    expect(await everything()).toEqual({ rows: [], entries: [] });
  });

  it('two windows changing the same criterion at once end with the later level and two chained audit entries', async () => {
    const { rubricId, version } = await newRubric();
    const L = levels(version);
    const criterion = version.criteria[0]!.id;
    const target = update(rubricId, version, 's1');
    await Promise.all([
      updateBeoordelingen([target], score(criterion, L.C), { who: 'Venster 1', reason: '' }),
      updateBeoordelingen([target], score(criterion, L.B), { who: 'Venster 2', reason: '' }),
    ]);
    const { rows, entries } = await everything();
    expect(rows).toHaveLength(1);
    expect(entries).toHaveLength(2);
    const first = entries.find((entry) => entry.oldValue === null)!;
    const second = entries.find((entry) => entry.oldValue !== null)!;
    expect(second.oldValue).toBe(first.newValue);
    const label = version.levels.find((level) => level.id === rows[0]!.scores[criterion])!.label;
    expect(label).toBe(second.newValue);
    expect(new Set(entries.map((entry) => entry.entityId))).toEqual(new Set([rows[0]!.id]));
  });
});

describe('reading beoordelingen', () => {
  it('listBeoordelingenOf returns only the live rows of that opdracht and rubric, by every assessor', async () => {
    const one = await newRubric();
    const two = await newRubric();
    const L = levels(one.version);
    const criterion = one.version.criteria[0]!.id;
    const [wanted] = await updateBeoordelingen([update(one.rubricId, one.version, 's1')], score(criterion, L.C), audit);
    const [zelf] = await updateBeoordelingen([update(one.rubricId, one.version, 's1', { assessor: 'zelf' })], score(criterion, L.B), audit);
    await updateBeoordelingen([update(one.rubricId, one.version, 's2', { opdrachtId: 'o2' })], score(criterion, L.C), audit);
    await updateBeoordelingen([update(one.rubricId, one.version, 's2', { opdrachtId: null })], score(criterion, L.C), audit);
    await updateBeoordelingen([update(two.rubricId, two.version, 's1')], score(two.version.criteria[0]!.id, levels(two.version).A), audit);
    const [deleted] = await updateBeoordelingen([update(one.rubricId, one.version, 's3')], score(criterion, L.D), audit);
    await db.beoordelingen.update(deleted!.id, { deletedAt: Date.now() });

    const rows = await listBeoordelingenOf('o1', one.rubricId);
    expect(rows.map((row) => row.id).sort()).toEqual([wanted!.id, zelf!.id].sort());
    expect(await listBeoordelingenOf('o1', two.rubricId)).toHaveLength(1);
    expect(await listBeoordelingenOf('o3', one.rubricId)).toEqual([]);
  });

  it('a deleted beoordeling is not picked up again: a new change starts a fresh row', async () => {
    const { rubricId, version } = await newRubric();
    const L = levels(version);
    const criterion = version.criteria[0]!.id;
    const target = update(rubricId, version, 's1');
    const [old] = await updateBeoordelingen([target], score(criterion, L.C), audit);
    await db.beoordelingen.update(old!.id, { deletedAt: Date.now() });
    const [fresh] = await updateBeoordelingen([target], score(criterion, L.A), audit);
    expect(fresh!.id).not.toBe(old!.id);
    expect((await db.beoordelingen.get(old!.id))!.scores[criterion]).toBe(L.C);
    expect((await listBeoordelingenOfStudent('s1')).map((row) => row.id)).toEqual([fresh!.id]);
  });

  it('listToetsBeoordelingenOf returns the live beoordelingen of those students delivering those toetsen', async () => {
    const { rubricId, version } = await newRubric();
    const L = levels(version);
    const criterion = version.criteria[0]!.id;
    const [a] = await updateBeoordelingen([update(rubricId, version, 's1', { ptaToetsId: 't311' })], score(criterion, L.C), audit);
    const [b] = await updateBeoordelingen([update(rubricId, version, 's2', { ptaToetsId: 't312' })], score(criterion, L.B), audit);
    await updateBeoordelingen([update(rubricId, version, 's3', { ptaToetsId: 't313' })], score(criterion, L.B), audit);
    await updateBeoordelingen([update(rubricId, version, 's4', { ptaToetsId: null })], score(criterion, L.B), audit);
    const [deleted] = await updateBeoordelingen([update(rubricId, version, 's5', { ptaToetsId: 't311' })], score(criterion, L.A), audit);
    await db.beoordelingen.update(deleted!.id, { deletedAt: Date.now() });

    const everyone = ['s1', 's2', 's3', 's4', 's5'];
    expect((await listToetsBeoordelingenOf(everyone, ['t311', 't312'])).map((row) => row.id).sort()).toEqual([a!.id, b!.id].sort());
    expect((await listToetsBeoordelingenOf(['s2', 's3'], ['t311', 't312'])).map((row) => row.id)).toEqual([b!.id]);
    expect(await listToetsBeoordelingenOf(everyone, [])).toEqual([]);
    expect(await listToetsBeoordelingenOf([], ['t311'])).toEqual([]);
    expect(await listToetsBeoordelingenOf(everyone, ['t999'])).toEqual([]);
  });
});
