import { useDeferredValue, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { filterStudentRows, type StudentListRow } from '../../../../shared/domain/student-list';
import { fieldErrors, studentInputSchema, type StudentInput } from '../../../../shared/validation/student-input';
import { createStudent, DuplicateLeerlingnummerError, updateStudent, restoreStudents } from '../../db/repositories/students';
import { useSchoolData, useStudentRows } from '../../hooks/use-school-data';
import { usePageTitle } from '../../hooks/use-page-title';
import { useUrlDialog } from '../../hooks/use-url-dialog';
import { useToasts } from '../../state/toasts';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { Field } from '../../ui/Field';
import { GroupSelect } from '../../ui/GroupSelect';
import { LoadDemoButton } from '../home/LoadDemoButton';
import { archiveWithUndo, deleteWithUndo, moveWithUndo, unarchiveWithUndo } from './actions';
import type { EditableField } from './components/EditableCell';
import { MoveStudentsDialog } from './components/MoveStudentsDialog';
import { StudentFormDialog } from './components/StudentFormDialog';
import { StudentsTable } from './components/StudentsTable';
import { exportStudentsCsv } from './export-students';
import { useStudentsView } from './store';

type OpenDialog =
  | { kind: 'none' }
  | { kind: 'form'; row?: StudentListRow }
  | { kind: 'move' }
  | { kind: 'delete'; rows: StudentListRow[] };

/** Marks the moment the student list is on screen, for the benchmark and the browser tests. */
function useReadyMark(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    performance.mark('vakwerk:students-ready');
    document.body.dataset.studentsReady = 'true';
    return () => {
      delete document.body.dataset.studentsReady;
    };
  }, [ready]);
}

export function StudentsPage() {
  const { t } = useTranslation();
  usePageTitle(t('students.title'));
  const data = useSchoolData();
  const allRows = useStudentRows(data);
  const view = useStudentsView();
  const show = useToasts((state) => state.show);
  const [dialog, setDialog] = useUrlDialog<OpenDialog>('nieuw', 'leerling', { kind: 'form' }, { kind: 'none' });
  const [searchParams, setSearchParams] = useSearchParams();

  // A link such as #/leerlingen?groep=<id> (from the groups screen or Ctrl+K) sets the filter once.
  useEffect(() => {
    const group = searchParams.get('groep');
    const cohort = searchParams.get('cohort');
    const zoek = searchParams.get('zoek');
    if (!group && !cohort && zoek === null) return;
    const state = useStudentsView.getState();
    if (group || cohort || zoek !== null) {
      // Start from a clean filter so the linked group or student is surely visible.
      state.setCohort(cohort);
      if (group) state.setGroup(group);
      state.setSearch(zoek ?? '');
    }
    setSearchParams({}, { replace: true });
  }, [searchParams, setSearchParams]);

  const search = useDeferredValue(view.search);
  const filter = useMemo(
    () => ({ search, cohortId: view.cohortId, groupId: view.groupId, showArchived: view.showArchived }),
    [search, view.cohortId, view.groupId, view.showArchived],
  );
  const rows = useMemo(() => (allRows ? filterStudentRows(allRows, filter) : undefined), [allRows, filter]);
  useReadyMark(rows !== undefined);

  const visibleSelected = useMemo(() => (rows ?? []).filter((row) => view.selected.has(row.student.id)), [rows, view.selected]);
  const selectedIds = visibleSelected.map((row) => row.student.id);
  const groupsOfCohort = useMemo(
    () => (data?.groups ?? []).filter((group) => view.cohortId === null || group.cohortId === view.cohortId),
    [data?.groups, view.cohortId],
  );
  const groupName = (groupId: string) => data?.groups.find((group) => group.id === groupId)?.name ?? '';

  const saveForm = async (input: StudentInput, row?: StudentListRow): Promise<Record<string, string> | null> => {
    try {
      if (row) {
        const previous = await updateStudent(row.student.id, input);
        show({ message: t('students.toast.saved', { name: row.fullName }), tone: 'success', undo: () => restoreStudents([previous]) });
      } else {
        const created = await createStudent(input);
        show({ message: t('students.toast.added', { name: `${created.roepnaam} ${created.achternaam}` }), tone: 'success' });
      }
      return null;
    } catch (error) {
      if (error instanceof DuplicateLeerlingnummerError) {
        return { leerlingnummer: t('students.errors.numberTaken', { number: error.leerlingnummer, name: `${error.existing.roepnaam} ${error.existing.achternaam}` }) };
      }
      throw error;
    }
  };

  const translateErrors = (errors: Record<string, string>) =>
    Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, t(key)]));

  const commitEdit = async (row: StudentListRow, field: EditableField, value: string): Promise<string | null> => {
    const { roepnaam, tussenvoegsel, achternaam, leerlingnummer, groupId } = row.student;
    const input: StudentInput = { roepnaam, tussenvoegsel, achternaam, leerlingnummer, groupId };
    if (field === 'groep') input.groupId = value;
    else input[field] = value;
    const parsed = studentInputSchema.safeParse(input);
    const errors = parsed.success ? await saveForm(parsed.data, row) : translateErrors(fieldErrors(parsed.error));
    if (!errors) return null;
    const message = Object.values(errors)[0]!;
    show({ message: t('students.errors.notSaved', { message }), tone: 'error' });
    return message;
  };

  if (!data || !rows || !allRows) {
    return (
      <div className="page" aria-busy="true">
        <h1>{t('students.title')}</h1>
        <p className="muted">{t('common.loading')}</p>
      </div>
    );
  }

  const hasStudents = allRows.length > 0;
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('students.title')}</h1>
          <p className="muted">{t('students.subtitle')}</p>
        </div>
        <div className="actions">
          <Link className="btn" to="/leerlingen/importeren">
            {t('students.import')}
          </Link>
          <button
            type="button"
            className="btn"
            disabled={rows.length === 0}
            onClick={async () => {
              const fileName = await exportStudentsCsv(t, rows);
              if (fileName) show({ message: t('students.toast.exported', { count: rows.length, fileName }), tone: 'success' });
            }}
          >
            {t('students.export')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => setDialog({ kind: 'form' })}>
            {t('students.add')}
          </button>
        </div>
      </div>

      {!hasStudents ? (
        <EmptyState
          title={t('students.empty.title')}
          actions={
            <>
              <Link className="btn btn-primary" to="/leerlingen/importeren">
                {t('students.empty.import')}
              </Link>
              <button type="button" className="btn" onClick={() => setDialog({ kind: 'form' })}>
                {t('students.add')}
              </button>
              {data.cohorts.length === 0 && <LoadDemoButton />}
            </>
          }
        >
          <p>{t('students.empty.body')}</p>
        </EmptyState>
      ) : (
        <>
          <div className="toolbar" role="search">
            <Field label={t('students.filters.search')} className="grow">
              <input
                type="search"
                value={view.search}
                placeholder={t('students.filters.searchPlaceholder')}
                onChange={(event) => view.setSearch(event.target.value)}
              />
            </Field>
            <Field label={t('students.filters.cohort')}>
              <select value={view.cohortId ?? ''} onChange={(event) => view.setCohort(event.target.value || null)}>
                <option value="">{t('students.filters.allCohorts')}</option>
                {data.cohorts.map((cohort) => (
                  <option key={cohort.id} value={cohort.id}>
                    {cohort.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('students.filters.group')}>
              <GroupSelect
                groups={groupsOfCohort}
                cohorts={data.cohorts}
                value={view.groupId ?? ''}
                emptyLabel={t('students.filters.allGroups')}
                onChange={(event) => view.setGroup(event.target.value || null)}
              />
            </Field>
            <label className="check">
              <input type="checkbox" checked={view.showArchived} onChange={(event) => view.setShowArchived(event.target.checked)} />
              {t('students.filters.showArchived')}
            </label>
          </div>

          {visibleSelected.length > 0 && (
            <div className="selection-bar" role="region" aria-label={t('students.selection.label')}>
              <strong>{t('students.selection.count', { count: visibleSelected.length })}</strong>
              <button type="button" className="btn btn-small" onClick={() => setDialog({ kind: 'move' })}>
                {t('students.selection.move')}
              </button>
              {visibleSelected.some((row) => !row.archived) && (
                <button type="button" className="btn btn-small" onClick={() => archiveWithUndo(t, selectedIds).then(view.clearSelection)}>
                  {t('students.selection.archive')}
                </button>
              )}
              {visibleSelected.some((row) => row.archived) && (
                <button type="button" className="btn btn-small" onClick={() => unarchiveWithUndo(t, selectedIds).then(view.clearSelection)}>
                  {t('students.selection.unarchive')}
                </button>
              )}
              <button type="button" className="btn btn-small btn-danger" onClick={() => setDialog({ kind: 'delete', rows: visibleSelected })}>
                {t('students.selection.delete')}
              </button>
              <button type="button" className="btn btn-small btn-ghost" onClick={view.clearSelection}>
                {t('students.selection.clear')}
              </button>
            </div>
          )}

          <div className="table-frame" data-ready="true">
            {rows.length === 0 ? (
              <EmptyState
                title={t('students.noMatches.title')}
                actions={
                  <button
                    type="button"
                    className="btn"
                    onClick={() => {
                      view.setSearch('');
                      view.setCohort(null);
                      view.setShowArchived(true);
                    }}
                  >
                    {t('students.noMatches.reset')}
                  </button>
                }
              >
                <p>{t('students.noMatches.body')}</p>
              </EmptyState>
            ) : (
              <StudentsTable
                rows={rows}
                groups={data.groups}
                cohorts={data.cohorts}
                sorting={view.sorting}
                onSortingChange={(updater) => view.setSorting(typeof updater === 'function' ? updater(view.sorting) : updater)}
                selected={view.selected}
                onToggleSelected={view.toggleSelected}
                onSelectAll={view.setSelected}
                onCommitEdit={commitEdit}
                onOpenForm={(row) => setDialog({ kind: 'form', row })}
                onDelete={(targets) => setDialog({ kind: 'delete', rows: targets })}
              />
            )}
            <div className="table-status" aria-live="polite">
              <span>{t('students.count', { count: rows.length, total: allRows.length })}</span>
              <span>{t('students.keyboardHint')}</span>
            </div>
          </div>
        </>
      )}

      {dialog.kind === 'form' && (
        <StudentFormDialog
          open
          student={dialog.row?.student}
          defaultGroupId={view.groupId}
          groups={data.groups}
          cohorts={data.cohorts}
          onClose={() => setDialog({ kind: 'none' })}
          onSave={(input) => saveForm(input, dialog.row)}
        />
      )}
      {dialog.kind === 'move' && (
        <MoveStudentsDialog
          open
          count={visibleSelected.length}
          groups={data.groups}
          cohorts={data.cohorts}
          onClose={() => setDialog({ kind: 'none' })}
          onMove={async (groupId) => {
            setDialog({ kind: 'none' });
            await moveWithUndo(t, selectedIds, groupId, groupName(groupId));
            view.clearSelection();
          }}
        />
      )}
      {dialog.kind === 'delete' && (
        <ConfirmDialog
          open
          title={t('students.delete.title', { count: dialog.rows.length })}
          confirmLabel={t('students.delete.confirm', { count: dialog.rows.length })}
          onCancel={() => setDialog({ kind: 'none' })}
          onConfirm={async () => {
            const ids = dialog.rows.map((row) => row.student.id);
            setDialog({ kind: 'none' });
            await deleteWithUndo(t, ids);
            view.clearSelection();
          }}
        >
          <p>
            {dialog.rows.length === 1
              ? t('students.delete.bodyOne', { name: dialog.rows[0]!.fullName })
              : t('students.delete.bodyMany', { count: dialog.rows.length })}
          </p>
          <p className="muted">{t('students.delete.undoHint')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
