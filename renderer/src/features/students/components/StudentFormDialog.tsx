import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Cohort } from '../../../../../shared/domain/cohort';
import type { Group } from '../../../../../shared/domain/group';
import type { Student } from '../../../../../shared/domain/student';
import { fieldErrors, studentInputSchema, type StudentInput } from '../../../../../shared/validation/student-input';
import { Dialog } from '../../../ui/Dialog';
import { DialogActions } from '../../../ui/DialogActions';
import { Field } from '../../../ui/Field';
import { GroupSelect } from '../../../ui/GroupSelect';

interface StudentFormDialogProps {
  open: boolean;
  /** The student to edit; absent for a new student. */
  student?: Student;
  defaultGroupId?: string | null;
  groups: Group[];
  cohorts: Cohort[];
  onClose: () => void;
  /** Saves and resolves to field errors (message keys or text), or null when saved. */
  onSave: (input: StudentInput) => Promise<Record<string, string> | null>;
}

function initialInput(student: Student | undefined, groupId: string): StudentInput {
  return {
    roepnaam: student?.roepnaam ?? '',
    tussenvoegsel: student?.tussenvoegsel ?? '',
    achternaam: student?.achternaam ?? '',
    leerlingnummer: student?.leerlingnummer ?? '',
    groupId: student?.groupId ?? groupId,
  };
}

/** Add or edit one student: only name, number and group (nothing more is stored). */
export function StudentFormDialog({ open, student, defaultGroupId, groups, cohorts, onClose, onSave }: StudentFormDialogProps) {
  const { t } = useTranslation();
  const [input, setInput] = useState(() => initialInput(student, defaultGroupId ?? groups[0]?.id ?? ''));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const set = (field: keyof StudentInput) => (event: { target: { value: string } }) =>
    setInput((current) => ({ ...current, [field]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = studentInputSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setSaving(true);
    const result = await onSave(parsed.data);
    setSaving(false);
    if (result) setErrors(result);
    else onClose();
  };

  const error = (field: string) => (errors[field] ? t(errors[field]!, { defaultValue: errors[field] }) : undefined);
  const title = student ? t('students.form.editTitle') : t('students.form.newTitle');

  return (
    <Dialog open={open} title={title} onClose={onClose}>
      {groups.length === 0 ? (
        <div className="alert alert-info">
          <p>{t('students.form.noGroups')}</p>
          <p>
            <Link to="/groepen" onClick={onClose}>
              {t('students.form.toGroups')}
            </Link>
          </p>
        </div>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <div className="form-row">
            <Field label={t('students.columns.roepnaam')} error={error('roepnaam')}>
              <input type="text" value={input.roepnaam} onChange={set('roepnaam')} data-autofocus autoComplete="off" />
            </Field>
            <Field label={t('students.columns.tussenvoegsel')} error={error('tussenvoegsel')} hint={t('students.form.tussenvoegselHint')}>
              <input type="text" value={input.tussenvoegsel} onChange={set('tussenvoegsel')} autoComplete="off" />
            </Field>
          </div>
          <Field label={t('students.columns.achternaam')} error={error('achternaam')}>
            <input type="text" value={input.achternaam} onChange={set('achternaam')} autoComplete="off" />
          </Field>
          <div className="form-row">
            <Field label={t('students.columns.leerlingnummer')} error={error('leerlingnummer')}>
              <input type="text" inputMode="numeric" value={input.leerlingnummer} onChange={set('leerlingnummer')} autoComplete="off" />
            </Field>
            <Field label={t('students.columns.groep')} error={error('groupId')}>
              <GroupSelect groups={groups} cohorts={cohorts} value={input.groupId} onChange={set('groupId')} />
            </Field>
          </div>
          <DialogActions submitLabel={student ? t('common.save') : t('students.form.add')} onCancel={onClose} submitDisabled={saving} />
        </form>
      )}
    </Dialog>
  );
}
