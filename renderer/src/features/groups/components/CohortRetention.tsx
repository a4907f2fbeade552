import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cohort } from '../../../../../shared/domain/cohort';
import { DEFAULT_RETENTION_YEARS } from '../../../../../shared/privacy/cohort-retention';
import { anonymiseCohort, deleteCohortForGood, restoreRetention, saveRetentionEnd } from '../../../db/repositories/cohort-retention';
import { useToasts } from '../../../state/toasts';
import { formatDay } from '../../../ui/format-date';
import { CohortRetentionDialog, type RetentionAction } from './CohortRetentionDialog';
import { RetentionDateDialog } from './RetentionDateDialog';
import type { CohortRetentionState } from './use-retention';

interface CohortRetentionProps {
  cohort: Cohort;
  retention: CohortRetentionState | undefined;
}

/** In a cohort's card: how long its data is kept, and anonymising or deleting it for good. */
export function CohortRetention({ cohort, retention }: CohortRetentionProps) {
  const { t, i18n } = useTranslation();
  const show = useToasts((state) => state.show);
  const [open, setOpen] = useState<'none' | 'date' | RetentionAction>('none');
  if (!retention) return null;

  const failed = (error: unknown) =>
    show({ message: t('privacy.retention.failed', { message: error instanceof Error ? error.message : String(error) }), tone: 'error' });

  const confirm = async (action: RetentionAction) => {
    try {
      if (action === 'anonymise') {
        await anonymiseCohort(cohort.id);
        show({ message: t('privacy.retention.anonymised', { name: cohort.name }), tone: 'success' });
      } else {
        const counts = await deleteCohortForGood(cohort.id);
        show({ message: t('privacy.retention.deleted', { name: cohort.name, students: counts.students }), tone: 'success' });
      }
      setOpen('none');
    } catch (error) {
      failed(error);
    }
  };

  const status =
    retention.anonymisedAt != null
      ? t('privacy.retention.anonymisedOn', { date: new Date(retention.anonymisedAt).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'short', year: 'numeric' }) })
      : `${t('privacy.retention.until', { date: formatDay(retention.endDate, i18n.language) })}${retention.isDefault ? ` (${t('privacy.retention.defaultHint', { years: DEFAULT_RETENTION_YEARS })})` : ''}`;

  return (
    <div className={`cohort-retention${retention.due ? ' is-due' : ''}`}>
      <span className="muted">{status}</span>
      <div className="actions">
        <button type="button" className="btn btn-small btn-ghost" onClick={() => setOpen('date')} aria-label={t('privacy.retention.changeLabel', { name: cohort.name })}>
          {t('privacy.retention.change')}
        </button>
        {retention.anonymisedAt == null && (
          <button type="button" className="btn btn-small btn-ghost" onClick={() => setOpen('anonymise')} aria-label={t('privacy.retention.anonymiseLabel', { name: cohort.name })}>
            {t('privacy.retention.anonymise')}
          </button>
        )}
        <button type="button" className="btn btn-small btn-ghost" onClick={() => setOpen('delete')} aria-label={t('privacy.retention.deleteLabel', { name: cohort.name })}>
          {t('privacy.retention.delete')}
        </button>
      </div>
      {open === 'date' && (
        <RetentionDateDialog
          cohort={cohort}
          endDate={retention.endDate}
          onClose={() => setOpen('none')}
          onSave={async (endDate) => {
            const previous = await saveRetentionEnd(cohort.id, endDate);
            show({
              message: t('privacy.retention.dateDialog.saved', { name: cohort.name, date: formatDay(endDate, i18n.language) }),
              tone: 'success',
              undo: () => restoreRetention(cohort.id, previous),
            });
          }}
        />
      )}
      {(open === 'anonymise' || open === 'delete') && <CohortRetentionDialog cohort={cohort} action={open} onClose={() => setOpen('none')} onConfirm={() => confirm(open)} />}
    </div>
  );
}
