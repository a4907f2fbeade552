// @vitest-environment node
// Node, not jsdom: the demo school's evidence rows hold Blobs, which jsdom cannot store.
import { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/db';
import { readCohortCoverage } from '../../../../renderer/src/db/repositories/cohort-coverage';
import { readCoverageMarks } from '../../../../renderer/src/db/repositories/coverage-marks';
import { loadDemoSchool } from '../../../../renderer/src/db/repositories/demo-school';
import { readEvidenceOf } from '../../../../renderer/src/db/repositories/evidence';
import { createObservaties, setObservatieDeleted, writeObservaties } from '../../../../renderer/src/db/repositories/observaties';
import { closuresFromResults, marksFromPoints } from '../../../../shared/growth';
import { buildCoverageMatrix, buildCoverageMatrixFromMarks } from '../../../../shared/growth/coverage-matrix';

/**
 * The Dekking screen reads marks (observation tallies + beoordelingen) instead of every
 * observation. On the demo school, and after some observations are deleted and edited, they must
 * give exactly what the full evidence gives.
 */
async function expectMarksMatchEvidence() {
  const ids = (await db.students.toArray()).map((student) => student.id);
  expect(await readCoverageMarks(ids)).toEqual(marksFromPoints(await readEvidenceOf(ids)));
}

async function expectCohortStatesMatchEvidence() {
  const seen = new Set<string>();
  for (const cohort of await db.cohorts.toArray()) {
    const data = await readCohortCoverage(cohort.id);
    if (data.eindtermen.length === 0) continue;
    const ids = data.students.map((student) => student.id);
    const students = data.students.map((student) => ({ id: student.id, name: student.roepnaam, groupId: student.groupId, groupName: '' }));
    const eindtermIds = data.eindtermen.map((node) => node.id);
    const resultaten = data.pta ? await db.resultaten.where('studentId').anyOf(ids).toArray() : [];
    const closures = data.pta ? closuresFromResults(data.pta, resultaten) : [];
    const points = await readEvidenceOf(ids);
    const expected = buildCoverageMatrix({ students, eindtermIds, points, closures });
    const shown = buildCoverageMatrixFromMarks({ students, eindtermIds, marks: data.marks, closures: data.closures });
    expect(shown.map((row) => row.entries.map((entry) => entry.state))).toEqual(expected.map((row) => row.entries.map((entry) => entry.state)));
    expect(data.hasEvidence).toBe(points.length > 0);
    for (const row of shown) for (const entry of row.entries) seen.add(entry.state);
  }
  // Cohorts were compared, with every state in them.
  expect([...seen].sort()).toEqual(['afgesloten', 'formatief', 'niet-gezien']);
}

beforeEach(async () => {
  await loadDemoSchool('demo');
});

describe('coverage marks against the full evidence', () => {
  it('are the same on the demo school', async () => {
    await expectMarksMatchEvidence();
    await expectCohortStatesMatchEvidence();
  });

  it('stay the same as observations are deleted, restored and edited', async () => {
    const observaties = (await db.observatieLijsten.limit(8).toArray()).flatMap((list) => list.observaties.slice(0, 5));
    for (const o of observaties.slice(0, 15)) await setObservatieDeleted(o, true);
    await setObservatieDeleted(observaties[0]!, false);
    await writeObservaties(observaties.slice(20, 30).map((o) => ({ ...o, level: null })));
    await writeObservaties(observaties.slice(30, 40).map((o) => ({ ...o, nodeId: observaties[0]!.nodeId })));
    await expectMarksMatchEvidence();
    await expectCohortStatesMatchEvidence();
  });
});

describe('the Dekking screen’s live query', () => {
  it('shows a new observation, and its undo, without a reload', async () => {
    // A student of a cohort with eindtermen, and an eindterm the student has not been seen on.
    let target: { cohortId: string; studentId: string; nodeId: string } | null = null;
    for (const cohort of await db.cohorts.toArray()) {
      const data = await readCohortCoverage(cohort.id);
      for (const student of data.students) {
        const node = data.eindtermen.find((candidate) => !data.marks.get(student.id)?.seen.has(candidate.id));
        if (node && !target) target = { cohortId: cohort.id, studentId: student.id, nodeId: node.id };
      }
    }
    if (!target) throw new Error('geen leerling zonder bewijs op een eindterm');
    const { cohortId, studentId, nodeId } = target;
    const seen: boolean[] = [];
    const subscription = liveQuery(() => readCohortCoverage(cohortId)).subscribe((data) => seen.push(data.marks.get(studentId)?.seen.has(nodeId) ?? false));
    const until = async (count: number) => {
      for (let tries = 0; seen.length < count && tries < 200; tries++) await new Promise((resolve) => setTimeout(resolve, 10));
    };
    await until(1);
    const created = await createObservaties([studentId], { nodeId, level: 2, scaleSize: 4, date: '2026-11-20', note: '', opdrachtId: null, assessor: 'examinator' }, []);
    await until(2);
    await setObservatieDeleted(created.observaties[0]!, true);
    await until(3);
    subscription.unsubscribe();
    expect(seen).toEqual([false, true, false]);
  });
});
