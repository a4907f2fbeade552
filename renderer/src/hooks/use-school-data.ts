import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Cohort } from '../../../shared/domain/cohort';
import type { Group } from '../../../shared/domain/group';
import type { Student } from '../../../shared/domain/student';
import { buildStudentRows, type StudentListRow } from '../../../shared/domain/student-list';
import { listCohorts } from '../db/repositories/cohorts';
import { listGroups } from '../db/repositories/groups';
import { listStudents } from '../db/repositories/students';

/** Cohorts, groups and students, live from IndexedDB; undefined while the first read runs. */
export interface SchoolData {
  cohorts: Cohort[];
  groups: Group[];
  students: Student[];
}

export function useCohorts(): Cohort[] | undefined {
  return useLiveQuery(listCohorts);
}

export function useGroups(): Group[] | undefined {
  return useLiveQuery(listGroups);
}

/** One live query over the three tables: one render when they arrive, not three. */
async function readSchoolData(): Promise<SchoolData> {
  const [cohorts, groups, students] = await Promise.all([listCohorts(), listGroups(), listStudents()]);
  return { cohorts, groups, students };
}

export function useSchoolData(): SchoolData | undefined {
  return useLiveQuery(readSchoolData);
}

export function useStudentRows(data: SchoolData | undefined): StudentListRow[] | undefined {
  return useMemo(() => data && buildStudentRows(data.students, data.groups, data.cohorts), [data]);
}
