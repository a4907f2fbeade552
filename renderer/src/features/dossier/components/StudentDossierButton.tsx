import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToasts } from '../../../state/toasts';
import { Dialog } from '../../../ui/Dialog';
import { exportStudentDossier } from '../export-dossiers';
import '../dossier.css';

interface StudentDossierButtonProps {
  studentId: string;
  groupId: string;
  studentName: string;
}

/** "Examendossier (PDF)" on the student page: a small dialog with the extras choice, then the PDF. */
export function StudentDossierButton({ studentId, groupId, studentName }: StudentDossierButtonProps) {
  const { t } = useTranslation();
  const show = useToasts((state) => state.show);
  const [open, setOpen] = useState(false);
  const [extras, setExtras] = useState(false);
  const [busy, setBusy] = useState(false);
  const hintId = useId();

  const make = async () => {
    setBusy(true);
    try {
      const file = await exportStudentDossier(t, groupId, studentId, extras);
      if (file) show({ message: t('dossier.student.saved', { file }), tone: 'success' });
      setOpen(false);
    } catch (error) {
      show({ message: t('dossier.failed', { message: error instanceof Error ? error.message : String(error) }), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        {t('dossier.student.button')}
      </button>
      <Dialog open={open} title={t('dossier.student.title', { name: studentName })} onClose={() => !busy && setOpen(false)} className="dossier-dialog">
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            void make();
          }}
        >
          <p className="muted">{t('dossier.student.intro')}</p>
          <div className="check-list">
            <label className="check">
              <input type="checkbox" checked={extras} onChange={(event) => setExtras(event.target.checked)} aria-describedby={hintId} data-autofocus /> {t('dossier.extras')}
            </label>
            <span id={hintId} className="hint">
              {t('dossier.extrasHint')}
            </span>
          </div>
          <div className="dialog-footer">
            <button type="button" className="btn" onClick={() => setOpen(false)} disabled={busy}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="btn btn-primary" disabled={busy} aria-busy={busy}>
              {busy ? t('dossier.batch.working') : t('dossier.student.make')}
            </button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
