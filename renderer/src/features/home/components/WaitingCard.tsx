import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WaitingOpdracht } from '../../../../../shared/growth/dashboard';
import { formatDay } from '../../../ui/format-date';
import { CardEmpty, DashboardCard } from './DashboardCard';

const SHOWN = 6;

/** Wacht op beoordeling: finished or handed-in work the examinator has not scored everywhere yet. */
export function WaitingCard({ waiting, groupNames }: { waiting: WaitingOpdracht[] | undefined; groupNames: Map<string, string> | undefined }) {
  const { t, i18n } = useTranslation();
  return (
    <DashboardCard id="dash-waiting" title={t('dashboard.waiting.title')} loaded={waiting !== undefined}>
      {waiting && waiting.length === 0 ? (
        <CardEmpty title={t('dashboard.waiting.empty')}>{t('dashboard.waiting.emptyBody')}</CardEmpty>
      ) : (
        <ul className="dash-list dash-waiting" aria-label={t('dashboard.waiting.title')}>
          {waiting?.slice(0, SHOWN).map((item) => {
            const date = formatDay(item.deadline, i18n.language);
            return (
              <li key={item.opdrachtId}>
                <Link to={`/opdrachten/${item.opdrachtId}`} className="dash-name">
                  {item.title}
                </Link>
                <span className="muted">{item.reason === 'deadline-passed' ? t('dashboard.waiting.deadlinePassed', { date }) : t('dashboard.waiting.handingIn', { date })}</span>
                <span>
                  <strong>{t('dashboard.waiting.students', { count: item.students })}</strong>
                  {item.teams > 0 && <> ({t('dashboard.waiting.teams', { count: item.teams })})</>} {t('dashboard.waiting.open')}
                </span>
                <span className="actions">
                  {item.groups.map((group) => {
                    const name = groupNames?.get(group.groupId) ?? '';
                    const visible = `${t('dashboard.waiting.score', { group: name })} (${group.students})`;
                    return (
                      <Link
                        key={group.groupId}
                        className="btn btn-small"
                        to={`/beoordelen?opdracht=${item.opdrachtId}&groep=${group.groupId}&rubric=${group.rubricId}`}
                        aria-label={t('dashboard.waiting.scoreLabel', { visible, title: item.title })}
                      >
                        {visible}
                      </Link>
                    );
                  })}
                </span>
              </li>
            );
          })}
          {waiting && waiting.length > SHOWN && <li className="muted">{t('dashboard.waiting.more', { count: waiting.length - SHOWN })}</li>}
        </ul>
      )}
    </DashboardCard>
  );
}
