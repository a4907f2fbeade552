import type { Ref, SelectHTMLAttributes } from 'react';
import type { Cohort } from '../../../shared/domain/cohort';
import type { Group } from '../../../shared/domain/group';

type GroupSelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> & {
  groups: Group[];
  cohorts: Cohort[];
  ref?: Ref<HTMLSelectElement>;
  /** Label of an extra empty first option ("Alle groepen"); omitted when a group is required. */
  emptyLabel?: string;
};

/** Groups listed under their cohort, so "3T-A" of two cohorts cannot be confused. */
export function GroupSelect({ groups, cohorts, emptyLabel, ...selectProps }: GroupSelectProps) {
  return (
    <select {...selectProps}>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {cohorts.map((cohort) => {
        const own = groups.filter((group) => group.cohortId === cohort.id);
        if (own.length === 0) return null;
        return (
          <optgroup key={cohort.id} label={cohort.name}>
            {own.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </optgroup>
        );
      })}
    </select>
  );
}
