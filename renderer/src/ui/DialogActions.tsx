import { useTranslation } from 'react-i18next';

interface DialogActionsProps {
  submitLabel: string;
  onCancel: () => void;
  submitDisabled?: boolean;
}

/** The footer of a form dialog: "Annuleren" and the form's submit button, in that order. */
export function DialogActions({ submitLabel, onCancel, submitDisabled = false }: DialogActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="dialog-footer">
      <button type="button" className="btn" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type="submit" className="btn btn-primary" disabled={submitDisabled}>
        {submitLabel}
      </button>
    </div>
  );
}
