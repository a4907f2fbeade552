import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Attempt } from '../../../../shared/domain/beoordeling';
import type { PtaToets } from '../../../../shared/domain/pta';
import { DEFAULT_SCHOOL_SETTINGS } from '../../../../shared/domain/school-settings';
import { fullName, type Student } from '../../../../shared/domain/student';
import { parseGrade, type GradeInputProblem } from '../../../../shared/grades/grade-input';
import { gradeTable } from '../../../../shared/grades/grade-table';
import type { AttemptGrade } from '../../../../shared/grades/toets-grade';
import { localToday } from '../../../../shared/opdrachten/dates';
import { setResult, type ResultPatch } from '../../db/repositories/resultaten';
import { usePageTitle } from '../../hooks/use-page-title';
import { mergeSearchParams } from '../../hooks/merge-search-params';
import { useStableCallback } from '../../hooks/use-stable-callback';
import { auditName, useSchoolSettings } from '../../hooks/use-school-settings';
import { useToasts } from '../../state/toasts';
import { EmptyState } from '../../ui/EmptyState';
import { Field } from '../../ui/Field';
import { formatGrade } from '../../ui/format-number';
import { GradesExports } from '../dossier';
import { GradeCellPanel } from './components/GradeCellPanel';
import { GradeTable, type GradePosition, type GradeRow } from './components/GradeTable';
import { OverrideDialog } from './components/OverrideDialog';
import { useGradesData } from './use-grades-data';
import { NamedSelect } from '../../ui/NamedSelect';

/**
 * The grade table of a group: every PTA toets, the SE-cijfer by the school's rules, missing
 * and late work flagged; cijfers typed in with the keyboard, overrides with a reason, and the
 * history of every change per student and toets.
 */
export function GradesPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('grades.title'));
  const [params, setParams] = useSearchParams();
  const data = useGradesData(params.get('cohort'), params.get('groep'));
  const settings = useSchoolSettings() ?? DEFAULT_SCHOOL_SETTINGS;
  const show = useToasts((state) => state.show);
  const [active, setActive] = useState<GradePosition | null>(null);
  const [selected, setSelected] = useState<{ studentId: string; toetsId: string } | null>(null);
  const [override, setOverride] = useState<{ student: Student; toets: PtaToets; attempt: Attempt; current: AttemptGrade | null } | null>(null);

  const rows: GradeRow[] = useMemo(() => {
    if (!data?.pta) return [];
    const grades = gradeTable({
      studentIds: data.students.map((student) => student.id),
      toetsen: data.pta.toetsen,
      results: data.results,
      rubricGrades: data.rubricGrades,
      settings,
      today: localToday(),
    });
    return data.students.map((student, index) => ({ student, grades: grades[index]! }));
  }, [data, settings]);

  const who = auditName(settings);
  const problemText = (problem: GradeInputProblem) => t(`gradeProblems.${problem.code}`, problem as unknown as Record<string, unknown>);
  const label = (toets: PtaToets, attempt: Attempt) => `${toets.code} ${toets.name}${attempt === 2 ? ` (${t('grades.cell.resit')})` : ''}`;

  const save = async (student: Student, toets: PtaToets, attempt: Attempt, patch: ResultPatch, message: string, reason = '') => {
    try {
      await setResult({ studentId: student.id, ptaId: data!.pta!.id, toetsId: toets.id, attempt }, patch, { who, reason, label: label(toets, attempt) });
      show({ message, tone: 'success' });
      return null;
    } catch (error) {
      const text = t('grades.toast.saveFailed', { message: error instanceof Error ? error.message : String(error) });
      show({ message: text, tone: 'error' });
      return text;
    }
  };
  const enter = async (student: Student, toets: PtaToets, attempt: Attempt, text: string): Promise<string | null> => {
    const parsed = parseGrade(text);
    if (!parsed.ok) return problemText(parsed.problem);
    if (toets.rubricId) {
      // A cijfer for a toets with a rubric differs from the rubric's: that needs a reason.
      const row = rows.find((candidate) => candidate.student.id === student.id);
      const cell = row?.grades.cells[toets.id];
      setOverride({ student, toets, attempt, current: { grade: parsed.grade, source: (attempt === 1 ? cell?.first : cell?.resit)?.source ?? 'rubric' } });
      return null;
    }
    return save(student, toets, attempt, { grade: parsed.grade }, t('grades.toast.saved', { code: toets.code, name: fullName(student), grade: formatGrade(parsed.grade, i18n.language) }));
  };
  const clear = (student: Student, toets: PtaToets, attempt: Attempt) => void save(student, toets, attempt, { grade: null }, t('grades.toast.cleared', { code: toets.code, name: fullName(student) }));

  // Stable handlers, so the memoised table skips renders that do not change it.
  const onActiveChange = useStableCallback((position: GradePosition, row: GradeRow) => {
    setActive(position);
    setSelected({ studentId: row.student.id, toetsId: data!.pta!.toetsen[position.toets]!.id });
  });
  const onCommit = useStableCallback((row: GradeRow, toets: PtaToets, text: string) => enter(row.student, toets, 1, text));
  const onClear = useStableCallback((row: GradeRow, toets: PtaToets) => clear(row.student, toets, 1));

  if (!data) {
    return (
      <div className="page" aria-busy="true">
        <h1>{t('grades.title')}</h1>
        <p className="muted">{t('common.loading')}</p>
      </div>
    );
  }
  const { cohort, group, pta } = data;
  const setParam = (changes: Record<string, string | null>) => {
    setParams(mergeSearchParams(params, changes), { replace: true });
    setActive(null);
    setSelected(null);
  };

  const header = (
    <div className="page-header">
      <div>
        <h1>{t('grades.title')}</h1>
        <p className="muted">{t('grades.subtitle')}</p>
      </div>
      {cohort && (
        <div className="toolbar">
          <Field label={t('grades.cohort')}>
            <NamedSelect items={data.cohorts} value={cohort.id} onChange={(event) => setParam({ cohort: event.target.value, groep: null })} />
          </Field>
          {group && (
            <Field label={t('grades.group')}>
              <NamedSelect items={data.groups} value={group.id} onChange={(event) => setParam({ groep: event.target.value })} />
            </Field>
          )}
        </div>
      )}
    </div>
  );

  if (!cohort) {
    return (
      <div className="page">
        {header}
        <EmptyState title={t('grades.noCohorts.title')} actions={<Link className="btn btn-primary" to="/groepen">{t('grades.noCohorts.action')}</Link>}>
          <p>{t('grades.noCohorts.body')}</p>
        </EmptyState>
      </div>
    );
  }
  if (!pta) {
    return (
      <div className="page">
        {header}
        <EmptyState title={t('grades.noPta.title', { cohort: cohort.name })} actions={<Link className="btn btn-primary" to={`/pta?cohort=${cohort.id}`}>{t('grades.noPta.action')}</Link>}>
          <p>{t('grades.noPta.body')}</p>
        </EmptyState>
      </div>
    );
  }

  const firstSe = rows[0]?.grades.se;
  const seProblem = firstSe && !firstSe.ok ? firstSe : null;
  const missing = rows.reduce((sum, row) => sum + Object.values(row.grades.cells).filter((cell) => cell.missing).length, 0);
  const late = rows.reduce((sum, row) => sum + Object.values(row.grades.cells).filter((cell) => cell.late).length, 0);
  const selectedRow = selected && rows.find((row) => row.student.id === selected.studentId);
  const selectedToets = selected && pta.toetsen.find((toets) => toets.id === selected.toetsId);
  const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
  const rules = t('grades.rules', {
    resit: lowerFirst(t(`school.resitRules.${settings.resitRule}`)),
    intermediate: lowerFirst(t(`school.intermediateRoundings.${settings.intermediateRounding}`)),
    final: lowerFirst(t(`school.finalRoundingsFrom.${settings.finalRoundingFrom}`)),
  });

  return (
    <div className="page">
      {header}
      <p className="muted">
        {rules} <Link to="/instellingen">{t('nav.settings')}</Link>
      </p>
      {group && <GradesExports group={group} pta={pta} rows={rows} />}
      {seProblem && (
        <div className="alert alert-warning" role="alert">
          {t(`grades.seImpossible.${seProblem.reason}`, { codes: seProblem.toetsIds.map((id) => pta.toetsen.find((toets) => toets.id === id)?.code ?? '?').join(', ') })}{' '}
          <Link to={`/pta?cohort=${cohort.id}`}>{t('grades.noPta.action')}</Link>
        </div>
      )}
      {pta.toetsen.length === 0 ? (
        <p className="muted">{t('grades.noToetsen')}</p>
      ) : rows.length === 0 ? (
        <p className="muted">{t('grades.noStudents', { group: group?.name ?? '' })}</p>
      ) : (
        <div className="grades-layout">
          <div className="classroom-main">
            <p className="muted keys-help">{t('grades.keys')}</p>
            <GradeTable
              rows={rows}
              toetsen={pta.toetsen}
              active={active}
              onActiveChange={onActiveChange}
              onCommit={onCommit}
              onClear={onClear}
            />
            <p className="muted table-status-line">{t('grades.count', { count: rows.length, missing, late })}</p>
          </div>
          {selectedRow && selectedToets ? (
            <GradeCellPanel
              student={selectedRow.student}
              toets={selectedToets}
              cell={selectedRow.grades.cells[selectedToets.id]!}
              results={data.results}
              resitRule={settings.resitRule}
              groupId={group!.id}
              onEnter={(attempt, text) => enter(selectedRow.student, selectedToets, attempt, text)}
              onClear={(attempt) => clear(selectedRow.student, selectedToets, attempt)}
              onOverride={(attempt, current) => setOverride({ student: selectedRow.student, toets: selectedToets, attempt, current })}
              onRemoveOverride={(attempt) => void save(selectedRow.student, selectedToets, attempt, { override: null }, t('grades.toast.cleared', { code: selectedToets.code, name: fullName(selectedRow.student) }))}
              onLate={(value) => void save(selectedRow.student, selectedToets, 1, { late: value }, t('grades.toast.saved', { code: selectedToets.code, name: fullName(selectedRow.student), grade: value ? t('grades.cell.late') : '—' }))}
              onVoldaan={(attempt, value) =>
                void save(selectedRow.student, selectedToets, attempt, { voldaan: value }, t('grades.toast.saved', { code: selectedToets.code, name: fullName(selectedRow.student), grade: value === true ? t('grades.cell.voldaan') : value === false ? t('grades.cell.nietVoldaan') : '—' }))
              }
            />
          ) : (
            <aside className="card cell-panel">
              <p className="muted">{t('grades.panel.hint')}</p>
            </aside>
          )}
        </div>
      )}
      {override && (
        <OverrideDialog
          title={t('grades.override.title', { code: override.toets.code, name: fullName(override.student) })}
          body={t('grades.override.body', { grade: override.current ? formatGrade(override.current.grade, i18n.language) : '—' })}
          initialGrade={override.current ? formatGrade(override.current.grade, i18n.language) : ''}
          onClose={() => setOverride(null)}
          onSave={(grade, reason) => {
            const { student, toets, attempt } = override;
            setOverride(null);
            void save(student, toets, attempt, { override: { grade, reason } }, t('grades.toast.overridden', { code: toets.code, name: fullName(student), grade: formatGrade(grade, i18n.language) }), reason);
          }}
        />
      )}
    </div>
  );
}
