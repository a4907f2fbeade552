import {
  checkMasterySettings,
  DEFAULT_MASTERY_SETTINGS,
  parseMasteryMethod,
  parseMasterySources,
  type MasterySettings,
  type MasterySettingsProblem,
} from '../../../../shared/growth';
import { db } from '../db';

/** Settings rows are keyed per framework lineage, so a new version of a framework keeps its method. */
function keyOf(lineageId: string): string {
  return `mastery:${lineageId}`;
}

/** Thrown when settings that would compute nonsense are offered for saving; nothing is stored. */
export class InvalidMasterySettingsError extends Error {
  constructor(readonly problems: readonly MasterySettingsProblem[]) {
    super(`ongeldige instellingen voor beheersing: ${problems.join(', ')}`);
    this.name = 'InvalidMasterySettingsError';
  }
}

/**
 * Stored settings, each part checked: a part that is not valid (older version, damaged row) is
 * the default's. Always fresh objects, so a caller changing them cannot change the default.
 */
function storedSettingsOf(value: unknown): MasterySettings {
  const stored = (typeof value === 'object' && value !== null ? value : {}) as { method?: unknown; sources?: unknown };
  return {
    method: parseMasteryMethod(stored.method) ?? { ...DEFAULT_MASTERY_SETTINGS.method },
    sources: parseMasterySources(stored.sources) ?? [...DEFAULT_MASTERY_SETTINGS.sources],
  };
}

/** How mastery is computed for goals of this framework lineage; the default when not chosen yet. */
export async function getMasterySettings(lineageId: string): Promise<MasterySettings> {
  const row = await db.settings.get(keyOf(lineageId));
  return storedSettingsOf(row?.value);
}

/**
 * Saves the method and sources for a framework lineage; returns the previous settings, for
 * undo. Refuses (InvalidMasterySettingsError) settings the schema does not accept.
 */
export async function saveMasterySettings(lineageId: string, settings: MasterySettings): Promise<MasterySettings> {
  const checked = checkMasterySettings(settings);
  if (!checked.ok) throw new InvalidMasterySettingsError(checked.problems);
  return db.transaction('rw', db.settings, async () => {
    const previous = await getMasterySettings(lineageId);
    await db.settings.put({ key: keyOf(lineageId), value: checked.settings });
    return previous;
  });
}
