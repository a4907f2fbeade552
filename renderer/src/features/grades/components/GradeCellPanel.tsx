import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Attempt } from '../../../../../shared/domain/beoordeling';
import { isGraded, type PtaToets } from '../../../../../shared/domain/pta';
import type { ResitRule } from '../../../../../shared/domain/school-settings';
import { fullName, type Student } from '../../../../../shared/domain/student';
import type { ToetsResultaat } from '../../../../../shared/domain/toets-resultaat';
import type { AttemptGrade, ToetsCell } from '../../../../../shared/grades';
import { listAuditOfToets } from '../../../db/repositories/audit';
import { formatGrade } from '../../../ui/format-number';
import { AuditList } from './AuditList';

interface GradeCellPanelProps {
  student: Student;
  toets: PtaToets;
  cell: ToetsCell;
  results: readonly ToetsResultaat[];
  resitRule: ResitRule;
  groupId: string;
  onEnter: (attempt: Attempt, text: string) => Promise<string | null>;
  onClear: (attempt: Attempt) => void;
  onOverride: (attempt: Attempt, current: AttemptGrade | null) => void;
  onRemoveOverride: (attempt: Attempt) => void;
  onLate: (late: boolean) => void;
  onVoldaan: (attempt: Attempt, voldaan: boolean | null) => void;
}

/** One student's result on one toets: both attempts, where each cijfer came from, the flags and the history. */
export function GradeCellPanel(props: GradeCellPanelProps) {
  const { t, i18n } = useTranslation();
  const { student, toets, cell } = props;
  const history = useLiveQuery(async () => (await listAuditOfToets(toets.id)).filter((entry) => entry.studentId === student.id), [toets.id, student.id]);
  const result = (attempt: Attempt) => props.results.find((candidate) => candidate.studentId === student.id && candidate.toetsId === toets.id && candidate.attempt === attempt);
  const attempts: Attempt[] = toets.herkansbaar ? [1, 2] : [1];

  return (
    <aside className="card cell-panel" aria-label={t('grades.panel.label')}>
      <h2>
        {fullName(student)} · {toets.code} {toets.name}
      </h2>
      {isGraded(toets.toetsvorm) ? (
        attempts.map((attempt) => (
          <AttemptEditor
            key={`${student.id}-${toets.id}-${attempt}`}
            label={attempt === 1 ? t('grades.panel.first') : t('grades.panel.resit')}
            grade={attempt === 1 ? cell.first : cell.resit}
            entered={result(attempt)?.grade ?? null}
            reason={result(attempt)?.override?.reason ?? ''}
            hasRubric={toets.rubricId !== null}
            onEnter={(text) => props.onEnter(attempt, text)}
            onClear={() => props.onClear(attempt)}
            onOverride={() => props.onOverride(attempt, attempt === 1 ? cell.first : cell.resit)}
            onRemoveOverride={() => props.onRemoveOverride(attempt)}
          />
        ))
      ) : (
        attempts.map((attempt) => (
          <fieldset key={attempt} className="form">
            <legend>{attempt === 1 ? t('grades.panel.first') : t('grades.panel.resit')}</legend>
            <div className="segmented">
              {([true, false, null] as const).map((value) => (
                <label key={String(value)} className="check">
                  <input type="radio" name={`voldaan-${attempt}`} checked={(result(attempt)?.voldaan ?? null) === value} onChange={() => props.onVoldaan(attempt, value)} />
                  {value === true ? t('grades.panel.voldaan') : value === false ? t('grades.panel.nietVoldaan') : t('grades.panel.none')}
                </label>
              ))}
            </div>
          </fieldset>
        ))
      )}
      {isGraded(toets.toetsvorm) && (
        <p>
          <strong>{t('grades.panel.counts')}:</strong> {cell.grade != null ? formatGrade(cell.grade, i18n.language) : t('grades.panel.none')}
          {toets.herkansbaar && <span className="muted"> ({props.resitRule === 'highest' ? t('grades.panel.ruleHighest') : t('grades.panel.ruleLast')})</span>}
        </p>
      )}
      <label className="check">
        <input type="checkbox" checked={result(1)?.late ?? false} onChange={(event) => props.onLate(event.target.checked)} />
        {t('grades.panel.late')}
      </label>
      {toets.opdrachtId && toets.rubricId && (
        <Link className="btn btn-small" to={`/beoordelen?opdracht=${toets.opdrachtId}&rubric=${toets.rubricId}&groep=${props.groupId}&modus=leerling`}>
          {t('grades.panel.assess')}
        </Link>
      )}
      <h3 className="panel-subtitle">{t('grades.panel.history')}</h3>
      {history && <AuditList entries={history} />}
    </aside>
  );
}

interface AttemptEditorProps {
  label: string;
  grade: AttemptGrade | null;
  entered: number | null;
  reason: string;
  hasRubric: boolean;
  onEnter: (text: string) => Promise<string | null>;
  onClear: () => void;
  onOverride: () => void;
  onRemoveOverride: () => void;
}

function AttemptEditor({ label, grade, entered, reason, hasRubric, onEnter, onClear, onOverride, onRemoveOverride }: AttemptEditorProps) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(entered != null ? formatGrade(entered, i18n.language) : '');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const source = grade?.source === 'override' ? t('grades.panel.overridden', { reason }) : grade?.source === 'rubric' ? t('grades.panel.fromRubric') : grade ? t('grades.panel.entered') : '';
  return (
    <fieldset className="form">
      <legend>{label}</legend>
      <p className="attempt-value">
        <strong>{grade ? formatGrade(grade.grade, i18n.language) : t('grades.panel.none')}</strong> {source && <span className="muted">({source})</span>}
      </p>
      {hasRubric ? (
        <div className="actions">
          <button type="button" className="btn btn-small" onClick={onOverride}>
            {t('grades.panel.override')}
          </button>
          {grade?.source === 'override' && (
            <button type="button" className="btn btn-small btn-ghost" onClick={onRemoveOverride}>
              {t('grades.panel.removeOverride')}
            </button>
          )}
        </div>
      ) : (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void onEnter(text).then(setError);
          }}
        >
          <label className="visually-hidden" htmlFor={inputId}>
            {`${label}: ${t('grades.panel.enter')}`}
          </label>
          <input id={inputId} type="text" inputMode="decimal" value={text} aria-invalid={error ? true : undefined} onChange={(event) => setText(event.target.value)} />
          <button type="submit" className="btn btn-small">
            {t('grades.panel.save')}
          </button>
          {entered != null && (
            <button type="button" className="btn btn-small btn-ghost" onClick={onClear}>
              {t('grades.panel.clear')}
            </button>
          )}
          {error && (
            <span className="error" role="alert">
              {error}
            </span>
          )}
        </form>
      )}
    </fieldset>
  );
}
