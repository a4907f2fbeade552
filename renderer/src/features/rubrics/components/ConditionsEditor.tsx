import { useTranslation } from 'react-i18next';
import type { RubricContent } from '../../../../../shared/domain/rubric';
import { addCondition, removeCondition, updateCondition } from '../../../../../shared/rubrics';
import { newId } from '../../../db/ids';

interface ConditionsEditorProps {
  content: RubricContent;
  onChange: (content: RubricContent) => void;
  readOnly: boolean;
}

/** Voorwaardelijke eisen: go/no-go conditions checked before the rubric is scored. */
export function ConditionsEditor({ content, onChange, readOnly }: ConditionsEditorProps) {
  const { t } = useTranslation();
  return (
    <section className="card form" aria-labelledby="conditions-title">
      <h2 id="conditions-title">{t('rubrics.editor.conditionsTitle')}</h2>
      <p className="muted">{t('rubrics.editor.conditionsHint')}</p>
      {content.conditions.length === 0 && <p className="muted">{t('rubrics.editor.noConditions')}</p>}
      <ol className="condition-list">
        {content.conditions.map((condition, index) => (
          <li key={condition.id}>
            <input
              type="text"
              value={condition.text}
              readOnly={readOnly}
              placeholder={t('rubrics.editor.conditionPlaceholder')}
              aria-label={t('rubrics.editor.conditionOf', { number: index + 1 })}
              onChange={(event) => onChange(updateCondition(content, index, event.target.value))}
            />
            {!readOnly && (
              <button type="button" className="btn btn-small btn-ghost" onClick={() => onChange(removeCondition(content, index))} aria-label={t('rubrics.editor.removeCondition', { number: index + 1 })}>
                {t('rubrics.editor.remove')}
              </button>
            )}
          </li>
        ))}
      </ol>
      {!readOnly && (
        <div>
          <button type="button" className="btn btn-small" onClick={() => onChange(addCondition(content, newId))}>
            {t('rubrics.editor.addCondition')}
          </button>
        </div>
      )}
    </section>
  );
}
