import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Cohort } from '../../../../shared/domain/cohort';
import type { Group } from '../../../../shared/domain/group';
import type { CohortInput } from '../../../../shared/validation/student-input';
import { createCohort, deleteCohort, restoreCohort, undoDeleteCohort, updateCohort } from '../../db/repositories/cohorts';
import { createGroup, deleteGroup, restoreGroup, undoDeleteGroup, updateGroup } from '../../db/repositories/groups';
import { useSchoolData } from '../../hooks/use-school-data';
import { usePageTitle } from '../../hooks/use-page-title';
import { useUrlDialog } from '../../hooks/use-url-dialog';
import { useToasts } from '../../state/toasts';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { LoadDemoButton } from '../home/LoadDemoButton';
import { CohortFormDialog } from './components/CohortFormDialog';
import { GroupFormDialog } from './components/GroupFormDialog';
import { CohortRetention } from './components/CohortRetention';
import { RetentionReminder } from './components/RetentionReminder';
import { useRetention } from './components/use-retention';

type OpenDialog =
  | { kind: 'none' }
  | { kind: 'cohort'; cohort?: Cohort }
  | { kind: 'group'; cohort: Cohort; group?: Group }
  | { kind: 'delete-cohort'; cohort: Cohort; groups: number; students: number }
  | { kind: 'delete-group'; group: Group; students: number };

/** Cohorts with their groups: create, rename and delete (with undo), and jump to a group's students. */
export function GroupsPage() {
  const { t } = useTranslation();
  usePageTitle(t('groups.title'));
  const data = useSchoolData();
  const show = useToasts((state) => state.show);
  const retention = useRetention(data?.cohorts ?? []);
  const [dialog, setDialog] = useUrlDialog<OpenDialog>('nieuw', 'cohort', { kind: 'cohort' }, { kind: 'none' });

  // Active students are shown; deleting a group also removes its archived students, so the
  // confirmation counts those too.
  const { studentCountByGroup, allCountByGroup } = useMemo(() => {
    const active = new Map<string, number>();
    const all = new Map<string, number>();
    for (const student of data?.students ?? []) {
      all.set(student.groupId, (all.get(student.groupId) ?? 0) + 1);
      if (student.archivedAt == null) active.set(student.groupId, (active.get(student.groupId) ?? 0) + 1);
    }
    return { studentCountByGroup: active, allCountByGroup: all };
  }, [data?.students]);

  if (!data) {
    return (
      <div className="page" aria-busy="true">
        <h1>{t('groups.title')}</h1>
        <p className="muted">{t('common.loading')}</p>
      </div>
    );
  }

  const saveCohort = async (input: CohortInput, cohort?: Cohort) => {
    if (cohort) {
      const previous = await updateCohort(cohort.id, input);
      show({ message: t('groups.toast.cohortSaved', { name: input.name }), tone: 'success', undo: () => restoreCohort(previous) });
    } else {
      await createCohort(input);
      show({ message: t('groups.toast.cohortCreated', { name: input.name }), tone: 'success' });
    }
  };

  const saveGroup = async (cohort: Cohort, name: string, group?: Group) => {
    if (group) {
      const previous = await updateGroup(group.id, { name, cohortId: cohort.id });
      show({ message: t('groups.toast.groupSaved', { name }), tone: 'success', undo: () => restoreGroup(previous) });
    } else {
      await createGroup({ name, cohortId: cohort.id });
      show({ message: t('groups.toast.groupCreated', { name, cohort: cohort.name }), tone: 'success' });
    }
  };

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('groups.title')}</h1>
          <p className="muted">{t('groups.subtitle')}</p>
        </div>
        <div className="actions">
          <button type="button" className="btn btn-primary" onClick={() => setDialog({ kind: 'cohort' })}>
            {t('groups.newCohort')}
          </button>
        </div>
      </div>

      <RetentionReminder cohorts={data.cohorts} retention={retention} />
      {data.cohorts.length === 0 ? (
        <EmptyState
          title={t('groups.empty.title')}
          actions={
            <>
              <button type="button" className="btn btn-primary" onClick={() => setDialog({ kind: 'cohort' })}>
                {t('groups.newCohort')}
              </button>
              <Link className="btn" to="/leerlingen/importeren">
                {t('students.empty.import')}
              </Link>
              <LoadDemoButton />
            </>
          }
        >
          <p>{t('groups.empty.body')}</p>
        </EmptyState>
      ) : (
        data.cohorts.map((cohort) => {
          const groups = data.groups.filter((group) => group.cohortId === cohort.id);
          const studentsInCohort = groups.reduce((sum, group) => sum + (studentCountByGroup.get(group.id) ?? 0), 0);
          return (
            <section key={cohort.id} className="card cohort-card" aria-labelledby={`cohort-${cohort.id}`}>
              <div className="cohort-head">
                <div>
                  <h2 id={`cohort-${cohort.id}`}>{cohort.name}</h2>
                  <p className="muted">
                    {t(`leerweg.${cohort.leerweg}`)} · {cohort.programme} · {t('home.firstYear', { year: cohort.firstSchoolYear })} ·{' '}
                    {t('groups.studentCount', { count: studentsInCohort })}
                  </p>
                </div>
                <div className="actions">
                  <button type="button" className="btn btn-small" onClick={() => setDialog({ kind: 'group', cohort })}>
                    {t('groups.addGroup')}
                  </button>
                  <button type="button" className="btn btn-small" onClick={() => setDialog({ kind: 'cohort', cohort })} aria-label={t('groups.editCohort', { name: cohort.name })}>
                    {t('common.edit')}
                  </button>
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-label={t('groups.deleteCohort', { name: cohort.name })}
                    onClick={() =>
                      setDialog({
                        kind: 'delete-cohort',
                        cohort,
                        groups: groups.length,
                        students: groups.reduce((sum, group) => sum + (allCountByGroup.get(group.id) ?? 0), 0),
                      })
                    }
                  >
                    {t('common.delete')}
                  </button>
                </div>
              </div>
              <CohortRetention cohort={cohort} retention={retention?.get(cohort.id)} />
              {groups.length === 0 ? (
                <p className="muted">{t('groups.noGroups')}</p>
              ) : (
                <ul className="group-list">
                  {groups.map((group) => {
                    const count = studentCountByGroup.get(group.id) ?? 0;
                    return (
                      <li key={group.id} className="group-item">
                        <strong>{group.name}</strong>
                        <span className="muted">{t('groups.studentCount', { count })}</span>
                        <div className="actions">
                          <Link className="btn btn-small" to={`/leerlingen?groep=${group.id}`} aria-label={t('groups.viewStudents', { name: group.name })}>
                            {t('groups.students')}
                          </Link>
                          <button type="button" className="btn btn-small btn-ghost" onClick={() => setDialog({ kind: 'group', cohort, group })} aria-label={t('groups.renameGroup', { name: group.name })}>
                            {t('groups.rename')}
                          </button>
                          <button
                            type="button"
                            className="btn btn-small btn-ghost"
                            onClick={() => setDialog({ kind: 'delete-group', group, students: allCountByGroup.get(group.id) ?? 0 })}
                            aria-label={t('groups.deleteGroup', { name: group.name })}
                          >
                            {t('common.delete')}
                          </button>
                        </div>
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          );
        })
      )}

      {dialog.kind === 'cohort' && (
        <CohortFormDialog cohort={dialog.cohort} onClose={() => setDialog({ kind: 'none' })} onSave={(input) => saveCohort(input, dialog.cohort)} />
      )}
      {dialog.kind === 'group' && (
        <GroupFormDialog
          cohort={dialog.cohort}
          group={dialog.group}
          onClose={() => setDialog({ kind: 'none' })}
          onSave={(name) => saveGroup(dialog.cohort, name, dialog.group)}
        />
      )}
      {dialog.kind === 'delete-cohort' && (
        <ConfirmDialog
          open
          title={t('groups.deleteCohortTitle', { name: dialog.cohort.name })}
          confirmLabel={t('groups.deleteCohortConfirm')}
          onCancel={() => setDialog({ kind: 'none' })}
          onConfirm={async () => {
            const { cohort } = dialog;
            setDialog({ kind: 'none' });
            const stamp = await deleteCohort(cohort.id);
            show({ message: t('groups.toast.cohortDeleted', { name: cohort.name }), tone: 'success', undo: () => undoDeleteCohort(cohort.id, stamp) });
          }}
        >
          <p>{t('groups.deleteCohortBody', { groups: dialog.groups, students: dialog.students })}</p>
          <p className="muted">{t('students.delete.undoHint')}</p>
        </ConfirmDialog>
      )}
      {dialog.kind === 'delete-group' && (
        <ConfirmDialog
          open
          title={t('groups.deleteGroupTitle', { name: dialog.group.name })}
          confirmLabel={t('groups.deleteGroupConfirm')}
          onCancel={() => setDialog({ kind: 'none' })}
          onConfirm={async () => {
            const { group } = dialog;
            setDialog({ kind: 'none' });
            const stamp = await deleteGroup(group.id);
            show({ message: t('groups.toast.groupDeleted', { name: group.name }), tone: 'success', undo: () => undoDeleteGroup(group.id, stamp) });
          }}
        >
          <p>{t('groups.deleteGroupBody', { count: dialog.students })}</p>
          <p className="muted">{t('students.delete.undoHint')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
