import { useLiveQuery } from 'dexie-react-hooks';
import type { SchoolSettings } from '../../../shared/domain/school-settings';
import { getSchoolSettings } from '../db/repositories/settings';

/** The school's names and grade rules, live; undefined during the first read. */
export function useSchoolSettings(): SchoolSettings | undefined {
  return useLiveQuery(getSchoolSettings);
}

/** The name recorded in the audit trail for changes made on this machine. */
export function auditName(settings: SchoolSettings | undefined): string {
  return settings?.teacherName.trim() ?? '';
}
