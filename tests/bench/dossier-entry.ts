/**
 * Bundled by the dossier benchmark (esbuild, IIFE) and injected into the production app's page,
 * after the large school is seeded: groups of `n` students for the examendossier batches.
 */
import { db } from '../../renderer/src/db/db';
import { createRandom } from '../../shared/demo/random';
import type { Group } from '../../shared/domain/group';
import { isGraded } from '../../shared/domain/pta';
import type { ToetsResultaat } from '../../shared/domain/toets-resultaat';

declare global {
  interface Window {
    vakwerkDossierBench: {
      seedDossierGroup(size: number, seed: number): Promise<{ cohortId: string; groupId: string; studentIds: string[] }>;
    };
  }
}

window.vakwerkDossierBench = {
  /**
   * A group of `size` students in the cohort whose PTA has 10 toetsen: existing students of the
   * large school moved into it (so they keep their observations and beoordelingen, the
   * evidence of the coverage summary), every graded toets given a cijfer where it has none and
   * a herkansing for some, the handelingsopdrachten judged. One transaction.
   */
  async seedDossierGroup(size, seed) {
    const random = createRandom(seed);
    const pta = (await db.ptas.toArray()).find((candidate) => candidate.toetsen.length === 10);
    if (!pta) throw new Error('de grote school heeft geen PTA met 10 toetsen');
    const groups = await db.groups.where('cohortId').equals(pta.cohortId).toArray();
    const taken = new Set((await db.groups.toArray()).filter((g) => g.name.includes('-D')).map((g) => g.id));
    // The cohort's own students first; the large school's cohorts hold ~175 each, so a group of 150
    // after one of 30 borrows the rest from another cohort (their work counts as evidence all the same).
    const own = new Set(groups.map((g) => g.id));
    const candidates = (await db.students.toArray())
      .filter((s) => s.deletedAt == null && s.archivedAt == null && !taken.has(s.groupId))
      .sort((a, b) => Number(own.has(b.groupId)) - Number(own.has(a.groupId)));
    if (candidates.length < size) throw new Error(`maar ${candidates.length} leerlingen in het cohort, ${size} nodig`);
    const students = candidates.slice(0, size);
    const stamp = Date.now();
    const record = { createdAt: stamp, updatedAt: stamp, deletedAt: null };
    const group: Group = { id: random.uuid(), cohortId: pta.cohortId, name: `${groups[0]!.name.replace(/-.*$/, '')}-D${size}`, ...record };
    const existing = await db.resultaten.where('studentId').anyOf(students.map((s) => s.id)).toArray();
    const has = new Set(existing.map((r) => `${r.studentId}|${r.toetsId}|${r.attempt}`));
    const resultaten: ToetsResultaat[] = [];
    const result = (studentId: string, toetsId: string, attempt: 1 | 2, fields: Partial<ToetsResultaat>): ToetsResultaat => ({
      id: random.uuid(), studentId, ptaId: pta.id, toetsId, attempt, grade: null, override: null, voldaan: null, late: false, ...record, ...fields,
    });
    for (const student of students) {
      for (const toets of pta.toetsen) {
        if (has.has(`${student.id}|${toets.id}|1`)) continue;
        if (!isGraded(toets.toetsvorm)) {
          resultaten.push(result(student.id, toets.id, 1, { voldaan: random.next() < 0.9 }));
          continue;
        }
        const grade = Math.round((3 + random.next() * 6.5) * 10) / 10;
        resultaten.push(result(student.id, toets.id, 1, { grade, late: random.next() < 0.1 }));
        if (toets.herkansbaar && grade < 5.5) resultaten.push(result(student.id, toets.id, 2, { grade: Math.round((5 + random.next() * 3) * 10) / 10 }));
      }
    }
    await db.transaction('rw', [db.groups, db.students, db.resultaten], async () => {
      await db.groups.add(group);
      await db.students.bulkPut(students.map((s) => ({ ...s, groupId: group.id, updatedAt: stamp })));
      await db.resultaten.bulkAdd(resultaten);
    });
    return { cohortId: pta.cohortId, groupId: group.id, studentIds: students.map((s) => s.id) };
  },
};
