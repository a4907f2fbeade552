import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FrameworkNode } from '../../../../../shared/domain/framework';
import { coverageOf, type Closure, type CoverageState } from '../../../../../shared/growth/coverage';
import type { MatrixStudent } from '../../../../../shared/growth/coverage-matrix';
import { readEvidenceOf } from '../../../db/repositories/evidence';
import { Dialog } from '../../../ui/Dialog';
import { formatDay } from '../../../ui/format-date';

interface CellEvidenceDialogProps {
  student: MatrixStudent;
  node: FrameworkNode;
  /** The state the matrix shows, until the evidence is read. */
  state: CoverageState;
  /** The cohort's closures (PTA results); the student's own are picked out. */
  closures: readonly Closure[];
  onClose: () => void;
}

/**
 * The evidence behind one cell: what closed it, and every observation and score, oldest first.
 * The matrix holds only the states; this one student's evidence is read when the cell opens.
 */
export function CellEvidenceDialog({ student, node, state, closures, onClose }: CellEvidenceDialogProps) {
  const { t, i18n } = useTranslation();
  const entry = useLiveQuery(
    async () =>
      coverageOf(
        [node.id],
        await readEvidenceOf([student.id]),
        closures.filter((closure) => closure.studentId === student.id),
      )[0],
    [student.id, node.id, closures],
  );
  const shown = entry?.state ?? state;
  return (
    <Dialog open title={t('coverageMatrix.evidence.title', { name: student.name, code: node.code })} onClose={onClose}>
      <p className="muted">{node.text}</p>
      <p>
        <span className={`cov-chip cov-${shown}`} aria-hidden="true">
          {t(`coverageMatrix.symbol.${shown}`)}
        </span>{' '}
        <strong>{t('coverageMatrix.evidence.state', { state: t(`growth.coverage.${shown}`) })}</strong>
      </p>
      {!entry ? (
        <p className="muted" aria-busy="true">
          {t('common.loading')}
        </p>
      ) : (
        <>
          {entry.closures.length > 0 && (
            <ul>
              {entry.closures.map((closure) => (
                <li key={closure.toetsId}>{t('coverageMatrix.evidence.closedBy', { code: closure.toetsCode, name: closure.toetsName })}</li>
              ))}
            </ul>
          )}
          {entry.evidence.length === 0 ? (
            <p className="muted">{t('coverageMatrix.evidence.none')}</p>
          ) : (
            <ul className="cov-evidence">
              {entry.evidence.map((point) => (
                <li key={point.key}>
                  <strong>{formatDay(point.date, i18n.language)}</strong> · {t(`coverageMatrix.evidence.kind.${point.kind}`)} · {t(`growth.source.${point.assessor}`)}
                  {point.assessorName && ` (${point.assessorName})`} · {t('coverageMatrix.evidence.level', { level: point.level, size: point.scaleSize })}
                  {point.summative && ` · ${t('coverageMatrix.evidence.summative')}`}
                  {point.note && <div className="muted">{point.note}</div>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <div className="dialog-footer">
        <Link className="btn" to={`/leerlingen/${student.id}`}>
          {t('coverageMatrix.evidence.toStudent')}
        </Link>
        <button type="button" className="btn btn-primary" data-autofocus onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
