import type { Group } from '../domain/group';
import { OPDRACHT_STATUSES, type IsoDate, type Opdracht, type OpdrachtStatus } from '../domain/opdracht';
import { isLive } from '../domain/record';
import type { SchoolYear } from '../domain/school-year';
import { deadlineOf, startOf } from './phases';

/**
 * A client's history (issue 4, point 1): which opdrachten were done for them, in which school
 * years, by which groups, and how they went (their status). Templates are counted apart: they
 * are not something a group did. Deleted opdrachten are left out.
 */
export interface ClientHistoryEntry {
  opdrachtId: string;
  title: string;
  schoolYear: SchoolYear;
  status: OpdrachtStatus;
  /** The groups in the opdracht's order; `name` null for a group that no longer exists. */
  groups: { id: string; name: string | null }[];
  contactId: string | null;
  start: IsoDate | null;
  deadline: IsoDate | null;
}

export interface ClientHistory {
  /** Newest school year first; within a year by start date (undated last), then title. */
  entries: ClientHistoryEntry[];
  /** The school years with at least one opdracht, newest first. */
  schoolYears: SchoolYear[];
  /** Every group that did an opdracht for the client (known groups only), by name. */
  groups: { id: string; name: string }[];
  byStatus: Record<OpdrachtStatus, number>;
  templates: number;
}

export function clientHistory(opdrachtgeverId: string, opdrachten: readonly Opdracht[], groups: readonly Pick<Group, 'id' | 'name'>[]): ClientHistory {
  const groupNames = new Map(groups.map((group) => [group.id, group.name]));
  const own = opdrachten.filter((o) => isLive(o) && o.opdrachtgeverId === opdrachtgeverId);
  const byStatus = Object.fromEntries(OPDRACHT_STATUSES.map((status) => [status, 0])) as Record<OpdrachtStatus, number>;
  const entries: ClientHistoryEntry[] = own
    .filter((o) => !o.isTemplate)
    .map((o) => ({
      opdrachtId: o.id,
      title: o.title,
      schoolYear: o.schoolYear,
      status: o.status,
      groups: o.groupIds.map((id) => ({ id, name: groupNames.get(id) ?? null })),
      contactId: o.contactId,
      start: startOf(o),
      deadline: deadlineOf(o),
    }))
    .sort(
      (a, b) =>
        b.schoolYear.localeCompare(a.schoolYear) ||
        (a.start === null ? 1 : 0) - (b.start === null ? 1 : 0) ||
        (a.start ?? '').localeCompare(b.start ?? '') ||
        a.title.localeCompare(b.title, 'nl'),
    );
  for (const entry of entries) byStatus[entry.status]++;
  const groupIds = new Set(entries.flatMap((entry) => entry.groups.filter((g) => g.name !== null).map((g) => g.id)));
  return {
    entries,
    schoolYears: [...new Set(entries.map((entry) => entry.schoolYear))],
    groups: [...groupIds].map((id) => ({ id, name: groupNames.get(id)! })).sort((a, b) => a.name.localeCompare(b.name, 'nl', { numeric: true })),
    byStatus,
    templates: own.length - entries.length,
  };
}
