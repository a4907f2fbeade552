import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_MASTERY_SETTINGS, type MasterySettings } from '../../../shared/growth';
import { getMasterySettings } from '../db/repositories/mastery-settings';

/** The mastery settings of a framework lineage, live; undefined during the first read. */
export function useStoredMasterySettings(lineageId: string | null | undefined): MasterySettings | undefined {
  return useLiveQuery(async () => (lineageId ? getMasterySettings(lineageId) : DEFAULT_MASTERY_SETTINGS), [lineageId]);
}

/**
 * How mastery is computed for goals of this framework lineage, live: the default while the
 * first read runs and when no lineage is given (a goal outside any framework).
 */
export function useMasterySettings(lineageId: string | null | undefined): MasterySettings {
  return useStoredMasterySettings(lineageId) ?? DEFAULT_MASTERY_SETTINGS;
}
