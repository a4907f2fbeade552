import { create, type StateCreator, type StoreApi, type UseBoundStore } from 'zustand';
import { persist, createJSONStorage } from 'zustand/middleware';

/**
 * The one module that imports zustand. Stores hold UI and session state only (filters,
 * selection, open dialogs, toasts); the teacher's data is read from IndexedDB through
 * repositories and useLiveQuery, never copied into a store.
 */
const resets = new Set<() => void>();

export function createStore<T extends object>(initializer: StateCreator<T>): UseBoundStore<StoreApi<T>> {
  const store = create<T>()(initializer);
  const initial = store.getState();
  resets.add(() => store.setState(initial, true));
  return store;
}

/** A store whose state survives a restart, in localStorage (for UI preferences only). */
export function createPersistentStore<T extends object>(name: string, initializer: StateCreator<T>): UseBoundStore<StoreApi<T>> {
  const store = create<T>()(persist(initializer, { name: `vakwerk:${name}`, storage: createJSONStorage(() => localStorage) }));
  const initial = store.getState();
  resets.add(() => store.setState(initial, true));
  return store;
}

/** For tests: every store back to its first state. */
export function resetAllStores(): void {
  for (const reset of resets) reset();
}
