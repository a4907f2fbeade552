import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cohort } from '../../../../../shared/domain/cohort';
import type { Group } from '../../../../../shared/domain/group';
import type { StudentListRow } from '../../../../../shared/domain/student-list';
import { GroupSelect } from '../../../ui/GroupSelect';
import { handleEditKeys } from '../../../ui/edit-keys';

export type EditableField = 'leerlingnummer' | 'roepnaam' | 'tussenvoegsel' | 'achternaam' | 'groep';

interface EditableCellProps {
  row: StudentListRow;
  field: EditableField;
  groups: Group[];
  cohorts: Cohort[];
  /** Resolves to an error message to show, or null when saved. */
  onCommit: (value: string) => Promise<string | null>;
  onCancel: () => void;
}

/** Inline editor for one cell: Enter or leaving the cell saves, Escape cancels. */
export function EditableCell({ row, field, groups, cohorts, onCommit, onCancel }: EditableCellProps) {
  const { t } = useTranslation();
  const initial = field === 'groep' ? row.student.groupId : row.student[field];
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const saving = useRef(false);
  const ref = useRef<HTMLInputElement & HTMLSelectElement>(null);
  const errorId = useId();

  useEffect(() => {
    ref.current?.focus();
    if (ref.current instanceof HTMLInputElement) ref.current.select();
  }, []);

  const commit = async () => {
    if (saving.current) return;
    if (value === initial) return onCancel();
    saving.current = true;
    const message = await onCommit(value);
    saving.current = false;
    setError(message);
  };

  const onKeyDown = (event: KeyboardEvent) => handleEditKeys(event, { commit: () => void commit(), cancel: onCancel });

  const label = t('students.editField', { field: t(`students.columns.${field}`), name: row.fullName });
  const common = {
    ref,
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    title: error ?? undefined,
    onKeyDown,
    onBlur: () => void commit(),
  };
  return (
    <>
      {field === 'groep' ? (
        <GroupSelect {...common} groups={groups} cohorts={cohorts} value={value} onChange={(event) => setValue(event.target.value)} />
      ) : (
        <input {...common} type="text" value={value} onChange={(event) => setValue(event.target.value)} />
      )}
      {error && (
        <span id={errorId} role="alert" className="visually-hidden">
          {error}
        </span>
      )}
    </>
  );
}
