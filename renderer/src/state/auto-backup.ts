import type { WriteAutoBackupResult } from '../../../shared/ipc/contract';
import { createStore } from './index';

/** The outcome of the latest automatic backup, shown on the backup screen (and as a toast on failure). */
interface AutoBackupState {
  busy: boolean;
  lastResult: (WriteAutoBackupResult & { at: number }) | null;
  setBusy(busy: boolean): void;
  setResult(result: WriteAutoBackupResult, at: number): void;
}

export const useAutoBackupState = createStore<AutoBackupState>((set) => ({
  busy: false,
  lastResult: null,
  setBusy: (busy) => set({ busy }),
  setResult: (result, at) => set({ lastResult: { ...result, at }, busy: false }),
}));
