import { useLiveQuery } from 'dexie-react-hooks';
import type { Beoordeling } from '../../../../shared/domain/beoordeling';
import type { CommentBankEntry } from '../../../../shared/domain/comment-bank';
import type { Group } from '../../../../shared/domain/group';
import type { Opdracht, Team } from '../../../../shared/domain/opdracht';
import type { Opdrachtgever } from '../../../../shared/domain/opdrachtgever';
import type { Pta, PtaToets } from '../../../../shared/domain/pta';
import type { Rubric, RubricVersion } from '../../../../shared/domain/rubric';
import type { Student } from '../../../../shared/domain/student';
import { listBeoordelingenOf } from '../../db/repositories/beoordelingen';
import { listCommentsOfRubric } from '../../db/repositories/comment-bank';
import { listGroups } from '../../db/repositories/groups';
import { listOpdrachten, listTeams } from '../../db/repositories/opdrachten';
import { listOpdrachtgevers } from '../../db/repositories/opdrachtgevers';
import { getPtaOfCohort } from '../../db/repositories/pta';
import { getRubricVersion, listRubrics } from '../../db/repositories/rubrics';
import { listStudents } from '../../db/repositories/students';

/** What can be picked: the opdrachten with their groups and rubrics. */
export interface ClassroomChoices {
  opdrachten: Opdracht[];
  groups: Group[];
  rubrics: Rubric[];
  clients: Opdrachtgever[];
}

const STATUS_ORDER: Record<Opdracht['status'], number> = { lopend: 0, gepland: 1, afgerond: 2, concept: 3, gearchiveerd: 4 };

export function useClassroomChoices(): ClassroomChoices | undefined {
  return useLiveQuery(async () => {
    const [opdrachten, groups, rubrics, clients] = await Promise.all([listOpdrachten(), listGroups(), listRubrics(), listOpdrachtgevers()]);
    return {
      // Lopend first: those are the ones being assessed this week.
      opdrachten: opdrachten
        .filter((opdracht) => !opdracht.isTemplate && opdracht.status !== 'gearchiveerd' && opdracht.rubricIds.length > 0 && opdracht.groupIds.length > 0)
        .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.schoolYear.localeCompare(a.schoolYear) || a.title.localeCompare(b.title, 'nl')),
      groups,
      rubrics,
      clients,
    };
  });
}

/** The class being assessed: its students and teams, the rubric version, and the PTA toets it delivers. */
export interface ClassroomSetting {
  students: Student[];
  teams: Team[];
  /** The rubric's current version: new beoordelingen use it. */
  currentVersion: RubricVersion | null;
  pta: Pta | null;
  /** The toets of the group's PTA that this opdracht and rubric deliver, if any. */
  toets: PtaToets | null;
}

export function useClassroomSetting(opdracht: Opdracht | undefined, group: Group | undefined, rubric: Rubric | undefined): ClassroomSetting | undefined {
  return useLiveQuery(async () => {
    if (!opdracht || !group || !rubric) return undefined;
    const [students, teams, currentVersion, pta] = await Promise.all([listStudents(), listTeams(opdracht.id), getRubricVersion(rubric.currentVersionId), getPtaOfCohort(group.cohortId)]);
    const toets = pta?.toetsen.find((candidate) => candidate.opdrachtId === opdracht.id && candidate.rubricId === rubric.id) ?? null;
    return {
      students: students.filter((student) => student.groupId === group.id && student.archivedAt == null),
      teams: teams.filter((team) => team.groupId === group.id),
      currentVersion: currentVersion ?? null,
      pta: pta ?? null,
      toets,
    };
  }, [opdracht?.id, group?.id, group?.cohortId, rubric?.id, rubric?.currentVersionId]);
}

/** The scores: every beoordeling of this opdracht with this rubric, the versions they use, the comment bank. */
export interface ClassroomScores {
  beoordelingen: Beoordeling[];
  versions: Map<string, RubricVersion>;
  comments: CommentBankEntry[];
}

export function useClassroomScores(opdrachtId: string | undefined, rubricId: string | undefined): ClassroomScores | undefined {
  return useLiveQuery(async () => {
    if (!opdrachtId || !rubricId) return undefined;
    const [beoordelingen, comments] = await Promise.all([listBeoordelingenOf(opdrachtId, rubricId), listCommentsOfRubric(rubricId)]);
    const versionIds = [...new Set(beoordelingen.map((b) => b.rubricVersionId))];
    const versions = new Map((await Promise.all(versionIds.map((id) => getRubricVersion(id)))).filter((v) => v !== undefined).map((v) => [v.id, v]));
    return { beoordelingen, versions, comments };
  }, [opdrachtId, rubricId]);
}
