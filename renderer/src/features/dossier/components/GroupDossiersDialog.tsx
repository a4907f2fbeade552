import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { platform } from '../../../platform';
import { useToasts } from '../../../state/toasts';
import { Dialog } from '../../../ui/Dialog';
import { exportGroupDossiers, type DossierBatchMode } from '../export-dossiers';

interface GroupDossiersDialogProps {
  groupId: string;
  groupName: string;
  studentCount: number;
  onClose: () => void;
}

/**
 * The examendossiers of a whole group: one PDF, or one per student (a folder on the desktop, a
 * zip in the browser); a progress bar while it works and Stoppen to cancel. Nothing is saved
 * when stopped.
 */
export function GroupDossiersDialog({ groupId, groupName, studentCount, onClose }: GroupDossiersDialogProps) {
  const { t } = useTranslation();
  const show = useToasts((state) => state.show);
  const [mode, setMode] = useState<DossierBatchMode>('per-student');
  const [extras, setExtras] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const name = useId();
  const busy = progress !== null;

  const start = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ done: 0, total: studentCount });
    try {
      const result = await exportGroupDossiers(t, { groupId, mode, extras, signal: controller.signal, onProgress: (done, total) => setProgress({ done, total }) });
      if (result.status === 'saved') {
        const key = mode === 'per-student' && platform.exportFolder ? 'dossier.batch.savedFolder' : 'dossier.batch.savedFile';
        show({ message: t(key, { count: result.students, file: result.fileName }), tone: 'success' });
        onClose();
        return;
      }
      if (result.status === 'empty') show({ message: t('dossier.batch.empty'), tone: 'error' });
      else show({ message: t('dossier.batch.cancelled'), tone: 'info' });
    } catch (error) {
      show({ message: t('dossier.failed', { message: error instanceof Error ? error.message : String(error) }), tone: 'error' });
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };
  const stop = () => abort.current?.abort();

  return (
    <Dialog open title={t('dossier.batch.title', { group: groupName })} onClose={() => (busy ? stop() : onClose())} className="dossier-dialog">
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void start();
        }}
      >
        <p className="muted">{t('dossier.batch.intro', { count: studentCount, group: groupName })}</p>
        <fieldset disabled={busy}>
          <legend>{t('dossier.batch.mode')}</legend>
          <div className="check-list">
            <label className="check">
              <input type="radio" name={name} checked={mode === 'per-student'} onChange={() => setMode('per-student')} data-autofocus />
              {platform.exportFolder ? t('dossier.batch.perStudentFolder') : t('dossier.batch.perStudentZip')}
            </label>
            <label className="check">
              <input type="radio" name={name} checked={mode === 'combined'} onChange={() => setMode('combined')} /> {t('dossier.batch.combined')}
            </label>
            <span className="hint">{t('dossier.batch.combinedHint')}</span>
          </div>
        </fieldset>
        <div className="check-list">
          <label className="check">
            <input type="checkbox" checked={extras} disabled={busy} onChange={(event) => setExtras(event.target.checked)} /> {t('dossier.extras')}
          </label>
          <span className="hint">{t('dossier.extrasHint')}</span>
        </div>
        {progress && (
          <div className="dossier-progress">
            <progress max={progress.total} value={progress.done} aria-label={t('dossier.batch.working')} />
            <span role="status" aria-live="polite">
              {t('dossier.batch.progress', { done: progress.done, total: progress.total })}
            </span>
          </div>
        )}
        <div className="dialog-footer">
          {busy ? (
            <button type="button" className="btn" onClick={stop}>
              {t('dossier.batch.cancel')}
            </button>
          ) : (
            <>
              <button type="button" className="btn" onClick={onClose}>
                {t('common.cancel')}
              </button>
              <button type="submit" className="btn btn-primary">
                {t('dossier.batch.start')}
              </button>
            </>
          )}
        </div>
      </form>
    </Dialog>
  );
}
