import { useEffect } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../state/preferences';
import { Layout } from './Layout';
import { RouteError } from './ErrorBoundary';
import { HomePage } from '../features/home';
import { StudentsPage } from '../features/students';
import { GroupsPage } from '../features/groups';
import { SettingsPage } from '../features/settings';

/*
 * Hash routing: the desktop app serves files from app://vakwerk without a server that could
 * fall back to index.html, and the URL never needs to leave the machine.
 */
const router = createHashRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    // Shown while a lazily loaded screen (the importer) arrives on a first load straight to it.
    hydrateFallbackElement: <div className="page" aria-busy="true" />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'leerlingen', element: <StudentsPage /> },
      {
        path: 'leerlingen/importeren',
        // The importer carries the CSV and XLSX readers: loaded only when the teacher imports.
        lazy: async () => ({ Component: (await import('../features/import')).ImportPage }),
      },
      { path: 'leerlingen/:id', lazy: async () => ({ Component: (await import('../features/student')).StudentPage }) },
      { path: 'groepen', element: <GroupsPage /> },
      // Frameworks and rubrics carry their importers and the PDF code: loaded when first opened.
      { path: 'kaders', lazy: async () => ({ Component: (await import('../features/frameworks')).FrameworksPage }) },
      { path: 'kaders/:id', lazy: async () => ({ Component: (await import('../features/frameworks')).FrameworkPage }) },
      { path: 'rubrics', lazy: async () => ({ Component: (await import('../features/rubrics')).RubricsPage }) },
      { path: 'rubrics/:id', lazy: async () => ({ Component: (await import('../features/rubrics')).RubricPage }) },
      { path: 'opdrachtgevers', lazy: async () => ({ Component: (await import('../features/opdrachtgevers')).OpdrachtgeversPage }) },
      { path: 'opdrachten', lazy: async () => ({ Component: (await import('../features/opdrachten')).OpdrachtenPage }) },
      { path: 'opdrachten/:id', lazy: async () => ({ Component: (await import('../features/opdrachten')).OpdrachtPage }) },
      { path: 'jaarplanning', lazy: async () => ({ Component: (await import('../features/opdrachten')).YearPlanPage }) },
      { path: 'beoordelen', lazy: async () => ({ Component: (await import('../features/classroom')).ClassroomPage }) },
      { path: 'cijfers', lazy: async () => ({ Component: (await import('../features/grades')).GradesPage }) },
      { path: 'dekking', lazy: async () => ({ Component: (await import('../features/coverage')).CoveragePage }) },
      { path: 'groei', lazy: async () => ({ Component: (await import('../features/growth')).GrowthPage }) },
      { path: 'pta', lazy: async () => ({ Component: (await import('../features/pta')).PtaPage }) },
      { path: 'instellingen', element: <SettingsPage /> },
      { path: 'back-up', lazy: async () => ({ Component: (await import('../features/backup')).BackupPage }) },
      { path: '*', element: <RouteError notFound /> },
    ],
  },
]);

function usePreferenceEffects() {
  const theme = usePreferences((state) => state.theme);
  const language = usePreferences((state) => state.language);
  const { i18n } = useTranslation();
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
}

export function App() {
  usePreferenceEffects();
  return <RouterProvider router={router} />;
}
