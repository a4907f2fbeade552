import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useBlocker, useNavigate, useParams } from 'react-router';
import { OPDRACHT_STATUSES, type Opdracht, type OpdrachtStatus } from '../../../../shared/domain/opdracht';
import { parseSchoolYear, type SchoolYear } from '../../../../shared/domain/school-year';
import { copyOpdracht, copyTeams, validateOpdracht } from '../../../../shared/opdrachten';
import { newId } from '../../db/ids';
import { getFrameworkNodes } from '../../db/repositories/frameworks';
import { deleteOpdracht, removeNewOpdrachten, restoreOpdrachten, saveNewOpdrachten, undoDeleteOpdracht, updateOpdracht, type OpdrachtInput } from '../../db/repositories/opdrachten';
import { listStudents } from '../../db/repositories/students';
import { usePageTitle } from '../../hooks/use-page-title';
import { useToasts } from '../../state/toasts';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Field } from '../../ui/Field';
import { LinkNodesDialog } from '../frameworks';
import { GroupCheckboxes } from './components/GroupCheckboxes';
import { PhasesEditor } from './components/PhasesEditor';
import { TeamsBoard } from './components/TeamsBoard';
import { printFeedbackForms, printOpdrachtkaart } from './print-opdracht';
import { useOpdrachtenData, useOpdrachtWithTeams } from './use-opdrachten';

function inputOf(opdracht: Opdracht): OpdrachtInput {
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...input } = opdracht;
  return input;
}

function sameInput(a: OpdrachtInput, b: OpdrachtInput): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The opdracht editor: the client and their question, eisen and producten, phases with dates,
 * the goals and rubrics it assesses, the groups and their teams. Changes are a draft until
 * "Opslaan" (teams are stored at once). Checks show what is wrong before saving.
 */
export function OpdrachtPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const loaded = useOpdrachtWithTeams(id);
  const data = useOpdrachtenData();
  const students = useLiveQuery(listStudents);
  const show = useToasts((state) => state.show);
  const [draft, setDraft] = useState<OpdrachtInput | null>(null);
  const [draftOf, setDraftOf] = useState<string | null>(null);
  const [linking, setLinking] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [attempted, setAttempted] = useState(false);
  usePageTitle(loaded?.opdracht.title ?? t('opdrachten.title'));

  if (loaded && draftOf !== `${loaded.opdracht.id}:${loaded.opdracht.updatedAt}`) {
    setDraftOf(`${loaded.opdracht.id}:${loaded.opdracht.updatedAt}`);
    setDraft(inputOf(loaded.opdracht));
  }

  const dirty = Boolean(loaded && draft && !sameInput(inputOf(loaded.opdracht), draft));
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  // Ctrl+S saves, as teachers expect from every editor.
  const saveRef = useRef<() => void>(() => undefined);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        saveRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    saveRef.current = () => {
      if (dirty) document.getElementById('opdracht-save')?.click();
    };
  });

  const linkedNodes = useLiveQuery(() => getFrameworkNodes(draft?.nodeIds ?? []), [draft?.nodeIds.join(',')]);
  const problems = useMemo(() => (draft ? validateOpdracht(draft, { schoolYear: draft.schoolYear }) : []), [draft]);
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  const message = (problem: (typeof problems)[number]) => t(`opdrachtProblems.${problem.code}`, problem.params as Record<string, unknown>);

  if (loaded === undefined || !data || (loaded && !draft)) {
    return (
      <div className="page" aria-busy="true">
        <p className="muted">{t('common.loading')}</p>
      </div>
    );
  }
  if (loaded === null || !draft) {
    return (
      <div className="page">
        <h1>{t('opdrachten.notFound')}</h1>
        <Link to="/opdrachten">{t('opdrachten.backToList')}</Link>
      </div>
    );
  }

  const { opdracht, teams } = loaded;
  const client = data.clients.find((candidate) => candidate.id === draft.opdrachtgeverId);
  const set = <K extends keyof OpdrachtInput>(key: K, value: OpdrachtInput[K]) => setDraft({ ...draft, [key]: value });
  const allStudents = new Map((students ?? []).map((student) => [student.id, student]));
  const groupNames = new Map(data.groups.map((group) => [group.id, group.name]));

  const save = async () => {
    setAttempted(true);
    if (errors.length > 0) return;
    const previous = await updateOpdracht(opdracht.id, draft);
    show({ message: t('opdrachten.toast.saved', { title: draft.title }), tone: 'success', undo: () => restoreOpdrachten([previous]) });
  };


  const duplicate = async (asTemplate: boolean) => {
    const copy = copyOpdracht({ ...opdracht, ...draft }, { newId, asTemplate, title: asTemplate ? draft.title : t('opdrachten.copyTitle', { title: draft.title }) });
    // A copy is done by the same groups, so their teams come along (a template has no groups).
    const ownTeams = teams.filter((team) => copy.groupIds.includes(team.groupId));
    await saveNewOpdrachten([copy], asTemplate ? [] : copyTeams(ownTeams, copy.id, newId));
    show({
      message: asTemplate ? t('opdrachten.toast.template', { title: copy.title }) : t('opdrachten.toast.copied', { title: copy.title }),
      tone: 'success',
      undo: () => removeNewOpdrachten([copy.id]),
    });
    navigate(`/opdrachten/${copy.id}`);
  };

  const print = async (kind: 'kaart' | 'feedback') => {
    const context = { opdracht: { ...opdracht, ...draft }, client, teams, data, students: allStudents, linkedNodes: linkedNodes ?? [] };
    const name = kind === 'kaart' ? await printOpdrachtkaart(t, context) : await printFeedbackForms(t, context);
    if (name) show({ message: t('rubrics.toast.exported', { fileName: name }), tone: 'success' });
  };

  const remove = async () => {
    setConfirmDelete(false);
    const stamp = await deleteOpdracht(opdracht.id);
    show({ message: t('opdrachten.toast.deleted', { title: opdracht.title }), tone: 'success', undo: () => undoDeleteOpdracht(opdracht.id, stamp) });
    navigate('/opdrachten');
  };

  return (
    <div className="page">
      <p>
        <Link to="/opdrachten">← {t('opdrachten.backToList')}</Link>
      </p>
      <div className="page-header">
        <div className="grow-field">
          <h1 className="visually-hidden">{draft.title}</h1>
          <Field label={draft.isTemplate ? t('opdrachten.fields.templateTitle') : t('opdrachten.fields.title')}>
            <input type="text" className="title-input" value={draft.title} onChange={(event) => set('title', event.target.value)} />
          </Field>
          {draft.isTemplate && <p className="badge">{t('opdrachten.isTemplate')}</p>}
        </div>
        <div className="actions">
          <button type="button" className="btn" onClick={() => print('kaart')}>
            {t('opdrachten.printCard')}
          </button>
          {!draft.isTemplate && (
            <button type="button" className="btn" onClick={() => print('feedback')} disabled={teams.length === 0 && draft.groupIds.length === 0}>
              {t('opdrachten.printFeedback')}
            </button>
          )}
          <button type="button" className="btn" onClick={() => duplicate(false)}>
            {t('opdrachten.copy')}
          </button>
          {!draft.isTemplate && (
            <button type="button" className="btn" onClick={() => duplicate(true)}>
              {t('opdrachten.saveAsTemplate')}
            </button>
          )}
          <button type="button" className="btn btn-ghost" onClick={() => setConfirmDelete(true)}>
            {t('common.delete')}
          </button>
          <button id="opdracht-save" type="button" className="btn btn-primary" disabled={!dirty} onClick={() => save()} aria-keyshortcuts="Control+S">
            {t('common.save')}
          </button>
        </div>
      </div>

      {(attempted || dirty) && errors.length > 0 && (
        <div className="alert alert-error" role="alert">
          <strong>{t('opdrachten.cannotSave')}</strong>
          <ul>
            {errors.map((problem, index) => (
              <li key={index}>{message(problem)}</li>
            ))}
          </ul>
        </div>
      )}
      {warnings.length > 0 && (
        <div className="alert alert-warning">
          <ul>
            {warnings.map((problem, index) => (
              <li key={index}>{message(problem)}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="opdracht-sections">
        <section className="card form" aria-labelledby="sec-general">
          <h2 id="sec-general">{t('opdrachten.sections.general')}</h2>
          <div className="form-row">
            <Field label={t('opdrachten.fields.status')}>
              <select value={draft.status} onChange={(event) => set('status', event.target.value as OpdrachtStatus)}>
                {OPDRACHT_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`opdrachten.statuses.${status}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('opdrachten.fields.schoolYear')}>
              <input
                // Uncontrolled while typing: a new key shows another opdracht's (or a restored) year.
                key={`${opdracht.id}:${draft.schoolYear}`}
                type="text"
                defaultValue={draft.schoolYear}
                onBlur={(event) => {
                  const year = parseSchoolYear(event.target.value);
                  if (year) set('schoolYear', year as SchoolYear);
                  else event.target.value = draft.schoolYear;
                }}
              />
            </Field>
          </div>
          <div className="form-row">
            <Field label={t('opdrachten.fields.hours')}>
              <input type="number" min={0} step={1} value={draft.hours ?? ''} onChange={(event) => set('hours', event.target.value === '' ? null : event.target.valueAsNumber)} />
            </Field>
            <Field label={t('opdrachten.fields.location')}>
              <input type="text" value={draft.location} onChange={(event) => set('location', event.target.value)} />
            </Field>
          </div>
          {!draft.isTemplate && (
            <GroupCheckboxes legend={t('opdrachten.fields.groups')} groups={data.groups} cohorts={data.cohorts} value={draft.groupIds} onChange={(groupIds) => set('groupIds', groupIds)} />
          )}
        </section>

        <section className="card form" aria-labelledby="sec-client">
          <h2 id="sec-client">{t('opdrachten.sections.client')}</h2>
          <div className="form-row">
            <Field label={t('opdrachten.fields.opdrachtgever')}>
              <select value={draft.opdrachtgeverId ?? ''} onChange={(event) => setDraft({ ...draft, opdrachtgeverId: event.target.value || null, contactId: null })}>
                <option value="">{t('opdrachten.fields.noClient')}</option>
                {data.clients.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('opdrachten.fields.contact')}>
              <select value={draft.contactId ?? ''} onChange={(event) => set('contactId', event.target.value || null)} disabled={!client}>
                <option value="">{t('opdrachten.fields.noContact')}</option>
                {client?.contacts.map((contact) => (
                  <option key={contact.id} value={contact.id}>
                    {contact.name}
                    {contact.role && ` (${contact.role})`}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          {data.clients.length === 0 && (
            <p className="muted">
              {t('opdrachten.noClients')} <Link to="/opdrachtgevers?nieuw=opdrachtgever">{t('clients.new')}</Link>
            </p>
          )}
          <Field label={t('opdrachten.fields.question')} hint={t('opdrachten.fields.questionHint')}>
            <textarea rows={3} value={draft.question} onChange={(event) => set('question', event.target.value)} />
          </Field>
          <Field label={t('opdrachten.fields.context')}>
            <textarea rows={3} value={draft.context} onChange={(event) => set('context', event.target.value)} />
          </Field>
        </section>

        <section className="card form" aria-labelledby="sec-products">
          <h2 id="sec-products">{t('opdrachten.sections.products')}</h2>
          <Field label={t('opdrachten.fields.specifications')} hint={t('opdrachten.fields.specificationsHint')}>
            <textarea rows={4} value={draft.specifications} onChange={(event) => set('specifications', event.target.value)} />
          </Field>
          <fieldset className="form">
            <legend>{t('opdrachten.fields.deliverables')}</legend>
            <ol className="condition-list">
              {draft.deliverables.map((deliverable, index) => (
                <li key={index}>
                  <input
                    type="text"
                    value={deliverable}
                    aria-label={t('opdrachten.fields.deliverableOf', { number: index + 1 })}
                    onChange={(event) => set('deliverables', draft.deliverables.map((d, i) => (i === index ? event.target.value : d)))}
                  />
                  <button type="button" className="btn btn-small btn-ghost" aria-label={t('opdrachten.fields.removeDeliverable', { number: index + 1 })} onClick={() => set('deliverables', draft.deliverables.filter((_, i) => i !== index))}>
                    ×
                  </button>
                </li>
              ))}
            </ol>
            <div>
              <button type="button" className="btn btn-small" onClick={() => set('deliverables', [...draft.deliverables, ''])}>
                {t('opdrachten.fields.addDeliverable')}
              </button>
            </div>
          </fieldset>
        </section>

        <section className="card form" aria-labelledby="sec-goals">
          <h2 id="sec-goals">{t('opdrachten.sections.goals')}</h2>
          {draft.nodeIds.length === 0 ? (
            <p className="muted">{t('opdrachten.noGoals')}</p>
          ) : (
            <ul className="compact-list">
              {draft.nodeIds.map((nodeId) => {
                const node = linkedNodes?.find((candidate) => candidate.id === nodeId);
                return <li key={nodeId}>{node ? `${node.code} ${node.text}` : t('frameworks.node.missingLink')}</li>;
              })}
            </ul>
          )}
          <div>
            <button type="button" className="btn btn-small" onClick={() => setLinking(true)}>
              {t('opdrachten.linkGoals')}
            </button>
          </div>
          <fieldset className="form">
            <legend>{t('opdrachten.fields.rubrics')}</legend>
            {data.rubrics.length === 0 ? (
              <p className="muted">
                {t('opdrachten.noRubrics')} <Link to="/rubrics?nieuw=rubric">{t('rubrics.new')}</Link>
              </p>
            ) : (
              data.rubrics
                .filter((rubric) => rubric.archivedAt == null || draft.rubricIds.includes(rubric.id))
                .map((rubric) => (
                  <label key={rubric.id} className="check">
                    <input
                      type="checkbox"
                      checked={draft.rubricIds.includes(rubric.id)}
                      onChange={(event) => set('rubricIds', event.target.checked ? [...draft.rubricIds, rubric.id] : draft.rubricIds.filter((other) => other !== rubric.id))}
                    />
                    {rubric.title}
                  </label>
                ))
            )}
          </fieldset>
        </section>

        {/* Full width: five dated rows with their buttons do not fit half a page. */}
        <section className="card form span-all" aria-labelledby="sec-phases">
          <h2 id="sec-phases">{t('opdrachten.sections.phases')}</h2>
          <PhasesEditor phases={draft.phases} onChange={(phases) => set('phases', phases)} readOnly={false} />
        </section>
      </div>

      {!draft.isTemplate &&
        opdracht.groupIds.map((groupId) => {
          const group = data.groups.find((candidate) => candidate.id === groupId);
          if (!group) return null;
          return (
            <TeamsBoard
              key={groupId}
              opdrachtId={opdracht.id}
              group={group}
              students={(students ?? []).filter((student) => student.groupId === groupId && student.archivedAt == null)}
              allStudents={allStudents}
              groupNames={groupNames}
              teams={teams.filter((team) => team.groupId === groupId)}
              readOnly={false}
            />
          );
        })}
      {!draft.isTemplate && draft.groupIds.some((groupId) => !opdracht.groupIds.includes(groupId)) && <p className="muted">{t('opdrachten.teams.saveFirst')}</p>}

      {linking && (
        <LinkNodesDialog
          title={t('opdrachten.linkGoalsTitle', { title: draft.title })}
          selected={draft.nodeIds}
          onClose={() => setLinking(false)}
          onSave={(ids) => {
            set('nodeIds', ids);
            setLinking(false);
          }}
        />
      )}
      {confirmDelete && (
        <ConfirmDialog open title={t('opdrachten.deleteTitle', { title: opdracht.title })} confirmLabel={t('common.delete')} onCancel={() => setConfirmDelete(false)} onConfirm={remove}>
          <p>{t('opdrachten.deleteBody', { count: teams.length })}</p>
          <p className="muted">{t('students.delete.undoHint')}</p>
        </ConfirmDialog>
      )}
      {blocker.state === 'blocked' && (
        <ConfirmDialog open title={t('rubrics.unsaved.title')} confirmLabel={t('rubrics.unsaved.leave')} onCancel={() => blocker.reset()} onConfirm={() => blocker.proceed()}>
          <p>{t('opdrachten.unsavedBody')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
