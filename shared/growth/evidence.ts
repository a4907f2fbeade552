import { isSummativeAssessor, type Assessor, type Beoordeling } from '../domain/beoordeling';
import type { Observatie } from '../domain/observatie';
import type { IsoDate } from '../domain/opdracht';
import { isLive } from '../domain/record';
import type { RubricVersion } from '../domain/rubric';

/**
 * One piece of evidence of one student on one goal (skill, leerdoel or eindterm): an
 * observation, or one criterion of a rubric beoordeling that assesses that goal. Growth,
 * mastery and coverage are all computed from these, in the order the work was done.
 */
export interface EvidencePoint {
  /** Unique per point: the observation id, or `${beoordelingId}:${criterionId}:${nodeId}`. */
  key: string;
  kind: 'observatie' | 'beoordeling';
  /** The observation or beoordeling id. */
  sourceId: string;
  studentId: string;
  /** The goal, as the current framework version knows it (see NodeResolver). */
  nodeId: string;
  /** The goal as it was recorded; differs from nodeId when recorded on a retired version. */
  recordedNodeId: string;
  /** The date the work was done (not when it was typed in). */
  date: IsoDate;
  /** When it was typed in: orders points of the same day. */
  enteredAt: number;
  /** 1 = the lowest level of its own scale. */
  level: number;
  scaleSize: number;
  /** The level as a fraction of its scale: 0 = lowest, 1 = highest. */
  fraction: number;
  assessor: Assessor;
  assessorName: string;
  /** Examinator work that delivers a PTA toets result. */
  summative: boolean;
  opdrachtId: string | null;
  ptaToetsId: string | null;
  note: string;
  evidenceIds: readonly string[];
}

/** Maps a recorded node id to the id of the same goal in the current framework version. */
export type NodeResolver = (nodeId: string) => string;
export const identityResolver: NodeResolver = (nodeId) => nodeId;

/** 0 for the lowest level, 1 for the highest; a one-level scale counts as reached. */
export function levelFraction(level: number, scaleSize: number): number {
  if (scaleSize <= 1) return 1;
  const clamped = Math.min(Math.max(level, 1), scaleSize);
  return (clamped - 1) / (scaleSize - 1);
}

/**
 * The goal (as recorded) an observation is evidence on: live, with a goal and a level. General
 * notes and level-less notes are no evidence. The one rule for evidence points and for the
 * per-student tallies the coverage screens read (observation-tally.ts).
 */
export function observedNodeOf(o: Pick<Observatie, 'nodeId' | 'level' | 'deletedAt'>): string | null {
  return isLive(o) && o.nodeId != null && o.level != null ? o.nodeId : null;
}

/** Observations with a goal and a level become points; general notes and level-less notes do not. */
export function evidenceFromObservations(observaties: readonly Observatie[], resolve: NodeResolver = identityResolver): EvidencePoint[] {
  const points: EvidencePoint[] = [];
  for (const o of observaties) {
    const nodeId = observedNodeOf(o);
    if (nodeId === null || o.level == null) continue; // (the level check again only for TypeScript)
    points.push({
      key: o.id,
      kind: 'observatie',
      sourceId: o.id,
      studentId: o.studentId,
      nodeId: resolve(nodeId),
      recordedNodeId: nodeId,
      date: o.date,
      enteredAt: o.createdAt,
      level: o.level,
      scaleSize: o.scaleSize,
      fraction: levelFraction(o.level, o.scaleSize),
      assessor: o.assessor,
      assessorName: '',
      summative: false,
      opdrachtId: o.opdrachtId,
      ptaToetsId: null,
      note: o.note,
      evidenceIds: o.evidenceIds,
    });
  }
  return points;
}

/**
 * Every scored criterion of a beoordeling that assesses goals becomes one point per goal, on
 * the scale of the rubric version it was scored with (levels lowest first).
 */
export function evidenceFromBeoordelingen(
  beoordelingen: readonly Beoordeling[],
  versionsById: ReadonlyMap<string, RubricVersion>,
  resolve: NodeResolver = identityResolver,
): EvidencePoint[] {
  const points: EvidencePoint[] = [];
  for (const b of beoordelingen) {
    if (!isLive(b)) continue;
    const version = versionsById.get(b.rubricVersionId);
    if (!version) continue;
    const levelIndex = new Map(version.levels.map((level, index) => [level.id, index + 1]));
    for (const criterion of version.criteria) {
      const levelId = b.scores[criterion.id];
      const level = levelId == null ? undefined : levelIndex.get(levelId);
      if (level === undefined) continue;
      for (const nodeId of criterion.nodeIds) {
        points.push({
          key: `${b.id}:${criterion.id}:${nodeId}`,
          kind: 'beoordeling',
          sourceId: b.id,
          studentId: b.studentId,
          nodeId: resolve(nodeId),
          recordedNodeId: nodeId,
          date: b.workDate,
          enteredAt: b.createdAt,
          level,
          scaleSize: version.levels.length,
          fraction: levelFraction(level, version.levels.length),
          assessor: b.assessor,
          assessorName: b.assessorName,
          summative: isSummativeAssessor(b.assessor) && b.ptaToetsId != null,
          opdrachtId: b.opdrachtId,
          ptaToetsId: b.ptaToetsId,
          note: b.comments[criterion.id] ?? '',
          evidenceIds: [],
        });
      }
    }
  }
  return points;
}

/** Oldest work first; work of the same day in the order it was entered. */
export function byWorkDate(a: EvidencePoint, b: EvidencePoint): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.enteredAt !== b.enteredAt) return a.enteredAt - b.enteredAt;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
