import type { FrameworkDraft, FrameworkNode, FrameworkNodeDraft } from '../domain/framework';
import { nodesInTreeOrder } from './tree';

export type FrameworkChangeField = 'code' | 'text' | 'type' | 'parent';

export interface FrameworkNodeChange {
  before: FrameworkNode;
  after: FrameworkNodeDraft;
  /** What differs, in the order code, text, type, parent. */
  fields: FrameworkChangeField[];
}

export interface FrameworkDiff {
  /** New nodes, in the draft's order. */
  added: FrameworkNodeDraft[];
  /** Stored nodes the new version no longer has, in tree order. */
  removed: FrameworkNode[];
  changed: FrameworkNodeChange[];
  /** Matched nodes with nothing changed. */
  unchangedCount: number;
  /**
   * Draft key → id of the stored node it continues. Lets the new version carry over what hangs
   * on a node (the school's links from leerdoelen to eindtermen) without guessing again.
   */
  matches: Map<string, string>;
}

/**
 * What changed between a stored framework version and a newly imported one, for the teacher to
 * review before the new version replaces the old (which stays stored, so assessments keep
 * pointing at what they were made against).
 *
 * Nodes are matched by sourceId first (an SLO uuid or CASE identifier survives renumbering), then
 * by code among the nodes still unmatched (CSV has no source ids). A matched node is changed
 * when its code, text, type or parent differs; its parent counts as the same when the new parent
 * is matched to the old parent. Order among siblings is not compared: a moved line is not a
 * changed eindterm. Deleted stored nodes are ignored.
 */
export function diffFrameworks(oldNodes: readonly FrameworkNode[], newDraft: FrameworkDraft | readonly FrameworkNodeDraft[]): FrameworkDiff {
  const draftNodes = 'nodes' in newDraft ? newDraft.nodes : newDraft;
  const before = nodesInTreeOrder(oldNodes);
  const matches = new Map<string, string>();
  const matchedOld = new Set<string>();

  const bySourceId = new Map<string, FrameworkNode>();
  for (const node of before) if (node.sourceId && !bySourceId.has(node.sourceId)) bySourceId.set(node.sourceId, node);
  for (const node of draftNodes) {
    const old = node.sourceId ? bySourceId.get(node.sourceId) : undefined;
    if (old && !matchedOld.has(old.id)) {
      matches.set(node.key, old.id);
      matchedOld.add(old.id);
    }
  }
  const byCode = new Map<string, FrameworkNode>();
  for (const node of before) if (!matchedOld.has(node.id) && node.code && !byCode.has(node.code)) byCode.set(node.code, node);
  for (const node of draftNodes) {
    if (matches.has(node.key)) continue;
    const old = byCode.get(node.code);
    if (old && !matchedOld.has(old.id)) {
      matches.set(node.key, old.id);
      matchedOld.add(old.id);
    }
  }

  const oldById = new Map(before.map((node) => [node.id, node]));
  const added: FrameworkNodeDraft[] = [];
  const changed: FrameworkNodeChange[] = [];
  let unchangedCount = 0;
  for (const node of draftNodes) {
    const oldId = matches.get(node.key);
    if (oldId === undefined) {
      added.push(node);
      continue;
    }
    const old = oldById.get(oldId)!;
    const fields: FrameworkChangeField[] = [];
    if (old.code !== node.code) fields.push('code');
    if (old.text !== node.text) fields.push('text');
    if (old.type !== node.type) fields.push('type');
    const newParent = node.parentKey === null ? null : (matches.get(node.parentKey) ?? `new:${node.parentKey}`);
    const oldParent = old.parentId !== null && oldById.has(old.parentId) ? old.parentId : null;
    if (newParent !== oldParent) fields.push('parent');
    if (fields.length > 0) changed.push({ before: old, after: node, fields });
    else unchangedCount++;
  }
  const removed = before.filter((node) => !matchedOld.has(node.id));
  return { added, removed, changed, unchangedCount, matches };
}
