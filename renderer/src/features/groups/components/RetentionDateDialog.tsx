import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cohort } from '../../../../../shared/domain/cohort';
import { defaultRetentionEnd, isIsoDate } from '../../../../../shared/privacy/cohort-retention';
import { Dialog } from '../../../ui/Dialog';
import { DialogActions } from '../../../ui/DialogActions';
import { Field } from '../../../ui/Field';
import { formatDay } from '../../../ui/format-date';

interface RetentionDateDialogProps {
  cohort: Cohort;
  endDate: string;
  onClose: () => void;
  onSave: (endDate: string) => Promise<void>;
}

export function RetentionDateDialog({ cohort, endDate, onClose, onSave }: RetentionDateDialogProps) {
  const { t, i18n } = useTranslation();
  const [value, setValue] = useState(endDate);
  const [error, setError] = useState<string | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isIsoDate(value)) return setError(t('privacy.retention.dateDialog.invalid'));
    await onSave(value);
    onClose();
  };

  return (
    <Dialog open title={t('privacy.retention.dateDialog.title', { name: cohort.name })} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t('privacy.retention.dateDialog.label')} error={error} hint={t('privacy.retention.dateDialog.hint', { date: formatDay(defaultRetentionEnd(cohort), i18n.language) })}>
          <input type="date" value={value} onChange={(event) => setValue(event.target.value)} data-autofocus required />
        </Field>
        <DialogActions submitLabel={t('common.save')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
