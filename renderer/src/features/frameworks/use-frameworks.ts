import { useLiveQuery } from 'dexie-react-hooks';
import type { Framework, FrameworkNode } from '../../../../shared/domain/framework';
import { getFramework, listActiveFrameworkNodes, listFrameworkNodes, listFrameworks } from '../../db/repositories/frameworks';

export function useFrameworks(): Framework[] | undefined {
  return useLiveQuery(listFrameworks);
}

/** One framework version with its nodes, live; null when it does not exist. */
export function useFrameworkWithNodes(id: string): { framework: Framework; nodes: FrameworkNode[] } | null | undefined {
  return useLiveQuery(async () => {
    const [framework, nodes] = await Promise.all([getFramework(id), listFrameworkNodes(id)]);
    return framework && framework.deletedAt == null ? { framework, nodes } : null;
  }, [id]);
}

/** Every node of every active framework: what criteria and skills can be linked to. */
export function useActiveFrameworkNodes() {
  return useLiveQuery(listActiveFrameworkNodes);
}
