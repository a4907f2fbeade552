import { useLiveQuery } from 'dexie-react-hooks';
import type { Cohort } from '../../../../shared/domain/cohort';
import type { Group } from '../../../../shared/domain/group';
import type { Opdracht, Team } from '../../../../shared/domain/opdracht';
import type { Opdrachtgever } from '../../../../shared/domain/opdrachtgever';
import type { Rubric } from '../../../../shared/domain/rubric';
import { listCohorts } from '../../db/repositories/cohorts';
import { listGroups } from '../../db/repositories/groups';
import { getOpdracht, listOpdrachten, listTeams } from '../../db/repositories/opdrachten';
import { listOpdrachtgevers } from '../../db/repositories/opdrachtgevers';
import { listRubrics } from '../../db/repositories/rubrics';

export interface OpdrachtenData {
  opdrachten: Opdracht[];
  clients: Opdrachtgever[];
  groups: Group[];
  cohorts: Cohort[];
  rubrics: Rubric[];
}

/** Everything the opdrachten screens show next to an opdracht, in one live query. */
export function useOpdrachtenData(): OpdrachtenData | undefined {
  return useLiveQuery(async () => {
    const [opdrachten, clients, groups, cohorts, rubrics] = await Promise.all([listOpdrachten(), listOpdrachtgevers(), listGroups(), listCohorts(), listRubrics()]);
    return { opdrachten, clients, groups, cohorts, rubrics };
  });
}

/** One opdracht with its teams; null when it does not exist. */
export function useOpdrachtWithTeams(id: string): { opdracht: Opdracht; teams: Team[] } | null | undefined {
  return useLiveQuery(async () => {
    const [opdracht, teams] = await Promise.all([getOpdracht(id), listTeams(id)]);
    return opdracht && opdracht.deletedAt == null ? { opdracht, teams } : null;
  }, [id]);
}
