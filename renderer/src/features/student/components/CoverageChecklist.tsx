import { memo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Cohort } from '../../../../../shared/domain/cohort';
import type { Framework, FrameworkNode } from '../../../../../shared/domain/framework';
import type { CoverageEntry, CoverageState } from '../../../../../shared/growth';
import type { PointWords } from '../point-words';
import { useIdleReady } from '../use-progressive';

interface CoverageChecklistProps {
  /** Undefined while reading. */
  coverage: CoverageEntry[] | null | undefined;
  cohort: Cohort | null | undefined;
  programme: Framework | null | undefined;
  eindtermen: readonly FrameworkNode[];
  words: PointWords;
}

/** A mark per state beside its words: empty, half, full. Never colour alone. */
const STATE_MARK: Record<CoverageState, string> = { 'niet-gezien': '○', formatief: '◐', afgesloten: '●' };

/**
 * The student's coverage checklist: per eindterm of the cohort's exam programme whether it is
 * not seen yet, seen in formative work, or closed summatively, with the evidence behind it one
 * click away (which observations and beoordelingen, which PTA toets closed it).
 */
export const CoverageChecklist = memo(function CoverageChecklist({ coverage, cohort, programme, eindtermen, words }: CoverageChecklistProps) {
  const { t } = useTranslation();
  // The evidence behind each closed row follows at the first idle moment (or when opened
  // before that), so it does not hold up the page: a few hundred lines nobody sees at first.
  const idle = useIdleReady(Array.isArray(coverage));
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set());
  const heading = <h2 id="student-coverage">{t('profile.coverage.title')}</h2>;
  const wrap = (body: ReactNode) => (
    <section aria-labelledby="student-coverage" className="card coverage-section">
      {heading}
      {body}
    </section>
  );
  if (coverage === undefined) return wrap(<p className="muted">{t('common.loading')}</p>);
  if (!cohort) return wrap(<p className="muted">{t('profile.coverage.noCohort')}</p>);
  if (!programme || coverage === null) {
    return wrap(
      <>
        <p className="muted">{t('profile.coverage.noProgramme', { programme: cohort.programme })}</p>
        <Link to="/kaders">{t('profile.coverage.toFrameworks')}</Link>
      </>,
    );
  }
  if (eindtermen.length === 0) return wrap(<p className="muted">{t('profile.coverage.noEindtermen', { title: programme.title })}</p>);

  const nodes = new Map(eindtermen.map((node) => [node.id, node]));
  const count = (state: CoverageState) => coverage.filter((entry) => entry.state === state).length;
  return wrap(
    <>
      <p className="muted">{t('profile.coverage.intro', { programme: programme.title })}</p>
      <p className="coverage-summary">
        {t('profile.coverage.summary', { afgesloten: count('afgesloten'), formatief: count('formatief'), nietGezien: count('niet-gezien'), total: coverage.length })}
      </p>
      <ul className="coverage-list">
        {coverage.map((entry) => {
          const node = nodes.get(entry.nodeId)!;
          const state = (
            <span className={`coverage-state state-${entry.state}`}>
              <span aria-hidden="true">{STATE_MARK[entry.state]}</span> {t(`growth.coverage.${entry.state}`)}
            </span>
          );
          const name = (
            <span className="coverage-goal">
              <span className="growth-code">{node.code}</span> {node.text}
            </span>
          );
          if (entry.state === 'niet-gezien') {
            return (
              <li key={entry.nodeId} data-state={entry.state}>
                <div className="coverage-row">
                  {state}
                  {name}
                </div>
              </li>
            );
          }
          const closingPoint = entry.closures.length === 0 ? entry.evidence.find((point) => point.summative) : undefined;
          return (
            <li key={entry.nodeId} data-state={entry.state}>
              <details
                onToggle={(event) => {
                  if (event.currentTarget.open && !opened.has(entry.nodeId)) setOpened((current) => new Set(current).add(entry.nodeId));
                }}
              >
                <summary className="coverage-row">
                  {state}
                  {name}
                  <span className="muted coverage-count">{t('profile.coverage.evidence', { count: entry.evidence.length })}</span>
                </summary>
                {(idle || opened.has(entry.nodeId)) && (
                  <ul className="coverage-evidence">
                    {entry.closures.map((closure) => (
                      <li key={closure.toetsId} className="coverage-closure">
                        {t('profile.coverage.closedBy', { code: closure.toetsCode, name: closure.toetsName })}
                      </li>
                    ))}
                    {closingPoint && <li className="coverage-closure">{t('profile.coverage.closedByRubric', { date: words.date(closingPoint) })}</li>}
                    {entry.evidence.length === 0 && <li className="muted">{t('profile.coverage.nothingYet')}</li>}
                    {entry.evidence.map((point) => (
                      <li key={point.key}>
                        <strong>{words.date(point)}</strong> · {words.kind(point)} · {words.level(point)} · {words.assessor(point)} · {words.opdracht(point)}
                        {point.note && <span className="muted"> · {point.note}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </details>
            </li>
          );
        })}
      </ul>
    </>,
  );
});
