import { generateSchool, type SchoolScale } from '../../../../shared/demo/generate-school';
import { db } from '../db';

export class DatabaseNotEmptyError extends Error {
  constructor() {
    super('voorbeeldgegevens kunnen alleen in een lege database worden geladen');
    this.name = 'DatabaseNotEmptyError';
  }
}

/**
 * Loads the voorbeeldschool in one transaction; returns how many students it added.
 * Only into an empty database: demo students must never mix with a real class list.
 */
export async function loadDemoSchool(scale: SchoolScale = 'demo'): Promise<number> {
  const school = generateSchool(scale);
  await db.transaction('rw', db.cohorts, db.groups, db.students, async () => {
    if ((await db.cohorts.count()) > 0 || (await db.students.count()) > 0) throw new DatabaseNotEmptyError();
    await db.cohorts.bulkAdd(school.cohorts);
    await db.groups.bulkAdd(school.groups);
    await db.students.bulkAdd(school.students);
  });
  return school.students.length;
}

/** How far the teacher has set things up: shown as next steps on the home screen. */
export async function countSetup(): Promise<{ frameworks: number; rubrics: number }> {
  const [frameworks, rubrics] = await Promise.all([db.frameworks.count(), db.rubrics.count()]);
  return { frameworks, rubrics };
}

/** True when the teacher has not stored anything yet (the home screen then shows its welcome). */
export async function isDatabaseEmpty(): Promise<boolean> {
  const [cohorts, students] = await Promise.all([db.cohorts.count(), db.students.count()]);
  return cohorts === 0 && students === 0;
}
