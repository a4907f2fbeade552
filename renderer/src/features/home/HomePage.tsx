import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { countSetup } from '../../db/repositories/demo-school';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSchoolData } from '../../hooks/use-school-data';
import { usePageTitle } from '../../hooks/use-page-title';
import { useCommandPalette } from '../search';
import { Dashboard } from './Dashboard';
import { LoadDemoButton } from './LoadDemoButton';
import { useDashboard } from './use-dashboard';

/**
 * The first screen: on an empty database a welcome with three ways to start; with data the
 * dashboard (this week, waiting for grading, students with gaps, recent observations) above
 * the counts and cohorts.
 */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  const data = useSchoolData();
  const openPalette = useCommandPalette((state) => state.open);
  const setup = useLiveQuery(countSetup);
  // Started with the school data, not after it: the cards' reads run side by side with it.
  const dashboard = useDashboard();

  const perCohort = useMemo(() => {
    if (!data) return [];
    return data.cohorts.map((cohort) => {
      const groups = data.groups.filter((group) => group.cohortId === cohort.id);
      const groupIds = new Set(groups.map((group) => group.id));
      const students = data.students.filter((student) => groupIds.has(student.groupId) && student.archivedAt == null);
      return { cohort, groups, studentCount: students.length };
    });
  }, [data]);

  if (!data) {
    return (
      <div className="page" aria-busy="true">
        <h1>{t('home.title')}</h1>
        <p className="muted">{t('common.loading')}</p>
      </div>
    );
  }

  const empty = data.cohorts.length === 0 && data.students.length === 0;
  if (empty) {
    return (
      <div className="page">
        <div className="page-header">
          <div>
            <h1>{t('home.welcomeTitle')}</h1>
            <p className="muted">{t('home.welcomeBody')}</p>
          </div>
        </div>
        <section aria-labelledby="quickstart-heading" className="form">
          <h2 id="quickstart-heading">{t('home.quickstart.title')}</h2>
          <div className="card-grid">
            <article className="card quickstart">
              <h3>{t('home.quickstart.demoTitle')}</h3>
              <p className="muted">{t('home.quickstart.demoBody')}</p>
              <LoadDemoButton primary />
            </article>
            <article className="card quickstart">
              <h3>{t('home.quickstart.importTitle')}</h3>
              <p className="muted">{t('home.quickstart.importBody')}</p>
              <Link className="btn" to="/leerlingen/importeren">
                {t('home.quickstart.importAction')}
              </Link>
            </article>
            <article className="card quickstart">
              <h3>{t('home.quickstart.manualTitle')}</h3>
              <p className="muted">{t('home.quickstart.manualBody')}</p>
              <Link className="btn" to="/groepen?nieuw=cohort">
                {t('home.quickstart.manualAction')}
              </Link>
            </article>
          </div>
        </section>
        <p className="muted">{t('home.privacy')}</p>
      </div>
    );
  }

  const activeStudents = data.students.filter((student) => student.archivedAt == null).length;
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('home.title')}</h1>
          <p className="muted">{t('home.subtitle')}</p>
        </div>
        <div className="actions">
          <button type="button" className="btn" onClick={openPalette}>
            {t('home.searchAction')}
          </button>
          <Link className="btn btn-primary" to="/leerlingen/importeren">
            {t('home.quickstart.importAction')}
          </Link>
        </div>
      </div>
      <Dashboard data={dashboard} cohorts={data.cohorts} label={t('dashboard.label')} />
      <section className="card-grid" aria-label={t('home.statsLabel')}>
        <Link className="card stat card-link" to="/leerlingen">
          <span className="stat-value">{activeStudents}</span>
          <span className="muted">{t('home.stats.students', { count: activeStudents })}</span>
        </Link>
        <Link className="card stat card-link" to="/groepen">
          <span className="stat-value">{data.groups.length}</span>
          <span className="muted">{t('home.stats.groups', { count: data.groups.length })}</span>
        </Link>
        <Link className="card stat card-link" to="/groepen">
          <span className="stat-value">{data.cohorts.length}</span>
          <span className="muted">{t('home.stats.cohorts', { count: data.cohorts.length })}</span>
        </Link>
      </section>
      {setup && (setup.frameworks === 0 || setup.rubrics === 0) && (
        <section aria-labelledby="next-heading" className="form">
          <h2 id="next-heading">{t('home.next.title')}</h2>
          <div className="card-grid">
            {setup.frameworks === 0 && (
              <article className="card quickstart">
                <h3>{t('home.next.frameworkTitle')}</h3>
                <p className="muted">{t('home.next.frameworkBody')}</p>
                <Link className="btn" to="/kaders?nieuw=kader">
                  {t('frameworks.add')}
                </Link>
              </article>
            )}
            {setup.rubrics === 0 && (
              <article className="card quickstart">
                <h3>{t('home.next.rubricTitle')}</h3>
                <p className="muted">{t('home.next.rubricBody')}</p>
                <Link className="btn" to="/rubrics?nieuw=rubric">
                  {t('rubrics.new')}
                </Link>
              </article>
            )}
          </div>
        </section>
      )}
      <section aria-labelledby="cohorts-heading" className="form">
        <h2 id="cohorts-heading">{t('home.cohortsTitle')}</h2>
        <div className="card-grid">
          {perCohort.map(({ cohort, groups, studentCount }) => (
            <article key={cohort.id} className="card form">
              <div>
                <h3>{cohort.name}</h3>
                <p className="muted">
                  {t(`leerweg.${cohort.leerweg}`)} · {cohort.programme} · {t('home.firstYear', { year: cohort.firstSchoolYear })}
                </p>
              </div>
              <p>
                {t('home.groupCount', { count: groups.length })}, {t('groups.studentCount', { count: studentCount })}
              </p>
              <div className="actions">
                {groups.map((group) => (
                  <Link key={group.id} className="btn btn-small" to={`/leerlingen?groep=${group.id}`} aria-label={t('home.groupLink', { group: group.name })}>
                    {group.name}
                  </Link>
                ))}
              </div>
            </article>
          ))}
        </div>
      </section>
    </div>
  );
}
