import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RubricContent } from '../../../../../shared/domain/rubric';
import {
  addCriterion,
  duplicateCriterion,
  moveCriterion,
  readableTextColor,
  removeCriterion,
  setDescriptor,
  updateCriterion,
} from '../../../../../shared/rubrics';
import { newId } from '../../../db/ids';
import { LinkNodesDialog } from '../../frameworks';

interface RubricGridEditorProps {
  content: RubricContent;
  onChange: (content: RubricContent) => void;
  readOnly: boolean;
  nodeLabel: (id: string) => string | null;
}

/**
 * The rubric grid: one row per criterion (title, weight, linked eindtermen, client input)
 * and a descriptor per level in student language. Every control has a name that says which
 * criterion and level it belongs to, so the grid works with a screen reader and the keyboard.
 */
export function RubricGridEditor({ content, onChange, readOnly, nodeLabel }: RubricGridEditorProps) {
  const { t } = useTranslation();
  const [linking, setLinking] = useState<number | null>(null);
  const linkingCriterion = linking === null ? null : content.criteria[linking];

  return (
    <div className="rubric-grid-frame" role="region" aria-label={t('rubrics.editor.gridLabel')} tabIndex={0}>
      <table className="rubric-grid">
        <thead>
          <tr>
            <th scope="col" className="criterion-col">
              {t('rubrics.editor.criterion')}
            </th>
            {content.levels.map((level) => (
              <th key={level.id} scope="col" style={{ background: level.color, color: readableTextColor(level.color) }}>
                {level.label} <span className="level-points">({t('rubrics.points', { count: level.points })})</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {content.criteria.map((criterion, index) => {
            const name = criterion.title || t('rubrics.editor.untitled', { number: index + 1 });
            return (
              <tr key={criterion.id}>
                <th scope="row" className="criterion-cell">
                  <label className="visually-hidden" htmlFor={`crit-title-${criterion.id}`}>
                    {t('rubrics.editor.criterionTitle', { number: index + 1 })}
                  </label>
                  <input
                    id={`crit-title-${criterion.id}`}
                    type="text"
                    className="criterion-title"
                    value={criterion.title}
                    placeholder={t('rubrics.editor.titlePlaceholder')}
                    readOnly={readOnly}
                    onChange={(event) => onChange(updateCriterion(content, index, { title: event.target.value }))}
                  />
                  <div className="criterion-meta">
                    <label className="inline-field">
                      {t('rubrics.editor.weight')}
                      <input
                        type="number"
                        min="0.1"
                        step="0.5"
                        value={Number.isFinite(criterion.weight) ? criterion.weight : ''}
                        readOnly={readOnly}
                        aria-label={t('rubrics.editor.weightOf', { name })}
                        onChange={(event) => onChange(updateCriterion(content, index, { weight: event.target.valueAsNumber }))}
                      />
                    </label>
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={criterion.clientInput}
                        disabled={readOnly}
                        onChange={(event) => onChange(updateCriterion(content, index, { clientInput: event.target.checked }))}
                      />
                      {t('rubrics.editor.clientInput')}
                    </label>
                  </div>
                  <div className="criterion-links">
                    {criterion.nodeIds.length === 0 ? (
                      <span className="muted">{t('rubrics.editor.noLinks')}</span>
                    ) : (
                      criterion.nodeIds.map((id) => (
                        <span key={id} className="badge" title={nodeLabel(id) ?? undefined}>
                          {(nodeLabel(id) ?? t('frameworks.node.missingLink')).split(' ')[0]}
                        </span>
                      ))
                    )}
                  </div>
                  {!readOnly && (
                    <div className="actions criterion-actions">
                      <button type="button" className="btn btn-small" onClick={() => setLinking(index)} aria-label={t('rubrics.editor.linkNamed', { name })}>
                        {t('rubrics.editor.link')}
                      </button>
                      <button
                        type="button"
                        className="btn btn-small btn-ghost"
                        disabled={index === 0}
                        onClick={() => onChange(moveCriterion(content, index, index - 1))}
                        aria-label={t('rubrics.editor.moveUp', { name })}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className="btn btn-small btn-ghost"
                        disabled={index === content.criteria.length - 1}
                        onClick={() => onChange(moveCriterion(content, index, index + 1))}
                        aria-label={t('rubrics.editor.moveDown', { name })}
                      >
                        ↓
                      </button>
                      <button type="button" className="btn btn-small btn-ghost" onClick={() => onChange(duplicateCriterion(content, index, newId))} aria-label={t('rubrics.editor.duplicateNamed', { name })}>
                        {t('rubrics.duplicate')}
                      </button>
                      <button type="button" className="btn btn-small btn-ghost" onClick={() => onChange(removeCriterion(content, index))} aria-label={t('rubrics.editor.removeNamed', { name })}>
                        {t('rubrics.editor.remove')}
                      </button>
                    </div>
                  )}
                </th>
                {content.levels.map((level) => (
                  <td key={level.id}>
                    <textarea
                      value={criterion.descriptors[level.id] ?? ''}
                      rows={4}
                      readOnly={readOnly}
                      aria-label={t('rubrics.editor.descriptorOf', { name, level: level.label })}
                      placeholder={t('rubrics.editor.descriptorPlaceholder')}
                      onChange={(event) => onChange(setDescriptor(content, index, level.id, event.target.value))}
                    />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {!readOnly && (
        <div className="grid-footer">
          <button type="button" className="btn" onClick={() => onChange(addCriterion(content, newId))}>
            {t('rubrics.editor.addCriterion')}
          </button>
        </div>
      )}
      {linkingCriterion && linking !== null && (
        <LinkNodesDialog
          title={t('rubrics.editor.linkTitle', { name: linkingCriterion.title || t('rubrics.editor.untitled', { number: linking + 1 }) })}
          selected={linkingCriterion.nodeIds}
          onClose={() => setLinking(null)}
          onSave={(ids) => {
            onChange(updateCriterion(content, linking, { nodeIds: ids }));
            setLinking(null);
          }}
        />
      )}
    </div>
  );
}
