import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useBlocker, useParams } from 'react-router';
import type { Beoordeling } from '../../../../shared/domain/beoordeling';
import type { CriterionScores, RubricContent, RubricVersion } from '../../../../shared/domain/rubric';
import { fullName } from '../../../../shared/domain/student';
import { contentEquals, gradeForScores, rubricWarnings, validateRubricContent } from '../../../../shared/rubrics';
import { listStudents } from '../../db/repositories/students';
import { InvalidRubricError, saveRubric, undoSaveRubric } from '../../db/repositories/rubrics';
import { usePageTitle } from '../../hooks/use-page-title';
import { useToasts } from '../../state/toasts';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Field } from '../../ui/Field';
import { useActiveFrameworkNodes } from '../frameworks';
import { ConditionsEditor } from './components/ConditionsEditor';
import { ConversionEditor } from './components/ConversionEditor';
import { RubricGridEditor } from './components/RubricGridEditor';
import { ScaleEditor } from './components/ScaleEditor';
import { ScoredRubric } from './components/ScoredRubric';
import { exportRubricCsv, printRubricPdf } from './export-rubric';
import { rubricProblemMessages } from './problem-messages';
import { useRubricWithHistory } from './use-rubrics';

interface Draft {
  title: string;
  description: string;
  content: RubricContent;
}

function contentOf(version: RubricVersion): RubricContent {
  const { levels, criteria, conditions, conversion, scalePreset } = version;
  return { levels, criteria, conditions, conversion, scalePreset };
}

const formatGrade = (grade: number) => grade.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * The rubric editor. Changes are kept as a draft until "Opslaan": saving a version that a
 * beoordeling has used creates a new version (the old beoordelingen keep theirs), and the
 * screen says so before the teacher saves. Older versions open read-only.
 */
export function RubricPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const data = useRubricWithHistory(id);
  const linkable = useActiveFrameworkNodes();
  const students = useLiveQuery(listStudents);
  const show = useToasts((state) => state.show);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [draftOf, setDraftOf] = useState<string | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const [openBeoordeling, setOpenBeoordeling] = useState<Beoordeling | null>(null);
  const [tryScores, setTryScores] = useState<CriterionScores>({});
  const [tryConditions, setTryConditions] = useState<Record<string, boolean>>({});
  const [saveError, setSaveError] = useState<string[] | null>(null);
  usePageTitle(data?.rubric.title ?? t('rubrics.title'));

  const current = data?.versions.find((version) => version.id === data.rubric.currentVersionId);
  // Start (or restart after a save elsewhere) the draft from the current version.
  if (data && current && draftOf !== `${current.id}:${current.updatedAt}:${data.rubric.updatedAt}`) {
    setDraftOf(`${current.id}:${current.updatedAt}:${data.rubric.updatedAt}`);
    setDraft({ title: data.rubric.title, description: data.rubric.description, content: contentOf(current) });
  }

  const dirty = Boolean(
    data && current && draft && (draft.title !== data.rubric.title || draft.description !== data.rubric.description || !contentEquals(contentOf(current), draft.content)),
  );
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!dirty) return;
    // Leaving the window (or reloading) with unsaved rubric changes asks first.
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const labelById = useMemo(() => new Map((linkable?.nodes ?? []).map((node) => [node.id, `${node.code} ${node.text}`.trim()])), [linkable]);
  const studentName = useMemo(() => new Map((students ?? []).map((student) => [student.id, fullName(student)])), [students]);

  if (data === undefined || (data && !draft)) {
    return (
      <div className="page" aria-busy="true">
        <p className="muted">{t('common.loading')}</p>
      </div>
    );
  }
  if (data === null || !current || !draft) {
    return (
      <div className="page">
        <h1>{t('rubrics.notFound')}</h1>
        <Link to="/rubrics">{t('rubrics.backToList')}</Link>
      </div>
    );
  }

  const { rubric, versions, beoordelingen } = data;
  const usedBy = beoordelingen.filter((b) => b.rubricVersionId === current.id).length;
  const viewedVersion = viewing ? versions.find((version) => version.id === viewing) : undefined;
  const readOnly = Boolean(viewedVersion && viewedVersion.id !== current.id);
  const shownContent = readOnly && viewedVersion ? contentOf(viewedVersion) : draft.content;
  const problems = validateRubricContent(draft.content);
  const warnings = rubricWarnings(draft.content);
  const setContent = (content: RubricContent) => setDraft({ ...draft, content });

  const save = async () => {
    setSaveError(null);
    try {
      const result = await saveRubric(rubric.id, { title: draft.title.trim(), description: draft.description.trim() }, draft.content);
      if (result.kind === 'unchanged') return;
      show({
        message: result.kind === 'new-version' ? t('rubrics.toast.newVersion', { version: result.version.version }) : t('rubrics.toast.saved', { title: draft.title }),
        tone: 'success',
        undo: () => undoSaveRubric(result),
      });
    } catch (error) {
      if (error instanceof InvalidRubricError) setSaveError(rubricProblemMessages(t, error.problems));
      else throw error;
    }
  };

  const nodeLabel = (nodeId: string) => labelById.get(nodeId) ?? null;
  const versionOf = (versionId: string) => versions.find((version) => version.id === versionId);

  return (
    <div className="page">
      <p>
        <Link to="/rubrics">← {t('rubrics.backToList')}</Link>
      </p>
      <div className="page-header">
        <div className="grow-field">
          <h1 className="visually-hidden">{rubric.title}</h1>
          <Field label={t('rubrics.fields.title')}>
            <input type="text" className="title-input" value={draft.title} readOnly={readOnly} onChange={(event) => setDraft({ ...draft, title: event.target.value })} />
          </Field>
          <p className="muted">
            {t('rubrics.versionLabel', { version: current.version })} · {usedBy > 0 ? t('rubrics.useCountVersion', { count: usedBy }) : t('rubrics.unused')}
          </p>
        </div>
        <div className="actions">
          <button type="button" className="btn" onClick={() => exportRubricCsv(t, draft.title, shownContent).then((name) => name && show({ message: t('rubrics.toast.exported', { fileName: name }), tone: 'success' }))}>
            {t('rubrics.exportCsv')}
          </button>
          <button
            type="button"
            className="btn"
            onClick={() =>
              printRubricPdf(t, { title: draft.title, description: draft.description, version: readOnly && viewedVersion ? viewedVersion : { ...current, ...draft.content } }, nodeLabel).then(
                (name) => name && show({ message: t('rubrics.toast.exported', { fileName: name }), tone: 'success' }),
              )
            }
          >
            {t('rubrics.printPdf')}
          </button>
          {!readOnly && (
            <>
              <button type="button" className="btn" disabled={!dirty} onClick={() => setDraft({ title: rubric.title, description: rubric.description, content: contentOf(current) })}>
                {t('rubrics.discard')}
              </button>
              <button type="button" className="btn btn-primary" disabled={!dirty || problems.length > 0} onClick={save}>
                {usedBy > 0 ? t('rubrics.saveAsVersion', { version: Math.max(...versions.map((v) => v.version)) + 1 }) : t('common.save')}
              </button>
            </>
          )}
        </div>
      </div>

      {readOnly && viewedVersion && (
        <div className="alert alert-info" role="status">
          <p>{t('rubrics.viewingOld', { version: viewedVersion.version, current: current.version })}</p>
          <div>
            <button type="button" className="btn btn-small" onClick={() => setViewing(null)}>
              {t('rubrics.backToCurrent')}
            </button>
          </div>
        </div>
      )}
      {!readOnly && usedBy > 0 && dirty && (
        <div className="alert alert-info" role="status">
          <p>{t('rubrics.willCreateVersion', { count: usedBy, version: Math.max(...versions.map((v) => v.version)) + 1 })}</p>
        </div>
      )}
      {!readOnly && dirty && problems.length > 0 && (
        <div className="alert alert-warning" role="alert">
          <strong>{t('rubrics.cannotSave')}</strong>
          <ul>
            {rubricProblemMessages(t, problems).map((message, index) => (
              <li key={index}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      {saveError && (
        <div className="alert alert-error" role="alert">
          <ul>
            {saveError.map((message, index) => (
              <li key={index}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      {warnings.length > 0 && !readOnly && (
        <div className="alert alert-info">
          <ul>
            {rubricProblemMessages(t, warnings).map((message, index) => (
              <li key={index}>{message}</li>
            ))}
          </ul>
        </div>
      )}

      <Field label={t('rubrics.fields.description')} hint={t('rubrics.fields.descriptionHint')}>
        <textarea rows={2} value={draft.description} readOnly={readOnly} onChange={(event) => setDraft({ ...draft, description: event.target.value })} />
      </Field>

      <div className="rubric-settings">
        <ScaleEditor content={shownContent} onChange={setContent} readOnly={readOnly} />
        <ConditionsEditor content={shownContent} onChange={setContent} readOnly={readOnly} />
        <ConversionEditor content={shownContent} onChange={setContent} readOnly={readOnly} />
      </div>

      <section className="form" aria-labelledby="grid-title">
        <h2 id="grid-title">{t('rubrics.editor.gridTitle')}</h2>
        <RubricGridEditor content={shownContent} onChange={setContent} readOnly={readOnly} nodeLabel={nodeLabel} />
      </section>

      <details className="card">
        <summary>{t('rubrics.tryout.title')}</summary>
        <p className="muted">{t('rubrics.tryout.hint')}</p>
        <ScoredRubric
          content={shownContent}
          scores={tryScores}
          conditionsMet={tryConditions}
          caption={t('rubrics.tryout.title')}
          onScore={(criterionId, levelId) => setTryScores({ ...tryScores, [criterionId]: levelId })}
          onCondition={(conditionId, met) => setTryConditions({ ...tryConditions, [conditionId]: met })}
        />
      </details>

      <section className="card form" aria-labelledby="history-title">
        <h2 id="history-title">{t('rubrics.history.title')}</h2>
        <table className="preview-table">
          <caption className="visually-hidden">{t('rubrics.history.versionsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rubrics.history.version')}</th>
              <th scope="col">{t('rubrics.history.date')}</th>
              <th scope="col">{t('rubrics.history.uses')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('students.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...versions].reverse().map((version) => (
              <tr key={version.id}>
                <td>
                  {t('rubrics.versionLabel', { version: version.version })}
                  {version.id === current.id && ` (${t('rubrics.history.current')})`}
                </td>
                <td>{new Date(version.createdAt).toLocaleDateString('nl-NL')}</td>
                <td>{beoordelingen.filter((b) => b.rubricVersionId === version.id).length}</td>
                <td>
                  {version.id !== current.id && (
                    <button type="button" className="btn btn-small" onClick={() => setViewing(version.id)}>
                      {t('rubrics.history.view', { version: version.version })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>{t('rubrics.history.beoordelingen')}</h3>
        {beoordelingen.length === 0 ? (
          <p className="muted">{t('rubrics.history.noBeoordelingen')}</p>
        ) : (
          <ul className="compact-list">
            {beoordelingen.map((beoordeling) => {
              const version = versionOf(beoordeling.rubricVersionId);
              const grade = version ? gradeForScores(version, beoordeling.scores, beoordeling.conditionsMet).grade : null;
              return (
                <li key={beoordeling.id}>
                  <button type="button" className="link-button" onClick={() => setOpenBeoordeling(beoordeling)}>
                    {studentName.get(beoordeling.studentId) ?? t('rubrics.history.unknownStudent')}
                  </button>{' '}
                  <span className="muted">
                    · {new Date(beoordeling.workDate).toLocaleDateString('nl-NL')} · {t('rubrics.versionLabel', { version: version?.version ?? '?' })} ·{' '}
                    {grade === null ? t('rubrics.history.noGrade') : formatGrade(grade)}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        {openBeoordeling && versionOf(openBeoordeling.rubricVersionId) && (
          <section className="form beoordeling-view" aria-labelledby="beoordeling-title">
            <div className="cohort-head">
              <h3 id="beoordeling-title">
                {t('rubrics.history.beoordelingOf', {
                  name: studentName.get(openBeoordeling.studentId) ?? t('rubrics.history.unknownStudent'),
                  version: versionOf(openBeoordeling.rubricVersionId)!.version,
                })}
              </h3>
              <button type="button" className="btn btn-small" onClick={() => setOpenBeoordeling(null)}>
                {t('common.close')}
              </button>
            </div>
            <ScoredRubric
              content={contentOf(versionOf(openBeoordeling.rubricVersionId)!)}
              scores={openBeoordeling.scores}
              conditionsMet={openBeoordeling.conditionsMet}
              caption={t('rubrics.history.beoordelingCaption')}
            />
          </section>
        )}
      </section>

      {blocker.state === 'blocked' && (
        <ConfirmDialog
          open
          title={t('rubrics.unsaved.title')}
          confirmLabel={t('rubrics.unsaved.leave')}
          onCancel={() => blocker.reset()}
          onConfirm={() => blocker.proceed()}
        >
          <p>{t('rubrics.unsaved.body')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
