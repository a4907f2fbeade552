import { DEFAULT_SCHOOL_SETTINGS, type SchoolSettings } from '../../../../shared/domain/school-settings';
import { db } from '../db';

const SCHOOL_KEY = 'school';

/** The school's names and grade rules; the defaults for anything not set yet. */
export async function getSchoolSettings(): Promise<SchoolSettings> {
  const row = await db.settings.get(SCHOOL_KEY);
  return { ...DEFAULT_SCHOOL_SETTINGS, ...(row?.value as Partial<SchoolSettings> | undefined) };
}

/** Saves some settings; returns them as they were, for undo. */
export async function saveSchoolSettings(changes: Partial<SchoolSettings>): Promise<SchoolSettings> {
  return db.transaction('rw', db.settings, async () => {
    const previous = await getSchoolSettings();
    await db.settings.put({ key: SCHOOL_KEY, value: { ...previous, ...changes } });
    return previous;
  });
}
