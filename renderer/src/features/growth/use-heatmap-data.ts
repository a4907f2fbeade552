import { useLiveQuery } from 'dexie-react-hooks';
import type { Cohort } from '../../../../shared/domain/cohort';
import { isAssessableNodeType, type Framework, type FrameworkNode } from '../../../../shared/domain/framework';
import type { Group } from '../../../../shared/domain/group';
import type { SchoolSettings } from '../../../../shared/domain/school-settings';
import type { Student } from '../../../../shared/domain/student';
import { nodesInTreeOrder } from '../../../../shared/frameworks/tree';
import { DEFAULT_MASTERY_SETTINGS, programmeFrameworkOf, type MasterySettings } from '../../../../shared/growth';
import { listCohorts } from '../../db/repositories/cohorts';
import { readEvidenceRows, type EvidenceRows } from '../../db/repositories/evidence';
import { listFrameworkNodes, listFrameworks } from '../../db/repositories/frameworks';
import { listGroups } from '../../db/repositories/groups';
import { getMasterySettings } from '../../db/repositories/mastery-settings';
import { getSchoolSettings } from '../../db/repositories/settings';
import { listStudentsOfGroup } from '../../db/repositories/students';

export interface HeatmapData {
  cohorts: Cohort[];
  groups: Group[];
  group: Group | null;
  /** Active, unarchived frameworks: the ones a teacher assesses against. */
  frameworks: Framework[];
  framework: Framework | null;
  /** The framework's domeinen, for narrowing a wide framework down. */
  domeinen: FrameworkNode[];
  /** The chosen framework's assessable goals in tree order, narrowed to the domein when one is chosen. */
  goals: FrameworkNode[];
  students: Student[];
  rows: EvidenceRows;
  mastery: MasterySettings;
  school: SchoolSettings;
}

const NO_ROWS: EvidenceRows = { observaties: [], beoordelingen: [], versionsById: new Map() };

/** The top-level ancestor of each node (its domein in an exam programme). */
function rootsOf(nodes: readonly FrameworkNode[]): Map<string, string> {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const roots = new Map<string, string>();
  const rootOf = (node: FrameworkNode): string => {
    const known = roots.get(node.id);
    if (known) return known;
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    const root = parent ? rootOf(parent) : node.id;
    roots.set(node.id, root);
    return root;
  };
  for (const node of nodes) rootOf(node);
  return roots;
}

/**
 * Everything the heatmap shows, in one live query so the screen renders once when it arrives:
 * the pickers' choices, the chosen group's students, the framework's goals, the students'
 * evidence rows (one read transaction) and the settings mastery is computed with.
 */
export function useHeatmapData(groupId: string | null, frameworkId: string | null, domeinId: string | null): HeatmapData | undefined {
  return useLiveQuery(async () => {
    const [cohorts, allGroups, allFrameworks, school] = await Promise.all([listCohorts(), listGroups(), listFrameworks(), getSchoolSettings()]);
    const liveCohorts = cohorts.filter((cohort) => cohort.archivedAt == null);
    const cohortIds = new Set(liveCohorts.map((cohort) => cohort.id));
    const groups = allGroups.filter((group) => cohortIds.has(group.cohortId));
    const group = groups.find((candidate) => candidate.id === groupId) ?? groups[0] ?? null;
    const frameworks = allFrameworks.filter((framework) => framework.status === 'active' && framework.archivedAt == null);
    const cohort = group ? liveCohorts.find((candidate) => candidate.id === group.cohortId) : undefined;
    // Without a choice: the exam programme the group's cohort is examined on.
    const framework =
      frameworks.find((candidate) => candidate.id === frameworkId) ?? (cohort ? programmeFrameworkOf(cohort, frameworks) : null) ?? frameworks[0] ?? null;

    const [nodes, members, mastery] = await Promise.all([
      framework ? listFrameworkNodes(framework.id) : Promise.resolve([]),
      group ? listStudentsOfGroup(group.id) : Promise.resolve([]),
      framework ? getMasterySettings(framework.lineageId) : Promise.resolve(null),
    ]);
    const students = members.filter((student) => student.archivedAt == null);
    const ordered = nodesInTreeOrder(nodes);
    const domeinen = ordered.filter((node) => node.type === 'domein');
    const domein = domeinen.find((node) => node.id === domeinId) ?? null;
    const roots = domein ? rootsOf(nodes) : null;
    const goals = ordered.filter((node) => isAssessableNodeType(node.type) && (!roots || roots.get(node.id) === domein!.id));
    const rows = students.length > 0 && goals.length > 0 ? await readEvidenceRows(students.map((student) => student.id)) : NO_ROWS;
    return {
      cohorts: liveCohorts,
      groups,
      group,
      frameworks,
      framework,
      domeinen,
      goals,
      students,
      rows,
      mastery: mastery ?? DEFAULT_MASTERY_SETTINGS,
      school,
    };
  }, [groupId, frameworkId, domeinId]);
}
