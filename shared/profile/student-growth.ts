import type { Assessor, Beoordeling } from '../domain/beoordeling';
import type { Framework, FrameworkNode } from '../domain/framework';
import type { Observatie } from '../domain/observatie';
import type { Pta } from '../domain/pta';
import type { RubricVersion } from '../domain/rubric';
import type { ToetsResultaat } from '../domain/toets-resultaat';
import {
  byWorkDate,
  closuresFromResults,
  coverageOf,
  DEFAULT_MASTERY_SETTINGS,
  evidenceFromBeoordelingen,
  evidenceFromObservations,
  masteryOf,
  type CoverageEntry,
  type EvidencePoint,
  type Mastery,
  type MasterySettings,
  type NodeResolver,
} from '../growth';

/**
 * The series a growth line draws: the teacher's judgement (examinator and second examinator),
 * the student's own, and others' (peer, opdrachtgever). Self-assessment beside the teacher's
 * is what a student profile is for.
 */
export type GrowthSeries = 'docent' | 'zelf' | 'anderen';
export const GROWTH_SERIES: readonly GrowthSeries[] = ['docent', 'zelf', 'anderen'];

export function seriesOf(assessor: Assessor): GrowthSeries {
  if (assessor === 'zelf') return 'zelf';
  if (assessor === 'examinator' || assessor === 'tweede-examinator') return 'docent';
  return 'anderen';
}

/** One goal's evidence and mastery. */
export interface GoalGrowth {
  nodeId: string;
  /** Null when the goal was deleted from its framework since. */
  node: FrameworkNode | null;
  /** Oldest work first. */
  points: EvidencePoint[];
  /** Null when no evidence of a counted source exists (e.g. only self-assessments). */
  mastery: Mastery | null;
  /** Some evidence was on a scale with another number of levels than the school's. */
  normalised: boolean;
  /** Codes the goal had on the retired framework versions some evidence was recorded on. */
  retiredCodes: string[];
}

/** The goals of one framework lineage, with the mastery method chosen for it. */
export interface FrameworkGrowth {
  /** Null for goals whose node (and so framework) is no longer known. */
  framework: Framework | null;
  settings: MasterySettings;
  goals: GoalGrowth[];
}

export interface StudentGrowth {
  frameworks: FrameworkGrowth[];
  /** How many points in all; 0 = the "no evidence yet" state. */
  pointCount: number;
  /** The span of all the student's work, so every goal's chart shares one time axis. */
  firstDate: string | null;
  lastDate: string | null;
  /** Per eindterm of the cohort's programme; null when the cohort has no programme framework. */
  coverage: CoverageEntry[] | null;
}

/** What the computation needs; the renderer's StudentGrowthRows has all of it. */
export interface StudentGrowthInput {
  evidence: { observaties: readonly Observatie[]; beoordelingen: readonly Beoordeling[]; versionsById: ReadonlyMap<string, RubricVersion> };
  frameworks: readonly Framework[];
  nodes: ReadonlyMap<string, FrameworkNode>;
  currentNodesOfRetired: readonly FrameworkNode[];
  settingsByLineage: ReadonlyMap<string, MasterySettings>;
  programme: Framework | null;
  eindtermen: readonly FrameworkNode[];
  pta: Pta | null;
  resultaten: readonly ToetsResultaat[];
}

/**
 * Maps a goal recorded on a retired framework version to the same goal in the current version
 * of its lineage: by the source's identifier when both have one, else by code. A goal the new
 * version dropped stays as it was recorded.
 */
export function retiredVersionResolver(nodes: ReadonlyMap<string, FrameworkNode>, frameworks: readonly Framework[], currentNodes: readonly FrameworkNode[]): NodeResolver {
  const byId = new Map(frameworks.map((f) => [f.id, f]));
  const current = new Map<string, FrameworkNode>();
  for (const node of currentNodes) {
    const lineage = byId.get(node.frameworkId)?.lineageId;
    if (!lineage) continue;
    if (node.sourceId) current.set(`${lineage}|s|${node.sourceId}`, node);
    current.set(`${lineage}|c|${node.code}`, node);
  }
  return (nodeId) => {
    const node = nodes.get(nodeId);
    const framework = node ? byId.get(node.frameworkId) : undefined;
    if (!node || !framework || framework.status !== 'retired') return nodeId;
    const match = (node.sourceId ? current.get(`${framework.lineageId}|s|${node.sourceId}`) : undefined) ?? current.get(`${framework.lineageId}|c|${node.code}`);
    return match?.id ?? nodeId;
  };
}

const naturalCode = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

/**
 * A student's growth per goal, grouped by framework (the cohort's programme first), with mastery
 * by each framework's chosen method on the school's scale of `targetScaleSize` levels, and the
 * coverage of the programme's eindtermen.
 */
export function computeStudentGrowth(input: StudentGrowthInput, targetScaleSize: number): StudentGrowth {
  const resolve = retiredVersionResolver(input.nodes, input.frameworks, input.currentNodesOfRetired);
  const points = [
    ...evidenceFromObservations(input.evidence.observaties, resolve),
    ...evidenceFromBeoordelingen(input.evidence.beoordelingen, input.evidence.versionsById, resolve),
  ].sort(byWorkDate);

  const byNode = new Map<string, EvidencePoint[]>();
  for (const point of points) {
    const list = byNode.get(point.nodeId);
    if (list) list.push(point);
    else byNode.set(point.nodeId, [point]);
  }

  const frameworksById = new Map(input.frameworks.map((f) => [f.id, f]));
  // A lineage is headed by its current version, also when its first goal here was recorded on an older one.
  const currentOfLineage = new Map(input.frameworks.filter((f) => f.status === 'active').map((f) => [f.lineageId, f]));
  const groups = new Map<string, FrameworkGrowth>();
  for (const [nodeId, goalPoints] of byNode) {
    const node = input.nodes.get(nodeId) ?? null;
    const framework = node ? (frameworksById.get(node.frameworkId) ?? null) : null;
    const groupKey = framework?.lineageId ?? '';
    let group = groups.get(groupKey);
    if (!group) {
      const settings = (framework && input.settingsByLineage.get(framework.lineageId)) || DEFAULT_MASTERY_SETTINGS;
      group = { framework: (framework && currentOfLineage.get(framework.lineageId)) ?? framework, settings, goals: [] };
      groups.set(groupKey, group);
    }
    const retiredCodes = new Set<string>();
    for (const point of goalPoints) {
      if (point.recordedNodeId === nodeId) continue;
      const recorded = input.nodes.get(point.recordedNodeId);
      const version = recorded ? frameworksById.get(recorded.frameworkId)?.version : undefined;
      if (recorded) retiredCodes.add(version ? `${recorded.code}, ${version}` : recorded.code);
    }
    // A goal still on a retired version (no match in the current one) says so too.
    if (framework?.status === 'retired' && node) retiredCodes.add(framework.version ? `${node.code}, ${framework.version}` : node.code);
    group.goals.push({
      nodeId,
      node,
      points: goalPoints,
      mastery: masteryOf(goalPoints, group.settings, targetScaleSize),
      normalised: goalPoints.some((point) => point.scaleSize !== targetScaleSize),
      retiredCodes: [...retiredCodes],
    });
  }

  const frameworks = [...groups.values()];
  for (const group of frameworks) group.goals.sort((a, b) => naturalCode.compare(a.node?.code ?? '\uffff', b.node?.code ?? '\uffff'));
  const programmeLineage = input.programme?.lineageId;
  frameworks.sort(
    (a, b) =>
      Number(b.framework?.lineageId === programmeLineage) - Number(a.framework?.lineageId === programmeLineage) ||
      Number(a.framework === null) - Number(b.framework === null) ||
      (a.framework?.title ?? '').localeCompare(b.framework?.title ?? '', 'nl'),
  );

  const coverage = input.programme
    ? coverageOf(
        input.eindtermen.map((node) => node.id),
        points,
        input.pta ? closuresFromResults(input.pta, input.resultaten) : [],
      )
    : null;

  return {
    frameworks,
    pointCount: points.length,
    firstDate: points[0]?.date ?? null,
    lastDate: points[points.length - 1]?.date ?? null,
    coverage,
  };
}
