import { useTranslation } from 'react-i18next';
import type { Cohort } from '../../../../../shared/domain/cohort';
import { formatDay } from '../../../ui/format-date';
import type { CohortRetentionState } from './use-retention';

interface RetentionReminderProps {
  cohorts: readonly Cohort[];
  retention: ReadonlyMap<string, CohortRetentionState> | undefined;
}

/** At the top of the groups screen: cohorts whose retention has ended and are not anonymised yet. */
export function RetentionReminder({ cohorts, retention }: RetentionReminderProps) {
  const { t, i18n } = useTranslation();
  const due = cohorts.filter((cohort) => retention?.get(cohort.id)?.due);
  if (due.length === 0) return null;
  return (
    <div className="alert alert-warning" role="region" aria-label={t('privacy.retention.reminderTitle')}>
      <strong>{t('privacy.retention.reminderTitle')}</strong>
      <ul>
        {due.map((cohort) => (
          <li key={cohort.id}>
            <a href={`#cohort-${cohort.id}`} onClick={(event) => focusCohort(event, cohort.id)}>
              {t('privacy.retention.reminder', { name: cohort.name, date: formatDay(retention!.get(cohort.id)!.endDate, i18n.language) })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Hash routing owns the URL's #, so the link scrolls and moves focus itself instead of navigating. */
function focusCohort(event: React.MouseEvent, cohortId: string): void {
  event.preventDefault();
  const heading = document.getElementById(`cohort-${cohortId}`);
  if (!heading) return;
  heading.setAttribute('tabindex', '-1');
  heading.scrollIntoView({ block: 'start' });
  heading.focus();
}
