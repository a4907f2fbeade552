import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHOOL_SETTINGS } from '../../../../shared/domain/school-settings';
import { db } from '../../../../renderer/src/db/db';
import { getSchoolSettings, saveSchoolSettings } from '../../../../renderer/src/db/repositories/settings';

describe('school settings', () => {
  it('are the defaults when nothing is stored', async () => {
    expect(await getSchoolSettings()).toEqual(DEFAULT_SCHOOL_SETTINGS);
    expect(await db.settings.count()).toBe(0);
  });

  it('saving merges with what is stored and returns the settings as they were, for undo', async () => {
    const first = await saveSchoolSettings({ schoolName: 'Het Vakcollege', teacherName: 'J. de Vries' });
    expect(first).toEqual(DEFAULT_SCHOOL_SETTINGS);
    const second = await saveSchoolSettings({ resitRule: 'last' });
    expect(second).toEqual({ ...DEFAULT_SCHOOL_SETTINGS, schoolName: 'Het Vakcollege', teacherName: 'J. de Vries' });
    expect(await getSchoolSettings()).toEqual({ ...DEFAULT_SCHOOL_SETTINGS, schoolName: 'Het Vakcollege', teacherName: 'J. de Vries', resitRule: 'last' });
  });

  it('undo puts the previous settings back', async () => {
    await saveSchoolSettings({ schoolName: 'Het Vakcollege', intermediateRounding: 'half-up' });
    const previous = await saveSchoolSettings({ intermediateRounding: 'truncate', finalRoundingFrom: 'raw', observationScale: ['Nog niet', 'Bijna', 'Goed'] });
    expect((await getSchoolSettings()).observationScale).toEqual(['Nog niet', 'Bijna', 'Goed']);
    await saveSchoolSettings(previous);
    expect(await getSchoolSettings()).toEqual({ ...DEFAULT_SCHOOL_SETTINGS, schoolName: 'Het Vakcollege' });
  });

  it('settings stored by an older version fill the missing ones from the defaults', async () => {
    await db.settings.put({ key: 'school', value: { schoolName: 'Het Vakcollege' } });
    expect(await getSchoolSettings()).toEqual({ ...DEFAULT_SCHOOL_SETTINGS, schoolName: 'Het Vakcollege' });
  });

  it('saving never changes the defaults themselves', async () => {
    const defaults = structuredClone(DEFAULT_SCHOOL_SETTINGS);
    await saveSchoolSettings({ observationScale: ['Onvoldoende', 'Voldoende'], resitRule: 'last' });
    expect(DEFAULT_SCHOOL_SETTINGS).toEqual(defaults);
  });

  it('two windows saving different settings at once keep both changes', async () => {
    await Promise.all([saveSchoolSettings({ schoolName: 'Het Vakcollege' }), saveSchoolSettings({ resitRule: 'last' })]);
    expect(await getSchoolSettings()).toMatchObject({ schoolName: 'Het Vakcollege', resitRule: 'last' });
  });
});
