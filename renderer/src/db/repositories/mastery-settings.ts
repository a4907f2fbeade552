import { DEFAULT_MASTERY_SETTINGS, type MasterySettings } from '../../../../shared/growth';
import { db } from '../db';

/** Settings rows are keyed per framework lineage, so a new version of a framework keeps its method. */
function keyOf(lineageId: string): string {
  return `mastery:${lineageId}`;
}

/** How mastery is computed for goals of this framework lineage; the default when not chosen yet. */
export async function getMasterySettings(lineageId: string): Promise<MasterySettings> {
  const row = await db.settings.get(keyOf(lineageId));
  return { ...DEFAULT_MASTERY_SETTINGS, ...(row?.value as Partial<MasterySettings> | undefined) };
}

/** Saves the method and sources for a framework lineage; returns the previous settings, for undo. */
export async function saveMasterySettings(lineageId: string, settings: MasterySettings): Promise<MasterySettings> {
  return db.transaction('rw', db.settings, async () => {
    const previous = await getMasterySettings(lineageId);
    await db.settings.put({ key: keyOf(lineageId), value: settings });
    return previous;
  });
}
