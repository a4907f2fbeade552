import { useLiveQuery } from 'dexie-react-hooks';
import type { Cohort } from '../../../../../shared/domain/cohort';
import { isRetentionDue, retentionOf, type RetentionSetting } from '../../../../../shared/privacy/cohort-retention';
import { listRetentionSettings } from '../../../db/repositories/cohort-retention';

export type CohortRetentionState = ReturnType<typeof retentionOf> & { due: boolean };

/** Today as yyyy-mm-dd in the teacher's own time zone (a term ends at local midnight). */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The retention of every cohort (stored or default) and whether its reminder is due; undefined while loading. */
export function useRetention(cohorts: readonly Cohort[]): Map<string, CohortRetentionState> | undefined {
  const stored = useLiveQuery(listRetentionSettings);
  if (!stored) return undefined;
  const today = todayIso();
  return new Map(
    cohorts.map((cohort) => {
      const setting = retentionOf(cohort, stored.get(cohort.id) as RetentionSetting | undefined);
      return [cohort.id, { ...setting, due: isRetentionDue(setting, today) }];
    }),
  );
}
