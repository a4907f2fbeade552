import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { latestUndoable, useToasts, type Toast } from '../state/toasts';
import { CloseIcon } from './icons';

const AUTO_DISMISS_MS = 6000;

/** Runs a toast's undo and reports the outcome in a new toast. */
async function runUndo(toast: Toast, messages: { undone: string; failed: string }): Promise<void> {
  const { dismiss, show } = useToasts.getState();
  dismiss(toast.id);
  try {
    await toast.undo!();
    show({ message: messages.undone, tone: 'info' });
  } catch (error) {
    console.error(error);
    show({ message: messages.failed, tone: 'error' });
  }
}

function ToastItem({ toast }: { toast: Toast }) {
  const { t } = useTranslation();
  const dismiss = useToasts((state) => state.dismiss);
  useEffect(() => {
    // Undoable toasts stay longer: the teacher may need a moment to notice a mistake.
    const timer = setTimeout(() => dismiss(toast.id), toast.undo ? AUTO_DISMISS_MS * 2 : AUTO_DISMISS_MS);
    return () => clearTimeout(timer);
  }, [toast, dismiss]);

  return (
    <div className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : undefined}>
      <span className="toast-message">{toast.message}</span>
      {toast.undo && (
        <button
          type="button"
          className="btn btn-small"
          onClick={() => runUndo(toast, { undone: t('common.undone'), failed: t('common.undoFailed') })}
        >
          {t('common.undo')}
        </button>
      )}
      <button type="button" className="btn btn-small btn-ghost icon-btn" aria-label={t('common.closeMessage')} onClick={() => dismiss(toast.id)}>
        <CloseIcon size={16} />
      </button>
    </div>
  );
}

function isTextInput(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Messages after an action, with "Ongedaan maken"; Ctrl+Z (outside text fields) undoes the latest. */
export function Toasts() {
  const toasts = useToasts((state) => state.toasts);
  const { t } = useTranslation();

  useEffect(() => {
    const onKey = async (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' || event.shiftKey) return;
      if (isTextInput(event.target)) return;
      const toast = latestUndoable(useToasts.getState().toasts);
      if (!toast?.undo) return;
      event.preventDefault();
      await runUndo(toast, { undone: t('common.undone'), failed: t('common.undoFailed') });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [t]);

  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  );
}
