import type { Cohort } from './cohort';
import type { Group } from './group';
import { fullName, searchKey, type Student } from './student';

/** A student as the students table shows it: joined with group and cohort, with keys precomputed. */
export interface StudentListRow {
  student: Student;
  groupName: string;
  cohortId: string | null;
  cohortName: string;
  fullName: string;
  /** Lower-case, accent-free "achternaam roepnaam tussenvoegsel": plain string comparison sorts it. */
  nameSortKey: string;
  groupSortKey: string;
  searchText: string;
  archived: boolean;
}

export function buildStudentRows(students: readonly Student[], groups: readonly Group[], cohorts: readonly Cohort[]): StudentListRow[] {
  const groupById = new Map(groups.map((g) => [g.id, g]));
  const cohortById = new Map(cohorts.map((c) => [c.id, c]));
  return students.map((student) => {
    const group = groupById.get(student.groupId);
    const cohort = group ? cohortById.get(group.cohortId) : undefined;
    const name = fullName(student);
    return {
      student,
      groupName: group?.name ?? '',
      cohortId: cohort?.id ?? null,
      cohortName: cohort?.name ?? '',
      fullName: name,
      nameSortKey: searchKey(`${student.achternaam} ${student.roepnaam} ${student.tussenvoegsel}`),
      // Zero-padded digits make "3T-B" < "10T-A" with a plain comparison.
      groupSortKey: searchKey(group?.name ?? '').replace(/\d+/g, (d) => d.padStart(4, '0')),
      searchText: searchKey(`${name} ${student.achternaam} ${student.leerlingnummer}`),
      archived: student.archivedAt != null,
    };
  });
}

export interface StudentListFilter {
  search: string;
  cohortId: string | null;
  groupId: string | null;
  showArchived: boolean;
}

/** Every word of the search must appear in the name or number ("van ber 1042" finds Daniël van der Berg). */
export function filterStudentRows(rows: readonly StudentListRow[], filter: StudentListFilter): StudentListRow[] {
  const words = searchKey(filter.search).split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      (filter.showArchived || !row.archived) &&
      (filter.cohortId === null || row.cohortId === filter.cohortId) &&
      (filter.groupId === null || row.student.groupId === filter.groupId) &&
      words.every((word) => row.searchText.includes(word)),
  );
}
