import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardGaps } from '../use-dashboard';
import { CardEmpty, DashboardCard } from './DashboardCard';

/** Leerlingen met gaten: who still has the most eindtermen of the programme to show. */
export function GapsCard({ gaps }: { gaps: DashboardGaps | undefined }) {
  const { t } = useTranslation();
  const names = gaps?.cohorts.map((cohort) => cohort.name).join(', ') ?? '';
  const coverageLink = gaps && gaps.cohorts.length > 0 ? `/dekking?cohort=${gaps.cohorts[0]!.id}` : '/dekking';
  return (
    <DashboardCard
      id="dash-gaps"
      title={t('dashboard.gaps.title')}
      loaded={gaps !== undefined}
      loadingText={t('dashboard.gaps.counting')}
      subtitle={gaps && gaps.cohorts.length > 0 ? t('dashboard.gaps.scope', { cohorts: names }) : undefined}
      footer={gaps && gaps.cohorts.length > 0 ? <Link to={coverageLink}>{t('dashboard.gaps.toCoverage')}</Link> : undefined}
    >
      {gaps && <GapsBody gaps={gaps} names={names} />}
    </DashboardCard>
  );
}

function GapsBody({ gaps, names }: { gaps: DashboardGaps; names: string }) {
  const { t } = useTranslation();
  const { ranking, cohorts } = gaps;
  if (cohorts.length === 0) return <CardEmpty title={t('dashboard.gaps.empty')}>{t('dashboard.gaps.noCohort')}</CardEmpty>;
  if (cohorts.every((cohort) => cohort.eindtermen === 0)) return <CardEmpty title={t('dashboard.gaps.empty')}>{t('dashboard.gaps.noEindtermen', { cohorts: names })}</CardEmpty>;
  if (ranking.counted === 0) return <CardEmpty title={t('dashboard.gaps.empty')}>{t('dashboard.gaps.noStudents', { cohorts: names })}</CardEmpty>;
  if (ranking.top.length === 0) return <CardEmpty title={t('dashboard.gaps.empty')}>{t('dashboard.gaps.emptyAllShown', { counted: ranking.counted })}</CardEmpty>;
  return (
    <>
      <p>{t('dashboard.gaps.summary', { withGaps: ranking.withGaps, counted: ranking.counted })}</p>
      <ol className="dash-list dash-gaps" aria-label={t('dashboard.gaps.title')}>
        {ranking.top.map((gap) => (
          <li key={gap.studentId}>
            <Link to={`/leerlingen/${gap.studentId}`} className="dash-name">
              {gap.name}
            </Link>
            <span className="dash-counts">
              <strong>{t('dashboard.gaps.notSeen', { count: gap.notSeen })}</strong>
              {gap.formative > 0 && <span className="muted"> · {t('dashboard.gaps.formative', { count: gap.formative })}</span>}
              <span className="muted"> {t('dashboard.gaps.ofTotal', { total: gap.total })}</span>
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
