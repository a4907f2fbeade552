import type { StoredRecord } from './record';

/** A klas or lesgroep such as "3T-A"; belongs to one cohort. */
export interface Group extends StoredRecord {
  cohortId: string;
  name: string;
}

/** Group names compare without case and surrounding spaces: "3t-a " is the group "3T-A". */
export function groupNameKey(name: string): string {
  return name.trim().toLocaleUpperCase('nl');
}
