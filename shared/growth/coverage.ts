import type { Pta } from '../domain/pta';
import { isLive } from '../domain/record';
import type { ToetsResultaat } from '../domain/toets-resultaat';
import { byWorkDate, identityResolver, type EvidencePoint, type NodeResolver } from './evidence';

/**
 * Where a student stands on one eindterm: never seen, seen in formative work only, or closed
 * by a summative PTA result.
 */
export type CoverageState = 'niet-gezien' | 'formatief' | 'afgesloten';

/** A PTA toets result that closes the eindtermen the toets covers. */
export interface Closure {
  studentId: string;
  toetsId: string;
  toetsCode: string;
  toetsName: string;
  nodeIds: readonly string[];
}

export interface CoverageEntry {
  nodeId: string;
  state: CoverageState;
  /** Formative and summative evidence on the eindterm, oldest first. */
  evidence: EvidencePoint[];
  /** The toetsen whose results closed it. */
  closures: Closure[];
}

/**
 * A result closes its toets' eindtermen once it has a cijfer, an override, or "voldaan"
 * ("niet voldaan" and an empty row do not). A PTA made against an earlier version of the exam
 * programme names that version's eindtermen: `resolve` maps them to the current ones.
 */
export function closuresFromResults(pta: Pta, resultaten: readonly ToetsResultaat[], resolve: NodeResolver = identityResolver): Closure[] {
  const toetsen = new Map(pta.toetsen.map((toets) => [toets.id, toets]));
  const nodeIdsOf = new Map(pta.toetsen.map((toets) => [toets.id, [...new Set(toets.nodeIds.map(resolve))]]));
  const closures: Closure[] = [];
  for (const result of resultaten) {
    if (!isLive(result) || result.ptaId !== pta.id) continue;
    const toets = toetsen.get(result.toetsId);
    if (!toets) continue;
    const done = result.grade != null || result.override != null || result.voldaan === true;
    if (!done) continue;
    closures.push({ studentId: result.studentId, toetsId: toets.id, toetsCode: toets.code, toetsName: toets.name, nodeIds: nodeIdsOf.get(toets.id)! });
  }
  return closures;
}

/**
 * One student's coverage of the given eindtermen. Summative rubric scores on a PTA toets
 * close an eindterm too, as do results in `closures`.
 */
export function coverageOf(nodeIds: readonly string[], points: readonly EvidencePoint[], closures: readonly Closure[]): CoverageEntry[] {
  const byNode = new Map<string, EvidencePoint[]>();
  for (const point of points) {
    const list = byNode.get(point.nodeId);
    if (list) list.push(point);
    else byNode.set(point.nodeId, [point]);
  }
  return nodeIds.map((nodeId) => {
    const evidence = (byNode.get(nodeId) ?? []).sort(byWorkDate);
    const closing = closures.filter((closure) => closure.nodeIds.includes(nodeId));
    const state: CoverageState =
      closing.length > 0 || evidence.some((point) => point.summative) ? 'afgesloten' : evidence.length > 0 ? 'formatief' : 'niet-gezien';
    return { nodeId, state, evidence, closures: closing };
  });
}
