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
 * The one rule: closed by a PTA result or by summative evidence is "afgesloten", any other
 * evidence "formatief", none "niet gezien".
 */
export function coverageStateFrom(closed: boolean, summative: boolean, seen: boolean): CoverageState {
  return closed || summative ? 'afgesloten' : seen ? 'formatief' : 'niet-gezien';
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
    const state = coverageStateFrom(closing.length > 0, evidence.some((point) => point.summative), evidence.length > 0);
    return { nodeId, state, evidence, closures: closing };
  });
}

/**
 * What one student's evidence says per goal, without the evidence itself: the goals with any
 * evidence, and those with summative evidence. With the closures that is all a coverage state
 * needs, so the matrix and the dashboard need not hold 20,000 evidence points; the evidence behind
 * one cell is read when it is opened.
 */
export interface CoverageMarks {
  seen: Set<string>;
  summative: Set<string>;
}

/** Marks per student id. */
export type CoverageMarksByStudent = Map<string, CoverageMarks>;

/** The student's marks, made empty on first use. */
export function marksOfStudent(marks: CoverageMarksByStudent, studentId: string): CoverageMarks {
  let own = marks.get(studentId);
  if (!own) marks.set(studentId, (own = { seen: new Set(), summative: new Set() }));
  return own;
}

/** Adds evidence points (of any students) to their students' marks. */
export function addPointMarks(marks: CoverageMarksByStudent, points: readonly EvidencePoint[]): CoverageMarksByStudent {
  for (const point of points) {
    const own = marksOfStudent(marks, point.studentId);
    own.seen.add(point.nodeId);
    if (point.summative) own.summative.add(point.nodeId);
  }
  return marks;
}

export function marksFromPoints(points: readonly EvidencePoint[]): CoverageMarksByStudent {
  return addPointMarks(new Map(), points);
}

/** One student's state per eindterm, in the given order: the same states as coverageOf. */
export function coverageStatesOf(nodeIds: readonly string[], marks: CoverageMarks | undefined, closures: readonly Closure[]): CoverageState[] {
  return nodeIds.map((nodeId) =>
    coverageStateFrom(
      closures.some((closure) => closure.nodeIds.includes(nodeId)),
      marks?.summative.has(nodeId) ?? false,
      marks?.seen.has(nodeId) ?? false,
    ),
  );
}
