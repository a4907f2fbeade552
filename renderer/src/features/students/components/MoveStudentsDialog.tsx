import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cohort } from '../../../../../shared/domain/cohort';
import type { Group } from '../../../../../shared/domain/group';
import { Dialog } from '../../../ui/Dialog';
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
        <div className="dialog-footer">
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={!groupId}>
            {t('students.move.confirm', { count })}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
