import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { fullName } from '../../../../shared/domain/student';
import { studentsAtRisk } from '../../../../shared/growth/at-risk';
import {
  buildCoverageMatrixFromMarks,
  columnCounts,
  filterCoverageRows,
  type CoverageFilter,
  type CoverageMatrixRow,
  type MatrixStudent,
  type MissingCondition,
} from '../../../../shared/growth/coverage-matrix';
import { localToday } from '../../../../shared/opdrachten/dates';
import { compareStudentNames } from '../../../../shared/domain/student';
import { mergeSearchParams } from '../../hooks/merge-search-params';
import { usePageTitle } from '../../hooks/use-page-title';
import { useStableCallback } from '../../hooks/use-stable-callback';
import { EmptyState } from '../../ui/EmptyState';
import { Field } from '../../ui/Field';
import { AtRiskList } from './components/AtRiskList';
import { CellEvidenceDialog } from './components/CellEvidenceDialog';
import { CoverageLegend } from './components/CoverageLegend';
import { CoverageMatrix } from './components/CoverageMatrix';
import { useCoverageData } from './use-coverage-data';
import './coverage.css';
import { NamedSelect } from '../../ui/NamedSelect';

const CONDITIONS: readonly MissingCondition[] = ['niet-afgesloten', 'niet-gezien'];

/**
 * The cohort coverage matrix: every student of a cohort × the eindtermen of its exam programme,
 * "wie mist nog B3?", and the students at risk as the end of the exam year comes near.
 */
export function CoveragePage() {
  const { t } = useTranslation();
  usePageTitle(t('coverageMatrix.title'));
  const [params, setParams] = useSearchParams();
  const data = useCoverageData(params.get('cohort'));
  const [search, setSearch] = useState('');
  const [opened, setOpened] = useState<{ studentId: string; column: number } | null>(null);

  const students = useMemo<MatrixStudent[]>(() => {
    if (!data) return [];
    const groupName = new Map(data.groups.map((group) => [group.id, group.name]));
    return [...data.students]
      .sort(compareStudentNames)
      .map((student) => ({ id: student.id, name: fullName(student), groupId: student.groupId, groupName: groupName.get(student.groupId) ?? '' }));
  }, [data]);
  const eindtermIds = useMemo(() => data?.eindtermen.map((node) => node.id) ?? [], [data]);
  const rows = useMemo(
    () => (data ? buildCoverageMatrixFromMarks({ students, eindtermIds, marks: data.marks, closures: data.closures }) : []),
    [data, students, eindtermIds],
  );

  const nodeParam = params.get('eindterm');
  const filter: CoverageFilter = {
    nodeId: nodeParam && eindtermIds.includes(nodeParam) ? nodeParam : null,
    condition: params.get('conditie') === 'niet-gezien' ? 'niet-gezien' : 'niet-afgesloten',
    groupId: data?.groups.some((group) => group.id === params.get('groep')) ? params.get('groep') : null,
    search,
  };
  const shown = useMemo(() => filterCoverageRows(rows, eindtermIds, filter), [rows, eindtermIds, filter.nodeId, filter.condition, filter.groupId, filter.search]); // eslint-disable-line react-hooks/exhaustive-deps
  const counts = useMemo(() => columnCounts(shown, eindtermIds.length), [shown, eindtermIds.length]);
  const atRisk = useMemo(
    () => (data?.cohort ? studentsAtRisk(data.cohort, localToday(), rows.map((row) => ({ student: row.student, counts: row.counts }))) : null),
    [data, rows],
  );

  const onOpenCell = useStableCallback((row: CoverageMatrixRow<MatrixStudent>, column: number) => setOpened({ studentId: row.student.id, column }));

  if (!data) {
    return (
      <div className="page" aria-busy="true">
        <h1>{t('coverageMatrix.title')}</h1>
        <p className="muted">{t('common.loading')}</p>
      </div>
    );
  }
  const { cohort, framework, eindtermen, pta } = data;
  const setParam = (changes: Record<string, string | null>) => setParams(mergeSearchParams(params, changes), { replace: true });

  const header = (
    <div className="page-header">
      <div>
        <h1>{t('coverageMatrix.title')}</h1>
        <p className="muted">{t('coverageMatrix.subtitle')}</p>
      </div>
      {cohort && (
        <div className="toolbar">
          <Field label={t('coverageMatrix.cohort')}>
            <NamedSelect items={data.cohorts} value={cohort.id} onChange={(event) => setParam({ cohort: event.target.value, eindterm: null, groep: null })} />
          </Field>
        </div>
      )}
    </div>
  );

  if (!cohort) {
    return (
      <div className="page">
        {header}
        <EmptyState title={t('coverageMatrix.noCohorts.title')} actions={<Link className="btn btn-primary" to="/groepen">{t('coverageMatrix.noCohorts.action')}</Link>}>
          <p>{t('coverageMatrix.noCohorts.body')}</p>
        </EmptyState>
      </div>
    );
  }
  if (!framework) {
    return (
      <div className="page">
        {header}
        <EmptyState title={t('coverageMatrix.noFramework.title', { programme: cohort.programme })} actions={<Link className="btn btn-primary" to="/kaders">{t('coverageMatrix.noFramework.action')}</Link>}>
          <p>{t('coverageMatrix.noFramework.body', { programme: cohort.programme })}</p>
        </EmptyState>
      </div>
    );
  }
  if (eindtermen.length === 0) {
    return (
      <div className="page">
        {header}
        <EmptyState title={framework.title} actions={<Link className="btn btn-primary" to={`/kaders/${framework.id}`}>{t('coverageMatrix.noFramework.action')}</Link>}>
          <p>{t('coverageMatrix.noEindtermen', { framework: framework.title })}</p>
        </EmptyState>
      </div>
    );
  }
  if (students.length === 0) {
    return (
      <div className="page">
        {header}
        <EmptyState title={t('coverageMatrix.noStudents.title', { cohort: cohort.name })} actions={<Link className="btn btn-primary" to="/leerlingen">{t('coverageMatrix.noStudents.action')}</Link>}>
          <p>{t('coverageMatrix.noStudents.body')}</p>
        </EmptyState>
      </div>
    );
  }

  const filterNode = filter.nodeId ? eindtermen.find((node) => node.id === filter.nodeId) : undefined;
  const filtered = filter.nodeId != null || filter.groupId != null || search.trim() !== '';
  const openedRow = opened && rows.find((row) => row.student.id === opened.studentId);

  return (
    <div className="page">
      {header}
      <p className="muted">{t('coverageMatrix.framework', { framework: framework.title })}</p>
      {!pta && (
        <div className="alert alert-info">
          <p>
            {t('coverageMatrix.noPta')} <Link to={`/pta?cohort=${cohort.id}`}>{t('coverageMatrix.noPtaAction')}</Link>
          </p>
        </div>
      )}
      {!data.hasEvidence && (
        <div className="alert alert-info">
          <p>{t('coverageMatrix.noEvidence')}</p>
        </div>
      )}
      {atRisk && <AtRiskList cohortName={cohort.name} list={atRisk} />}
      <section aria-label={t('coverageMatrix.filter.label')} className="toolbar cov-filters">
        <Field label={t('coverageMatrix.filter.eindterm')}>
          <select value={filter.nodeId ?? ''} onChange={(event) => setParam({ eindterm: event.target.value || null })}>
            <option value="">{t('coverageMatrix.filter.anyEindterm')}</option>
            {eindtermen.map((node) => (
              <option key={node.id} value={node.id}>
                {node.code} {node.text.length > 40 ? `${node.text.slice(0, 40)}…` : node.text}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('coverageMatrix.filter.condition')}>
          <select value={filter.condition} onChange={(event) => setParam({ conditie: event.target.value })}>
            {CONDITIONS.map((condition) => (
              <option key={condition} value={condition}>
                {t(`coverageMatrix.filter.conditions.${condition}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('coverageMatrix.filter.group')}>
          <select value={filter.groupId ?? ''} onChange={(event) => setParam({ groep: event.target.value || null })}>
            <option value="">{t('coverageMatrix.filter.allGroups')}</option>
            {data.groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('coverageMatrix.filter.search')} className="grow">
          <input type="search" value={search} placeholder={t('coverageMatrix.filter.searchPlaceholder')} onChange={(event) => setSearch(event.target.value)} />
        </Field>
        {filtered && (
          <button
            type="button"
            className="btn"
            onClick={() => {
              setSearch('');
              setParam({ eindterm: null, groep: null, conditie: null });
            }}
          >
            {t('coverageMatrix.filter.clear')}
          </button>
        )}
      </section>
      <p className="muted cov-status" role="status">
        {filterNode && `${t('coverageMatrix.filter.question', { code: filterNode.code, condition: t(`coverageMatrix.filter.conditions.${filter.condition}`) })} `}
        {t('coverageMatrix.filter.count', { count: shown.length, total: rows.length })}
      </p>
      <CoverageLegend />
      {shown.length === 0 ? (
        <p className="muted">{t('coverageMatrix.filter.nobody')}</p>
      ) : (
        <>
          <p className="muted keys-help">{t('coverageMatrix.matrix.keys')}</p>
          <CoverageMatrix rows={shown} eindtermen={eindtermen} columns={counts} highlightId={filter.nodeId} onOpenCell={onOpenCell} />
        </>
      )}
      {openedRow && opened && eindtermen[opened.column] && (
        <CellEvidenceDialog
          student={openedRow.student}
          node={eindtermen[opened.column]!}
          state={openedRow.entries[opened.column]!.state}
          closures={data.closures}
          onClose={() => setOpened(null)}
        />
      )}
    </div>
  );
}
