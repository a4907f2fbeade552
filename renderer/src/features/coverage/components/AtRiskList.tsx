import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AtRiskList as AtRisk, AtRiskTiming } from '../../../../../shared/growth/at-risk';
import type { MatrixStudent } from '../../../../../shared/growth/coverage-matrix';
import { formatDay } from '../../../ui/format-date';

/** Shown before "Toon alle": the most urgent students first. */
const FIRST = 5;

interface AtRiskListProps {
  cohortName: string;
  list: AtRisk<MatrixStudent>;
}

/** "12 weken tot het einde van het examenjaar"; in the last fortnight in days, then how long ago. */
function useTimingText(timing: AtRiskTiming): string {
  const { t } = useTranslation();
  if (timing.phase === 'approaching') {
    return timing.weeksLeft >= 2 ? t('coverageMatrix.atRisk.weeksLeft', { count: timing.weeksLeft }) : t('coverageMatrix.atRisk.daysLeft', { count: timing.daysLeft });
  }
  if (timing.phase === 'passed') {
    return timing.weeksPast >= 2 ? t('coverageMatrix.atRisk.passedWeeks', { count: timing.weeksPast }) : t('coverageMatrix.atRisk.passed', { count: timing.daysPast });
  }
  return '';
}

/** Students with eindtermen not closed as the end of the exam year comes near, most open first. */
export function AtRiskList({ cohortName, list }: AtRiskListProps) {
  const { t, i18n } = useTranslation();
  const [all, setAll] = useState(false);
  const when = useTimingText(list.timing);
  const shown = all ? list.students : list.students.slice(0, FIRST);
  return (
    <section className="card cov-at-risk" aria-labelledby="cov-at-risk-title">
      <h2 id="cov-at-risk-title">{t('coverageMatrix.atRisk.title')}</h2>
      {list.timing.phase === 'before-exam-year' ? (
        <p className="muted">{t('coverageMatrix.atRisk.before', { date: formatDay(list.timing.warnFrom, i18n.language) })}</p>
      ) : (
        <>
          <p className="muted">{t('coverageMatrix.atRisk.end', { cohort: cohortName, date: formatDay(list.timing.end, i18n.language) })}</p>
          {list.students.length === 0 ? (
            <p>{t('coverageMatrix.atRisk.none')}</p>
          ) : (
            <ol className="cov-at-risk-list">
              {shown.map(({ student, open, notSeen }) => (
                <li key={student.id}>
                  <Link to={`/leerlingen/${student.id}`}>{student.name}</Link> <span className="muted">({student.groupName})</span>:{' '}
                  {t('coverageMatrix.atRisk.open', { count: open })}
                  {notSeen > 0 && ` ${t('coverageMatrix.atRisk.notSeen', { count: notSeen })}`}, {when}.
                </li>
              ))}
            </ol>
          )}
          {list.students.length > FIRST && (
            <button type="button" className="btn" aria-expanded={all} onClick={() => setAll(!all)}>
              {all ? t('coverageMatrix.atRisk.showFewer') : t('coverageMatrix.atRisk.showAll', { count: list.students.length })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
