import type { RubricVersion } from '../../../../shared/domain/rubric';
import {
  addPointMarks,
  evidenceFromBeoordelingen,
  identityResolver,
  marksOfStudent,
  type CoverageMarksByStudent,
  type NodeResolver,
} from '../../../../shared/growth';
import { db } from '../db';

/**
 * What the given students' evidence says per goal (CoverageMarks): all the coverage matrix and
 * the dashboard's gap card need. Observations through the students' tallies (one small row per
 * student instead of a hundred observations each: a cohort of 200 has 20,000); beoordelingen as
 * they are (a few per student) with the rubric versions they were scored with, through the same
 * evidenceFromBeoordelingen as every other screen. One read transaction.
 */
export async function readCoverageMarks(studentIds: readonly string[], resolve: NodeResolver = identityResolver): Promise<CoverageMarksByStudent> {
  const marks: CoverageMarksByStudent = new Map();
  if (studentIds.length === 0) return marks;
  return db.transaction('r', db.observatieTallies, db.beoordelingen, db.rubricVersions, async () => {
    const [tallies, beoordelingLists] = await Promise.all([
      db.observatieTallies.bulkGet([...studentIds]),
      Promise.all(studentIds.map((id) => db.beoordelingen.where('studentId').equals(id).toArray())),
    ]);
    const beoordelingen = beoordelingLists.flat();
    const versions = await db.rubricVersions.bulkGet([...new Set(beoordelingen.map((b) => b.rubricVersionId))]);
    const versionsById = new Map<string, RubricVersion>();
    for (const version of versions) if (version) versionsById.set(version.id, version);
    for (const tally of tallies) {
      if (!tally) continue;
      const own = marksOfStudent(marks, tally.studentId);
      for (const nodeId of Object.keys(tally.counts)) own.seen.add(resolve(nodeId));
    }
    return addPointMarks(marks, evidenceFromBeoordelingen(beoordelingen, versionsById, resolve));
  });
}

/** Whether any of the marks holds evidence at all. */
export function hasAnyEvidence(marks: CoverageMarksByStudent): boolean {
  for (const own of marks.values()) if (own.seen.size > 0) return true;
  return false;
}
