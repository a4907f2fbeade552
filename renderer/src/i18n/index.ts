import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { nl } from './nl';
import { registerOpdrachtFormats } from './opdracht-messages';

export const resources = { nl: { translation: nl }, en: { translation: en } } as const;

function storedLanguage(): 'nl' | 'en' {
  try {
    const raw = localStorage.getItem('vakwerk:preferences');
    const language = raw ? (JSON.parse(raw) as { state?: { language?: string } }).state?.language : undefined;
    return language === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

/** Dutch by default; the stored preference is read synchronously so the first paint is right. */
export function initI18n(language: 'nl' | 'en' = storedLanguage()) {
  if (i18next.isInitialized) return i18next;
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'nl',
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
    initImmediate: false,
    showSupportNotice: false,
  });
  // Dates in opdracht messages ("10 maart 2027") use this formatter.
  registerOpdrachtFormats(i18next);
  return i18next;
}
