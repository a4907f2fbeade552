import type { Opdracht, Team } from '../../../../shared/domain/opdracht';
import { isLive } from '../../../../shared/domain/record';
import { db } from '../db';
import { newId, now } from '../ids';

/** A record as made by shared/opdrachten (id included), before storage stamps it. */
type NewRecord<T> = Omit<T, 'createdAt' | 'updatedAt' | 'deletedAt'>;

/** What the opdracht editor edits: everything but the storage fields. */
export type OpdrachtInput = Omit<Opdracht, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

export async function listOpdrachten(): Promise<Opdracht[]> {
  return (await db.opdrachten.toArray()).filter(isLive);
}

export async function getOpdracht(id: string): Promise<Opdracht | undefined> {
  return db.opdrachten.get(id);
}

export async function createOpdracht(input: OpdrachtInput): Promise<Opdracht> {
  const stamp = now();
  const opdracht: Opdracht = { id: newId(), ...input, createdAt: stamp, updatedAt: stamp, deletedAt: null };
  await db.opdrachten.add(opdracht);
  return opdracht;
}

/** Saves the edited opdracht; returns it as it was, for undo. */
export async function updateOpdracht(id: string, input: Partial<OpdrachtInput>): Promise<Opdracht> {
  return db.transaction('rw', db.opdrachten, async () => {
    const previous = await db.opdrachten.get(id);
    if (!previous) throw new Error(`opdracht ${id} bestaat niet`);
    await db.opdrachten.put({ ...previous, ...input, updatedAt: now() });
    return previous;
  });
}

export async function restoreOpdrachten(previous: readonly Opdracht[]): Promise<void> {
  const stamp = now();
  await db.opdrachten.bulkPut(previous.map((opdracht) => ({ ...opdracht, updatedAt: stamp })));
}

/**
 * Stores copies made by shared/opdrachten (from a template, a duplicate, a whole schooljaar)
 * with their teams in one transaction: either all of a year's set is there, or none of it.
 */
export async function saveNewOpdrachten(opdrachten: readonly NewRecord<Opdracht>[], teams: readonly NewRecord<Team>[] = []): Promise<void> {
  await db.transaction('rw', db.opdrachten, db.teams, async () => {
    const stamp = now();
    await db.opdrachten.bulkAdd(opdrachten.map((opdracht) => ({ ...opdracht, createdAt: stamp, updatedAt: stamp, deletedAt: null })));
    await db.teams.bulkAdd(teams.map((team) => ({ ...team, createdAt: stamp, updatedAt: stamp, deletedAt: null })));
  });
}

/** Undo of saveNewOpdrachten: the copies and their teams are removed again. */
export async function removeNewOpdrachten(opdrachtIds: readonly string[]): Promise<void> {
  await db.transaction('rw', db.opdrachten, db.teams, async () => {
    await db.teams.where('opdrachtId').anyOf([...opdrachtIds]).delete();
    await db.opdrachten.bulkDelete([...opdrachtIds]);
  });
}

/** Soft-deletes an opdracht with its teams; returns the stamp that undo needs. */
export async function deleteOpdracht(id: string): Promise<number> {
  const stamp = now();
  await db.transaction('rw', db.opdrachten, db.teams, async () => {
    const teams = (await db.teams.where('opdrachtId').equals(id).toArray()).filter(isLive);
    await db.teams.bulkUpdate(teams.map((team) => ({ key: team.id, changes: { deletedAt: stamp, updatedAt: stamp } })));
    await db.opdrachten.update(id, { deletedAt: stamp, updatedAt: stamp });
  });
  return stamp;
}

export async function undoDeleteOpdracht(id: string, stamp: number): Promise<void> {
  await db.transaction('rw', db.opdrachten, db.teams, async () => {
    const teams = (await db.teams.where('opdrachtId').equals(id).toArray()).filter((team) => team.deletedAt === stamp);
    await db.teams.bulkUpdate(teams.map((team) => ({ key: team.id, changes: { deletedAt: null, updatedAt: now() } })));
    await db.opdrachten.update(id, { deletedAt: null, updatedAt: now() });
  });
}

/** The live teams of several opdrachten (for copying a year's set). */
export async function listTeamsOf(opdrachtIds: readonly string[]): Promise<Team[]> {
  return (await db.teams.where('opdrachtId').anyOf([...opdrachtIds]).toArray()).filter(isLive);
}

export async function listTeams(opdrachtId: string): Promise<Team[]> {
  return (await db.teams.where('opdrachtId').equals(opdrachtId).toArray()).filter(isLive).sort((a, b) => a.order - b.order);
}

/**
 * Replaces the teams of one group in an opdracht (after dragging, splitting or clearing) in one
 * transaction; returns the teams as they were, so the change can be undone.
 */
export async function replaceTeams(opdrachtId: string, groupId: string, teams: readonly Omit<Team, 'createdAt' | 'updatedAt' | 'deletedAt'>[]): Promise<Team[]> {
  return db.transaction('rw', db.teams, async () => {
    const previous = (await db.teams.where('opdrachtId').equals(opdrachtId).toArray()).filter((team) => isLive(team) && team.groupId === groupId);
    const stamp = now();
    await db.teams.bulkDelete(previous.map((team) => team.id));
    await db.teams.bulkAdd(teams.map((team, order) => ({ ...team, id: team.id || newId(), opdrachtId, groupId, order, createdAt: stamp, updatedAt: stamp, deletedAt: null })));
    return previous;
  });
}

/** Undo of replaceTeams: the group's teams as they were before. */
export async function restoreTeams(opdrachtId: string, groupId: string, previous: readonly Team[]): Promise<void> {
  await db.transaction('rw', db.teams, async () => {
    const current = (await db.teams.where('opdrachtId').equals(opdrachtId).toArray()).filter((team) => team.groupId === groupId);
    await db.teams.bulkDelete(current.map((team) => team.id));
    await db.teams.bulkPut([...previous]);
  });
}
