import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSESSORS } from '../../../../../shared/domain/beoordeling';
import type { Framework } from '../../../../../shared/domain/framework';
import { DEFAULT_SCHOOL_SETTINGS } from '../../../../../shared/domain/school-settings';
import { MASTERY_METHOD_KINDS, type MasteryMethodKind, type MasterySettings, type MasterySettingsProblem } from '../../../../../shared/growth';
import { saveMasterySettings } from '../../../db/repositories/mastery-settings';
import { useStoredMasterySettings } from '../../../hooks/use-mastery-settings';
import { useSchoolSettings } from '../../../hooks/use-school-settings';
import { useToasts } from '../../../state/toasts';
import { Field } from '../../../ui/Field';
import { formatDay } from '../../../ui/format-date';
import { formatDecimal } from '../../../ui/format-number';
import { workedExample } from '../mastery-example';
import { draftOf, exampleSettingsOf, settingsOfDraft, type MasteryDraft } from '../mastery-draft';

interface MasterySettingsSectionProps {
  framework: Framework;
  readOnly: boolean;
}

/**
 * "Beheersing berekenen" on a framework's page: the method, its parameter and the sources,
 * saved per framework lineage with an undo, and a worked example that follows every change.
 */
export function MasterySettingsSection({ framework, readOnly }: MasterySettingsSectionProps) {
  const { t } = useTranslation();
  const stored = useStoredMasterySettings(framework.lineageId);
  return (
    <section className="card form mastery-settings" aria-labelledby="mastery-title" aria-busy={stored === undefined}>
      <h2 id="mastery-title">{t('mastery.title')}</h2>
      <p className="muted">{t('mastery.intro')}</p>
      {readOnly && (
        <div className="alert alert-info">
          <p>{t('mastery.retiredNote')}</p>
        </div>
      )}
      {stored === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        // Keyed on the stored settings: after a save elsewhere or an undo, the form shows them.
        <MasteryForm key={JSON.stringify(stored)} framework={framework} stored={stored} readOnly={readOnly} />
      )}
    </section>
  );
}

interface MasteryFormProps {
  framework: Framework;
  stored: MasterySettings;
  readOnly: boolean;
}

function MasteryForm({ framework, stored, readOnly }: MasteryFormProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const show = useToasts((state) => state.show);
  const [draft, setDraft] = useState<MasteryDraft>(() => draftOf(stored));
  const [problems, setProblems] = useState<readonly MasterySettingsProblem[]>([]);

  const change = (changes: Partial<MasteryDraft>, clears: MasterySettingsProblem[]) => {
    setDraft((current) => ({ ...current, ...changes }));
    setProblems((current) => current.filter((problem) => !clears.includes(problem)));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = settingsOfDraft(draft);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems([]);
    const previous = await saveMasterySettings(framework.lineageId, checked.settings);
    show({
      message: t('mastery.saved', { title: framework.title }),
      tone: 'success',
      undo: async () => void (await saveMasterySettings(framework.lineageId, previous)),
    });
  };

  const problem = (name: MasterySettingsProblem) => (problems.includes(name) ? t(`mastery.problems.${name}`) : undefined);
  const weightPercent = Number(draft.weight);
  const explainValues = {
    newest: Number.isFinite(weightPercent) && weightPercent >= 1 && weightPercent <= 99 ? weightPercent : 65,
    rest: Number.isFinite(weightPercent) && weightPercent >= 1 && weightPercent <= 99 ? 100 - weightPercent : 35,
    n: /^\d+$/.test(draft.n.trim()) && Number(draft.n) >= 1 ? Number(draft.n) : 3,
  };
  const methodName = (kind: MasteryMethodKind) => t(`growth.method.${kind}.name`, explainValues);

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="mastery-columns">
        <fieldset className="form" disabled={readOnly}>
          <legend>{t('mastery.methodLegend')}</legend>
          {MASTERY_METHOD_KINDS.map((kind) => (
            <div key={kind} className="mastery-option">
              <label className="check">
                <input
                  type="radio"
                  name={`${id}-method`}
                  value={kind}
                  checked={draft.kind === kind}
                  aria-describedby={`${id}-${kind}-explain`}
                  onChange={() => change({ kind }, ['method', 'newestWeight', 'n'])}
                />
                {methodName(kind)}
              </label>
              <p id={`${id}-${kind}-explain`} className="hint">
                {t(`growth.method.${kind}.explain`, explainValues)}
              </p>
              {draft.kind === 'decaying-average' && kind === 'decaying-average' && (
                <Field label={t('mastery.weightLabel')} hint={t('mastery.weightHint')} error={problem('newestWeight')} className="mastery-parameter">
                  <input type="number" inputMode="numeric" min={1} max={99} step={1} value={draft.weight} onChange={(event) => change({ weight: event.target.value }, ['newestWeight'])} />
                </Field>
              )}
              {draft.kind === 'mean-last-n' && kind === 'mean-last-n' && (
                <Field label={t('mastery.nLabel')} hint={t('mastery.nHint')} error={problem('n')} className="mastery-parameter">
                  <input type="number" inputMode="numeric" min={1} step={1} value={draft.n} onChange={(event) => change({ n: event.target.value }, ['n'])} />
                </Field>
              )}
            </div>
          ))}
          {problem('method') && (
            <p className="form-error" role="alert">
              {problem('method')}
            </p>
          )}
        </fieldset>
        <div className="form">
          <fieldset className="form" disabled={readOnly} aria-describedby={`${id}-sources-hint`}>
            <legend>{t('mastery.sourcesLegend')}</legend>
            <p id={`${id}-sources-hint`} className="hint">
              {t('mastery.sourcesHint')}
            </p>
            {ASSESSORS.map((source) => (
              <label key={source} className="check">
                <input
                  type="checkbox"
                  checked={source === 'examinator' || draft.sources.includes(source)}
                  disabled={source === 'examinator'}
                  onChange={(event) =>
                    change({ sources: event.target.checked ? [...draft.sources, source] : draft.sources.filter((s) => s !== source) }, ['sources'])
                  }
                />
                {source === 'examinator' ? t('mastery.alwaysCounts', { source: t(`growth.source.${source}`) }) : t(`growth.source.${source}`)}
              </label>
            ))}
            {problem('sources') && (
              <p className="form-error" role="alert">
                {problem('sources')}
              </p>
            )}
          </fieldset>
          {!readOnly && (
            <div className="actions">
              <button type="submit" className="btn btn-primary">
                {t('common.save')}
              </button>
            </div>
          )}
        </div>
      </div>
      <MasteryExample settings={exampleSettingsOf(draft, stored)} chosen={draft.kind} methodName={methodName} language={i18n.language} />
    </form>
  );
}

interface MasteryExampleProps {
  settings: MasterySettings;
  chosen: MasteryMethodKind;
  methodName: (kind: MasteryMethodKind) => string;
  language: string;
}

/** The example student's evidence and the result of every method on it, on the school's scale. */
function MasteryExample({ settings, chosen, methodName, language }: MasteryExampleProps) {
  const { t } = useTranslation();
  const school = useSchoolSettings();
  const labels = school?.observationScale.length ? school.observationScale : DEFAULT_SCHOOL_SETTINGS.observationScale;
  const { rows, results } = workedExample(settings, labels.length);
  const levelName = (level: number) => labels[level - 1] ?? String(level);

  return (
    <div className="form mastery-example">
      <h3>{t('mastery.example.title')}</h3>
      <p className="muted">{t('mastery.example.intro')}</p>
      <div className="mastery-example-tables">
        <table className="preview-table">
          <caption className="visually-hidden">{t('mastery.example.evidenceCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mastery.example.date')}</th>
              <th scope="col">{t('mastery.example.who')}</th>
              <th scope="col">{t('mastery.example.level')}</th>
              <th scope="col">{t('mastery.example.counts')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ point, counted }) => (
              <tr key={point.key} className={counted ? undefined : 'muted'}>
                <td>{formatDay(point.date, language)}</td>
                <td>{t(`growth.source.${point.assessor}`)}</td>
                <td>{levelName(point.level)}</td>
                <td>{counted ? t('mastery.example.yes') : t('mastery.example.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="preview-table">
          <caption className="visually-hidden">{t('mastery.example.resultsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mastery.example.method')}</th>
              <th scope="col">{t('mastery.example.result')}</th>
            </tr>
          </thead>
          <tbody>
            {results.map(({ kind, mastery, position }) => (
              <tr key={kind} className={kind === chosen ? 'mastery-chosen' : undefined}>
                <th scope="row">
                  {methodName(kind)}
                  {kind === chosen && <span className="badge mastery-chosen-badge">{t('mastery.example.chosen')}</span>}
                </th>
                <td>
                  {mastery && position !== null
                    ? t('mastery.example.position', { label: levelName(mastery.level), value: formatDecimal(position, language, 2), size: labels.length })
                    : t('mastery.example.nothingCounts')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
