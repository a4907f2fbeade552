import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../ui/Dialog';
import { DialogActions } from '../../../ui/DialogActions';
import { Field } from '../../../ui/Field';

/** Asks why a vastgesteld PTA is opened for a change; the reason is required and kept. */
export function UnlockPtaDialog({ onUnlock, onClose }: { onUnlock: (reason: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const empty = reason.trim() === '';
  return (
    <Dialog open title={t('pta.unlock.title')} onClose={onClose}>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(true);
          if (!empty) onUnlock(reason.trim());
        }}
      >
        <p>{t('pta.unlock.body')}</p>
        <Field label={t('pta.unlock.reason')} error={submitted && empty ? t('ptaProblems.unlock-reason-empty') : undefined}>
          <textarea rows={3} value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} data-autofocus />
        </Field>
        <DialogActions submitLabel={t('pta.unlock.submit')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
