import { generateAssessment } from '../../../../shared/demo/generate-assessment';
import { generateSchoolContent } from '../../../../shared/demo/generate-content';
import { generateSchool, type SchoolScale } from '../../../../shared/demo/generate-school';
import { db } from '../db';
import { packObservaties } from '../../../../shared/domain/observatie-lijst';

export class DatabaseNotEmptyError extends Error {
  constructor() {
    super('voorbeeldgegevens kunnen alleen in een lege database worden geladen');
    this.name = 'DatabaseNotEmptyError';
  }
}

/**
 * Loads the voorbeeldschool in one transaction: students, groups and cohorts, a framework with
 * the school's skills, rubrics, opdrachtgevers, opdrachten and teams, and the assessment data:
 * PTAs, rubric scores, cijfers, observations and a comment bank. Returns how many students it
 * added.
 * Only into an empty database: demo students must never mix with a real class list.
 */
export async function loadDemoSchool(scale: SchoolScale = 'demo'): Promise<number> {
  const school = generateSchool(scale);
  const content = generateSchoolContent(school, scale);
  const assessment = generateAssessment(school, content, scale);
  const tables = [
    db.cohorts,
    db.groups,
    db.students,
    db.frameworks,
    db.frameworkNodes,
    db.rubrics,
    db.rubricVersions,
    db.opdrachtgevers,
    db.opdrachten,
    db.teams,
    db.ptas,
    db.beoordelingen,
    db.resultaten,
    db.observatieLijsten,
    db.commentBank,
  ];
  await db.transaction('rw', tables, async () => {
    if ((await db.cohorts.count()) > 0 || (await db.students.count()) > 0) throw new DatabaseNotEmptyError();
    await db.cohorts.bulkAdd(school.cohorts);
    await db.groups.bulkAdd(school.groups);
    await db.students.bulkAdd(school.students);
    await db.frameworks.bulkAdd(content.frameworks);
    await db.frameworkNodes.bulkAdd(content.nodes);
    await db.rubrics.bulkAdd(content.rubrics);
    await db.rubricVersions.bulkAdd(content.rubricVersions);
    await db.opdrachtgevers.bulkAdd(content.opdrachtgevers);
    await db.opdrachten.bulkAdd(content.opdrachten);
    await db.teams.bulkAdd(content.teams);
    await db.ptas.bulkAdd(assessment.ptas);
    await db.beoordelingen.bulkAdd(assessment.beoordelingen);
    await db.resultaten.bulkAdd(assessment.resultaten);
    await db.observatieLijsten.bulkAdd(packObservaties(assessment.observaties));
    await db.commentBank.bulkAdd(assessment.commentBank);
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
