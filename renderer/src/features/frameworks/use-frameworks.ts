import { useLiveQuery } from 'dexie-react-hooks';
import type { Framework, FrameworkNode } from '../../../../shared/domain/framework';
import { getFramework, listActiveFrameworkNodes, listFrameworkNodes, listFrameworks, listFrameworkVersions } from '../../db/repositories/frameworks';

export function useFrameworks(): Framework[] | undefined {
  return useLiveQuery(listFrameworks);
}

export interface FrameworkWithNodes {
  framework: Framework;
  nodes: FrameworkNode[];
  /** Every version of the same framework (its lineage), newest first. */
  versions: Framework[];
}

/** One framework version with its nodes and versions, in one live query; null when it does not exist. */
export function useFrameworkWithNodes(id: string): FrameworkWithNodes | null | undefined {
  return useLiveQuery(async () => {
    const [framework, nodes] = await Promise.all([getFramework(id), listFrameworkNodes(id)]);
    if (!framework || framework.deletedAt != null) return null;
    const versions = (await listFrameworkVersions(framework.lineageId)).sort((a, b) => b.createdAt - a.createdAt);
    return { framework, nodes, versions };
  }, [id]);
}

/** Every node of every active framework: what criteria and skills can be linked to. */
export function useActiveFrameworkNodes() {
  return useLiveQuery(listActiveFrameworkNodes);
}
