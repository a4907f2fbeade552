import type { Framework, FrameworkDraft, FrameworkNode } from '../domain/framework';
import type { Opdracht, Team } from '../domain/opdracht';
import type { Opdrachtgever } from '../domain/opdrachtgever';
import type { Rubric, RubricContent, RubricVersion } from '../domain/rubric';
import { schoolYearOf, startYearOf } from '../domain/school-year';
import { BUILTIN_FRAMEWORKS } from '../frameworks/builtin';
import { frameworkFromDraft } from '../frameworks/from-draft';
import { isoDateOf } from '../opdrachten/dates';
import { splitIntoTeams } from '../opdrachten/teams';
import { createRubricContent } from '../rubrics/presets';
import { generateLargeFramework } from './generate-framework';
import { generateOpdrachten, generateOpdrachtgevers } from './generate-opdrachten';
import type { GeneratedSchool, SchoolScale } from './generate-school';
import { createRandom } from './random';

/**
 * Everything the voorbeeldschool has besides its students: an exam framework and the school's
 * skills, rubrics, opdrachtgevers, opdrachten and teams, all linked the way a teacher would
 * link them. The demo's eindterm texts are written for the demo and marked as school text,
 * never as official text (only the domein names come from the public sources).
 */
export interface GeneratedContent {
  frameworks: Framework[];
  nodes: FrameworkNode[];
  rubrics: Rubric[];
  rubricVersions: RubricVersion[];
  opdrachtgevers: Opdrachtgever[];
  opdrachten: Opdracht[];
  teams: Team[];
}

const DEMO_FRAMEWORK: FrameworkDraft = {
  title: 'Zorg en Welzijn — voorbeeldkader',
  family: 'vmbo-pgv',
  programme: 'Zorg en Welzijn',
  version: '2024',
  source: { kind: 'manual', label: 'Voorbeeldgegevens van Vakwerk: domeinen uit het examenprogramma, eindtermen door de school geformuleerd' },
  nodes: [
    { key: 'A', parentKey: null, type: 'domein', code: 'A', text: 'Praktijkgerichte opdrachten', textStatus: 'official', order: 0 },
    { key: 'A1', parentKey: 'A', type: 'eindterm', code: 'A1', text: 'De leerling voert een opdracht uit voor een externe opdrachtgever.', textStatus: 'school', order: 0 },
    { key: 'A2', parentKey: 'A', type: 'eindterm', code: 'A2', text: 'De leerling stelt samen met de opdrachtgever vast wat het resultaat moet zijn.', textStatus: 'school', order: 1 },
    { key: 'A3', parentKey: 'A', type: 'eindterm', code: 'A3', text: 'De leerling levert een product of dienst op en presenteert het.', textStatus: 'school', order: 2 },
    { key: 'A4', parentKey: 'A', type: 'eindterm', code: 'A4', text: 'De leerling evalueert de opdracht met de opdrachtgever.', textStatus: 'school', order: 3 },
    { key: 'B', parentKey: null, type: 'domein', code: 'B', text: 'Programmaoverstijgende vaardigheden', textStatus: 'official', order: 1 },
    { key: 'B1', parentKey: 'B', type: 'eindterm', code: 'B1', text: 'De leerling werkt samen in een team en maakt afspraken.', textStatus: 'school', order: 0 },
    { key: 'B2', parentKey: 'B', type: 'eindterm', code: 'B2', text: 'De leerling plant het eigen werk en houdt zich aan de planning.', textStatus: 'school', order: 1 },
    { key: 'B3', parentKey: 'B', type: 'eindterm', code: 'B3', text: 'De leerling communiceert duidelijk met collega’s en de opdrachtgever.', textStatus: 'school', order: 2 },
    { key: 'B4', parentKey: 'B', type: 'eindterm', code: 'B4', text: 'De leerling reflecteert op het eigen handelen en stelt doelen bij.', textStatus: 'school', order: 3 },
    { key: 'B5', parentKey: 'B', type: 'eindterm', code: 'B5', text: 'De leerling gebruikt digitale middelen bij het werk.', textStatus: 'school', order: 4 },
    { key: 'C', parentKey: null, type: 'domein', code: 'C', text: 'Programmaspecifieke vaardigheden', textStatus: 'official', order: 2 },
    { key: 'C1', parentKey: 'C', type: 'eindterm', code: 'C1', text: 'De leerling ondersteunt een cliënt bij dagelijkse activiteiten.', textStatus: 'school', order: 0 },
    { key: 'C2', parentKey: 'C', type: 'eindterm', code: 'C2', text: 'De leerling werkt hygiënisch en veilig.', textStatus: 'school', order: 1 },
    { key: 'C3', parentKey: 'C', type: 'eindterm', code: 'C3', text: 'De leerling bereidt een eenvoudige, gezonde maaltijd.', textStatus: 'school', order: 2 },
    { key: 'C4', parentKey: 'C', type: 'eindterm', code: 'C4', text: 'De leerling organiseert een activiteit voor een groep.', textStatus: 'school', order: 3 },
  ],
};

/** Which eindtermen each school skill (V1…V6 of the built-in skills framework) serves. */
const SKILL_LINKS: Record<string, readonly string[]> = { V1: ['B1'], V2: ['B2'], V3: ['A3'], V4: ['B4'], V5: ['A1'], V6: ['B3'] };

interface RubricPlan {
  title: string;
  description: string;
  preset: 'dcba' | 'beginnend-uitmuntend';
  criteria: { title: string; eindterm: string; clientInput?: boolean; descriptors: readonly string[] }[];
}

const DEMO_RUBRICS: readonly RubricPlan[] = [
  {
    title: 'Presenteren aan de opdrachtgever',
    description: 'Zo beoordelen we je presentatie van het eindproduct. De opdrachtgever geeft advies bij de criteria met een vinkje.',
    preset: 'dcba',
    criteria: [
      {
        title: 'Voorbereiding',
        eindterm: 'B2',
        descriptors: ['Je hebt je presentatie niet voorbereid.', 'Je hebt een opzet, maar oefent niet.', 'Je hebt een opzet en oefent één keer.', 'Je hebt een draaiboek en oefent met feedback van een klasgenoot.'],
      },
      {
        title: 'Inhoud',
        eindterm: 'A3',
        clientInput: true,
        descriptors: ['Het is niet duidelijk wat je hebt gemaakt.', 'Je vertelt wat je hebt gemaakt.', 'Je vertelt wat je hebt gemaakt en waarom.', 'Je laat zien hoe je product de vraag van de opdrachtgever beantwoordt.'],
      },
      {
        title: 'Contact met het publiek',
        eindterm: 'B3',
        clientInput: true,
        descriptors: ['Je kijkt niet naar je publiek.', 'Je kijkt af en toe op.', 'Je maakt oogcontact en spreekt duidelijk.', 'Je betrekt je publiek en beantwoordt vragen goed.'],
      },
      {
        title: 'Samenwerking in de presentatie',
        eindterm: 'B1',
        descriptors: ['Eén persoon doet alles.', 'Iedereen zegt iets, maar het sluit niet aan.', 'De taken zijn verdeeld en sluiten aan.', 'Jullie vullen elkaar aan en helpen elkaar.'],
      },
      {
        title: 'Reflectie',
        eindterm: 'B4',
        descriptors: ['Je vertelt niet wat je hebt geleerd.', 'Je noemt één ding dat goed ging.', 'Je noemt wat goed ging en wat beter kan.', 'Je zegt wat je een volgende keer anders doet en waarom.'],
      },
    ],
  },
  {
    title: 'Samenwerken in een team',
    description: 'Voor tussendoor en aan het eind van de opdracht: hoe werk jij samen?',
    preset: 'beginnend-uitmuntend',
    criteria: [
      { title: 'Afspraken nakomen', eindterm: 'B1', descriptors: ['Je komt afspraken zelden na.', 'Je komt de meeste afspraken na.', 'Je komt afspraken na.', 'Je komt afspraken na en helpt anderen daarbij.'] },
      { title: 'Taken verdelen', eindterm: 'B2', descriptors: ['Je wacht tot iemand je een taak geeft.', 'Je neemt een taak als het gevraagd wordt.', 'Je neemt zelf een taak en maakt hem af.', 'Je helpt het team de taken eerlijk te verdelen.'] },
      { title: 'Overleggen', eindterm: 'B3', descriptors: ['Je doet niet mee aan overleg.', 'Je luistert, maar zegt weinig.', 'Je luistert en geeft je mening.', 'Je vat samen en helpt het team tot een besluit te komen.'] },
      { title: 'Feedback geven en ontvangen', eindterm: 'B4', descriptors: ['Je reageert boos op feedback.', 'Je luistert naar feedback.', 'Je gebruikt feedback om je werk te verbeteren.', 'Je vraagt zelf om feedback en geeft anderen bruikbare tips.'] },
    ],
  },
];

/** A rubric plan for the large school: eight criteria (quality.md), on eindtermen of the big framework. */
function largeRubricPlans(eindtermCodes: readonly string[]): RubricPlan[] {
  const titles = ['Voorbereiding', 'Planning', 'Uitvoering', 'Kwaliteit van het product', 'Samenwerking', 'Communicatie', 'Presentatie', 'Reflectie'];
  return ['Praktijkopdracht', 'Eindpresentatie', 'Werkhouding', 'Productbeoordeling'].map((title, r) => ({
    title,
    description: '',
    preset: 'dcba',
    criteria: titles.map((criterion, c) => ({
      title: criterion,
      eindterm: eindtermCodes[(r * 8 + c) % eindtermCodes.length]!,
      clientInput: c === 3 || c === 6,
      descriptors: ['Minimaal', 'Basis', 'Gevorderd', 'Expert'].map((level) => `${criterion}: ${level.toLowerCase()} niveau.`),
    })),
  }));
}

export function generateSchoolContent(school: GeneratedSchool, scale: SchoolScale, options: { seed?: number; now?: number } = {}): GeneratedContent {
  const random = createRandom((options.seed ?? 20261123) + 7);
  const newId = () => random.uuid();
  const stamp = options.now ?? Date.now();
  const today = isoDateOf(new Date(stamp));
  const schoolYear = schoolYearOf(new Date(stamp));

  const exam = frameworkFromDraft(scale === 'demo' ? DEMO_FRAMEWORK : generateLargeFramework(60, { seed: 7 }), { newId, now: stamp });
  const skillsDraft = BUILTIN_FRAMEWORKS.find((draft) => draft.family === 'school')!;
  const skills = frameworkFromDraft(skillsDraft, { newId, now: stamp });
  const eindtermen = exam.nodes.filter((node) => node.type === 'eindterm');
  const byCode = new Map(eindtermen.map((node) => [node.code, node.id]));
  if (scale === 'demo') {
    for (const node of skills.nodes) node.linkedNodeIds = (SKILL_LINKS[node.code] ?? []).map((code) => byCode.get(code)!).filter(Boolean);
  }

  const plans = scale === 'demo' ? DEMO_RUBRICS : largeRubricPlans(eindtermen.map((node) => node.code));
  const rubrics: Rubric[] = [];
  const rubricVersions: RubricVersion[] = [];
  for (const plan of plans) {
    const base = createRubricContent(plan.preset, newId, { criteria: plan.criteria.length });
    const content: RubricContent = {
      ...base,
      criteria: base.criteria.map((criterion, index) => {
        const source = plan.criteria[index]!;
        return {
          ...criterion,
          title: source.title,
          clientInput: source.clientInput ?? false,
          nodeIds: [byCode.get(source.eindterm)].filter((id): id is string => Boolean(id)),
          descriptors: Object.fromEntries(base.levels.map((level, l) => [level.id, source.descriptors[l] ?? ''])),
        };
      }),
    };
    const rubricId = newId();
    const version: RubricVersion = { id: newId(), rubricId, version: 1, ...content, createdAt: stamp, updatedAt: stamp, deletedAt: null };
    rubricVersions.push(version);
    rubrics.push({ id: rubricId, title: plan.title, description: plan.description, currentVersionId: version.id, archivedAt: null, createdAt: stamp, updatedAt: stamp, deletedAt: null });
  }

  const opdrachtgevers = generateOpdrachtgevers({ count: scale === 'demo' ? 8 : 60, seed: 31, now: stamp });
  // Opdrachten are for the groups of this schooljaar's cohorts (the older, exam cohort is done).
  const currentGroups = school.groups.filter((group) => {
    const cohort = school.cohorts.find((c) => c.id === group.cohortId);
    // Leerjaar 3 and 4 of this schooljaar: cohorts that started this year or the year before.
    return cohort !== undefined && startYearOf(cohort.firstSchoolYear) >= startYearOf(schoolYear) - 1;
  });
  const opdrachten = generateOpdrachten({
    opdrachtgevers,
    schoolYear,
    nodeIds: eindtermen.map((node) => node.id),
    rubricIds: rubrics.map((rubric) => rubric.id),
    groupIds: currentGroups.map((group) => group.id),
    count: scale === 'demo' ? 6 : 40,
    templates: scale === 'demo' ? 2 : 0,
    today,
    seed: 41,
    now: stamp,
  });

  // Teams for the opdrachten under way, as a teacher would have made them.
  const teams: Team[] = [];
  for (const opdracht of opdrachten.filter((o) => !o.isTemplate && (o.status === 'lopend' || o.status === 'afgerond'))) {
    for (const groupId of opdracht.groupIds) {
      const members = school.students.filter((student) => student.groupId === groupId);
      const drafts = splitIntoTeams(members, { mode: 'random', size: 4, seed: teams.length + 1, newId });
      teams.push(...drafts.map((draft) => ({ ...draft, opdrachtId: opdracht.id, groupId, createdAt: stamp, updatedAt: stamp, deletedAt: null })));
    }
  }

  return {
    frameworks: [
      { ...exam.framework, archivedAt: null, deletedAt: null },
      { ...skills.framework, archivedAt: null, deletedAt: null },
    ],
    nodes: [...exam.nodes, ...skills.nodes].map((node) => ({ ...node, deletedAt: null })),
    rubrics,
    rubricVersions,
    opdrachtgevers,
    opdrachten,
    teams,
  };
}
