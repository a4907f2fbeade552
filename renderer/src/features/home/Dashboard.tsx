import type { Cohort } from '../../../../shared/domain/cohort';
import { useSchoolSettings } from '../../hooks/use-school-settings';
import { GapsCard } from './components/GapsCard';
import { RecentObservationsCard } from './components/RecentObservationsCard';
import { WaitingCard } from './components/WaitingCard';
import { WeekCard } from './components/WeekCard';
import { useDashboardReadyMark, type DashboardData } from './use-dashboard';
import './dashboard.css';

/** The four cards of a school with data: this week, waiting for grading, gaps, recent observations. */
export function Dashboard({ data, cohorts, label }: { data: DashboardData; cohorts: readonly Cohort[]; label: string }) {
  const settings = useSchoolSettings();
  useDashboardReadyMark(data.due !== undefined && data.waiting !== undefined && data.recent !== undefined && settings !== undefined, 'dashboard');
  useDashboardReadyMark(data.gaps !== undefined, 'dashboardGaps');
  return (
    <section className="dash-grid" aria-label={label}>
      <WeekCard week={data.week} items={data.due} cohorts={cohorts} />
      <WaitingCard waiting={data.waiting} groupNames={data.groupNames} />
      <GapsCard gaps={data.gaps} />
      <RecentObservationsCard recent={settings ? data.recent : undefined} scale={settings?.observationScale ?? []} />
    </section>
  );
}
