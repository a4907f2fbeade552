import type { Cohort, Leerweg } from '../domain/cohort';
import type { Group } from '../domain/group';
import { schoolYearOf, schoolYearStarting, startYearOf } from '../domain/school-year';
import type { Student } from '../domain/student';
import { ACHTERNAMEN_NL, ACHTERNAMEN_OTHER, ROEPNAMEN, TUSSENVOEGSELS } from './names';
import { createRandom } from './random';

/**
 * The voorbeeldschool: what a pgv teacher's data looks like. `demo` is one teacher's load
 * (~120 students in 5 groups); `large` is the benchmark school from quality.md (1,000 students
 * in 40 groups over 5 cohorts).
 */
export type SchoolScale = 'demo' | 'large';

export interface GeneratedSchool {
  cohorts: Cohort[];
  groups: Group[];
  students: Student[];
}

interface CohortPlan {
  leerweg: Leerweg;
  /** 0 = the cohort in leerjaar 3 this schooljaar, 1 = in leerjaar 4. */
  yearsAgo: number;
  programme: string;
  groupCount: number;
}

const DEMO_COHORTS: CohortPlan[] = [
  { leerweg: 'tl', yearsAgo: 1, programme: 'Zorg en Welzijn', groupCount: 2 },
  { leerweg: 'tl', yearsAgo: 0, programme: 'Zorg en Welzijn', groupCount: 2 },
  { leerweg: 'gl', yearsAgo: 0, programme: 'Zorg en Welzijn', groupCount: 1 },
];

const LARGE_COHORTS: CohortPlan[] = [
  { leerweg: 'tl', yearsAgo: 1, programme: 'Zorg en Welzijn', groupCount: 8 },
  { leerweg: 'tl', yearsAgo: 0, programme: 'Zorg en Welzijn', groupCount: 8 },
  { leerweg: 'gl', yearsAgo: 1, programme: 'Technologie en Toepassing', groupCount: 8 },
  { leerweg: 'gl', yearsAgo: 0, programme: 'Technologie en Toepassing', groupCount: 8 },
  { leerweg: 'tl', yearsAgo: 2, programme: 'Economie en Ondernemen', groupCount: 8 },
];

const STUDENTS_PER_GROUP: Record<SchoolScale, number> = { demo: 24, large: 25 };

export function generateSchool(scale: SchoolScale, options: { seed?: number; now?: number } = {}): GeneratedSchool {
  const random = createRandom(options.seed ?? 20261123);
  const stamp = options.now ?? Date.now();
  const currentStart = startYearOf(schoolYearOf(new Date(stamp)));
  const plans = scale === 'demo' ? DEMO_COHORTS : LARGE_COHORTS;

  const cohorts: Cohort[] = [];
  const groups: Group[] = [];
  const students: Student[] = [];
  let nextNumber = 104_000 + random.int(800);

  for (const plan of plans) {
    const firstYear = currentStart - plan.yearsAgo;
    const cohort: Cohort = {
      id: random.uuid(),
      name: `Cohort ${firstYear}-${firstYear + 2} ${plan.leerweg}`,
      leerweg: plan.leerweg,
      programme: plan.programme,
      firstSchoolYear: schoolYearStarting(firstYear),
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
      archivedAt: null,
    };
    cohorts.push(cohort);
    const leerjaar = 3 + plan.yearsAgo;
    const letter = plan.leerweg === 'tl' ? 'T' : 'G';
    for (let g = 0; g < plan.groupCount; g++) {
      const group: Group = {
        id: random.uuid(),
        cohortId: cohort.id,
        // Leerjaar 5+ does not exist in vmbo: older cohorts are shown as alumni groups.
        name: leerjaar <= 4 ? `${leerjaar}${letter}-${String.fromCharCode(65 + g)}` : `Examen ${firstYear + 2} ${letter}-${String.fromCharCode(65 + g)}`,
        createdAt: stamp,
        updatedAt: stamp,
        deletedAt: null,
      };
      groups.push(group);
      for (let s = 0; s < STUDENTS_PER_GROUP[scale]; s++) {
        const dutch = random.next() < 0.65;
        students.push({
          id: random.uuid(),
          roepnaam: random.pick(ROEPNAMEN),
          tussenvoegsel: dutch ? random.pick(TUSSENVOEGSELS) : '',
          achternaam: dutch ? random.pick(ACHTERNAMEN_NL) : random.pick(ACHTERNAMEN_OTHER),
          leerlingnummer: String(nextNumber++),
          groupId: group.id,
          createdAt: stamp,
          updatedAt: stamp,
          deletedAt: null,
          archivedAt: null,
        });
      }
    }
  }
  return { cohorts, groups, students };
}
