import type { Bewijs } from '../../../../shared/domain/bewijs';
import type { Cohort } from '../../../../shared/domain/cohort';
import type { FrameworkNode } from '../../../../shared/domain/framework';
import type { Group } from '../../../../shared/domain/group';
import type { Opdracht } from '../../../../shared/domain/opdracht';
import type { Opdrachtgever } from '../../../../shared/domain/opdrachtgever';
import type { Pta } from '../../../../shared/domain/pta';
import type { RubricContent } from '../../../../shared/domain/rubric';
import type { SchoolSettings } from '../../../../shared/domain/school-settings';
import { compareStudentNames, type Student } from '../../../../shared/domain/student';
import type { ToetsResultaat } from '../../../../shared/domain/toets-resultaat';
import { rubricGrades } from '../../../../shared/grades/grade-table';
import { isLive } from '../../../../shared/domain/record';
import type { EvidenceRows } from './evidence';
import { readEvidenceRows } from './evidence';
import { db } from '../db';
import { readWhereAnyOf } from '../read-many';
import { listToetsBeoordelingenOf } from './beoordelingen';
import { getFrameworkNodes } from './frameworks';
import { listOpdrachtgevers } from './opdrachtgevers';
import { listOpdrachten } from './opdrachten';
import { readProgrammeEindtermen } from './programme';
import { getPtaOfCohort } from './pta';
import { listResultsOfStudents } from './resultaten';
import { getSchoolSettings } from './settings';

/** Everything the examendossiers of some students of one group are made from. */
export interface DossierRows {
  group: Group;
  cohort: Cohort;
  students: Student[];
  pta: Pta | null;
  results: ToetsResultaat[];
  rubricGrades: Map<string, number | null>;
  settings: SchoolSettings;
  programme: { title: string; eindtermIds: string[] } | null;
  nodes: Map<string, FrameworkNode>;
  opdrachten: Map<string, Opdracht>;
  opdrachtgevers: Map<string, Opdrachtgever>;
  evidence: EvidenceRows;
  /** Only when asked for (includeBewijs). */
  bewijs: Bewijs[];
}

/**
 * The rows behind the dossiers of a group's live students (or only `studentIds` of it), sorted
 * as Dutch lists are: by index per student, so a school of a thousand students costs a group's
 * worth of reads. Undefined when the group or its cohort is gone.
 */
export async function readDossierRows(groupId: string, options: { studentIds?: readonly string[]; includeBewijs?: boolean } = {}): Promise<DossierRows | undefined> {
  const group = await db.groups.get(groupId);
  if (!group || !isLive(group)) return undefined;
  const cohort = await db.cohorts.get(group.cohortId);
  if (!cohort) return undefined;
  const wanted = options.studentIds ? new Set(options.studentIds) : null;
  const students = (await db.students.where('groupId').equals(groupId).toArray())
    .filter((student) => isLive(student) && (wanted ? wanted.has(student.id) : student.archivedAt == null))
    .sort(compareStudentNames);
  const ids = students.map((student) => student.id);
  const [pta, settings, programme, opdrachten, opdrachtgevers, evidence, bewijs] = await Promise.all([
    getPtaOfCohort(cohort.id).then((found) => found ?? null),
    getSchoolSettings(),
    readProgrammeEindtermen(cohort.id),
    listOpdrachten(),
    listOpdrachtgevers(),
    readEvidenceRows(ids),
    options.includeBewijs ? readWhereAnyOf(db.bewijs, 'studentIds', ids) : Promise.resolve([] as Bewijs[]),
  ]);
  const [results, beoordelingen] = pta
    ? await Promise.all([listResultsOfStudents(ids, pta.id), listToetsBeoordelingenOf(ids, pta.toetsen.map((toets) => toets.id))])
    : [[], []];
  const versions = new Map<string, RubricContent>();
  for (const version of await db.rubricVersions.bulkGet([...new Set(beoordelingen.map((b) => b.rubricVersionId))])) if (version) versions.set(version.id, version);

  const nodes = new Map<string, FrameworkNode>();
  for (const node of programme?.eindtermen ?? []) nodes.set(node.id, node);
  const otherIds = new Set<string>();
  for (const toets of pta?.toetsen ?? []) for (const id of toets.nodeIds) if (!nodes.has(id)) otherIds.add(id);
  for (const o of evidence.observaties) if (o.nodeId && !nodes.has(o.nodeId)) otherIds.add(o.nodeId);
  for (const node of await getFrameworkNodes([...otherIds])) nodes.set(node.id, node);

  // A team's photo belongs to several students: read once, listed for each.
  const uniqueBewijs = [...new Map(bewijs.filter(isLive).map((b) => [b.id, b])).values()];
  return {
    group,
    cohort,
    students,
    pta,
    results,
    rubricGrades: rubricGrades(beoordelingen, versions),
    settings,
    programme: programme?.framework ? { title: programme.framework.title, eindtermIds: programme.eindtermen.map((node) => node.id) } : null,
    nodes,
    opdrachten: new Map(opdrachten.map((opdracht) => [opdracht.id, opdracht])),
    opdrachtgevers: new Map(opdrachtgevers.map((client) => [client.id, client])),
    evidence,
    bewijs: uniqueBewijs,
  };
}
