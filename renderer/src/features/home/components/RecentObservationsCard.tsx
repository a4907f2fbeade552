import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Observatie } from '../../../../../shared/domain/observatie';
import { fullName } from '../../../../../shared/domain/student';
import type { RecentObservatieRows } from '../../../db/repositories/dashboard';
import { formatDay } from '../../../ui/format-date';
import { CardEmpty, DashboardCard } from './DashboardCard';

/** Recente observaties: the latest entered, with student, goal, level and the date of the work. */
export function RecentObservationsCard({ recent, scale }: { recent: RecentObservatieRows | undefined; scale: readonly string[] }) {
  const { t, i18n } = useTranslation();
  // A level on the school's current scale gets its name; one noted on another scale its number.
  const levelText = (observatie: Observatie) => {
    if (observatie.level === null) return null;
    if (observatie.scaleSize === scale.length) return scale[observatie.level - 1] ?? null;
    return t('dashboard.recent.levelOf', { level: observatie.level, size: observatie.scaleSize });
  };
  return (
    <DashboardCard id="dash-recent" title={t('dashboard.recent.title')} loaded={recent !== undefined}>
      {recent && recent.observaties.length === 0 ? (
        <CardEmpty title={t('dashboard.recent.empty')}>{t('dashboard.recent.emptyBody')}</CardEmpty>
      ) : (
        <ul className="dash-list dash-recent" aria-label={t('dashboard.recent.title')}>
          {recent?.observaties.map((observatie) => {
            const student = recent.students.get(observatie.studentId);
            const node = observatie.nodeId ? recent.nodes.get(observatie.nodeId) : undefined;
            const level = levelText(observatie);
            return (
              <li key={observatie.id}>
                <span className="dash-row">
                  <Link to={`/leerlingen/${observatie.studentId}`} className="dash-name">
                    {student ? fullName(student) : '—'}
                  </Link>
                  <span className="muted dash-date">{formatDay(observatie.date, i18n.language)}</span>
                </span>
                <span className="dash-row">
                  {/* Long goals are cut off with an ellipsis; the full text stays on hover. */}
                  <span className="dash-goal" title={node ? `${node.code} ${node.text}`.trim() : undefined}>
                    {node ? `${node.code} ${node.text}`.trim() : t('dashboard.recent.general')}
                  </span>
                  {level && <span className="badge">{level}</span>}
                </span>
                {observatie.note && <span className="muted dash-note">{observatie.note}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </DashboardCard>
  );
}
