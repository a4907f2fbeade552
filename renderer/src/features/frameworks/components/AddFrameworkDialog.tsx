import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Framework, FrameworkDraft } from '../../../../../shared/domain/framework';
import { BUILTIN_FRAMEWORKS, diffFrameworks } from '../../../../../shared/frameworks';
import { listFrameworkNodes, saveFrameworkDraft, undoSaveFramework } from '../../../db/repositories/frameworks';
import { useToasts } from '../../../state/toasts';
import { Dialog } from '../../../ui/Dialog';
import { readFrameworkFile, type FrameworkFileResult } from '../read-framework-file';
import { DraftPreview } from './DraftPreview';
import { FrameworkProblems } from './FrameworkProblems';

interface AddFrameworkDialogProps {
  existing: Framework[];
  onClose: () => void;
  /** When set, the dialog only offers importing a new version of this framework. */
  newVersionOf?: Framework;
}

type Step = { kind: 'choose' } | { kind: 'preview'; draft: FrameworkDraft; fileName: string | null };

/** The versions a draft may replace: the same source document, or the same title and family. */
function candidatesFor(draft: FrameworkDraft, existing: Framework[]): Framework[] {
  return existing.filter(
    (framework) =>
      framework.status === 'active' &&
      ((draft.source.sourceId && framework.source.sourceId === draft.source.sourceId) ||
        (framework.title === draft.title && framework.family === draft.family)),
  );
}

/**
 * Add a framework: a built-in structure from the public sources, or an import of a CASE JSON,
 * SLO JSON or CSV file. An import that matches an existing framework can become its new
 * version (the old one is kept, retired). Nothing is stored before "Opslaan".
 */
export function AddFrameworkDialog({ existing, onClose, newVersionOf }: AddFrameworkDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const show = useToasts((state) => state.show);
  const fileId = useId();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [problem, setProblem] = useState<{ fileName: string; problems: Extract<FrameworkFileResult, { ok: false }>['problems'] } | null>(null);
  const [replaces, setReplaces] = useState<string>(newVersionOf?.id ?? '');
  const [saving, setSaving] = useState(false);

  const candidates = useMemo(
    () => (step.kind === 'preview' ? (newVersionOf ? [newVersionOf] : candidatesFor(step.draft, existing)) : []),
    [step, existing, newVersionOf],
  );

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    const result = await readFrameworkFile(file);
    if (!result.ok) {
      setProblem({ fileName: file.name, problems: result.problems });
      return;
    }
    const matches = newVersionOf ? [newVersionOf] : candidatesFor(result.draft, existing);
    setReplaces(matches[0]?.id ?? '');
    setStep({ kind: 'preview', draft: result.draft, fileName: file.name });
  };

  const save = async (draft: FrameworkDraft, replacing: string) => {
    setSaving(true);
    try {
      const framework = await saveFrameworkDraft(draft, replacing ? { replaces: replacing } : {});
      performance.mark('vakwerk:framework-saved');
      show({
        message: replacing ? t('frameworks.toast.newVersion', { title: framework.title, version: framework.version }) : t('frameworks.toast.added', { title: framework.title }),
        tone: 'success',
        undo: () => undoSaveFramework(framework),
      });
      onClose();
      navigate(`/kaders/${framework.id}`);
    } finally {
      setSaving(false);
    }
  };

  const title = newVersionOf ? t('frameworks.addDialog.newVersionTitle', { title: newVersionOf.title }) : t('frameworks.addDialog.title');
  return (
    <Dialog open title={title} onClose={onClose} className="dialog-wide">
      {step.kind === 'choose' && (
        <div className="form">
          {!newVersionOf && (
            <section className="form" aria-labelledby={`${fileId}-builtin`}>
              <h3 id={`${fileId}-builtin`}>{t('frameworks.addDialog.builtinTitle')}</h3>
              <p className="muted">{t('frameworks.addDialog.builtinBody')}</p>
              <ul className="plain-list option-list">
                {BUILTIN_FRAMEWORKS.map((draft) => (
                  <li key={draft.title} className="option">
                    <div>
                      <strong>{draft.title}</strong>
                      <p className="muted">
                        {t('frameworks.sourceLine', { source: draft.source.label })} · {t('frameworks.nodeCount', { count: draft.nodes.length })}
                      </p>
                    </div>
                    <button type="button" className="btn" onClick={() => setStep({ kind: 'preview', draft, fileName: null })}>
                      {t('frameworks.addDialog.choose')}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section className="form" aria-labelledby={`${fileId}-import`}>
            <h3 id={`${fileId}-import`}>{t('frameworks.addDialog.importTitle')}</h3>
            <p className="muted">{t('frameworks.addDialog.importBody')}</p>
            <div>
              <label htmlFor={fileId} className="btn">
                {t('frameworks.addDialog.pickFile')}
              </label>
              <input
                id={fileId}
                className="visually-hidden"
                type="file"
                accept=".json,.csv,.txt,application/json,text/csv"
                data-autofocus
                onChange={(event) => {
                  void readFile(event.target.files?.[0]);
                  event.target.value = '';
                }}
              />
            </div>
            {problem && <FrameworkProblems fileName={problem.fileName} problems={problem.problems} />}
          </section>
        </div>
      )}

      {step.kind === 'preview' && (
        <div className="form">
          <DraftPreview draft={step.draft} fileName={step.fileName} />
          {candidates.length > 0 && (
            <fieldset className="form">
              <legend>{t('frameworks.addDialog.versionQuestion')}</legend>
              {candidates.map((candidate) => (
                <label key={candidate.id} className="check">
                  <input type="radio" name="replaces" checked={replaces === candidate.id} onChange={() => setReplaces(candidate.id)} />
                  {t('frameworks.addDialog.asNewVersion', { title: candidate.title, version: candidate.version })}
                </label>
              ))}
              {!newVersionOf && (
                <label className="check">
                  <input type="radio" name="replaces" checked={replaces === ''} onChange={() => setReplaces('')} />
                  {t('frameworks.addDialog.asSeparate')}
                </label>
              )}
            </fieldset>
          )}
          {replaces && <VersionDiff previousId={replaces} draft={step.draft} />}
          <div className="dialog-footer">
            <button type="button" className="btn" onClick={() => setStep({ kind: 'choose' })}>
              {t('common.back')}
            </button>
            <button type="button" className="btn btn-primary" disabled={saving} onClick={() => save(step.draft, replaces)}>
              {replaces ? t('frameworks.addDialog.saveVersion') : t('common.save')}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}

/** What a new version changes compared with the version it replaces. */
function VersionDiff({ previousId, draft }: { previousId: string; draft: FrameworkDraft }) {
  const { t } = useTranslation();
  const previousNodes = useLiveQuery(() => listFrameworkNodes(previousId), [previousId]);
  const diff = useMemo(() => (previousNodes ? diffFrameworks(previousNodes, draft) : null), [previousNodes, draft]);
  if (!diff) return null;
  const shown = 12;
  return (
    <section className="alert alert-info" aria-label={t('frameworks.diff.label')}>
      <strong>{t('frameworks.diff.summary', { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length, unchanged: diff.unchangedCount })}</strong>
      {diff.added.length + diff.removed.length + diff.changed.length > 0 && (
        <ul>
          {diff.added.slice(0, shown).map((node) => (
            <li key={`a-${node.key}`}>{t('frameworks.diff.added', { code: node.code, text: node.text })}</li>
          ))}
          {diff.removed.slice(0, shown).map((node) => (
            <li key={`r-${node.id}`}>{t('frameworks.diff.removed', { code: node.code, text: node.text })}</li>
          ))}
          {diff.changed.slice(0, shown).map((change) => (
            <li key={`c-${change.before.id}`}>{t('frameworks.diff.changed', { code: change.after.code, text: change.after.text })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
