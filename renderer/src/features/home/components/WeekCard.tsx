import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Cohort } from '../../../../../shared/domain/cohort';
import type { DashboardWeek, DueBucket, DueItem } from '../../../../../shared/growth/dashboard';
import { formatWeekday } from '../format';
import { CardEmpty, DashboardCard } from './DashboardCard';

const PER_BUCKET = 8;
const BUCKETS: readonly DueBucket[] = ['overdue', 'this-week', 'next-week'];
const BUCKET_LABEL = { overdue: 'dashboard.week.overdue', 'this-week': 'dashboard.week.thisWeek', 'next-week': 'dashboard.week.nextWeek' } as const;

/** Deze week: phases, deadlines and PTA toetsen this week and next, overdue deadlines apart. */
export function WeekCard({ week, items, cohorts }: { week: DashboardWeek; items: DueItem[] | undefined; cohorts: readonly Cohort[] }) {
  const { t, i18n } = useTranslation();
  const cohortName = new Map(cohorts.map((cohort) => [cohort.id, cohort.name]));
  const day = (date: string) => formatWeekday(date, i18n.language);
  const label = (item: DueItem) =>
    item.kind === 'toets' ? t('dashboard.week.kind.toets', { code: item.code }) : t(`dashboard.week.kind.${item.kind}`, { phase: item.phaseName.toLocaleLowerCase(i18n.language) });
  return (
    <DashboardCard
      id="dash-week"
      title={t('dashboard.week.title')}
      loaded={items !== undefined}
      subtitle={t('dashboard.week.range', { number: week.number, from: day(week.start), to: day(week.end) })}
    >
      {items && items.length === 0 ? (
        <CardEmpty title={t('dashboard.week.empty')}>
          {t('dashboard.week.emptyBody')} <Link to="/jaarplanning">{t('dashboard.week.toYearPlan')}</Link>
        </CardEmpty>
      ) : (
        BUCKETS.map((bucket) => {
          const inBucket = (items ?? []).filter((item) => item.bucket === bucket);
          if (inBucket.length === 0 && bucket !== 'this-week') return null;
          return (
            <div key={bucket} className={`dash-bucket dash-bucket-${bucket}`}>
              {/* This week is the card's own title; only the other two get a heading. */}
              {bucket === 'this-week' ? null : (
                <h3 id={`dash-week-${bucket}`}>{bucket === 'next-week' ? t('dashboard.week.nextWeekHeading', { number: week.nextNumber }) : t(BUCKET_LABEL[bucket])}</h3>
              )}
              {bucket === 'overdue' && <p className="muted dash-hint">{t('dashboard.week.overdueHint')}</p>}
              {inBucket.length === 0 ? (
                <p className="muted">{t('dashboard.week.emptyThisWeek')}</p>
              ) : (
                <ul className="dash-list" aria-label={t(BUCKET_LABEL[bucket])}>
                  {inBucket.slice(0, PER_BUCKET).map((item) => (
                    <li key={item.key} className={item.date === week.today ? 'dash-today' : undefined}>
                      <span className="dash-date">
                        {item.date === week.today ? t('dashboard.week.today') : day(item.date)}
                      </span>
                      <span className="dash-what">
                        <span className={`badge dash-kind dash-kind-${item.kind}`}>{label(item)}</span>{' '}
                        {item.kind === 'toets' ? (
                          <>
                            <Link to={`/pta?cohort=${item.cohortId}`}>{item.title}</Link>{' '}
                            <span className="muted">{cohortName.get(item.cohortId) ?? ''}</span>
                          </>
                        ) : (
                          <Link to={`/opdrachten/${item.opdrachtId}`}>{item.title}</Link>
                        )}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
              {inBucket.length > PER_BUCKET && (
                <p className="muted">
                  <Link to="/jaarplanning">{t('dashboard.week.more', { count: inBucket.length - PER_BUCKET })}</Link>
                </p>
              )}
            </div>
          );
        })
      )}
    </DashboardCard>
  );
}
