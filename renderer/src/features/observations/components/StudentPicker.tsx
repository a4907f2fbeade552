import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cohort } from '../../../../../shared/domain/cohort';
import type { Group } from '../../../../../shared/domain/group';
import { compareStudentNames, fullName, studentSearchText, searchKey, type Student } from '../../../../../shared/domain/student';
import { GroupSelect } from '../../../ui/GroupSelect';

interface StudentPickerProps {
  students: readonly Student[];
  groups: Group[];
  cohorts: Cohort[];
  chosen: ReadonlySet<string>;
  onChange: (chosen: Set<string>) => void;
  initialGroupId: string | null;
  error?: string | undefined;
}

/**
 * Choose one or more students: a group, an optional search, and a checklist. The choice
 * survives switching groups, so students of two groups can share one observation.
 */
export function StudentPicker({ students, groups, cohorts, chosen, onChange, initialGroupId, error }: StudentPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [groupId, setGroupId] = useState(initialGroupId ?? groups[0]?.id ?? '');
  const [query, setQuery] = useState('');

  const shown = useMemo(() => {
    const key = searchKey(query.trim());
    return students
      .filter((student) => (key ? studentSearchText(student).includes(key) : student.groupId === groupId))
      .sort(compareStudentNames);
  }, [students, groupId, query]);

  const toggle = (studentId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(studentId);
    else next.delete(studentId);
    onChange(next);
  };
  const allShownChosen = shown.length > 0 && shown.every((student) => chosen.has(student.id));
  const toggleAll = (on: boolean) => {
    const next = new Set(chosen);
    for (const student of shown) {
      if (on) next.add(student.id);
      else next.delete(student.id);
    }
    onChange(next);
  };

  return (
    <fieldset className="student-picker" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('observations.students')}</legend>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-group`}>{t('observations.group')}</label>
          <GroupSelect id={`${id}-group`} groups={groups} cohorts={cohorts} value={groupId} onChange={(event) => setGroupId(event.target.value)} disabled={query.trim() !== ''} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-search`}>{t('observations.searchStudents')}</label>
          <input id={`${id}-search`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        </div>
      </div>
      <div className="picker-list" role="group" aria-label={t('observations.studentList')}>
        {shown.length === 0 ? (
          <p className="muted">{t('observations.noStudentsInGroup')}</p>
        ) : (
          <>
            {!query.trim() && (
              <label className="check picker-all">
                <input type="checkbox" checked={allShownChosen} onChange={(event) => toggleAll(event.target.checked)} /> {t('observations.wholeGroup')}
              </label>
            )}
            {shown.map((student) => (
              <label key={student.id} className="check">
                <input type="checkbox" checked={chosen.has(student.id)} onChange={(event) => toggle(student.id, event.target.checked)} /> {fullName(student)}
              </label>
            ))}
          </>
        )}
      </div>
      <p className="muted" aria-live="polite">
        {chosen.size === 0 ? t('observations.noneChosen') : t('observations.chosen', { count: chosen.size })}
      </p>
      {error && (
        <span id={`${id}-error`} className="form-error" role="alert">
          {error}
        </span>
      )}
    </fieldset>
  );
}
