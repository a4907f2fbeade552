import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentBankEntry } from '../../../../../shared/domain/comment-bank';
import type { RubricCriterion, RubricVersion } from '../../../../../shared/domain/rubric';
import { readableTextColor } from '../../../../../shared/rubrics/color';

interface CellPanelProps {
  version: RubricVersion;
  /** The student's or team's name. */
  name: string;
  criterion: RubricCriterion | null;
  condition: { text: string; met: boolean } | null;
  levelId: string | null;
  /** The team's level when this member deviates from it. */
  teamLevelId: string | null;
  deviates: boolean;
  comment: string;
  suggestions: readonly CommentBankEntry[];
  /** Set by the grid's "o" key: move focus into the comment. */
  focusCommentSignal: number;
  onLevel: (levelId: string | null) => void;
  onFollowTeam: () => void;
  onComment: (text: string) => void;
  onInsertSuggestion: (entry: CommentBankEntry) => void;
  onSaveToBank: (text: string) => void;
  onBackToGrid: () => void;
  onToggleCondition: () => void;
}

/**
 * Beside the grid: the active cell in full. The descriptors per level (tap one on a tablet), the
 * comment for this student and criterion with the comment bank's suggestions (Alt+1…9 in the
 * grid), and, for a team member who deviates, the way back to the team's level.
 */
export function CellPanel(props: CellPanelProps) {
  const { t } = useTranslation();
  const { version, name, criterion, condition } = props;
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState(props.comment);
  const [editing, setEditing] = useState(false);
  // While the teacher types, the field is theirs; otherwise it shows what is stored.
  const shown = editing ? draft : props.comment;

  useEffect(() => {
    if (props.focusCommentSignal > 0) commentRef.current?.focus();
  }, [props.focusCommentSignal]);

  if (condition) {
    return (
      <aside className="card cell-panel" aria-label={t('classroom.panel.label')}>
        <h2>{name}</h2>
        <p>
          <strong>{t('classroom.grid.condition')}:</strong> {condition.text}
        </p>
        <label className="check">
          <input type="checkbox" checked={condition.met} onChange={props.onToggleCondition} />
          {t('classroom.panel.conditionMet')}
        </label>
        <p className="muted">{t('classroom.panel.conditionHint')}</p>
      </aside>
    );
  }
  if (!criterion) return null;

  const levelLabel = (id: string | null) => version.levels.find((level) => level.id === id)?.label ?? '';
  return (
    <aside className="card cell-panel" aria-label={t('classroom.panel.label')}>
      <h2>
        {name} · {criterion.title}
      </h2>
      <div className="level-choices" role="group" aria-label={t('classroom.panel.levels')}>
        {version.levels.map((level, index) => (
          <button
            key={level.id}
            type="button"
            className="level-choice"
            aria-pressed={props.levelId === level.id}
            style={{ borderColor: level.color, ...(props.levelId === level.id ? { background: level.color, color: readableTextColor(level.color) } : {}) }}
            onClick={() => props.onLevel(props.levelId === level.id ? null : level.id)}
          >
            <span className="level-choice-head">
              <kbd>{index + 1}</kbd> {level.label}
            </span>
            <span className="level-choice-text">{criterion.descriptors[level.id] ?? ''}</span>
          </button>
        ))}
      </div>
      {props.deviates && (
        <p className="deviation">
          {t('classroom.panel.deviates', { level: levelLabel(props.teamLevelId) })}{' '}
          <button type="button" className="btn btn-small" onClick={props.onFollowTeam}>
            {t('classroom.panel.followTeam')}
          </button>
        </p>
      )}
      <div className="field">
        <label htmlFor="classroom-comment">{t('classroom.panel.comment', { name })}</label>
        <textarea
          id="classroom-comment"
          ref={commentRef}
          rows={3}
          value={shown}
          onFocus={() => {
            setDraft(props.comment);
            setEditing(true);
          }}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => {
            setEditing(false);
            if (draft !== props.comment) props.onComment(draft);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
              event.preventDefault();
              props.onBackToGrid();
            }
          }}
        />
        <span className="hint">{t('classroom.panel.commentHint')}</span>
      </div>
      {props.suggestions.length > 0 && (
        <div>
          <h3 className="panel-subtitle">{t('classroom.panel.suggestions')}</h3>
          <ol className="suggestions">
            {props.suggestions.map((entry, index) => (
              <li key={entry.id}>
                <button type="button" className="suggestion" onClick={() => props.onInsertSuggestion(entry)}>
                  <kbd>Alt+{index + 1}</kbd> {entry.text}
                </button>
              </li>
            ))}
          </ol>
        </div>
      )}
      {shown.trim() !== '' && (
        <button type="button" className="btn btn-small" onClick={() => props.onSaveToBank(shown)}>
          {t('classroom.panel.saveToBank')}
        </button>
      )}
    </aside>
  );
}
