import { useLiveQuery } from 'dexie-react-hooks';
import type { Beoordeling } from '../../../../shared/domain/beoordeling';
import type { Rubric, RubricVersion } from '../../../../shared/domain/rubric';
import { countBeoordelingenByRubric, getRubric, listBeoordelingenOfRubric, listRubrics, listRubricVersions } from '../../db/repositories/rubrics';

export interface RubricListEntry {
  rubric: Rubric;
  current: RubricVersion | undefined;
  versionCount: number;
  useCount: number;
}

export function useRubricList(): RubricListEntry[] | undefined {
  return useLiveQuery(async () => {
    const [rubrics, counts] = await Promise.all([listRubrics(), countBeoordelingenByRubric()]);
    return Promise.all(
      rubrics.map(async (rubric) => {
        const versions = await listRubricVersions(rubric.id);
        return { rubric, current: versions.find((v) => v.id === rubric.currentVersionId), versionCount: versions.length, useCount: counts.get(rubric.id) ?? 0 };
      }),
    );
  });
}

export interface RubricWithHistory {
  rubric: Rubric;
  versions: RubricVersion[];
  beoordelingen: Beoordeling[];
}

/** A rubric with every version and the beoordelingen made with it; null when it does not exist. */
export function useRubricWithHistory(id: string): RubricWithHistory | null | undefined {
  return useLiveQuery(async () => {
    const rubric = await getRubric(id);
    if (!rubric || rubric.deletedAt != null) return null;
    const [versions, beoordelingen] = await Promise.all([listRubricVersions(id), listBeoordelingenOfRubric(id)]);
    return { rubric, versions, beoordelingen };
  }, [id]);
}
