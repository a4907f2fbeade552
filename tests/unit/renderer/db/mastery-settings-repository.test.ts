import { describe, expect, it } from 'vitest';
import { DEFAULT_MASTERY_SETTINGS, type MasterySettings } from '../../../../shared/growth';
import { db } from '../../../../renderer/src/db/db';
import { getMasterySettings, InvalidMasterySettingsError, saveMasterySettings } from '../../../../renderer/src/db/repositories/mastery-settings';

const LAST_3: MasterySettings = { method: { kind: 'mean-last-n', n: 3 }, sources: ['examinator', 'zelf'] };

describe('mastery settings per framework lineage', () => {
  it('are the default until chosen, without storing anything', async () => {
    expect(await getMasterySettings('lin-zw')).toEqual(DEFAULT_MASTERY_SETTINGS);
    expect(await db.settings.count()).toBe(0);
  });

  it('are kept per lineage, and saving returns the previous settings for undo', async () => {
    expect(await saveMasterySettings('lin-zw', LAST_3)).toEqual(DEFAULT_MASTERY_SETTINGS);
    expect(await getMasterySettings('lin-zw')).toEqual(LAST_3);
    expect(await getMasterySettings('lin-ict')).toEqual(DEFAULT_MASTERY_SETTINGS);
    const previous = await saveMasterySettings('lin-zw', { method: { kind: 'highest' }, sources: ['examinator'] });
    expect(previous).toEqual(LAST_3);
    await saveMasterySettings('lin-zw', previous);
    expect(await getMasterySettings('lin-zw')).toEqual(LAST_3);
  });

  it('refuse invalid settings and store nothing', async () => {
    await saveMasterySettings('lin-zw', LAST_3);
    const attempts: MasterySettings[] = [
      { method: { kind: 'mean-last-n', n: 0 }, sources: ['examinator'] },
      { method: { kind: 'mean-last-n', n: 2.5 }, sources: ['examinator'] },
      { method: { kind: 'decaying-average', newestWeight: 1 }, sources: ['examinator'] },
      { method: { kind: 'decaying-average', newestWeight: 0 }, sources: ['examinator'] },
      { method: { kind: 'mean' }, sources: [] },
    ];
    for (const settings of attempts) {
      await expect(saveMasterySettings('lin-zw', settings)).rejects.toBeInstanceOf(InvalidMasterySettingsError);
    }
    expect(await getMasterySettings('lin-zw')).toEqual(LAST_3);
    await expect(saveMasterySettings('lin-new', attempts[0]!)).rejects.toMatchObject({ problems: ['n'] });
    expect(await db.settings.get('mastery:lin-new')).toBeUndefined();
  });

  it('fall back to the default for a damaged stored value, part by part', async () => {
    await db.settings.put({ key: 'mastery:lin-a', value: { method: { kind: 'decaying-average', newestWeight: 7 }, sources: ['zelf'] } });
    expect(await getMasterySettings('lin-a')).toEqual({ method: DEFAULT_MASTERY_SETTINGS.method, sources: ['zelf'] });
    await db.settings.put({ key: 'mastery:lin-b', value: { method: { kind: 'highest' }, sources: 'everyone' } });
    expect(await getMasterySettings('lin-b')).toEqual({ method: { kind: 'highest' }, sources: DEFAULT_MASTERY_SETTINGS.sources });
    await db.settings.put({ key: 'mastery:lin-c', value: 'nonsense' });
    expect(await getMasterySettings('lin-c')).toEqual(DEFAULT_MASTERY_SETTINGS);
    await db.settings.put({ key: 'mastery:lin-d', value: null });
    expect(await getMasterySettings('lin-d')).toEqual(DEFAULT_MASTERY_SETTINGS);
  });

  it('store only the known fields', async () => {
    await saveMasterySettings('lin-zw', { ...LAST_3, extra: true } as MasterySettings);
    expect((await db.settings.get('mastery:lin-zw'))?.value).toEqual(LAST_3);
  });

  it('never change the default object itself', async () => {
    const before = structuredClone(DEFAULT_MASTERY_SETTINGS);
    const settings = await getMasterySettings('lin-zw');
    (settings.sources as string[]).push('peer');
    expect(DEFAULT_MASTERY_SETTINGS).toEqual(before);
  });
});
