import { searchKey } from '../../../../shared/domain/student';
import type { StudentListRow } from '../../../../shared/domain/student-list';
import type { Group } from '../../../../shared/domain/group';

export const MAX_RESULTS_PER_KIND = 8;

/** Students whose name or number contains every word of the query, best (prefix) matches first. */
export function searchStudents(rows: readonly StudentListRow[], query: string): StudentListRow[] {
  const words = searchKey(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const first = words[0]!;
  return rows
    .filter((row) => !row.archived && words.every((word) => row.searchText.includes(word)))
    .sort((a, b) => Number(!a.searchText.startsWith(first)) - Number(!b.searchText.startsWith(first)) || a.nameSortKey.localeCompare(b.nameSortKey))
    .slice(0, MAX_RESULTS_PER_KIND);
}

export function searchGroups(groups: readonly Group[], query: string): Group[] {
  const key = searchKey(query.trim());
  if (!key) return [];
  return groups.filter((group) => searchKey(group.name).includes(key)).slice(0, MAX_RESULTS_PER_KIND);
}
