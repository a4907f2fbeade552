import type { Framework, FrameworkDraft, FrameworkNode, FrameworkNodeType } from '../../../../shared/domain/framework';
import { isLive } from '../../../../shared/domain/record';
import { frameworkFromDraft } from '../../../../shared/frameworks';
import { db } from '../db';
import { newId, now } from '../ids';

/** Every framework version that is not deleted, active ones first, then by title. */
export async function listFrameworks(): Promise<Framework[]> {
  const all = (await db.frameworks.toArray()).filter(isLive);
  return all.sort(
    (a, b) => Number(a.status === 'retired') - Number(b.status === 'retired') || a.title.localeCompare(b.title, 'nl') || b.createdAt - a.createdAt,
  );
}

/** The versions of one framework (its lineage), deleted ones excluded. */
export async function listFrameworkVersions(lineageId: string): Promise<Framework[]> {
  return (await db.frameworks.where('lineageId').equals(lineageId).toArray()).filter(isLive);
}

export async function getFramework(id: string): Promise<Framework | undefined> {
  return db.frameworks.get(id);
}

/** The live nodes of one framework version, in tree order is up to the caller (see shared/frameworks). */
export async function listFrameworkNodes(frameworkId: string): Promise<FrameworkNode[]> {
  return (await db.frameworkNodes.where('frameworkId').equals(frameworkId).toArray()).filter(isLive);
}

/** The live nodes with these ids (links may point into other frameworks). */
export async function getFrameworkNodes(ids: readonly string[]): Promise<FrameworkNode[]> {
  return (await db.frameworkNodes.bulkGet([...ids])).filter((node): node is FrameworkNode => node !== undefined && isLive(node));
}

/** Nodes of every active framework, for linking criteria and skills to eindtermen. */
export async function listActiveFrameworkNodes(): Promise<{ frameworks: Framework[]; nodes: FrameworkNode[] }> {
  const frameworks = (await listFrameworks()).filter((f) => f.status === 'active' && f.archivedAt == null);
  const nodes = (await db.frameworkNodes.where('frameworkId').anyOf(frameworks.map((f) => f.id)).toArray()).filter(isLive);
  return { frameworks, nodes };
}

/**
 * Stores an imported or built-in framework with all its nodes in one transaction. With
 * `replaces`, it becomes the new version of that framework: same lineage, and the old version
 * is retired (kept, because beoordelingen stay linked to the eindtermen they were made against).
 */
export async function saveFrameworkDraft(draft: FrameworkDraft, options: { replaces?: string } = {}): Promise<Framework> {
  return db.transaction('rw', db.frameworks, db.frameworkNodes, async () => {
    const stamp = now();
    const previous = options.replaces ? await db.frameworks.get(options.replaces) : undefined;
    if (options.replaces && !previous) throw new Error(`kader ${options.replaces} bestaat niet`);
    const made = frameworkFromDraft(draft, {
      newId,
      now: stamp,
      ...(previous ? { lineageId: previous.lineageId, previousVersionId: previous.id } : {}),
    });
    const framework: Framework = { ...made.framework, archivedAt: null, deletedAt: null };
    const nodes: FrameworkNode[] = made.nodes.map((node) => ({ ...node, linkedNodeIds: node.linkedNodeIds ?? [], deletedAt: null }));
    if (previous) await db.frameworks.update(previous.id, { status: 'retired', updatedAt: stamp });
    await db.frameworks.add(framework);
    await db.frameworkNodes.bulkAdd(nodes);
    return framework;
  });
}

/** Undo of saveFrameworkDraft: removes the new version and reactivates the one it replaced. */
export async function undoSaveFramework(framework: Framework): Promise<void> {
  await db.transaction('rw', db.frameworks, db.frameworkNodes, async () => {
    await db.frameworkNodes.where('frameworkId').equals(framework.id).delete();
    await db.frameworks.delete(framework.id);
    if (framework.previousVersionId) await db.frameworks.update(framework.previousVersionId, { status: 'active', updatedAt: now() });
  });
}

export interface FrameworkFields {
  title: string;
  programme: string;
  version: string;
}

export async function updateFramework(id: string, fields: FrameworkFields): Promise<Framework> {
  return db.transaction('rw', db.frameworks, async () => {
    const previous = await db.frameworks.get(id);
    if (!previous) throw new Error(`kader ${id} bestaat niet`);
    await db.frameworks.update(id, { ...fields, updatedAt: now() });
    return previous;
  });
}

export async function restoreFramework(previous: Framework): Promise<void> {
  await db.frameworks.put({ ...previous, updatedAt: now() });
}

export async function setFrameworkArchived(id: string, archived: boolean): Promise<void> {
  await db.frameworks.update(id, { archivedAt: archived ? now() : null, updatedAt: now() });
}

/**
 * Edits a node's code and text. Changing the words of an official text makes them the
 * school's words: the node is then marked "school", so nobody mistakes it for the source.
 */
export async function updateFrameworkNode(id: string, fields: { code: string; text: string }): Promise<FrameworkNode> {
  return db.transaction('rw', db.frameworkNodes, async () => {
    const previous = await db.frameworkNodes.get(id);
    if (!previous) throw new Error(`knoop ${id} bestaat niet`);
    const textChanged = fields.text.trim() !== previous.text.trim();
    const textStatus = textChanged ? (fields.text.trim() === '' ? 'placeholder' : 'school') : previous.textStatus;
    await db.frameworkNodes.update(id, { code: fields.code.trim(), text: fields.text.trim(), textStatus, updatedAt: now() });
    return previous;
  });
}

export async function restoreFrameworkNodes(previous: readonly FrameworkNode[]): Promise<void> {
  const stamp = now();
  await db.frameworkNodes.bulkPut(previous.map((node) => ({ ...node, updatedAt: stamp })));
}

export async function addFrameworkNode(input: {
  frameworkId: string;
  parentId: string | null;
  type: FrameworkNodeType;
  code: string;
  text: string;
}): Promise<FrameworkNode> {
  return db.transaction('rw', db.frameworkNodes, async () => {
    const siblings = (await db.frameworkNodes.where('frameworkId').equals(input.frameworkId).toArray()).filter(
      (node) => isLive(node) && node.parentId === input.parentId,
    );
    const stamp = now();
    const node: FrameworkNode = {
      id: newId(),
      ...input,
      code: input.code.trim(),
      text: input.text.trim(),
      textStatus: input.text.trim() === '' ? 'placeholder' : 'school',
      order: siblings.reduce((max, sibling) => Math.max(max, sibling.order + 1), 0),
      sourceId: null,
      linkedNodeIds: [],
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
    };
    await db.frameworkNodes.add(node);
    return node;
  });
}

/** Soft-deletes a node with everything below it; returns the rows as they were, for undo. */
export async function deleteFrameworkNode(id: string): Promise<FrameworkNode[]> {
  return db.transaction('rw', db.frameworkNodes, async () => {
    const root = await db.frameworkNodes.get(id);
    if (!root) return [];
    const all = (await db.frameworkNodes.where('frameworkId').equals(root.frameworkId).toArray()).filter(isLive);
    const doomed: FrameworkNode[] = [];
    const queue = [root];
    while (queue.length > 0) {
      const node = queue.shift()!;
      doomed.push(node);
      queue.push(...all.filter((child) => child.parentId === node.id));
    }
    const stamp = now();
    await db.frameworkNodes.bulkUpdate(doomed.map((node) => ({ key: node.id, changes: { deletedAt: stamp, updatedAt: stamp } })));
    return doomed;
  });
}

/** Moves a node one place up or down among its siblings; returns the siblings as they were. */
export async function moveFrameworkNode(id: string, direction: -1 | 1): Promise<FrameworkNode[]> {
  return db.transaction('rw', db.frameworkNodes, async () => {
    const node = await db.frameworkNodes.get(id);
    if (!node) return [];
    const siblings = (await db.frameworkNodes.where('frameworkId').equals(node.frameworkId).toArray())
      .filter((other) => isLive(other) && other.parentId === node.parentId)
      .sort((a, b) => a.order - b.order);
    const index = siblings.findIndex((other) => other.id === id);
    const target = index + direction;
    if (target < 0 || target >= siblings.length) return [];
    const reordered = [...siblings];
    [reordered[index], reordered[target]] = [reordered[target]!, reordered[index]!];
    const stamp = now();
    await db.frameworkNodes.bulkUpdate(reordered.map((sibling, order) => ({ key: sibling.id, changes: { order, updatedAt: stamp } })));
    return siblings;
  });
}

/** Links a leerdoel or vaardigheid to the eindtermen it serves; returns the node as it was. */
export async function setNodeLinks(id: string, linkedNodeIds: readonly string[]): Promise<FrameworkNode> {
  return db.transaction('rw', db.frameworkNodes, async () => {
    const previous = await db.frameworkNodes.get(id);
    if (!previous) throw new Error(`knoop ${id} bestaat niet`);
    await db.frameworkNodes.update(id, { linkedNodeIds: [...new Set(linkedNodeIds)], updatedAt: now() });
    return previous;
  });
}
