import type { SelectHTMLAttributes } from 'react';

type NamedSelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> & {
  items: readonly { id: string; name: string }[];
};

/** A select over named things (cohorts, groups): each one's name shown, its id the value. */
export function NamedSelect({ items, ...selectProps }: NamedSelectProps) {
  return (
    <select {...selectProps}>
      {items.map((item) => (
        <option key={item.id} value={item.id}>
          {item.name}
        </option>
      ))}
    </select>
  );
}
