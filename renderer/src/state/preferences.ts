import { createPersistentStore } from './index';

export type Language = 'nl' | 'en';
export type ThemePreference = 'system' | 'light' | 'dark';

interface PreferencesState {
  language: Language;
  theme: ThemePreference;
  setLanguage(language: Language): void;
  setTheme(theme: ThemePreference): void;
}

/** Interface preferences of this machine (not teaching data, so not in IndexedDB). */
export const usePreferences = createPersistentStore<PreferencesState>('preferences', (set) => ({
  language: 'nl',
  theme: 'system',
  setLanguage: (language) => set({ language }),
  setTheme: (theme) => set({ theme }),
}));
