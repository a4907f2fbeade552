import type { Student } from '../../../../shared/domain/student';
import { DEFAULT_MASTERY_SETTINGS, type MasterySettings } from '../../../../shared/growth';
import { buildGrowthProfile, type GrowthProfile } from '../../../../shared/growth-profile';
import { readEvidenceOf } from '../../db/repositories/evidence';
import { getFramework, getFrameworkNodes } from '../../db/repositories/frameworks';
import { getMasterySettings } from '../../db/repositories/mastery-settings';
import { listOpdrachten } from '../../db/repositories/opdrachten';

/**
 * The groeiprofiel of one student: their evidence points, the goals' codes and texts, and the
 * mastery method of each goal's framework lineage (read once per lineage).
 */
export async function loadGrowthProfile(student: Student, scale: readonly string[]): Promise<GrowthProfile> {
  const [points, opdrachten] = await Promise.all([readEvidenceOf([student.id]), listOpdrachten()]);
  const nodes = await getFrameworkNodes([...new Set(points.map((p) => p.nodeId))]);
  const frameworkIds = [...new Set(nodes.map((n) => n.frameworkId))];
  const lineageByFramework = new Map<string, string>();
  for (const framework of await Promise.all(frameworkIds.map((id) => getFramework(id)))) {
    if (framework) lineageByFramework.set(framework.id, framework.lineageId);
  }
  const lineages = [...new Set(lineageByFramework.values())];
  const settingsByLineage = new Map<string, MasterySettings>(await Promise.all(lineages.map(async (id) => [id, await getMasterySettings(id)] as const)));
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  return buildGrowthProfile({
    points,
    studentId: student.id,
    goals: nodeById,
    settingsOf: (nodeId) => {
      const node = nodeById.get(nodeId);
      const lineage = node ? lineageByFramework.get(node.frameworkId) : undefined;
      return (lineage && settingsByLineage.get(lineage)) || DEFAULT_MASTERY_SETTINGS;
    },
    scale,
    opdrachten: new Map(opdrachten.map((o) => [o.id, o.title])),
  });
}

