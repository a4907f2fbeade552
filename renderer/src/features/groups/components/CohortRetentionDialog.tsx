import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cohort } from '../../../../../shared/domain/cohort';
import { previewCohortRetention } from '../../../db/repositories/cohort-retention';
import { Dialog } from '../../../ui/Dialog';
import { Field } from '../../../ui/Field';

export type RetentionAction = 'anonymise' | 'delete';

interface CohortRetentionDialogProps {
  cohort: Cohort;
  action: RetentionAction;
  onClose: () => void;
  onConfirm: () => Promise<void>;
}

const DELETE_KINDS = ['groups', 'students', 'observaties', 'bewijs', 'beoordelingen', 'resultaten', 'audit', 'teamMemberships', 'ptas'] as const;
const ANONYMISE_KINDS = ['students', 'notes', 'reasons', 'bewijs'] as const;

/**
 * The confirmation before anonymising or deleting a whole cohort: it names exactly what will
 * change, counted per kind from the database, and asks the teacher to type the cohort's name,
 * because neither can be undone.
 */
export function CohortRetentionDialog({ cohort, action, onClose, onConfirm }: CohortRetentionDialogProps) {
  const { t } = useTranslation();
  const preview = useLiveQuery(() => previewCohortRetention(cohort.id), [cohort.id]);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [working, setWorking] = useState(false);
  const anonymise = action === 'anonymise';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (working || !preview) return;
    if (typed.trim() !== cohort.name.trim()) return setError(t('privacy.retention.confirm.mismatch', { name: cohort.name }));
    setWorking(true);
    try {
      await onConfirm();
    } finally {
      setWorking(false);
    }
  };

  const title = anonymise ? t('privacy.retention.confirm.anonymiseTitle', { name: cohort.name }) : t('privacy.retention.confirm.deleteTitle', { name: cohort.name });
  return (
    <Dialog open title={title} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <p>{anonymise ? t('privacy.retention.confirm.anonymiseIntro') : t('privacy.retention.confirm.deleteIntro')}</p>
        {preview === undefined ? (
          <p className="muted" aria-busy="true">
            {t('privacy.retention.confirm.loading')}
          </p>
        ) : preview === null ? (
          <p role="alert">{t('privacy.retention.confirm.gone')}</p>
        ) : anonymise ? (
          <>
            <ul aria-label={title}>
              {ANONYMISE_KINDS.map((kind) => (
                <li key={kind}>{t(`privacy.retention.confirm.anonymiseList.${kind}`, { count: preview.anonymise[kind] })}</li>
              ))}
            </ul>
            <p className="muted">
              {t('privacy.retention.confirm.kept', {
                observaties: preview.anonymise.keptObservaties,
                beoordelingen: preview.anonymise.keptBeoordelingen,
                resultaten: preview.anonymise.keptResultaten,
              })}
            </p>
          </>
        ) : (
          <ul aria-label={title}>
            {DELETE_KINDS.map((kind) => (
              <li key={kind}>{t(`privacy.retention.confirm.deleteList.${kind}`, { count: preview.delete[kind] })}</li>
            ))}
          </ul>
        )}
        <p className="alert alert-warning">{t('privacy.retention.confirm.permanent')}</p>
        <Field label={t('privacy.retention.confirm.typeName', { name: cohort.name })} error={error}>
          <input type="text" value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" data-autofocus />
        </Field>
        <div className="dialog-footer">
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-danger" aria-busy={working}>
            {anonymise ? t('privacy.retention.confirm.anonymiseConfirm') : t('privacy.retention.confirm.deleteConfirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
