import type { FrameworkDraft, FrameworkNode } from '../../../../shared/domain/framework';
import { frameworkFromDraft } from '../../../../shared/frameworks/from-draft';
import { FrameworkImportError, type FrameworkProblem } from '../../../../shared/frameworks/problems';
import { nodesInTreeOrder } from '../../../../shared/frameworks/tree';

export const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);

/** The problems an import throws; fails the test when it does not throw FrameworkImportError. */
export function problemsOf(run: () => unknown): FrameworkProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof FrameworkImportError) return error.problems;
    throw error;
  }
  throw new Error('expected a FrameworkImportError');
}

/** Stores a draft as the repository would, with predictable ids (UUID-shaped, so exports keep them). */
export function store(draft: FrameworkDraft, options: { lineageId?: string } = {}) {
  let counter = 0;
  const newId = () => `00000000-0000-4000-8000-${(++counter).toString(16).padStart(12, '0')}`;
  return frameworkFromDraft(draft, { newId, now: NOW, ...options });
}

/** A tree as comparable rows: code, text, type, parent code, order — in reading order. */
export type TreeRow = [code: string, text: string, type: string, parentCode: string | null, order: number];

export function draftTree(draft: FrameworkDraft): TreeRow[] {
  const codeOf = new Map(draft.nodes.map((node) => [node.key, node.code]));
  return draft.nodes.map((node) => [node.code, node.text, node.type, node.parentKey === null ? null : codeOf.get(node.parentKey)!, node.order]);
}

export function storedTree(nodes: readonly FrameworkNode[]): TreeRow[] {
  const codeOf = new Map(nodes.map((node) => [node.id, node.code]));
  return nodesInTreeOrder(nodes).map((node) => [node.code, node.text, node.type, node.parentId === null ? null : codeOf.get(node.parentId)!, node.order]);
}
