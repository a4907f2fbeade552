import type { Cohort } from '../../../../../shared/domain/cohort';
import type { Group } from '../../../../../shared/domain/group';

interface GroupCheckboxesProps {
  legend: string;
  groups: Group[];
  cohorts: Cohort[];
  value: readonly string[];
  onChange: (groupIds: string[]) => void;
  disabled?: boolean;
}

/** Choose the groups that do an opdracht, listed per cohort so equal names cannot be confused. */
export function GroupCheckboxes({ legend, groups, cohorts, value, onChange, disabled }: GroupCheckboxesProps) {
  const toggle = (id: string, checked: boolean) => onChange(checked ? [...value, id] : value.filter((other) => other !== id));
  return (
    <fieldset className="form" disabled={disabled}>
      <legend>{legend}</legend>
      {cohorts.map((cohort) => {
        const own = groups.filter((group) => group.cohortId === cohort.id);
        if (own.length === 0) return null;
        return (
          <div key={cohort.id} className="check-group">
            <span className="muted">{cohort.name}</span>
            {own.map((group) => (
              <label key={group.id} className="check">
                <input type="checkbox" checked={value.includes(group.id)} onChange={(event) => toggle(group.id, event.target.checked)} />
                {group.name}
              </label>
            ))}
          </div>
        );
      })}
    </fieldset>
  );
}
