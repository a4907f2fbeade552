import { createStore } from '../../state';

/** What the observation dialog starts with: opened from a student page, a classroom, or empty. */
export interface ObservationPrefill {
  studentIds?: readonly string[];
  opdrachtId?: string | null;
  nodeId?: string | null;
}

interface ObservationDialogState {
  /** null: closed. */
  prefill: ObservationPrefill | null;
  open(prefill?: ObservationPrefill): void;
  close(): void;
}

/** The observation dialog is one for the whole app, so it can be opened from anywhere. */
export const useObservationDialog = createStore<ObservationDialogState>((set) => ({
  prefill: null,
  open: (prefill = {}) => set({ prefill }),
  close: () => set({ prefill: null }),
}));
