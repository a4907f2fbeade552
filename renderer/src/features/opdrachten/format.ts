import type { IsoDate } from '../../../../shared/domain/opdracht';

/** The Monday on or after a date: opdrachten usually start at the start of a week. */
export function nextMonday(from: Date): IsoDate {
  const date = new Date(from.getFullYear(), from.getMonth(), from.getDate());
  date.setDate(date.getDate() + ((8 - date.getDay()) % 7 || 7));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
