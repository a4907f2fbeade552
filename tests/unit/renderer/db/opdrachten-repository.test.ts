import { describe, expect, it } from 'vitest';
import { copyYear, defaultPhases, splitIntoTeams } from '../../../../shared/opdrachten';
import { db } from '../../../../renderer/src/db/db';
import { newId } from '../../../../renderer/src/db/ids';
import {
  createOpdracht,
  deleteOpdracht,
  listOpdrachten,
  listTeams,
  removeNewOpdrachten,
  replaceTeams,
  restoreTeams,
  saveNewOpdrachten,
  undoDeleteOpdracht,
  type OpdrachtInput,
} from '../../../../renderer/src/db/repositories/opdrachten';
import {
  archiveOpdrachtgever,
  createOpdrachtgever,
  deleteOpdrachtgever,
  OpdrachtgeverInUseError,
  restoreOpdrachtgevers,
} from '../../../../renderer/src/db/repositories/opdrachtgevers';

const client = { name: 'Kinderopvang De Vlinder', type: 'instelling' as const, sector: 'Zorg', place: 'Zwolle', contacts: [], notes: '', tags: [], status: 'actief' as const };

function opdrachtInput(overrides: Partial<OpdrachtInput> = {}): OpdrachtInput {
  return {
    title: 'Gezonde lunch',
    opdrachtgeverId: null,
    contactId: null,
    question: 'Wij willen gezonder lunchen.',
    context: '',
    specifications: '',
    deliverables: ['Menukaart'],
    phases: defaultPhases('2026-11-30', '2027-01-22', newId),
    nodeIds: ['eindterm-a1'],
    rubricIds: ['rubric-1'],
    groupIds: ['g1'],
    hours: 20,
    location: 'Lokaal 12',
    status: 'gepland',
    schoolYear: '2026-2027',
    isTemplate: false,
    copiedFromId: null,
    ...overrides,
  };
}

describe('opdrachtgevers repository', () => {
  it('refuses to delete a client that has opdrachten, and archiving (with undo) is the way out', async () => {
    const stored = await createOpdrachtgever(client);
    await createOpdracht(opdrachtInput({ opdrachtgeverId: stored.id }));
    await expect(deleteOpdrachtgever(stored.id)).rejects.toBeInstanceOf(OpdrachtgeverInUseError);
    expect((await db.opdrachtgevers.get(stored.id))!.deletedAt).toBeNull();
    const previous = await archiveOpdrachtgever(stored.id);
    expect((await db.opdrachtgevers.get(stored.id))!.status).toBe('gearchiveerd');
    await restoreOpdrachtgevers([previous]);
    expect((await db.opdrachtgevers.get(stored.id))!.status).toBe('actief');
  });

  it('counts opdrachten and templates apart when refusing, as the list and the history count them', async () => {
    const stored = await createOpdrachtgever(client);
    await createOpdracht(opdrachtInput({ opdrachtgeverId: stored.id }));
    await createOpdracht(opdrachtInput({ opdrachtgeverId: stored.id, isTemplate: true }));
    await expect(deleteOpdrachtgever(stored.id)).rejects.toMatchObject({ opdrachtCount: 1, templateCount: 1 });
    const onlyTemplate = await createOpdrachtgever({ ...client, name: 'Alleen sjabloon' });
    await createOpdracht(opdrachtInput({ opdrachtgeverId: onlyTemplate.id, isTemplate: true }));
    await expect(deleteOpdrachtgever(onlyTemplate.id)).rejects.toMatchObject({ opdrachtCount: 0, templateCount: 1 });
  });

  it('deletes a client without opdrachten (soft, so it can be undone)', async () => {
    const stored = await createOpdrachtgever(client);
    const previous = await deleteOpdrachtgever(stored.id);
    expect((await db.opdrachtgevers.get(stored.id))!.deletedAt).toBeGreaterThan(0);
    await restoreOpdrachtgevers([previous]);
    expect((await db.opdrachtgevers.get(stored.id))!.deletedAt).toBeNull();
  });
});

describe('opdrachten repository', () => {
  it('copies a whole year in one transaction with links intact, and undo removes exactly the copies', async () => {
    const original = await createOpdracht(opdrachtInput());
    const teams = splitIntoTeams([{ id: 's1' }, { id: 's2' }, { id: 's3' }, { id: 's4' }], { mode: 'size', size: 2, newId });
    await replaceTeams(original.id, 'g1', teams.map((team) => ({ ...team, opdrachtId: original.id, groupId: 'g1' })));
    const result = copyYear(await listOpdrachten(), '2026-2027', '2027-2028', newId, undefined, { teams: await listTeams(original.id) });
    await saveNewOpdrachten(result.copies, result.teams);

    const all = await listOpdrachten();
    const copy = all.find((opdracht) => opdracht.schoolYear === '2027-2028')!;
    expect(copy.nodeIds).toEqual(['eindterm-a1']);
    expect(copy.rubricIds).toEqual(['rubric-1']);
    expect(copy.phases[0]!.start).toBe('2027-11-30');
    expect((await listTeams(copy.id)).map((team) => team.studentIds)).toEqual([
      ['s1', 's2'],
      ['s3', 's4'],
    ]);
    await removeNewOpdrachten([copy.id]);
    expect((await listOpdrachten()).map((opdracht) => opdracht.id)).toEqual([original.id]);
    expect(await listTeams(copy.id)).toEqual([]);
  });

  it('replaces one group’s teams and restores them on undo', async () => {
    const opdracht = await createOpdracht(opdrachtInput());
    await replaceTeams(opdracht.id, 'g1', [{ id: 't1', opdrachtId: opdracht.id, groupId: 'g1', name: 'Team 1', studentIds: ['s1', 's2'], order: 0 }]);
    const before = await listTeams(opdracht.id);
    const previous = await replaceTeams(opdracht.id, 'g1', [{ id: 't2', opdrachtId: opdracht.id, groupId: 'g1', name: 'Team A', studentIds: ['s1'], order: 0 }]);
    expect((await listTeams(opdracht.id)).map((team) => team.name)).toEqual(['Team A']);
    await restoreTeams(opdracht.id, 'g1', previous);
    expect(await listTeams(opdracht.id)).toEqual(before);
  });

  it('deleting an opdracht takes its teams along, and undo brings both back', async () => {
    const opdracht = await createOpdracht(opdrachtInput());
    await replaceTeams(opdracht.id, 'g1', [{ id: 't1', opdrachtId: opdracht.id, groupId: 'g1', name: 'Team 1', studentIds: ['s1'], order: 0 }]);
    const stamp = await deleteOpdracht(opdracht.id);
    expect(await listOpdrachten()).toEqual([]);
    expect(await listTeams(opdracht.id)).toEqual([]);
    await undoDeleteOpdracht(opdracht.id, stamp);
    expect((await listOpdrachten()).map((o) => o.id)).toEqual([opdracht.id]);
    expect(await listTeams(opdracht.id)).toHaveLength(1);
  });
});
