import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opdrachtgever } from '../../../../../shared/domain/opdrachtgever';
import { OpdrachtgeverCsvError, opdrachtgeversFromCsv, type OpdrachtgeverImportPlan } from '../../../../../shared/opdrachten';
import { newId } from '../../../db/ids';
import { applyOpdrachtgeverImport, undoOpdrachtgeverImport } from '../../../db/repositories/opdrachtgevers';
import { readFileBytes } from '../../../platform';
import { useToasts } from '../../../state/toasts';
import { Dialog } from '../../../ui/Dialog';

interface ClientImportDialogProps {
  file: File;
  existing: readonly Opdrachtgever[];
  onClose: () => void;
}

type State = { kind: 'reading' } | { kind: 'plan'; plan: OpdrachtgeverImportPlan } | { kind: 'failed'; messages: string[] };

/** Import clients from CSV: a preview of what is added, updated and skipped (with why), then one write. */
export function ClientImportDialog({ file, existing, onClose }: ClientImportDialogProps) {
  const { t } = useTranslation();
  const show = useToasts((state) => state.show);
  const [state, setState] = useState<State>({ kind: 'reading' });

  useEffect(() => {
    let current = true;
    void readFileBytes(file).then((bytes) => {
      if (!current) return;
      try {
        setState({ kind: 'plan', plan: opdrachtgeversFromCsv(bytes, { newId, existing }) });
      } catch (error) {
        if (error instanceof OpdrachtgeverCsvError)
          setState({ kind: 'failed', messages: error.problems.map((problem) => t(`opdrachtProblems.${problem.code}`, problem.params as Record<string, unknown>)) });
        else throw error;
      }
    });
    return () => {
      current = false;
    };
  }, [file, existing, t]);

  const apply = async (plan: OpdrachtgeverImportPlan) => {
    const added = plan.rows.flatMap((row) => (row.kind === 'add' ? [{ ...row.client, createdAt: 0, updatedAt: 0, deletedAt: null }] : []));
    const updated = plan.rows.flatMap((row) => (row.kind === 'update' ? [{ ...row.client, createdAt: 0, updatedAt: 0, deletedAt: null }] : []));
    const result = await applyOpdrachtgeverImport(added, updated);
    show({ message: t('clients.import.done', { added: added.length, updated: updated.length, skipped: plan.counts.skip }), tone: 'success', undo: () => undoOpdrachtgeverImport(result) });
    onClose();
  };

  return (
    <Dialog open title={t('clients.import.title', { file: file.name })} onClose={onClose} className="dialog-wide">
      {state.kind === 'reading' && <p className="muted">{t('import.choose.reading')}</p>}
      {state.kind === 'failed' && (
        <div className="alert alert-error" role="alert">
          <strong>{t('import.file.title')}</strong>
          <ul>
            {state.messages.map((message, index) => (
              <li key={index}>{message}</li>
            ))}
          </ul>
          <p>{t('import.file.nothingChanged')}</p>
        </div>
      )}
      {state.kind === 'plan' && (
        <div className="form">
          <div className="summary-list">
            <div className="stat">
              <span className="stat-value">{state.plan.counts.add}</span>
              <span className="muted">{t('import.review.willAdd')}</span>
            </div>
            <div className="stat">
              <span className="stat-value">{state.plan.counts.update}</span>
              <span className="muted">{t('import.review.willUpdate')}</span>
            </div>
            <div className="stat">
              <span className="stat-value">{state.plan.counts.unchanged}</span>
              <span className="muted">{t('import.review.unchanged')}</span>
            </div>
            <div className="stat">
              <span className="stat-value">{state.plan.counts.skip}</span>
              <span className="muted">{t('import.review.willSkip')}</span>
            </div>
          </div>
          {state.plan.problems.length > 0 && (
            <div className="alert alert-warning" role="alert">
              <strong>{t('clients.import.problems', { file: file.name })}</strong>
              <ul className="issue-list">
                {state.plan.problems.map((problem, index) => (
                  <li key={index}>{t(`opdrachtProblems.${problem.code}`, problem.params as Record<string, unknown>)}</li>
                ))}
              </ul>
            </div>
          )}
          {state.plan.ignoredColumns.length > 0 && <p className="muted">{t('clients.import.ignored', { columns: state.plan.ignoredColumns.join(', ') })}</p>}
          <div className="dialog-footer">
            <button type="button" className="btn" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="button" className="btn btn-primary" disabled={state.plan.counts.add + state.plan.counts.update === 0} onClick={() => apply(state.plan)}>
              {t('clients.import.confirm', { count: state.plan.counts.add + state.plan.counts.update })}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
