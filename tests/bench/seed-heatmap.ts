/**
 * The class heatmap's benchmark data, after seedLargeSchool: a group of 30 in the first cohort
 * of the large school, a framework of the school with 20 eindtermen, and 3,000 observations of
 * the examinator (100 per student, over the past 200 days, on those 20 goals). Plain rows of
 * the shared/domain types in one transaction, through the app's own Dexie schema.
 */
import { db } from '../../renderer/src/db/db';
import { writeObservaties } from '../../renderer/src/db/repositories/observaties';
import { saveFrameworkDraft } from '../../renderer/src/db/repositories/frameworks';
import { generateLargeFramework } from '../../shared/demo/generate-framework';
import { ACHTERNAMEN_NL, ROEPNAMEN } from '../../shared/demo/names';
import { createRandom } from '../../shared/demo/random';
import type { Group } from '../../shared/domain/group';
import type { Observatie } from '../../shared/domain/observatie';
import type { Student } from '../../shared/domain/student';

export const HEATMAP_STUDENTS = 30;
export const HEATMAP_GOALS = 20;
const PER_STUDENT = 100;

export async function seedHeatmapGroup30() {
  const random = createRandom(30_20);
  const cohort = (await db.cohorts.toArray()).sort((a, b) => a.name.localeCompare(b.name))[0]!;
  const framework = await saveFrameworkDraft({ ...generateLargeFramework(HEATMAP_GOALS, { seed: 20 }), title: 'Vaardigheden heatmap-benchmark', family: 'school', programme: '' });
  const goals = (await db.frameworkNodes.where('frameworkId').equals(framework.id).toArray()).filter((node) => node.type === 'eindterm');
  const stamp = Date.now();
  const record = { createdAt: stamp, updatedAt: stamp, deletedAt: null };
  const group: Group = { id: random.uuid(), cohortId: cohort.id, name: 'Heatmap-30', ...record };
  const students: Student[] = Array.from({ length: HEATMAP_STUDENTS }, (_, index) => ({
    id: random.uuid(),
    roepnaam: random.pick(ROEPNAMEN),
    tussenvoegsel: '',
    achternaam: random.pick(ACHTERNAMEN_NL),
    leerlingnummer: String(930_000 + index),
    groupId: group.id,
    archivedAt: null,
    ...record,
  }));
  const today = new Date(stamp);
  const observaties: Observatie[] = students.flatMap((student) =>
    Array.from({ length: PER_STUDENT }, () => {
      const daysAgo = random.int(200);
      const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() - daysAgo);
      return {
        id: random.uuid(),
        studentId: student.id,
        nodeId: random.pick(goals).id,
        level: 1 + random.int(4),
        scaleSize: 4,
        date: `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`,
        note: '',
        opdrachtId: null,
        assessor: 'examinator' as const,
        batchId: random.uuid(),
        evidenceIds: [],
        ...record,
        createdAt: stamp - daysAgo * 86_400_000,
      };
    }),
  );
  await db.transaction('rw', [db.groups, db.students, db.observatieLijsten], async () => {
    await db.groups.add(group);
    await db.students.bulkAdd(students);
    await writeObservaties(observaties);
  });
  return { groupId: group.id, frameworkId: framework.id, students: students.length, goals: goals.length, observations: observaties.length };
}
