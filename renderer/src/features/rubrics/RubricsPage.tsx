import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ScalePresetId } from '../../../../shared/domain/rubric';
import { RubricImportError, rubricFromCsv, SCALE_PRESET_IDS } from '../../../../shared/rubrics';
import { createRubric, createRubricFromContent, deleteRubric, duplicateRubric, InvalidRubricError, setRubricArchived, undeleteRubric } from '../../db/repositories/rubrics';
import { newId } from '../../db/ids';
import { usePageTitle } from '../../hooks/use-page-title';
import { useUrlDialog } from '../../hooks/use-url-dialog';
import { readFileBytes } from '../../platform';
import { useToasts } from '../../state/toasts';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { EmptyState } from '../../ui/EmptyState';
import { Field } from '../../ui/Field';
import { LevelStrip } from './components/LevelStrip';
import { rubricProblemMessages } from './problem-messages';
import { useRubricList, type RubricListEntry } from './use-rubrics';

/** All rubrics: create from a preset, import from CSV, open, duplicate, archive. */
export function RubricsPage() {
  const { t } = useTranslation();
  usePageTitle(t('rubrics.title'));
  const entries = useRubricList();
  const navigate = useNavigate();
  const show = useToasts((state) => state.show);
  const fileId = useId();
  const [creating, setCreating] = useUrlDialog<boolean>('nieuw', 'rubric', true, false);
  const [showArchived, setShowArchived] = useState(false);
  const [importProblems, setImportProblems] = useState<{ fileName: string; messages: string[] } | null>(null);

  const importCsv = async (file: File | undefined) => {
    if (!file) return;
    setImportProblems(null);
    try {
      const { content, title } = rubricFromCsv(await readFileBytes(file), newId);
      const rubric = await createRubricFromContent(title ?? file.name.replace(/\.[^.]+$/, ''), '', content);
      show({ message: t('rubrics.toast.imported', { title: rubric.title }), tone: 'success', undo: () => deleteRubric(rubric.id) });
      navigate(`/rubrics/${rubric.id}`);
    } catch (error) {
      if (error instanceof RubricImportError || error instanceof InvalidRubricError) {
        setImportProblems({ fileName: file.name, messages: rubricProblemMessages(t, error.problems) });
      } else throw error;
    }
  };

  if (!entries) {
    return (
      <div className="page" aria-busy="true">
        <h1>{t('rubrics.title')}</h1>
        <p className="muted">{t('common.loading')}</p>
      </div>
    );
  }
  const visible = entries.filter((entry) => showArchived || entry.rubric.archivedAt == null);
  const archivedCount = entries.length - entries.filter((entry) => entry.rubric.archivedAt == null).length;

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('rubrics.title')}</h1>
          <p className="muted">{t('rubrics.subtitle')}</p>
        </div>
        <div className="actions">
          <label htmlFor={fileId} className="btn">
            {t('rubrics.importCsv')}
          </label>
          <input
            id={fileId}
            type="file"
            className="visually-hidden"
            accept=".csv,.txt,text/csv"
            onChange={(event) => {
              void importCsv(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            {t('rubrics.new')}
          </button>
        </div>
      </div>

      {importProblems && (
        <div className="alert alert-error" role="alert">
          <strong>{t('rubrics.importFailed', { file: importProblems.fileName })}</strong>
          <ul className="issue-list">
            {importProblems.messages.map((message, index) => (
              <li key={index}>{message}</li>
            ))}
          </ul>
          <p>{t('import.file.nothingChanged')}</p>
        </div>
      )}

      {entries.length === 0 ? (
        <EmptyState
          title={t('rubrics.empty.title')}
          actions={
            <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
              {t('rubrics.new')}
            </button>
          }
        >
          <p>{t('rubrics.empty.body')}</p>
        </EmptyState>
      ) : (
        <>
          {archivedCount > 0 && (
            <label className="check">
              <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
              {t('rubrics.showArchived', { count: archivedCount })}
            </label>
          )}
          <ul className="card-grid plain-list" aria-label={t('rubrics.listLabel')}>
            {visible.map((entry) => (
              <RubricCard
                key={entry.rubric.id}
                entry={entry}
                onDuplicate={async () => {
                  const copy = await duplicateRubric(entry.rubric.id, t('rubrics.copyTitle', { title: entry.rubric.title }));
                  show({ message: t('rubrics.toast.duplicated', { title: copy.title }), tone: 'success', undo: () => deleteRubric(copy.id) });
                }}
                onArchive={async () => {
                  const archive = entry.rubric.archivedAt == null;
                  await setRubricArchived(entry.rubric.id, archive);
                  show({
                    message: archive ? t('rubrics.toast.archived', { title: entry.rubric.title }) : t('rubrics.toast.unarchived', { title: entry.rubric.title }),
                    tone: 'success',
                    undo: () => setRubricArchived(entry.rubric.id, !archive),
                  });
                }}
                onDelete={async () => {
                  await deleteRubric(entry.rubric.id);
                  show({ message: t('rubrics.toast.deleted', { title: entry.rubric.title }), tone: 'success', undo: () => undeleteRubric(entry.rubric.id) });
                }}
              />
            ))}
          </ul>
        </>
      )}
      {creating && <NewRubricDialog onClose={() => setCreating(false)} onCreated={(id) => navigate(`/rubrics/${id}`)} />}
    </div>
  );
}

interface RubricCardProps {
  entry: RubricListEntry;
  onDuplicate: () => void;
  onArchive: () => void;
  onDelete: () => void;
}

function RubricCard({ entry, onDuplicate, onArchive, onDelete }: RubricCardProps) {
  const { t } = useTranslation();
  const { rubric, current, useCount, versionCount } = entry;
  return (
    <li className="card form">
      <div>
        <h2 className="card-title">
          <Link to={`/rubrics/${rubric.id}`}>{rubric.title}</Link>
        </h2>
        <p className="muted">
          {t('rubrics.versionLabel', { version: current?.version ?? 1 })} · {t('rubrics.criteriaCount', { count: current?.criteria.length ?? 0 })} ·{' '}
          {useCount > 0 ? t('rubrics.useCount', { count: useCount }) : t('rubrics.unused')}
          {versionCount > 1 && ` · ${t('rubrics.versionCount', { count: versionCount })}`}
        </p>
      </div>
      {current && <LevelStrip levels={current.levels} />}
      {rubric.archivedAt != null && <span className="badge">{t('rubrics.archived')}</span>}
      <div className="actions">
        <button type="button" className="btn btn-small" onClick={onDuplicate} aria-label={t('rubrics.duplicateNamed', { title: rubric.title })}>
          {t('rubrics.duplicate')}
        </button>
        <button type="button" className="btn btn-small" onClick={onArchive} aria-label={t(rubric.archivedAt == null ? 'rubrics.archiveNamed' : 'rubrics.unarchiveNamed', { title: rubric.title })}>
          {rubric.archivedAt == null ? t('rubrics.archive') : t('rubrics.unarchive')}
        </button>
        {useCount === 0 && (
          <button type="button" className="btn btn-small btn-ghost" onClick={onDelete} aria-label={t('rubrics.deleteNamed', { title: rubric.title })}>
            {t('common.delete')}
          </button>
        )}
      </div>
    </li>
  );
}

function NewRubricDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [preset, setPreset] = useState<ScalePresetId>('dcba');
  const [error, setError] = useState<string | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setError(t('validation.required'));
    const rubric = await createRubric(title.trim(), preset);
    onClose();
    onCreated(rubric.id);
  };

  return (
    <Dialog open title={t('rubrics.newTitle')} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t('rubrics.fields.title')} error={error} hint={t('rubrics.fields.titleHint')}>
          <input type="text" value={title} onChange={(event) => setTitle(event.target.value)} data-autofocus autoComplete="off" />
        </Field>
        <fieldset className="form">
          <legend>{t('rubrics.fields.scale')}</legend>
          {SCALE_PRESET_IDS.map((id) => (
            <label key={id} className="check">
              <input type="radio" name="preset" checked={preset === id} onChange={() => setPreset(id)} />
              <span>
                {t(`rubrics.presets.${id}.label`)} <span className="muted">— {t(`rubrics.presets.${id}.description`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <DialogActions submitLabel={t('rubrics.create')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
