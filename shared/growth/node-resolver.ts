import type { Framework, FrameworkNode } from '../domain/framework';
import { isLive } from '../domain/record';
import type { NodeResolver } from './evidence';

/** What the resolver needs of a framework version and of a node. */
export type ResolverFramework = Pick<Framework, 'id' | 'lineageId' | 'status' | 'createdAt'> & { deletedAt?: number | null };
export type ResolverNode = Pick<FrameworkNode, 'id' | 'frameworkId' | 'code'> & { sourceId?: string | null; deletedAt?: number | null };

function codeKey(code: string): string {
  return code.trim().toLocaleUpperCase('nl');
}

/**
 * For every node of a retired framework version: the node of the active version of the same
 * framework (lineage) that is the same goal. Same goal means the same identifier in the source
 * (CASE/SLO sourceId) or, when that does not match, the same code ("B3"): a new CASE document
 * may give every item a new identifier, but exam programmes keep their codes. Nodes that match
 * nothing are left out, so the evidence keeps the goal it was recorded on (and says so), rather
 * than being moved to a goal it was not about.
 */
export function retiredNodeMapping(frameworks: readonly ResolverFramework[], nodes: readonly ResolverNode[]): Map<string, string> {
  const live = frameworks.filter(isLive);
  const activeByLineage = new Map<string, ResolverFramework>();
  for (const framework of live) {
    if (framework.status !== 'active') continue;
    const current = activeByLineage.get(framework.lineageId);
    // Two active versions of one lineage should not happen; the newest one wins if it does.
    if (!current || framework.createdAt > current.createdAt) activeByLineage.set(framework.lineageId, framework);
  }
  const targetOf = new Map<string, ResolverFramework>();
  for (const framework of live) {
    if (framework.status !== 'retired') continue;
    const active = activeByLineage.get(framework.lineageId);
    if (active) targetOf.set(framework.id, active);
  }
  const mapping = new Map<string, string>();
  if (targetOf.size === 0) return mapping;

  const activeIds = new Set([...targetOf.values()].map((framework) => framework.id));
  const bySource = new Map<string, Map<string, string>>();
  const byCode = new Map<string, Map<string, string>>();
  for (const node of nodes) {
    if (!activeIds.has(node.frameworkId) || !isLive(node)) continue;
    if (node.sourceId) index(bySource, node.frameworkId).set(node.sourceId, node.id);
    const code = codeKey(node.code);
    // The first node with a code keeps it: codes are unique within a version, or meant to be.
    if (code && !index(byCode, node.frameworkId).has(code)) index(byCode, node.frameworkId).set(code, node.id);
  }
  for (const node of nodes) {
    const target = targetOf.get(node.frameworkId);
    if (!target) continue;
    const id = (node.sourceId ? bySource.get(target.id)?.get(node.sourceId) : undefined) ?? byCode.get(target.id)?.get(codeKey(node.code));
    if (id !== undefined && id !== node.id) mapping.set(node.id, id);
  }
  return mapping;
}

function index(maps: Map<string, Map<string, string>>, frameworkId: string): Map<string, string> {
  let map = maps.get(frameworkId);
  if (!map) maps.set(frameworkId, (map = new Map()));
  return map;
}

/** A resolver from a mapping: mapped ids to their current node, every other id as recorded. */
export function resolverFromMapping(mapping: ReadonlyMap<string, string>): NodeResolver {
  if (mapping.size === 0) return (nodeId) => nodeId;
  return (nodeId) => mapping.get(nodeId) ?? nodeId;
}

/**
 * Maps node ids recorded on a retired framework version to the same goal in the active
 * version of that framework; ids of active versions, of frameworks without an active
 * version, and of goals the new version dropped stay as recorded.
 */
export function nodeResolverOf(frameworks: readonly ResolverFramework[], nodes: readonly ResolverNode[]): NodeResolver {
  return resolverFromMapping(retiredNodeMapping(frameworks, nodes));
}
