import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cohort } from '../../../../shared/domain/cohort';
import type { Group } from '../../../../shared/domain/group';
import { DEFAULT_SCHOOL_SETTINGS } from '../../../../shared/domain/school-settings';
import { fullName, type Student } from '../../../../shared/domain/student';
import { useSchoolSettings } from '../../hooks/use-school-settings';
import { useToasts } from '../../state/toasts';

interface StudentPrivacyActionsProps {
  student: Student;
  group: Group | null;
  cohort: Cohort | null;
}

type Busy = 'none' | 'growth' | 'export';

/**
 * On the student page: the groeiprofiel as PDF, and everything held about the student as one
 * zip (AVG art. 15). Both read the database at the moment of the click; a failure says so and
 * changes nothing.
 */
export function StudentPrivacyActions({ student, group, cohort }: StudentPrivacyActionsProps) {
  const { t } = useTranslation();
  const settings = useSchoolSettings() ?? DEFAULT_SCHOOL_SETTINGS;
  const show = useToasts((state) => state.show);
  const [busy, setBusy] = useState<Busy>('none');

  const run = async (kind: Exclude<Busy, 'none'>) => {
    if (busy !== 'none') return;
    setBusy(kind);
    try {
      if (kind === 'growth') {
        const { printGrowthProfile } = await import('../growth-profile');
        const fileName = await printGrowthProfile(t, { student, group, cohort, settings });
        if (fileName) show({ message: t('privacy.student.growthProfileSaved', { fileName }), tone: 'success' });
      } else {
        const { exportStudentData } = await import('./export-student-data');
        const fileName = await exportStudentData(t, student.id, settings);
        if (fileName) show({ message: t('privacy.student.exportSaved', { name: fullName(student), fileName }), tone: 'success' });
      }
    } catch (error) {
      show({ message: t('privacy.student.failed', { message: error instanceof Error ? error.message : String(error) }), tone: 'error' });
    } finally {
      setBusy('none');
    }
  };

  return (
    <div className="actions" role="group" aria-label={t('privacy.student.actions')}>
      <button type="button" className="btn" onClick={() => void run('growth')} aria-busy={busy === 'growth'}>
        {busy === 'growth' ? t('privacy.student.working') : t('privacy.student.growthProfile')}
      </button>
      <button type="button" className="btn" onClick={() => void run('export')} aria-busy={busy === 'export'}>
        {busy === 'export' ? t('privacy.student.working') : t('privacy.student.export')}
      </button>
    </div>
  );
}
