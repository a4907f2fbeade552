import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cohort } from '../../../../../shared/domain/cohort';
import type { Group } from '../../../../../shared/domain/group';
import { fieldErrors, groupInputSchema } from '../../../../../shared/validation/student-input';
import { DuplicateGroupNameError } from '../../../db/repositories/groups';
import { Dialog } from '../../../ui/Dialog';
import { DialogActions } from '../../../ui/DialogActions';
import { Field } from '../../../ui/Field';

interface GroupFormDialogProps {
  cohort: Cohort;
  group?: Group;
  onClose: () => void;
  onSave: (name: string) => Promise<void>;
}

export function GroupFormDialog({ cohort, group, onClose, onSave }: GroupFormDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(group?.name ?? '');
  const [error, setError] = useState<string | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = groupInputSchema.safeParse({ name, cohortId: cohort.id });
    if (!parsed.success) return setError(t(fieldErrors(parsed.error).name ?? 'validation.required'));
    try {
      await onSave(parsed.data.name);
      onClose();
    } catch (caught) {
      if (caught instanceof DuplicateGroupNameError) setError(t('groups.errors.duplicate', { name: caught.groupName, cohort: cohort.name }));
      else throw caught;
    }
  };

  return (
    <Dialog open title={group ? t('groups.groupForm.editTitle') : t('groups.groupForm.newTitle', { cohort: cohort.name })} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t('groups.groupForm.name')} error={error} hint={t('groups.groupForm.nameHint')}>
          <input type="text" value={name} onChange={(event) => setName(event.target.value)} data-autofocus autoComplete="off" />
        </Field>
        <DialogActions submitLabel={group ? t('common.save') : t('groups.groupForm.create')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
