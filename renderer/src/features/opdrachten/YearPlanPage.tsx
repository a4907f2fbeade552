import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { FrameworkNode } from '../../../../shared/domain/framework';
import type { Opdracht } from '../../../../shared/domain/opdracht';
import type { RubricVersion } from '../../../../shared/domain/rubric';
import { schoolYearOf, type SchoolYear } from '../../../../shared/domain/school-year';
import { isoDateOf, planCoverage, schoolYearRange, shiftOpdracht, skillLinksFromNodes, todayOffset, yearPlanRows } from '../../../../shared/opdrachten';
import { listActiveFrameworkNodes } from '../../db/repositories/frameworks';
import { restoreOpdrachten, updateOpdracht } from '../../db/repositories/opdrachten';
import { getRubricVersion } from '../../db/repositories/rubrics';
import { usePageTitle } from '../../hooks/use-page-title';
import { useToasts } from '../../state/toasts';
import { EmptyState } from '../../ui/EmptyState';
import { Field } from '../../ui/Field';
import { YearPlanTimeline } from './components/YearPlanTimeline';
import { useOpdrachtenData } from './use-opdrachten';

/** Plan coverage of one framework's eindtermen, or null while something is still loading. */
function coverageOf(
  opdrachten: Opdracht[] | undefined,
  frameworks: { nodes: FrameworkNode[] } | undefined,
  frameworkId: string | undefined,
  rubricVersions: Map<string, RubricVersion> | undefined,
  schoolYear: SchoolYear,
) {
  if (!opdrachten || !frameworks || !frameworkId || !rubricVersions) return null;
  const eindtermen = frameworks.nodes
    .filter((node) => node.frameworkId === frameworkId && (node.type === 'eindterm' || node.type === 'subitem'))
    .sort((a, b) => a.code.localeCompare(b.code, 'nl', { numeric: true }));
  return planCoverage({ eindtermen, opdrachten, rubricsById: rubricVersions, skillLinks: skillLinksFromNodes(frameworks.nodes), schoolYear });
}

/** Marks the moment the plan is on screen, for the benchmark and the browser tests. */
function useReadyMark(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    performance.mark('vakwerk:year-plan-ready');
    document.body.dataset.yearPlanReady = 'true';
    return () => {
      delete document.body.dataset.yearPlanReady;
    };
  }, [ready]);
}

/**
 * The year plan: every group's opdrachten on a timeline (drag to reschedule), and plan
 * coverage: which eindtermen the planned opdrachten cover, how often, and which none covers yet.
 */
export function YearPlanPage() {
  const { t } = useTranslation();
  usePageTitle(t('yearPlan.title'));
  const data = useOpdrachtenData();
  const frameworks = useLiveQuery(listActiveFrameworkNodes);
  const navigate = useNavigate();
  const show = useToasts((state) => state.show);
  const [schoolYear, setSchoolYear] = useState<SchoolYear>(() => schoolYearOf(new Date()));
  const [frameworkId, setFrameworkId] = useState('');
  useReadyMark(Boolean(data));

  const rubricVersions = useLiveQuery(async () => {
    const versions = await Promise.all((data?.rubrics ?? []).map((rubric) => getRubricVersion(rubric.currentVersionId)));
    return new Map(versions.filter((version): version is RubricVersion => version !== undefined).map((version) => [version.rubricId, version]));
  }, [data?.rubrics]);

  const rows = data ? yearPlanRows(data.opdrachten, data.groups, schoolYear) : [];
  const { days } = schoolYearRange(schoolYear);
  const today = todayOffset(isoDateOf(new Date()), schoolYear);

  const examFrameworks = (frameworks?.frameworks ?? []).filter((framework) => framework.family !== 'school');
  const chosenFramework = examFrameworks.find((framework) => framework.id === frameworkId) ?? examFrameworks[0];
  const coverage = coverageOf(data?.opdrachten, frameworks, chosenFramework?.id, rubricVersions, schoolYear);

  if (!data) {
    return (
      <div className="page" aria-busy="true">
        <h1>{t('yearPlan.title')}</h1>
        <p className="muted">{t('common.loading')}</p>
      </div>
    );
  }

  const shift = async (opdrachtId: string, moved: number) => {
    const opdracht = data.opdrachten.find((candidate) => candidate.id === opdrachtId);
    if (!opdracht || moved === 0) return;
    const previous = await updateOpdracht(opdrachtId, { phases: shiftOpdracht(opdracht, moved).phases });
    show({
      message: t(moved > 0 ? 'yearPlan.movedLater' : 'yearPlan.movedEarlier', { title: opdracht.title, count: Math.abs(moved) }),
      tone: 'success',
      undo: () => restoreOpdrachten([previous]),
    });
  };

  const years = [...new Set([schoolYearOf(new Date()), schoolYear, ...data.opdrachten.filter((o) => !o.isTemplate).map((o) => o.schoolYear)])].sort().reverse();
  const hasBars = rows.some((row) => row.bars.length > 0 || row.unscheduled.length > 0);

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('yearPlan.title')}</h1>
          <p className="muted">{t('yearPlan.subtitle')}</p>
        </div>
        <div className="toolbar">
          <Field label={t('opdrachten.filters.schoolYear')}>
            <select value={schoolYear} onChange={(event) => setSchoolYear(event.target.value as SchoolYear)}>
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </Field>
        </div>
      </div>

      {!hasBars ? (
        <EmptyState
          title={t('yearPlan.empty.title', { year: schoolYear })}
          actions={
            <Link className="btn btn-primary" to="/opdrachten?nieuw=opdracht">
              {t('opdrachten.new.title')}
            </Link>
          }
        >
          <p>{t('yearPlan.empty.body')}</p>
        </EmptyState>
      ) : (
        <>
          <p className="muted">{t('yearPlan.hint')}</p>
          <YearPlanTimeline rows={rows} schoolYear={schoolYear} days={days} today={today} onShift={shift} onOpen={(id) => navigate(`/opdrachten/${id}`)} />
        </>
      )}

      <section className="card form" aria-labelledby="coverage-title">
        <div className="cohort-head">
          <h2 id="coverage-title">{t('yearPlan.coverage.title')}</h2>
          {examFrameworks.length > 1 && (
            <Field label={t('yearPlan.coverage.framework')}>
              <select value={chosenFramework?.id ?? ''} onChange={(event) => setFrameworkId(event.target.value)}>
                {examFrameworks.map((framework) => (
                  <option key={framework.id} value={framework.id}>
                    {framework.title}
                  </option>
                ))}
              </select>
            </Field>
          )}
        </div>
        {!chosenFramework ? (
          <p className="muted">
            {t('yearPlan.coverage.noFramework')} <Link to="/kaders?nieuw=kader">{t('frameworks.add')}</Link>
          </p>
        ) : !coverage ? (
          <p className="muted">{t('common.loading')}</p>
        ) : coverage.total === 0 ? (
          <p className="muted">{t('yearPlan.coverage.noEindtermen', { title: chosenFramework.title })}</p>
        ) : (
          <>
            <p>
              <strong>{t('yearPlan.coverage.summary', { covered: coverage.coveredCount, total: coverage.total, year: schoolYear })}</strong>
            </p>
            {coverage.uncovered.length > 0 && (
              <div className="alert alert-warning">
                <strong>{t('yearPlan.coverage.uncoveredTitle', { count: coverage.uncovered.length })}</strong>
                <p>{coverage.uncovered.map((node) => node.code).join(', ')}</p>
              </div>
            )}
            <table className="preview-table coverage-table">
              <caption className="visually-hidden">{t('yearPlan.coverage.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('yearPlan.coverage.eindterm')}</th>
                  <th scope="col">{t('yearPlan.coverage.count')}</th>
                  <th scope="col">{t('yearPlan.coverage.opdrachten')}</th>
                </tr>
              </thead>
              <tbody>
                {coverage.eindtermen.map((row) => (
                  <tr key={row.eindterm.id} className={row.count === 0 ? 'uncovered' : undefined}>
                    <td>
                      <strong>{row.eindterm.code}</strong> {row.eindterm.text}
                    </td>
                    <td>{row.count === 0 ? t('yearPlan.coverage.none') : row.count}</td>
                    <td>
                      {row.opdrachten.map((entry, index) => (
                        <span key={entry.opdrachtId}>
                          {index > 0 && ', '}
                          <Link to={`/opdrachten/${entry.opdrachtId}`}>{entry.title}</Link>
                          {entry.via.includes('opdracht') ? '' : ` (${entry.via.map((via) => t(`yearPlan.coverage.via.${via}`)).join(', ')})`}
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </div>
  );
}
