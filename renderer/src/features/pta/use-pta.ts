import { useLiveQuery } from 'dexie-react-hooks';
import type { Cohort } from '../../../../shared/domain/cohort';
import type { FrameworkNode } from '../../../../shared/domain/framework';
import type { Opdracht } from '../../../../shared/domain/opdracht';
import type { Pta } from '../../../../shared/domain/pta';
import type { Rubric } from '../../../../shared/domain/rubric';
import { listCohorts } from '../../db/repositories/cohorts';
import { getFrameworkNodes } from '../../db/repositories/frameworks';
import { listOpdrachten } from '../../db/repositories/opdrachten';
import { getPtaOfCohort } from '../../db/repositories/pta';
import { listRubrics } from '../../db/repositories/rubrics';

export interface PtaScreenData {
  cohorts: Cohort[];
  cohort: Cohort | null;
  /** null: the cohort has no PTA yet. */
  pta: Pta | null;
  opdrachten: Opdracht[];
  rubrics: Rubric[];
  /** The framework nodes the toetsen link to, by id. */
  nodes: Map<string, FrameworkNode>;
}

/** The cohorts, the chosen cohort's PTA and what its toetsen link to, in one live query. */
export function usePtaScreenData(cohortId: string | null): PtaScreenData | undefined {
  return useLiveQuery(async () => {
    const [cohorts, opdrachten, rubrics] = await Promise.all([listCohorts(), listOpdrachten(), listRubrics()]);
    const live = cohorts.filter((cohort) => cohort.archivedAt == null);
    const cohort = live.find((candidate) => candidate.id === cohortId) ?? live[0] ?? null;
    const pta = cohort ? ((await getPtaOfCohort(cohort.id)) ?? null) : null;
    const nodeIds = [...new Set(pta?.toetsen.flatMap((toets) => toets.nodeIds) ?? [])];
    const nodes = new Map((await getFrameworkNodes(nodeIds)).map((node) => [node.id, node]));
    return { cohorts: live, cohort, pta, opdrachten: opdrachten.filter((o) => !o.isTemplate), rubrics, nodes };
  }, [cohortId]);
}
