import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { PtaToets } from '../../../../shared/domain/pta';
import { examplePtaToetsen } from '../../../../shared/pta/example';
import { isPtaEditable, vastgesteldOp } from '../../../../shared/pta/lock';
import type { PtaProblem } from '../../../../shared/pta/problems';
import { validatePta } from '../../../../shared/pta/validate';
import { createPta, newToetsId, ontgrendelPta, PtaLockedError, restorePta, updatePta, vaststellenPta } from '../../db/repositories/pta';
import { usePageTitle } from '../../hooks/use-page-title';
import { auditName, useSchoolSettings } from '../../hooks/use-school-settings';
import { useToasts } from '../../state/toasts';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { Field } from '../../ui/Field';
import { PtaToetsenTable } from './components/PtaToetsenTable';
import { ToetsFormDialog } from './components/ToetsFormDialog';
import { UnlockPtaDialog } from './components/UnlockPtaDialog';
import { printPta } from './print-pta';
import { ptaProblemText } from './problem-text';
import { usePtaScreenData } from './use-pta';
import { NamedSelect } from '../../ui/NamedSelect';

type DialogState =
  | { kind: 'none' }
  | { kind: 'toets'; toets: PtaToets; isNew: boolean }
  | { kind: 'remove'; toets: PtaToets }
  | { kind: 'vaststellen' }
  | { kind: 'unlock' };

function blankToets(): PtaToets {
  return { id: newToetsId(), code: '', name: '', inhoud: '', periode: '', date: null, toetsvorm: 'praktijkopdracht', duur: '', weging: 1, herkansbaar: false, herkansingVorm: null, nodeIds: [], opdrachtId: null, rubricId: null };
}

/**
 * The PTA of a cohort: its toetsen with code, periode, toetsvorm, weging and herkansing, the
 * lock (vaststellen, and unlocking with a reason), the log, and the PDF in the usual layout.
 */
export function PtaPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('pta.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const data = usePtaScreenData(searchParams.get('cohort'));
  const settings = useSchoolSettings();
  const show = useToasts((state) => state.show);
  const [dialog, setDialog] = useState<DialogState>({ kind: 'none' });
  const [lockProblems, setLockProblems] = useState<PtaProblem[]>([]);

  if (!data) {
    return (
      <div className="page" aria-busy="true">
        <h1>{t('pta.title')}</h1>
        <p className="muted">{t('common.loading')}</p>
      </div>
    );
  }
  const { cohort, pta } = data;
  const who = auditName(settings);
  const close = () => setDialog({ kind: 'none' });
  const problemText = (problem: PtaProblem) => ptaProblemText(t, problem);

  /** Runs a change of the toetsen; a PTA locked meanwhile (another window) is reported, not overwritten. */
  const change = async (message: string, next: (toetsen: PtaToets[]) => PtaToets[]) => {
    if (!pta) return;
    try {
      const previous = await updatePta(pta.id, (current) => ({ title: current.title, toetsen: next(current.toetsen) }));
      show({ message, tone: 'success', undo: () => restorePta(previous) });
    } catch (error) {
      if (error instanceof PtaLockedError) show({ message: t('pta.toast.locked'), tone: 'error' });
      else throw error;
    }
  };

  const header = (
    <div className="page-header">
      <div>
        <h1>{t('pta.title')}</h1>
        <p className="muted">{t('pta.subtitle')}</p>
      </div>
      {data.cohorts.length > 0 && cohort && (
        <Field label={t('pta.cohort')}>
          <NamedSelect items={data.cohorts} value={cohort.id} onChange={(event) => setSearchParams({ cohort: event.target.value }, { replace: true })} />
        </Field>
      )}
    </div>
  );

  if (!cohort) {
    return (
      <div className="page">
        {header}
        <EmptyState
          title={t('pta.noCohorts.title')}
          actions={
            <Link className="btn btn-primary" to="/groepen">
              {t('pta.noCohorts.action')}
            </Link>
          }
        >
          <p>{t('pta.noCohorts.body')}</p>
        </EmptyState>
      </div>
    );
  }

  if (!pta) {
    const title = t('pta.defaultTitle', { programme: cohort.programme, leerweg: cohort.leerweg, cohort: cohort.name });
    const create = async (withExample: boolean) => {
      await createPta(cohort.id, title, withExample ? examplePtaToetsen(newToetsId) : []);
      show({ message: t('pta.toast.created'), tone: 'success' });
    };
    return (
      <div className="page">
        {header}
        <EmptyState
          title={t('pta.empty.title', { cohort: cohort.name })}
          actions={
            <>
              <button type="button" className="btn btn-primary" onClick={() => void create(true)}>
                {t('pta.empty.example')}
              </button>
              <button type="button" className="btn" onClick={() => void create(false)}>
                {t('pta.empty.blank')}
              </button>
            </>
          }
        >
          <p>{t('pta.empty.body')}</p>
          <p>{t('pta.empty.exampleHint')}</p>
        </EmptyState>
      </div>
    );
  }

  const editable = isPtaEditable(pta);
  const problems = validatePta(pta.toetsen);
  const lockedAt = vastgesteldOp(pta);
  const lockedBy = [...pta.log].reverse().find((entry) => entry.action === 'vastgesteld')?.who ?? '';
  const totalWeight = pta.toetsen.reduce((sum, toets) => sum + (toets.toetsvorm !== 'handelingsopdracht' && toets.weging != null && toets.weging > 0 ? toets.weging : 0), 0);
  const dateText = (at: number) => new Date(at).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

  const vaststellen = async () => {
    close();
    const result = await vaststellenPta(pta.id, who);
    if (result.ok) {
      setLockProblems([]);
      show({ message: t('pta.toast.vastgesteld'), tone: 'success' });
    } else setLockProblems(result.problems);
  };
  const unlock = async (reason: string) => {
    const result = await ontgrendelPta(pta.id, who, reason);
    close();
    if (result.ok) show({ message: t('pta.toast.ontgrendeld'), tone: 'success' });
    else setLockProblems(result.problems);
  };
  const print = async () => {
    const fileName = await printPta(t, { pta, cohort, nodes: data.nodes, opdrachten: data.opdrachten, settings });
    if (fileName) show({ message: t('pta.toast.printed', { fileName }), tone: 'success' });
  };

  return (
    <div className="page">
      {header}
      <section className="card pta-head" aria-labelledby="pta-title">
        <h2 id="pta-title">{pta.title}</h2>
        <p className={editable ? 'status-line' : 'status-line status-locked'} role="status">
          {editable
            ? t('pta.status.concept')
            : lockedBy
              ? t('pta.status.vastgesteld', { date: lockedAt ? dateText(lockedAt) : '', who: lockedBy })
              : t('pta.status.vastgesteldAnonymous', { date: lockedAt ? dateText(lockedAt) : '' })}
        </p>
        {!editable && <p className="muted">{t('pta.status.lockedHint')}</p>}
        <div className="actions">
          {editable && (
            <button type="button" className="btn btn-primary" onClick={() => setDialog({ kind: 'toets', toets: blankToets(), isNew: true })}>
              {t('pta.actions.addToets')}
            </button>
          )}
          {editable ? (
            <button type="button" className="btn" onClick={() => setDialog({ kind: 'vaststellen' })}>
              {t('pta.actions.vaststellen')}
            </button>
          ) : (
            <button type="button" className="btn" onClick={() => setDialog({ kind: 'unlock' })}>
              {t('pta.actions.ontgrendelen')}
            </button>
          )}
          <button type="button" className="btn" onClick={() => void print()} disabled={pta.toetsen.length === 0}>
            {t('pta.actions.print')}
          </button>
          <Link className="btn" to={`/cijfers?cohort=${cohort.id}`}>
            {t('pta.actions.grades')}
          </Link>
        </div>
      </section>

      {editable && (problems.length > 0 || lockProblems.length > 0) && (
        <div className="alert alert-warning" role="region" aria-label={t('pta.problemsTitle')}>
          <p>{t('pta.problemsTitle')}</p>
          <ul>
            {(problems.length > 0 ? problems : lockProblems).map((problem, index) => (
              <li key={index}>{problemText(problem)}</li>
            ))}
          </ul>
        </div>
      )}

      {pta.toetsen.length > 0 && (
        <>
          <PtaToetsenTable
            toetsen={pta.toetsen}
            editable={editable}
            opdrachten={data.opdrachten}
            rubrics={data.rubrics}
            nodes={data.nodes}
            onEdit={(toets) => setDialog({ kind: 'toets', toets, isNew: false })}
            onRemove={(toets) => setDialog({ kind: 'remove', toets })}
            onMove={(toets, direction) =>
              void change(t('pta.toast.saved', { code: toets.code }), (toetsen) => {
                const index = toetsen.findIndex((other) => other.id === toets.id);
                const next = [...toetsen];
                const [moved] = next.splice(index, 1);
                next.splice(Math.max(0, Math.min(next.length, index + direction)), 0, moved!);
                return next;
              })
            }
          />
          <p className="muted">{t('pta.toetsCount', { count: pta.toetsen.length, total: totalWeight })}</p>
        </>
      )}

      {pta.log.length > 0 && (
        <section className="card" aria-labelledby="pta-log">
          <h2 id="pta-log">{t('pta.log.title')}</h2>
          <ul className="compact-list">
            {[...pta.log].reverse().map((entry, index) => (
              <li key={index}>{t(`pta.log.${entry.action}`, { date: dateText(entry.at), who: entry.who || t('school.unnamed'), reason: entry.reason })}</li>
            ))}
          </ul>
        </section>
      )}

      {dialog.kind === 'toets' && (
        <ToetsFormDialog
          toets={dialog.toets}
          isNew={dialog.isNew}
          toetsen={pta.toetsen}
          opdrachten={data.opdrachten}
          rubrics={data.rubrics}
          nodes={data.nodes}
          onClose={close}
          onSave={(toets) => {
            close();
            void change(t(dialog.isNew ? 'pta.toast.added' : 'pta.toast.saved', { code: toets.code }), (toetsen) =>
              dialog.isNew ? [...toetsen, toets] : toetsen.map((other) => (other.id === toets.id ? toets : other)),
            );
          }}
        />
      )}
      {dialog.kind === 'remove' && (
        <ConfirmDialog
          open
          title={t('pta.removeTitle', { code: dialog.toets.code })}
          confirmLabel={t('common.delete')}
          onCancel={close}
          onConfirm={() => {
            close();
            void change(t('pta.toast.removed', { code: dialog.toets.code }), (toetsen) => toetsen.filter((other) => other.id !== dialog.toets.id));
          }}
        >
          <p>{t('pta.removeBody')}</p>
        </ConfirmDialog>
      )}
      {dialog.kind === 'vaststellen' && (
        <ConfirmDialog open tone="primary" title={t('pta.vaststellenTitle')} confirmLabel={t('pta.actions.vaststellen')} onCancel={close} onConfirm={() => void vaststellen()}>
          <p>{t('pta.vaststellenBody')}</p>
        </ConfirmDialog>
      )}
      {dialog.kind === 'unlock' && <UnlockPtaDialog onClose={close} onUnlock={(reason) => void unlock(reason)} />}
    </div>
  );
}
