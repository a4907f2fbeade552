import { createStore } from './index';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'success' | 'error';
  /** When set, the toast offers "Ongedaan maken" and Ctrl+Z runs it. */
  undo?: () => Promise<void>;
}

interface ToastState {
  toasts: Toast[];
  show(toast: Omit<Toast, 'id'>): number;
  dismiss(id: number): void;
}

let nextId = 1;
const MAX_TOASTS = 3;

export const useToasts = createStore<ToastState>((set) => ({
  toasts: [],
  show: (toast) => {
    const id = nextId++;
    set((state) => ({ toasts: [...state.toasts, { ...toast, id }].slice(-MAX_TOASTS) }));
    return id;
  },
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
}));

/** The most recent action that can still be undone (Ctrl+Z). */
export function latestUndoable(toasts: readonly Toast[]): Toast | undefined {
  return [...toasts].reverse().find((toast) => toast.undo);
}
