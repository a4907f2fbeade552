import type { Cohort } from '../../../../shared/domain/cohort';
import type { Framework, FrameworkNode } from '../../../../shared/domain/framework';
import { eindtermenOf, programmeFrameworkOf } from '../../../../shared/growth';
import { db } from '../db';
import { listFrameworkNodes, listFrameworks } from './frameworks';

export interface ProgrammeEindtermen {
  cohort: Cohort;
  /** Null when no framework of the cohort's programme has been imported. */
  framework: Framework | null;
  eindtermen: FrameworkNode[];
}

/** The eindtermen every student of the cohort must cover before the exam ends. */
export async function readProgrammeEindtermen(cohortId: string): Promise<ProgrammeEindtermen | undefined> {
  const cohort = await db.cohorts.get(cohortId);
  if (!cohort) return undefined;
  const framework = programmeFrameworkOf(cohort, await listFrameworks());
  const eindtermen = framework ? eindtermenOf(await listFrameworkNodes(framework.id)) : [];
  return { cohort, framework, eindtermen };
}
