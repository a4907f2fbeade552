import { useTranslation } from 'react-i18next';
import type { RubricContent, ScalePresetId } from '../../../../../shared/domain/rubric';
import { addLevel, applyScalePreset, moveLevel, removeLevel, SCALE_PRESET_IDS, updateLevel } from '../../../../../shared/rubrics';
import { newId } from '../../../db/ids';
import { Field } from '../../../ui/Field';

interface ScaleEditorProps {
  content: RubricContent;
  onChange: (content: RubricContent) => void;
  readOnly: boolean;
}

/** The levels (columns): a preset, or your own labels, points and colours. */
export function ScaleEditor({ content, onChange, readOnly }: ScaleEditorProps) {
  const { t } = useTranslation();
  return (
    <section className="card form" aria-labelledby="scale-title">
      <h2 id="scale-title">{t('rubrics.editor.scaleTitle')}</h2>
      <Field label={t('rubrics.fields.scale')} hint={t('rubrics.editor.scaleHint')}>
        <select value={content.scalePreset} disabled={readOnly} onChange={(event) => onChange(applyScalePreset(content, event.target.value as ScalePresetId, newId))}>
          {SCALE_PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`rubrics.presets.${id}.label`)}
            </option>
          ))}
        </select>
      </Field>
      <table className="level-table">
        <caption className="visually-hidden">{t('rubrics.editor.levelsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rubrics.editor.levelLabel')}</th>
            <th scope="col">{t('rubrics.editor.levelPoints')}</th>
            <th scope="col">{t('rubrics.editor.levelColor')}</th>
            {!readOnly && (
              <th scope="col">
                <span className="visually-hidden">{t('students.columns.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {content.levels.map((level, index) => (
            <tr key={level.id}>
              <td>
                <input
                  type="text"
                  value={level.label}
                  readOnly={readOnly}
                  aria-label={t('rubrics.editor.levelLabelOf', { number: index + 1 })}
                  onChange={(event) => onChange(updateLevel(content, index, { label: event.target.value }))}
                />
              </td>
              <td>
                <input
                  type="number"
                  step="0.5"
                  min="0"
                  value={Number.isFinite(level.points) ? level.points : ''}
                  readOnly={readOnly}
                  aria-label={t('rubrics.editor.levelPointsOf', { label: level.label || index + 1 })}
                  onChange={(event) => onChange(updateLevel(content, index, { points: event.target.valueAsNumber }))}
                />
              </td>
              <td>
                <input
                  type="color"
                  value={level.color}
                  disabled={readOnly}
                  aria-label={t('rubrics.editor.levelColorOf', { label: level.label || index + 1 })}
                  onChange={(event) => onChange(updateLevel(content, index, { color: event.target.value }))}
                />
              </td>
              {!readOnly && (
                <td className="actions">
                  <button type="button" className="btn btn-small btn-ghost" disabled={index === 0} onClick={() => onChange(moveLevel(content, index, index - 1))} aria-label={t('rubrics.editor.levelLeft', { label: level.label })}>
                    ←
                  </button>
                  <button
                    type="button"
                    className="btn btn-small btn-ghost"
                    disabled={index === content.levels.length - 1}
                    onClick={() => onChange(moveLevel(content, index, index + 1))}
                    aria-label={t('rubrics.editor.levelRight', { label: level.label })}
                  >
                    →
                  </button>
                  <button type="button" className="btn btn-small btn-ghost" onClick={() => onChange(removeLevel(content, index))} aria-label={t('rubrics.editor.levelRemove', { label: level.label })}>
                    ×
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {!readOnly && (
        <div>
          <button type="button" className="btn btn-small" onClick={() => onChange(addLevel(content, newId))}>
            {t('rubrics.editor.addLevel')}
          </button>
        </div>
      )}
    </section>
  );
}
