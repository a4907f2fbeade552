import { useLiveQuery } from 'dexie-react-hooks';
import { readCohortCoverage, type CohortCoverageData } from '../../db/repositories/cohort-coverage';

/** The cohort's coverage data, live: a new observation or result shows up without a reload. */
export function useCoverageData(cohortId: string | null): CohortCoverageData | undefined {
  return useLiveQuery(() => readCohortCoverage(cohortId), [cohortId]);
}
