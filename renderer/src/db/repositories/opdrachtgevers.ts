import type { Opdrachtgever } from '../../../../shared/domain/opdrachtgever';
import { isLive } from '../../../../shared/domain/record';
import { db } from '../db';
import { newId, now } from '../ids';

/** What the client form edits: everything but the storage fields. */
export type OpdrachtgeverInput = Omit<Opdrachtgever, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

export class OpdrachtgeverInUseError extends Error {
  /** Opdrachten (what the list and the history count) and templates that name the client. */
  constructor(
    readonly opdrachtCount: number,
    readonly templateCount: number,
  ) {
    super(`opdrachtgever heeft ${opdrachtCount} opdrachten en ${templateCount} sjablonen`);
    this.name = 'OpdrachtgeverInUseError';
  }
}

export async function listOpdrachtgevers(): Promise<Opdrachtgever[]> {
  return (await db.opdrachtgevers.toArray()).filter(isLive).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export async function getOpdrachtgever(id: string): Promise<Opdrachtgever | undefined> {
  return db.opdrachtgevers.get(id);
}

export async function createOpdrachtgever(input: OpdrachtgeverInput): Promise<Opdrachtgever> {
  const stamp = now();
  const client: Opdrachtgever = { id: newId(), ...input, createdAt: stamp, updatedAt: stamp, deletedAt: null };
  await db.opdrachtgevers.add(client);
  return client;
}

/** Saves the edited fields; returns the client as it was, for undo. */
export async function updateOpdrachtgever(id: string, input: OpdrachtgeverInput): Promise<Opdrachtgever> {
  return db.transaction('rw', db.opdrachtgevers, async () => {
    const previous = await db.opdrachtgevers.get(id);
    if (!previous) throw new Error(`opdrachtgever ${id} bestaat niet`);
    await db.opdrachtgevers.put({ ...previous, ...input, updatedAt: now() });
    return previous;
  });
}

export async function restoreOpdrachtgevers(previous: readonly Opdrachtgever[]): Promise<void> {
  const stamp = now();
  await db.opdrachtgevers.bulkPut(previous.map((client) => ({ ...client, updatedAt: stamp })));
}

async function countOpdrachtenOf(opdrachtgeverId: string): Promise<{ opdrachten: number; templates: number }> {
  const rows = (await db.opdrachten.where('opdrachtgeverId').equals(opdrachtgeverId).toArray()).filter(isLive);
  const templates = rows.filter((row) => row.isTemplate).length;
  return { opdrachten: rows.length - templates, templates };
}

/**
 * Deletes a client (soft, for undo) — but only one without opdrachten: their history must stay
 * readable, so a client with opdrachten can only be archived (OpdrachtgeverInUseError).
 */
export async function deleteOpdrachtgever(id: string): Promise<Opdrachtgever> {
  return db.transaction('rw', db.opdrachtgevers, db.opdrachten, async () => {
    const previous = await db.opdrachtgevers.get(id);
    if (!previous) throw new Error(`opdrachtgever ${id} bestaat niet`);
    const count = await countOpdrachtenOf(id);
    // A template names the client too: deleting would leave it pointing at nothing.
    if (count.opdrachten + count.templates > 0) throw new OpdrachtgeverInUseError(count.opdrachten, count.templates);
    await db.opdrachtgevers.update(id, { deletedAt: now(), updatedAt: now() });
    return previous;
  });
}

/** Archives a client (status gearchiveerd); returns it as it was, for undo. */
export async function archiveOpdrachtgever(id: string): Promise<Opdrachtgever> {
  return db.transaction('rw', db.opdrachtgevers, async () => {
    const previous = await db.opdrachtgevers.get(id);
    if (!previous) throw new Error(`opdrachtgever ${id} bestaat niet`);
    await db.opdrachtgevers.update(id, { status: 'gearchiveerd', updatedAt: now() });
    return previous;
  });
}

/** Applies an import in one transaction: adds new clients and updates matched ones; returns what undo needs. */
export async function applyOpdrachtgeverImport(
  added: readonly Opdrachtgever[],
  updated: readonly Opdrachtgever[],
): Promise<{ addedIds: string[]; previous: Opdrachtgever[] }> {
  return db.transaction('rw', db.opdrachtgevers, async () => {
    const previous = (await db.opdrachtgevers.bulkGet(updated.map((client) => client.id))).filter((c): c is Opdrachtgever => c !== undefined);
    const stamp = now();
    await db.opdrachtgevers.bulkAdd(added.map((client) => ({ ...client, createdAt: stamp, updatedAt: stamp, deletedAt: null })));
    await db.opdrachtgevers.bulkPut(updated.map((client) => ({ ...client, updatedAt: stamp })));
    return { addedIds: added.map((client) => client.id), previous };
  });
}

export async function undoOpdrachtgeverImport(result: { addedIds: string[]; previous: Opdrachtgever[] }): Promise<void> {
  await db.transaction('rw', db.opdrachtgevers, async () => {
    await db.opdrachtgevers.bulkDelete(result.addedIds);
    await db.opdrachtgevers.bulkPut(result.previous);
  });
}
