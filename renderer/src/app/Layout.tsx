import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AssessIcon, CalendarIcon, ClientIcon, FrameworkIcon, GradesIcon, GroupsIcon, GrowthIcon, HomeIcon, ObservationIcon, OpdrachtIcon, PtaIcon, RubricIcon, SearchIcon, SettingsIcon, StudentsIcon } from '../ui/icons';
import { Toasts } from '../ui/Toasts';
import { CommandPalette, useCommandPalette } from '../features/search';
import { ObservationDialogHost, useObservationDialog } from '../features/observations';
import { CoverageNavIcon } from '../features/coverage/CoverageNavIcon';

export function Layout() {
  const { t } = useTranslation();
  const openPalette = useCommandPalette((state) => state.open);
  const openObservation = useObservationDialog((state) => state.open);
  const isMac = navigator.platform.toLowerCase().includes('mac');
  return (
    <>
      <a className="skip-link" href="#main" onClick={(event) => {
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        {t('nav.skipToContent')}
      </a>
      <div className="shell">
        <nav className="sidebar" aria-label={t('nav.label')}>
          {/* The link's name is its visible text "Vakwerk" (WCAG 2.5.3); the logo letter is decoration. */}
          <NavLink to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">V</span>
            Vakwerk
          </NavLink>
          <div className="nav">
            <NavLink to="/" end>
              <HomeIcon /> {t('nav.home')}
            </NavLink>
            <NavLink to="/leerlingen">
              <StudentsIcon /> {t('nav.students')}
            </NavLink>
            <NavLink to="/groepen">
              <GroupsIcon /> {t('nav.groups')}
            </NavLink>
            <NavLink to="/beoordelen">
              <AssessIcon /> {t('nav.classroom')}
            </NavLink>
            <NavLink to="/cijfers">
              <GradesIcon /> {t('nav.grades')}
            </NavLink>
            <NavLink to="/groei">
              <GrowthIcon /> {t('heatmap.nav')}
            </NavLink>
            <NavLink to="/pta">
              <PtaIcon /> {t('nav.pta')}
            </NavLink>
            <NavLink to="/dekking">
              <CoverageNavIcon /> {t('coverageMatrix.nav')}
            </NavLink>
            <NavLink to="/opdrachten">
              <OpdrachtIcon /> {t('nav.opdrachten')}
            </NavLink>
            <NavLink to="/jaarplanning">
              <CalendarIcon /> {t('nav.yearPlan')}
            </NavLink>
            <NavLink to="/opdrachtgevers">
              <ClientIcon /> {t('nav.clients')}
            </NavLink>
            <NavLink to="/kaders">
              <FrameworkIcon /> {t('nav.frameworks')}
            </NavLink>
            <NavLink to="/rubrics">
              <RubricIcon /> {t('nav.rubrics')}
            </NavLink>
            <NavLink to="/instellingen">
              <SettingsIcon /> {t('nav.settings')}
            </NavLink>
          </div>
          <div className="sidebar-footer">
            <button type="button" className="search-trigger" onClick={() => openObservation()}>
              <ObservationIcon size={16} /> {t('observations.open')}
            </button>
            <button type="button" className="search-trigger" onClick={openPalette} aria-keyshortcuts="Control+K">
              <SearchIcon size={16} /> {t('nav.search')}
              <kbd>{isMac ? '⌘K' : 'Ctrl K'}</kbd>
            </button>
          </div>
        </nav>
        <main id="main" className="main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <CommandPalette />
      <ObservationDialogHost />
      <Toasts />
    </>
  );
}
