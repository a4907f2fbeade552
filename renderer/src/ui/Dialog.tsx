import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseIcon } from './icons';

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  /** Hide the visible title (still announced): for the command palette. */
  hideTitle?: boolean;
}

/**
 * A modal built on the native <dialog>. Put data-autofocus on the control that should get
 * focus first; when the dialog goes away, focus returns to where it was before.: Chromium gives it a focus trap, Escape handling and
 * an inert page behind it, which hand-made modals routinely get wrong.
 */
export function Dialog({ open, title, onClose, children, className, hideTitle }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { t } = useTranslation();

  // Remember what had focus when the dialog opened, and give it back when the dialog unmounts
  // (a removed <dialog> does not restore focus by itself; keyboard users would land on <body>).
  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      if (previous?.isConnected && (document.activeElement === document.body || document.activeElement === null)) previous.focus();
    };
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // React's autoFocus runs before the dialog is shown (and so does nothing); controls that
      // should receive focus carry data-autofocus instead and get it once the modal is open.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {hideTitle ? (
        <>
          <h2 id={titleId} className="visually-hidden">
            {title}
          </h2>
          {children}
        </>
      ) : (
        <div className="dialog-body">
          <div className="dialog-header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="btn btn-ghost icon-btn" aria-label={t('common.close')} onClick={onClose}>
              <CloseIcon />
            </button>
          </div>
          {children}
        </div>
      )}
    </dialog>
  );
}
