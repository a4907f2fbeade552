import { useTranslation } from 'react-i18next';
import type { GradeConversion, RubricContent } from '../../../../../shared/domain/rubric';
import { DEFAULT_CAESURA, maxPoints, pointsToGrade } from '../../../../../shared/rubrics';

interface ConversionEditorProps {
  content: RubricContent;
  onChange: (content: RubricContent) => void;
  readOnly: boolean;
}

/** The grade for the preview, or null while the conversion being typed cannot give one. */
function safeGrade(conversion: GradeConversion, points: number, max: number): number | null {
  try {
    return pointsToGrade(conversion, points, max);
  } catch {
    return null;
  }
}

const formatGrade = (grade: number) => grade.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** From points to a cijfer: linear with a caesura, or the school's own table. */
export function ConversionEditor({ content, onChange, readOnly }: ConversionEditorProps) {
  const { t } = useTranslation();
  const { conversion } = content;
  const max = maxPoints(content);
  const set = (next: GradeConversion) => onChange({ ...content, conversion: next });

  const preview =
    Number.isFinite(max) && max > 0 && (conversion.kind === 'linear' ? conversion.caesura > 0 && conversion.caesura < 1 : conversion.rows.length > 0)
      ? [0, 0.25, 0.5, 0.75, 1].map((fraction) => {
          const points = Math.round(max * fraction * 10) / 10;
          return { points, grade: safeGrade(conversion, points, max) };
        })
      : [];

  return (
    <section className="card form" aria-labelledby="conversion-title">
      <h2 id="conversion-title">{t('rubrics.editor.conversionTitle')}</h2>
      <p className="muted">{t('rubrics.editor.maxPoints', { points: max.toLocaleString('nl-NL') })}</p>
      <fieldset className="form" disabled={readOnly}>
        <legend className="visually-hidden">{t('rubrics.editor.conversionKind')}</legend>
        <label className="check">
          <input type="radio" name="conversion" checked={conversion.kind === 'linear'} onChange={() => set({ kind: 'linear', caesura: DEFAULT_CAESURA })} />
          {t('rubrics.editor.linear')}
        </label>
        <label className="check">
          <input
            type="radio"
            name="conversion"
            checked={conversion.kind === 'table'}
            onChange={() =>
              set({
                kind: 'table',
                rows: [
                  { minPoints: 0, grade: 1 },
                  { minPoints: Math.round(max * DEFAULT_CAESURA * 10) / 10, grade: 5.5 },
                  { minPoints: max, grade: 10 },
                ],
              })
            }
          />
          {t('rubrics.editor.table')}
        </label>
      </fieldset>

      {conversion.kind === 'linear' ? (
        <label className="inline-field">
          {t('rubrics.editor.caesura')}
          <input
            type="number"
            min="1"
            max="99"
            step="1"
            readOnly={readOnly}
            value={Number.isFinite(conversion.caesura) ? Math.round(conversion.caesura * 1000) / 10 : ''}
            onChange={(event) => set({ kind: 'linear', caesura: event.target.valueAsNumber / 100 })}
          />
          %
        </label>
      ) : (
        <table className="level-table">
          <caption className="visually-hidden">{t('rubrics.editor.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rubrics.editor.fromPoints')}</th>
              <th scope="col">{t('rubrics.editor.grade')}</th>
              {!readOnly && (
                <th scope="col">
                  <span className="visually-hidden">{t('students.columns.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {conversion.rows.map((row, index) => (
              <tr key={index}>
                <td>
                  <input
                    type="number"
                    step="0.5"
                    min="0"
                    readOnly={readOnly}
                    value={Number.isFinite(row.minPoints) ? row.minPoints : ''}
                    aria-label={t('rubrics.editor.fromPointsRow', { row: index + 1 })}
                    onChange={(event) => set({ kind: 'table', rows: conversion.rows.map((r, i) => (i === index ? { ...r, minPoints: event.target.valueAsNumber } : r)) })}
                  />
                </td>
                <td>
                  <input
                    type="number"
                    step="0.1"
                    min="1"
                    max="10"
                    readOnly={readOnly}
                    value={Number.isFinite(row.grade) ? row.grade : ''}
                    aria-label={t('rubrics.editor.gradeRow', { row: index + 1 })}
                    onChange={(event) => set({ kind: 'table', rows: conversion.rows.map((r, i) => (i === index ? { ...r, grade: event.target.valueAsNumber } : r)) })}
                  />
                </td>
                {!readOnly && (
                  <td>
                    <button type="button" className="btn btn-small btn-ghost" onClick={() => set({ kind: 'table', rows: conversion.rows.filter((_, i) => i !== index) })} aria-label={t('rubrics.editor.removeRow', { row: index + 1 })}>
                      {t('rubrics.editor.remove')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {conversion.kind === 'table' && !readOnly && (
        <div>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => set({ kind: 'table', rows: [...conversion.rows, { minPoints: max, grade: 10 }] })}
          >
            {t('rubrics.editor.addRow')}
          </button>
        </div>
      )}
      {preview.length > 0 && (
        <p className="muted" aria-live="polite">
          {t('rubrics.editor.previewLine')}{' '}
          {preview.map(({ points, grade }) => `${points.toLocaleString('nl-NL')} → ${grade === null ? '—' : formatGrade(grade)}`).join(' · ')}
        </p>
      )}
    </section>
  );
}
