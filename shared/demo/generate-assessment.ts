import { setMemberLevel, setTeamLevel, teamLevel } from '../assessment/team-scoring';
import type { Beoordeling } from '../domain/beoordeling';
import type { CommentBankEntry } from '../domain/comment-bank';
import type { Observatie } from '../domain/observatie';
import type { Opdracht } from '../domain/opdracht';
import { isGraded, type Pta, type PtaToets } from '../domain/pta';
import type { RubricVersion } from '../domain/rubric';
import type { ToetsResultaat } from '../domain/toets-resultaat';
import { addDays, compareIsoDates, isoDateOf } from '../opdrachten/dates';
import { deadlineOf, startOf } from '../opdrachten/phases';
import { examplePtaToetsen } from '../pta/example';
import type { GeneratedContent } from './generate-content';
import type { GeneratedSchool, SchoolScale } from './generate-school';
import { createRandom, type Random } from './random';

/**
 * The voorbeeldschool's assessment data: a PTA per cohort in leerjaar 3 or 4 (the example
 * toetsen, the praktijkopdrachten delivered by the school's opdrachten and rubrics), the
 * examinator's rubric scores of the opdrachten under way or done (per team, with a few members
 * deviating), some self-assessments and client views, entered cijfers for the written and oral
 * toetsen whose date has passed, formative observations over the year, and a comment bank.
 *
 * The large school has the volumes of ../shared/quality.md: 40,000 summative criterion scores
 * (8 criteria × 5,000 beoordelingen) and 100,000 observations.
 */
export interface GeneratedAssessment {
  ptas: Pta[];
  beoordelingen: Beoordeling[];
  resultaten: ToetsResultaat[];
  observaties: Observatie[];
  commentBank: CommentBankEntry[];
}

const DEMO_COMMENTS: readonly string[] = [
  'Goed voorbereid: je had alles klaar voordat je begon.',
  'Vraag eerder om hulp als je vastloopt.',
  'Je verdeelt de taken eerlijk in je team.',
  'Let op je planning: de laatste fase kwam in tijdnood.',
  'Je legt duidelijk uit wat je hebt gemaakt en waarom.',
  'Kijk de opdrachtgever aan als je presenteert.',
];

/** Levels skew upward with a student's own ability, as real classes do. */
function levelFor(random: Random, ability: number, levelIds: readonly string[]): string {
  const index = Math.max(0, Math.min(levelIds.length - 1, Math.round(ability * (levelIds.length - 1) + (random.next() - 0.5) * 1.6)));
  return levelIds[index]!;
}

export function generateAssessment(school: GeneratedSchool, content: GeneratedContent, scale: SchoolScale, options: { seed?: number; now?: number } = {}): GeneratedAssessment {
  const random = createRandom((options.seed ?? 20261123) + 13);
  const newId = () => random.uuid();
  const stamp = options.now ?? Date.now();
  const today = isoDateOf(new Date(stamp));
  const ability = new Map(school.students.map((student) => [student.id, 0.25 + random.next() * 0.65]));
  const versions = new Map(content.rubricVersions.map((version) => [version.rubricId, version]));
  const record = { createdAt: stamp, updatedAt: stamp, deletedAt: null };
  const studentsOf = (groupId: string) => school.students.filter((student) => student.groupId === groupId);

  // --- PTAs: one per cohort that has opdrachten this year. --------------------------------
  const planned = content.opdrachten.filter((opdracht) => !opdracht.isTemplate && opdracht.phases.length > 0);
  const ptas: Pta[] = [];
  const toetsOf = new Map<string, PtaToets>(); // `${opdrachtId}|${rubricId}|${cohortId}` → toets
  for (const cohort of school.cohorts) {
    const groupIds = new Set(school.groups.filter((group) => group.cohortId === cohort.id).map((group) => group.id));
    const own = planned.filter((opdracht) => opdracht.groupIds.some((id) => groupIds.has(id))).sort((a, b) => compareIsoDates(startOf(a)!, startOf(b)!));
    if (own.length === 0) continue;
    const toetsen = examplePtaToetsen(newId);
    if (scale === 'large') {
      // Ten toetsen: the grade table benchmark measures 30 students × 10 toetsen.
      toetsen.push({ ...toetsen[0]!, id: newId(), code: '431', name: 'Praktijkopdracht 4', periode: '4.3', weging: 2 }, { ...toetsen[2]!, id: newId(), code: '441', name: 'Vakkennis leerjaar 4', periode: '4.4', weging: 1 });
    }
    const practical = toetsen.filter((toets) => toets.toetsvorm === 'praktijkopdracht' || toets.toetsvorm === 'PO');
    own.slice(0, practical.length).forEach((opdracht, index) => {
      const toets = practical[index]!;
      toets.opdrachtId = opdracht.id;
      toets.rubricId = opdracht.rubricIds[index % opdracht.rubricIds.length] ?? null;
      toets.nodeIds = opdracht.nodeIds.slice(0, 4);
      toets.date = deadlineOf(opdracht);
      if (toets.rubricId) toetsOf.set(`${opdracht.id}|${toets.rubricId}|${cohort.id}`, toets);
    });
    // Written and oral toetsen get dates spread over the year, some already past.
    toetsen.forEach((toets, index) => {
      if (toets.date === null) toets.date = addDays(today, (index - 3) * 21);
    });
    // Half of them vastgesteld, as they are from October on.
    const vastgesteld = ptas.length % 2 === 0;
    ptas.push({
      id: newId(),
      cohortId: cohort.id,
      title: `PTA ${cohort.programme} ${cohort.leerweg}, ${cohort.name}`,
      toetsen,
      status: vastgesteld ? 'vastgesteld' : 'concept',
      log: vastgesteld ? [{ action: 'vastgesteld', at: stamp - 60 * 24 * 3600 * 1000, who: 'Voorbeelddocent', reason: '' }] : [],
      ...record,
    });
  }
  const cohortOfGroup = new Map(school.groups.map((group) => [group.id, group.cohortId]));

  // --- Rubric scores: per team, the examinator's levels; a few members deviate. -----------
  const beoordelingen: Beoordeling[] = [];
  const scoredOpdrachten = planned.filter((opdracht) => opdracht.status === 'afgerond' || opdracht.status === 'lopend');
  for (const opdracht of scoredOpdrachten) {
    const workDate = compareIsoDates(deadlineOf(opdracht)!, today) < 0 ? deadlineOf(opdracht)! : today;
    for (const rubricId of opdracht.rubricIds) {
      const version = versions.get(rubricId);
      if (!version) continue;
      for (const groupId of opdracht.groupIds) {
        const toets = toetsOf.get(`${opdracht.id}|${rubricId}|${cohortOfGroup.get(groupId)}`) ?? null;
        const teams = content.teams.filter((team) => team.opdrachtId === opdracht.id && team.groupId === groupId);
        for (const team of teams) {
          // An opdracht under way is partly scored: the first teams, the first criteria.
          const done = opdracht.status === 'afgerond' || random.next() < 0.5;
          if (!done) continue;
          beoordelingen.push(...scoreTeam({ random, newId, record, opdracht, version, team, toetsId: toets?.id ?? null, workDate, ability }));
        }
      }
    }
  }
  if (scale === 'large') {
    // The benchmark's volume: five scored rubrics per student (older opdrachten too), 8 criteria each.
    const scored = new Set(beoordelingen.map((b) => `${b.studentId}|${b.opdrachtId}|${b.rubricId}`));
    const perStudent = new Map<string, number>();
    for (const b of beoordelingen) perStudent.set(b.studentId, (perStudent.get(b.studentId) ?? 0) + 1);
    const pairs = planned.flatMap((opdracht) => opdracht.rubricIds.map((rubricId) => ({ opdracht, rubricId })));
    for (const student of school.students) {
      // The student's own group's opdrachten first, then any (work from an earlier year).
      const ordered = [...pairs.filter((pair) => pair.opdracht.groupIds.includes(student.groupId)), ...pairs];
      let count = perStudent.get(student.id) ?? 0;
      for (let index = random.int(pairs.length); count < 5 && index < ordered.length + pairs.length; index++) {
        const { opdracht, rubricId } = ordered[index % ordered.length]!;
        const version = versions.get(rubricId);
        const key = `${student.id}|${opdracht.id}|${rubricId}`;
        if (!version || scored.has(key)) continue;
        scored.add(key);
        const toets = toetsOf.get(`${opdracht.id}|${rubricId}|${cohortOfGroup.get(student.groupId)}`) ?? null;
        beoordelingen.push(...scoreTeam({ random, newId, record, opdracht, version, team: { id: '', studentIds: [student.id] }, toetsId: toets?.id ?? null, workDate: deadlineOf(opdracht)!, ability }).map((b) => ({ ...b, teamId: null })));
        count++;
      }
    }
  }

  // Self-assessments and client views beside some of the examinator's, to compare.
  for (const examinator of beoordelingen.filter((b) => b.assessor === 'examinator').slice(0, scale === 'demo' ? 40 : 400)) {
    const version = content.rubricVersions.find((candidate) => candidate.id === examinator.rubricVersionId)!;
    const levelIds = version.levels.map((level) => level.id);
    const shift = (levelId: string | null, by: number) => (levelId == null ? null : levelIds[Math.max(0, Math.min(levelIds.length - 1, levelIds.indexOf(levelId) + by))]!);
    beoordelingen.push({
      ...examinator,
      id: newId(),
      assessor: 'zelf',
      assessorName: '',
      ptaToetsId: null,
      overrides: [],
      comments: {},
      // Students tend to rate themselves a little higher.
      scores: Object.fromEntries(Object.entries(examinator.scores).map(([criterion, level]) => [criterion, shift(level, random.next() < 0.4 ? 1 : 0)])),
    });
  }

  // --- Entered cijfers for the toetsen without a rubric whose date has passed. -------------
  const resultaten: ToetsResultaat[] = [];
  for (const pta of ptas) {
    const groupIds = school.groups.filter((group) => group.cohortId === pta.cohortId).map((group) => group.id);
    for (const toets of pta.toetsen) {
      if (toets.rubricId || toets.date === null || compareIsoDates(toets.date, today) >= 0) continue;
      for (const student of groupIds.flatMap(studentsOf)) {
        if (random.next() < 0.06) continue; // missing work: flagged in the grade table
        const base = 3.5 + ability.get(student.id)! * 6 + (random.next() - 0.5) * 2;
        const grade = Math.round(Math.max(1, Math.min(10, base)) * 10) / 10;
        resultaten.push({
          id: newId(),
          studentId: student.id,
          ptaId: pta.id,
          toetsId: toets.id,
          attempt: 1,
          grade: isGraded(toets.toetsvorm) ? grade : null,
          override: null,
          voldaan: isGraded(toets.toetsvorm) ? null : random.next() < 0.85,
          late: random.next() < 0.05,
          ...record,
        });
      }
    }
  }

  // --- Observations over the past months, on the school's skills and the eindtermen. ------
  const observaties: Observatie[] = [];
  const skillIds = content.nodes.filter((node) => node.type === 'vaardigheid' || node.type === 'eindterm').map((node) => node.id);
  const perStudent = scale === 'demo' ? 5 : 100;
  for (const student of school.students) {
    const own = ability.get(student.id)!;
    for (let index = 0; index < perStudent; index++) {
      const daysAgo = random.int(200);
      // Growth: later observations a little higher.
      const level = Math.max(1, Math.min(4, Math.round(1 + (own + (200 - daysAgo) / 600) * 3 + (random.next() - 0.5))));
      observaties.push({
        id: newId(),
        studentId: student.id,
        nodeId: random.pick(skillIds),
        level,
        scaleSize: 4,
        date: addDays(today, -daysAgo),
        note: scale === 'demo' ? random.pick(['Werkt zelfstandig door.', 'Helpt een teamgenoot op weg.', 'Vergeet de planning bij te houden.', 'Stelt goede vragen aan de opdrachtgever.', '']) : '',
        opdrachtId: null,
        assessor: 'examinator',
        batchId: newId(),
        evidenceIds: [],
        ...record,
        createdAt: stamp - daysAgo * 24 * 3600 * 1000,
      });
    }
  }

  // --- A comment bank for every rubric criterion. --------------------------------------------
  const commentBank: CommentBankEntry[] = content.rubricVersions.flatMap((version) =>
    version.criteria.slice(0, 4).flatMap((criterion, index) =>
      [DEMO_COMMENTS[index % DEMO_COMMENTS.length]!, DEMO_COMMENTS[(index + 3) % DEMO_COMMENTS.length]!].map((text, n) => ({
        id: newId(),
        rubricId: version.rubricId,
        criterionId: criterion.id,
        levelId: null,
        text,
        uses: 3 - n,
        lastUsedAt: stamp,
        ...record,
      })),
    ),
  );

  return { ptas, beoordelingen, resultaten, observaties, commentBank };
}

function scoreTeam(input: {
  random: Random;
  newId: () => string;
  record: { createdAt: number; updatedAt: number; deletedAt: null };
  opdracht: Opdracht;
  version: RubricVersion;
  team: { id: string; studentIds: string[] };
  toetsId: string | null;
  workDate: string;
  ability: ReadonlyMap<string, number>;
}): Beoordeling[] {
  const { random, version, team } = input;
  const levelIds = version.levels.map((level) => level.id);
  let members: Beoordeling[] = team.studentIds.map((studentId) => ({
    id: input.newId(),
    studentId,
    rubricId: version.rubricId,
    rubricVersionId: version.id,
    scores: {},
    conditionsMet: Object.fromEntries(version.conditions.map((condition) => [condition.id, true])),
    workDate: input.workDate,
    opdrachtId: input.opdracht.id,
    assessor: 'examinator',
    assessorName: 'Voorbeelddocent',
    peerStudentId: null,
    teamId: team.id,
    overrides: [],
    comments: {},
    ptaToetsId: input.toetsId,
    attempt: 1,
    ...input.record,
  }));
  const teamAbility = team.studentIds.reduce((sum, id) => sum + (input.ability.get(id) ?? 0.5), 0) / Math.max(1, team.studentIds.length);
  for (const criterion of version.criteria) {
    members = setTeamLevel(members, criterion.id, levelFor(random, teamAbility, levelIds));
    // One member in five deviates on a criterion, by their own ability.
    members = members.map((member) => (random.next() < 0.2 ? setMemberLevel(member, criterion.id, levelFor(random, input.ability.get(member.studentId) ?? 0.5, levelIds), teamLevel(members, criterion.id)) : member));
  }
  return members;
}
