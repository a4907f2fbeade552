import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cohort } from '../../../../../shared/domain/cohort';
import type { Group } from '../../../../../shared/domain/group';
import { Dialog } from '../../../ui/Dialog';
import { DialogActions } from '../../../ui/DialogActions';
import { Field } from '../../../ui/Field';
import { GroupSelect } from '../../../ui/GroupSelect';

interface MoveStudentsDialogProps {
  open: boolean;
  count: number;
  groups: Group[];
  cohorts: Cohort[];
  onClose: () => void;
  onMove: (groupId: string) => void;
}

export function MoveStudentsDialog({ open, count, groups, cohorts, onClose, onMove }: MoveStudentsDialogProps) {
  const { t } = useTranslation();
  const [groupId, setGroupId] = useState(groups[0]?.id ?? '');
  return (
    <Dialog open={open} title={t('students.move.title', { count })} onClose={onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (groupId) onMove(groupId);
        }}
      >
        <Field label={t('students.move.target')}>
          <GroupSelect groups={groups} cohorts={cohorts} value={groupId} onChange={(event) => setGroupId(event.target.value)} data-autofocus />
        </Field>
        <DialogActions submitLabel={t('students.move.confirm', { count })} onCancel={onClose} submitDisabled={!groupId} />
      </form>
    </Dialog>
  );
}
