import type { Framework, FrameworkDraft, FrameworkNode } from '../domain/framework';

export interface FromDraftOptions {
  /** Makes a new record id (a UUID in the app; a counter in tests). */
  newId: () => string;
  now: number;
  /** The lineage of the version this draft continues; a new lineage when absent. */
  lineageId?: string;
  previousVersionId?: string | null;
}

/**
 * Turns a draft (what importers and BUILTIN_FRAMEWORKS produce) into the records to store: a
 * Framework and its nodes with fresh ids and parent ids resolved from the draft's keys. Pure:
 * the repository writes the result in one transaction.
 */
export function frameworkFromDraft(draft: FrameworkDraft, options: FromDraftOptions): { framework: Framework; nodes: FrameworkNode[] } {
  const id = options.newId();
  const framework: Framework = {
    id,
    createdAt: options.now,
    updatedAt: options.now,
    lineageId: options.lineageId ?? id,
    title: draft.title,
    family: draft.family,
    programme: draft.programme,
    version: draft.version,
    source: { ...draft.source },
    status: 'active',
    previousVersionId: options.previousVersionId ?? null,
  };
  const idOfKey = new Map<string, string>();
  for (const node of draft.nodes) {
    // Importers guarantee unique keys and known parents; a violation is a bug, not bad input.
    if (idOfKey.has(node.key)) throw new Error(`Duplicate draft key ${node.key}`);
    idOfKey.set(node.key, options.newId());
  }
  const nodes = draft.nodes.map((node): FrameworkNode => {
    const parentId = node.parentKey === null ? null : idOfKey.get(node.parentKey);
    if (parentId === undefined) throw new Error(`Unknown parent key ${String(node.parentKey)}`);
    return {
      id: idOfKey.get(node.key)!,
      createdAt: options.now,
      updatedAt: options.now,
      frameworkId: id,
      parentId,
      type: node.type,
      code: node.code,
      text: node.text,
      textStatus: node.textStatus,
      order: node.order,
      sourceId: node.sourceId ?? null,
    };
  });
  return { framework, nodes };
}
