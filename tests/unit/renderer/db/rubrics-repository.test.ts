import { describe, expect, it } from 'vitest';
import type { RubricContent } from '../../../../shared/domain/rubric';
import { updateCriterion, setDescriptor } from '../../../../shared/rubrics';
import { db } from '../../../../renderer/src/db/db';
import {
  createRubric,
  createRubricFromContent,
  deleteRubric,
  duplicateRubric,
  getRubric,
  InvalidRubricError,
  listRubricVersions,
  saveRubric,
  undoSaveRubric,
} from '../../../../renderer/src/db/repositories/rubrics';

function named(content: RubricContent): RubricContent {
  return content.criteria.reduce((acc, _criterion, index) => updateCriterion(acc, index, { title: `Criterium ${index + 1}` }), content);
}

async function newRubric() {
  const rubric = await createRubric('Presenteren', 'dcba');
  const [version] = await listRubricVersions(rubric.id);
  return { rubric, version: version! };
}

async function seedBeoordeling(rubricId: string, versionId: string, criterionId: string, levelId: string) {
  await db.beoordelingen.add({
    id: `b-${versionId}`,
    studentId: 's1',
    rubricId,
    rubricVersionId: versionId,
    scores: { [criterionId]: levelId },
    conditionsMet: {},
    workDate: '2026-11-20',
    opdrachtId: null,
    assessor: 'examinator',
    assessorName: '',
    peerStudentId: null,
    teamId: null,
    overrides: [],
    comments: {},
    ptaToetsId: null,
    attempt: 1,
    createdAt: 1,
    updatedAt: 1,
    deletedAt: null,
  });
}

describe('rubric versions', () => {
  it('a new rubric starts at version 1 from its preset', async () => {
    const { rubric, version } = await newRubric();
    expect(version.version).toBe(1);
    expect(version.levels.map((level) => level.label)).toEqual(['D minimaal', 'C basis', 'B gevorderd', 'A expert']);
    expect(rubric.currentVersionId).toBe(version.id);
  });

  it('an unused version is saved in place', async () => {
    const { rubric, version } = await newRubric();
    const result = await saveRubric(rubric.id, { title: 'Presenteren', description: '' }, named(version));
    expect(result.kind).toBe('updated');
    expect(await listRubricVersions(rubric.id)).toHaveLength(1);
  });

  it('a used version is frozen: saving creates version 2 and the beoordeling keeps version 1', async () => {
    const { rubric, version } = await newRubric();
    await saveRubric(rubric.id, { title: 'Presenteren', description: '' }, named(version));
    const [v1] = await listRubricVersions(rubric.id);
    const criterion = v1!.criteria[0]!;
    const level = v1!.levels[2]!;
    await seedBeoordeling(rubric.id, v1!.id, criterion.id, level.id);

    const edited = setDescriptor(named(v1!), 0, level.id, 'Nieuwe beschrijving');
    const result = await saveRubric(rubric.id, { title: 'Presenteren', description: '' }, edited);
    expect(result.kind).toBe('new-version');

    const versions = await listRubricVersions(rubric.id);
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect((await getRubric(rubric.id))!.currentVersionId).toBe(versions[1]!.id);
    // Version 1 is untouched, the beoordeling still points at it, and criterion ids line up.
    expect(versions[0]!.criteria[0]!.descriptors[level.id]).toBe('');
    expect(versions[1]!.criteria[0]!.descriptors[level.id]).toBe('Nieuwe beschrijving');
    expect(versions[1]!.criteria[0]!.id).toBe(criterion.id);
    expect((await db.beoordelingen.get(`b-${v1!.id}`))!.rubricVersionId).toBe(v1!.id);
  });

  it('saving unchanged content writes nothing', async () => {
    const { rubric, version } = await newRubric();
    const content = named(version);
    await saveRubric(rubric.id, { title: 'Presenteren', description: '' }, content);
    expect((await saveRubric(rubric.id, { title: 'Presenteren', description: '' }, content)).kind).toBe('unchanged');
  });

  it('undo of a new version removes it and points the rubric back at the old one', async () => {
    const { rubric, version } = await newRubric();
    await saveRubric(rubric.id, { title: 'Presenteren', description: '' }, named(version));
    const [v1] = await listRubricVersions(rubric.id);
    await seedBeoordeling(rubric.id, v1!.id, v1!.criteria[0]!.id, v1!.levels[0]!.id);
    const result = await saveRubric(rubric.id, { title: 'Presenteren', description: '' }, setDescriptor(named(v1!), 1, v1!.levels[1]!.id, 'x'));
    await undoSaveRubric(result);
    expect((await listRubricVersions(rubric.id)).map((v) => v.version)).toEqual([1]);
    expect((await getRubric(rubric.id))!.currentVersionId).toBe(v1!.id);
  });

  it('refuses content that cannot yield a cijfer, and stores nothing', async () => {
    const { rubric, version } = await newRubric();
    const zeroPoints = { ...named(version), levels: version.levels.map((level) => ({ ...level, points: 0 })) };
    await expect(saveRubric(rubric.id, { title: 'x', description: '' }, zeroPoints)).rejects.toBeInstanceOf(InvalidRubricError);
    await expect(createRubricFromContent('y', '', zeroPoints)).rejects.toBeInstanceOf(InvalidRubricError);
    expect(await db.rubrics.count()).toBe(1);
    expect((await listRubricVersions(rubric.id))[0]!.levels.map((level) => level.points)).toEqual([1, 2, 3, 4]);
  });

  it('a duplicate is an independent rubric with new ids', async () => {
    const { rubric, version } = await newRubric();
    const copy = await duplicateRubric(rubric.id, 'Presenteren (kopie)');
    const [copyVersion] = await listRubricVersions(copy.id);
    expect(copy.title).toBe('Presenteren (kopie)');
    expect(copyVersion!.criteria.map((c) => c.id)).not.toEqual(version.criteria.map((c) => c.id));
  });

  it('a used rubric cannot be deleted, only archived', async () => {
    const { rubric, version } = await newRubric();
    await seedBeoordeling(rubric.id, version.id, version.criteria[0]!.id, version.levels[0]!.id);
    await expect(deleteRubric(rubric.id)).rejects.toThrow();
    expect((await getRubric(rubric.id))!.deletedAt).toBeNull();
  });
});
