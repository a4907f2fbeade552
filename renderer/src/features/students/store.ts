import type { SortingState } from '@tanstack/react-table';
import { createStore } from '../../state';

interface StudentsViewState {
  search: string;
  cohortId: string | null;
  groupId: string | null;
  showArchived: boolean;
  sorting: SortingState;
  /** Selected student ids; kept as a Set so 1,000 checkboxes stay cheap. */
  selected: Set<string>;
  setSearch(search: string): void;
  setCohort(cohortId: string | null): void;
  setGroup(groupId: string | null): void;
  setShowArchived(show: boolean): void;
  setSorting(sorting: SortingState): void;
  toggleSelected(id: string): void;
  setSelected(ids: Iterable<string>): void;
  clearSelection(): void;
}

/** UI state of the students screen; kept when the teacher navigates away and back. */
export const useStudentsView = createStore<StudentsViewState>((set) => ({
  search: '',
  cohortId: null,
  groupId: null,
  showArchived: false,
  sorting: [{ id: 'achternaam', desc: false }],
  selected: new Set(),
  setSearch: (search) => set({ search }),
  // A group belongs to one cohort: changing the cohort clears a group filter of another cohort.
  setCohort: (cohortId) => set({ cohortId, groupId: null }),
  setGroup: (groupId) => set({ groupId }),
  setShowArchived: (showArchived) => set({ showArchived }),
  setSorting: (sorting) => set({ sorting }),
  toggleSelected: (id) =>
    set((state) => {
      const selected = new Set(state.selected);
      if (selected.has(id)) selected.delete(id);
      else selected.add(id);
      return { selected };
    }),
  setSelected: (ids) => set({ selected: new Set(ids) }),
  clearSelection: () => set({ selected: new Set() }),
}));
