import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { sortableName } from '../../../../shared/domain/student';
import { buildHeatmap, sortStudents, type HeatmapSortKey } from '../../../../shared/growth/heatmap';
import { evidencePointsOf } from '../../db/repositories/evidence';
import { mergeSearchParams } from '../../hooks/merge-search-params';
import { usePageTitle } from '../../hooks/use-page-title';
import { useStableCallback } from '../../hooks/use-stable-callback';
import { EmptyState } from '../../ui/EmptyState';
import { Field } from '../../ui/Field';
import { GroupSelect } from '../../ui/GroupSelect';
import { useObservationDialog } from '../observations/store';
import './heatmap.css';
import { EvidenceDialog } from './components/EvidenceDialog';
import { HeatmapGrid, type HeatmapSort } from './components/HeatmapGrid';
import { HeatmapLegend } from './components/HeatmapLegend';
import { cellStyle, darkMasteryPalette, levelVariables, masteryPalette, shortLevelLabel } from './palette';
import { useHeatmapData } from './use-heatmap-data';

/**
 * The class heatmap (#/groei): the students of one group against the goals of one framework,
 * each cell the student's mastery by the framework's method, in colour and in words; sortable
 * by student or goal; a cell opens the evidence behind it. Choices live in the URL (groep,
 * kader, domein) so a link or reload shows the same view.
 */
export function GrowthPage() {
  const { t } = useTranslation();
  usePageTitle(t('heatmap.title'));
  const [params, setParams] = useSearchParams();
  const data = useHeatmapData(params.get('groep'), params.get('kader'), params.get('domein'));
  const openObservation = useObservationDialog((state) => state.open);
  const [sort, setSort] = useState<HeatmapSort>({ key: { by: 'name' }, direction: 'asc' });
  const [open, setOpen] = useState<{ student: number; goal: number } | null>(null);

  const levelNames = data?.school.observationScale;
  const { levelStyles, gridVariables } = useMemo(() => {
    const size = levelNames?.length ?? 0;
    const light = masteryPalette(size);
    const dark = darkMasteryPalette(size);
    return { levelStyles: light.map((colour, index) => cellStyle(colour, dark[index]!)), gridVariables: levelVariables(light, dark) };
  }, [levelNames]);
  const levelShort = useMemo(() => (levelNames ?? []).map((name, index) => shortLevelLabel(name, index + 1)), [levelNames]);
  const heatmap = useMemo(() => {
    if (!data) return null;
    return buildHeatmap({
      studentIds: data.students.map((student) => student.id),
      goalIds: data.goals.map((goal) => goal.id),
      points: evidencePointsOf(data.rows),
      settings: data.mastery,
      targetScaleSize: data.school.observationScale.length,
    });
  }, [data]);
  const names = useMemo(() => data?.students.map(sortableName) ?? [], [data]);
  const order = useMemo(() => (heatmap ? sortStudents(heatmap, names, sort.key, sort.direction) : []), [heatmap, names, sort]);

  // Stable, so the memoised grid does not redraw when the dialog opens or closes.
  const onSort = useStableCallback((key: HeatmapSortKey) =>
    setSort((current) => {
      const same = current.key.by === key.by && (key.by !== 'goal' || (current.key.by === 'goal' && current.key.goalId === key.goalId));
      // A goal or the average first lowest first: who needs attention comes to the top.
      return same ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: 'asc' };
    }),
  );
  const onOpen = useStableCallback((student: number, goal: number) => setOpen({ student, goal }));

  if (!data || !heatmap) {
    return (
      <div className="page" aria-busy="true">
        <h1>{t('heatmap.title')}</h1>
        <p className="muted">{t('common.loading')}</p>
      </div>
    );
  }
  const { group, framework, goals, students } = data;
  const setParam = (changes: Record<string, string | null>) => {
    setParams(mergeSearchParams(params, changes), { replace: true });
    setOpen(null);
  };

  const header = (
    <div className="page-header">
      <div>
        <h1>{t('heatmap.title')}</h1>
        <p className="muted">{t('heatmap.subtitle')}</p>
      </div>
      {group && framework && (
        <div className="toolbar">
          <Field label={t('heatmap.group')}>
            <GroupSelect groups={data.groups} cohorts={data.cohorts} value={group.id} onChange={(event) => setParam({ groep: event.target.value })} />
          </Field>
          <Field label={t('heatmap.framework')}>
            <select value={framework.id} onChange={(event) => setParam({ kader: event.target.value, domein: null })}>
              {data.frameworks.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.title}
                </option>
              ))}
            </select>
          </Field>
          {data.domeinen.length > 1 && (
            <Field label={t('heatmap.domein')}>
              <select value={params.get('domein') ?? ''} onChange={(event) => setParam({ domein: event.target.value || null })}>
                <option value="">{t('heatmap.allDomeinen')}</option>
                {data.domeinen.map((domein) => (
                  <option key={domein.id} value={domein.id}>
                    {`${domein.code} ${domein.text}`.trim()}
                  </option>
                ))}
              </select>
            </Field>
          )}
        </div>
      )}
    </div>
  );
  const page = (content: ReactNode) => (
    <div className="page">
      {header}
      {content}
    </div>
  );

  if (!group) {
    return page(
      <EmptyState title={t('heatmap.empty.noGroups.title')} actions={<Link className="btn btn-primary" to="/groepen">{t('heatmap.empty.noGroups.action')}</Link>}>
        <p>{t('heatmap.empty.noGroups.body')}</p>
      </EmptyState>,
    );
  }
  if (!framework) {
    return page(
      <EmptyState title={t('heatmap.empty.noFrameworks.title')} actions={<Link className="btn btn-primary" to="/kaders">{t('heatmap.empty.noFrameworks.action')}</Link>}>
        <p>{t('heatmap.empty.noFrameworks.body')}</p>
      </EmptyState>,
    );
  }
  if (students.length === 0) {
    return page(
      <EmptyState
        title={t('heatmap.empty.noStudents.title', { group: group.name })}
        actions={<Link className="btn btn-primary" to={`/leerlingen?groep=${group.id}`}>{t('heatmap.empty.noStudents.action')}</Link>}
      >
        <p>{t('heatmap.empty.noStudents.body')}</p>
      </EmptyState>,
    );
  }
  if (goals.length === 0) {
    return page(
      <EmptyState
        title={t('heatmap.empty.noGoals.title', { framework: framework.title })}
        actions={<Link className="btn btn-primary" to={`/kaders/${framework.id}`}>{t('heatmap.empty.noGoals.action')}</Link>}
      >
        <p>{t('heatmap.empty.noGoals.body')}</p>
      </EmptyState>,
    );
  }
  if (heatmap.evidenceCount === 0) {
    return page(
      <EmptyState
        title={t('heatmap.empty.noEvidence.title', { group: group.name })}
        actions={
          <>
            <Link className="btn btn-primary" to="/beoordelen">
              {t('heatmap.empty.noEvidence.assess')}
            </Link>
            <button type="button" className="btn" onClick={() => openObservation({ studentIds: students.map((student) => student.id) })}>
              {t('heatmap.empty.noEvidence.observe')}
            </button>
          </>
        }
      >
        <p>{t('heatmap.empty.noEvidence.body', { framework: framework.title })}</p>
      </EmptyState>,
    );
  }

  const { method } = data.mastery;
  const methodName = t(`growth.method.${method.kind}.name`, { n: method.kind === 'mean-last-n' ? method.n : undefined });
  const sources = data.mastery.sources.map((source) => t(`growth.source.${source}`).toLowerCase()).join(', ');
  const openStudent = open ? students[open.student] : undefined;
  const openGoal = open ? goals[open.goal] : undefined;

  return page(
    <>
      <p className="muted">
        {t('heatmap.method', { method: methodName.toLowerCase(), sources })} <Link to={`/kaders/${framework.id}`}>{t('heatmap.methodLink')}</Link>
      </p>
      {heatmap.normalised && <p className="alert alert-info">{t('growth.normalised', { size: data.school.observationScale.length })}</p>}
      <HeatmapLegend levelNames={data.school.observationScale} levelShort={levelShort} levelStyles={levelStyles} />
      <p className="muted keys-help">{t('heatmap.keys')}</p>
      <HeatmapGrid
        label={t('heatmap.gridLabel', { group: group.name })}
        heatmap={heatmap}
        order={order}
        students={students}
        goals={goals}
        levelNames={data.school.observationScale}
        levelShort={levelShort}
        levelVariables={gridVariables}
        sort={sort}
        onSort={onSort}
        onOpen={onOpen}
      />
      <p className="muted table-status-line">{t('heatmap.status', { students: students.length, goals: goals.length, evidence: heatmap.evidenceCount })}</p>
      {open && openStudent && openGoal && (
        <EvidenceDialog
          student={openStudent}
          goal={openGoal}
          cell={heatmap.cells[open.student]![open.goal]!}
          settings={data.mastery}
          levelNames={data.school.observationScale}
          levelShort={levelShort}
          levelStyles={levelStyles}
          onClose={() => setOpen(null)}
          onObserve={() => {
            setOpen(null);
            openObservation({ studentIds: [openStudent.id], nodeId: openGoal.id });
          }}
        />
      )}
    </>,
  );
}
