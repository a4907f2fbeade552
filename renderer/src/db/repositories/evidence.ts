import type { Beoordeling } from '../../../../shared/domain/beoordeling';
import type { Observatie } from '../../../../shared/domain/observatie';
import type { RubricVersion } from '../../../../shared/domain/rubric';
import {
  evidenceFromBeoordelingen,
  evidenceFromObservations,
  identityResolver,
  retiredNodeMapping,
  type EvidencePoint,
  type NodeResolver,
} from '../../../../shared/growth';
import { db } from '../db';
import { readObservatiesInWorkOrder } from './observaties';

/** The raw rows behind students' evidence, read in one transaction. */
export interface EvidenceRows {
  observaties: Observatie[];
  beoordelingen: Beoordeling[];
  versionsById: Map<string, RubricVersion>;
}

/**
 * Every observation and beoordeling of the given students, with the rubric versions the
 * beoordelingen were scored with: one read transaction, index reads per student (a student's
 * observations in one list read, put in work-date order).
 */
export async function readEvidenceRows(studentIds: readonly string[]): Promise<EvidenceRows> {
  if (studentIds.length === 0) return { observaties: [], beoordelingen: [], versionsById: new Map() };
  return db.transaction('r', db.observatieLijsten, db.beoordelingen, db.rubricVersions, async () => {
    const [observatieLists, beoordelingLists] = await Promise.all([
      readObservatiesInWorkOrder(studentIds),
      Promise.all(studentIds.map((id) => db.beoordelingen.where('studentId').equals(id).toArray())),
    ]);
    const beoordelingen = beoordelingLists.flat();
    const versionIds = [...new Set(beoordelingen.map((b) => b.rubricVersionId))];
    const versions = await db.rubricVersions.bulkGet(versionIds);
    const versionsById = new Map<string, RubricVersion>();
    for (const version of versions) if (version) versionsById.set(version.id, version);
    return { observaties: observatieLists.flat(), beoordelingen, versionsById };
  });
}

/** The rows as evidence points (unsorted; growth functions order them by work date). */
export function evidencePointsOf(rows: EvidenceRows, resolve: NodeResolver = identityResolver): EvidencePoint[] {
  return [...evidenceFromObservations(rows.observaties, resolve), ...evidenceFromBeoordelingen(rows.beoordelingen, rows.versionsById, resolve)];
}

/** Evidence points of the given students. */
export async function readEvidenceOf(studentIds: readonly string[], resolve: NodeResolver = identityResolver): Promise<EvidencePoint[]> {
  return evidencePointsOf(await readEvidenceRows(studentIds), resolve);
}

/**
 * Which recorded node ids (of retired framework versions) stand for which node of the current
 * version; see retiredNodeMapping. Reads only the versions involved: with no retired version
 * (most schools, most of the time) it is one small read of the frameworks table.
 */
export async function readRetiredNodeMapping(): Promise<Map<string, string>> {
  return db.transaction('r', db.frameworks, db.frameworkNodes, async () => {
    const frameworks = await db.frameworks.toArray();
    const retiredLineages = new Set(frameworks.filter((f) => f.status === 'retired' && f.deletedAt == null).map((f) => f.lineageId));
    if (retiredLineages.size === 0) return new Map<string, string>();
    const involved = frameworks.filter((f) => retiredLineages.has(f.lineageId)).map((f) => f.id);
    const nodes = await db.frameworkNodes.where('frameworkId').anyOf(involved).toArray();
    return retiredNodeMapping(frameworks, nodes);
  });
}
