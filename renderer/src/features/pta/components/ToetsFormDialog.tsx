import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkNode } from '../../../../../shared/domain/framework';
import type { Opdracht } from '../../../../../shared/domain/opdracht';
import { isGraded, TOETSVORMEN, type PtaToets, type Toetsvorm } from '../../../../../shared/domain/pta';
import type { Rubric } from '../../../../../shared/domain/rubric';
import { validatePta } from '../../../../../shared/pta/validate';
import { LinkNodesDialog } from '../../frameworks/components/LinkNodesDialog';
import { Dialog } from '../../../ui/Dialog';
import { DialogActions } from '../../../ui/DialogActions';
import { Field } from '../../../ui/Field';
import { formatDecimal, parseDecimal } from '../../../ui/format-number';
import { ptaProblemText } from '../problem-text';

interface ToetsFormDialogProps {
  /** The toets being edited, or a new one (not yet in `toetsen`). */
  toets: PtaToets;
  isNew: boolean;
  /** Every toets of the PTA as stored, to check the code against. */
  toetsen: readonly PtaToets[];
  opdrachten: readonly Opdracht[];
  rubrics: readonly Rubric[];
  nodes: ReadonlyMap<string, FrameworkNode>;
  onSave: (toets: PtaToets) => void;
  onClose: () => void;
}

/**
 * One toets of the PTA: code, name, periode, date, toetsvorm, duur, weging, herkansing, inhoud,
 * eindtermen and the opdracht + rubric that deliver the result. Problems are shown per field
 * and nothing is saved until they are solved.
 */
export function ToetsFormDialog({ toets, isNew, toetsen, opdrachten, rubrics, nodes, onSave, onClose }: ToetsFormDialogProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<PtaToets>(toets);
  const [weging, setWeging] = useState(toets.weging == null ? '' : formatDecimal(toets.weging, i18n.language, 4));
  const [submitted, setSubmitted] = useState(false);
  const [linking, setLinking] = useState(false);
  const set = <K extends keyof PtaToets>(key: K, value: PtaToets[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const parsedWeging = parseDecimal(weging);
  const candidate: PtaToets = { ...draft, code: draft.code.trim(), name: draft.name.trim(), weging: isGraded(draft.toetsvorm) ? parsedWeging : null };
  const all = isNew ? [...toetsen, candidate] : toetsen.map((other) => (other.id === candidate.id ? candidate : other));
  const position = all.findIndex((other) => other.id === candidate.id) + 1;
  // Only this toets's own problems: the PTA-wide ones show on the page.
  const problems = validatePta(all).filter((problem) => 'toets' in problem.params && problem.params.toets === position);
  const wegingNotNumber = isGraded(draft.toetsvorm) && parsedWeging !== null && Number.isNaN(parsedWeging);
  const errorOf = (...codes: string[]) => {
    if (!submitted) return undefined;
    const problem = problems.find((candidateProblem) => codes.includes(candidateProblem.code));
    return problem ? ptaProblemText(t, problem) : undefined;
  };
  const opdracht = opdrachten.find((candidateOpdracht) => candidateOpdracht.id === draft.opdrachtId);
  const rubricChoices = opdracht ? rubrics.filter((rubric) => opdracht.rubricIds.includes(rubric.id)) : rubrics.filter((rubric) => rubric.archivedAt == null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problems.length > 0 || wegingNotNumber) return;
    onSave(candidate);
  };

  const title = isNew ? t('pta.form.addTitle') : t('pta.form.editTitle', { code: toets.code });
  return (
    <Dialog open title={title} onClose={onClose} className="dialog-wide">
      <form className="form" onSubmit={submit} noValidate>
        <div className="form-row">
          <Field label={t('pta.form.code')} hint={t('pta.form.codeHint')} error={errorOf('code-empty', 'code-duplicate')}>
            <input type="text" value={draft.code} maxLength={20} onChange={(event) => set('code', event.target.value)} data-autofocus />
          </Field>
          <Field label={t('pta.form.name')} error={errorOf('name-empty')}>
            <input type="text" value={draft.name} maxLength={120} onChange={(event) => set('name', event.target.value)} />
          </Field>
        </div>
        <div className="form-row">
          <Field label={t('pta.form.periode')} hint={t('pta.form.periodeHint')}>
            <input type="text" value={draft.periode} maxLength={40} onChange={(event) => set('periode', event.target.value)} />
          </Field>
          <Field label={t('pta.form.date')} hint={t('pta.form.dateHint')} error={errorOf('date-invalid')}>
            <input type="date" value={draft.date ?? ''} onChange={(event) => set('date', event.target.value || null)} />
          </Field>
        </div>
        <div className="form-row">
          <Field label={t('pta.form.toetsvorm')}>
            <select value={draft.toetsvorm} onChange={(event) => set('toetsvorm', event.target.value as Toetsvorm)}>
              {TOETSVORMEN.map((vorm) => (
                <option key={vorm} value={vorm}>
                  {t(`pta.toetsvormen.${vorm}`)}
                </option>
              ))}
            </select>
          </Field>
          {isGraded(draft.toetsvorm) ? (
            <Field
              label={t('pta.form.weging')}
              error={submitted && wegingNotNumber ? t('pta.form.wegingInvalid') : errorOf('weging-missing', 'weging-not-positive')}
            >
              <input type="text" inputMode="decimal" value={weging} onChange={(event) => setWeging(event.target.value)} />
            </Field>
          ) : (
            <p className="muted field">{t('pta.form.wegingHint')}</p>
          )}
        </div>
        <div className="form-row">
          <Field label={t('pta.form.duur')} hint={t('pta.form.duurHint')}>
            <input type="text" value={draft.duur} maxLength={40} onChange={(event) => set('duur', event.target.value)} />
          </Field>
          <div className="field">
            <label className="check">
              <input
                type="checkbox"
                checked={draft.herkansbaar}
                onChange={(event) => setDraft({ ...draft, herkansbaar: event.target.checked, herkansingVorm: event.target.checked ? (draft.herkansingVorm ?? draft.toetsvorm) : null })}
              />
              {t('pta.form.herkansbaar')}
            </label>
            {draft.herkansbaar && (
              <Field label={t('pta.form.herkansingVorm')} error={errorOf('herkansing-vorm-missing')}>
                <select value={draft.herkansingVorm ?? ''} onChange={(event) => set('herkansingVorm', (event.target.value || null) as Toetsvorm | null)}>
                  {TOETSVORMEN.filter(isGraded).map((vorm) => (
                    <option key={vorm} value={vorm}>
                      {t(`pta.toetsvormen.${vorm}`)}
                    </option>
                  ))}
                </select>
              </Field>
            )}
          </div>
        </div>
        <Field label={t('pta.form.inhoud')}>
          <textarea rows={3} value={draft.inhoud} onChange={(event) => set('inhoud', event.target.value)} />
        </Field>
        <fieldset className="form">
          <legend>{t('pta.form.eindtermen')}</legend>
          {draft.nodeIds.length === 0 ? (
            <p className="muted">{t('pta.form.noEindtermen')}</p>
          ) : (
            <ul className="compact-list">
              {draft.nodeIds.map((id) => {
                const node = nodes.get(id);
                return <li key={id}>{node ? `${node.code} ${node.text}` : t('frameworks.node.missingLink')}</li>;
              })}
            </ul>
          )}
          <div>
            <button type="button" className="btn btn-small" onClick={() => setLinking(true)}>
              {t('pta.form.chooseEindtermen')}
            </button>
          </div>
        </fieldset>
        <div className="form-row">
          <Field label={t('pta.form.opdracht')}>
            <select
              value={draft.opdrachtId ?? ''}
              onChange={(event) => {
                const next = opdrachten.find((candidateOpdracht) => candidateOpdracht.id === event.target.value);
                setDraft({ ...draft, opdrachtId: next?.id ?? null, rubricId: next ? (next.rubricIds.includes(draft.rubricId ?? '') ? draft.rubricId : (next.rubricIds[0] ?? null)) : draft.rubricId });
              }}
            >
              <option value="">{t('pta.form.noOpdracht')}</option>
              {opdrachten.map((candidateOpdracht) => (
                <option key={candidateOpdracht.id} value={candidateOpdracht.id}>
                  {candidateOpdracht.title} ({candidateOpdracht.schoolYear})
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('pta.form.rubric')} hint={t('pta.form.rubricHint')}>
            <select value={draft.rubricId ?? ''} onChange={(event) => set('rubricId', event.target.value || null)}>
              <option value="">{t('pta.form.noRubric')}</option>
              {rubricChoices.map((rubric) => (
                <option key={rubric.id} value={rubric.id}>
                  {rubric.title}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <DialogActions submitLabel={isNew ? t('pta.form.add') : t('pta.form.save')} onCancel={onClose} />
      </form>
      {linking && (
        <LinkNodesDialog
          title={t('pta.form.eindtermenTitle', { code: draft.code || '…' })}
          selected={draft.nodeIds}
          onClose={() => setLinking(false)}
          onSave={(ids) => {
            set('nodeIds', ids);
            setLinking(false);
          }}
        />
      )}
    </Dialog>
  );
}
