import type { IsoDate, Opdracht } from '../domain/opdracht';
import type { Contactpersoon, Opdrachtgever, OpdrachtgeverStatus, OpdrachtgeverType } from '../domain/opdrachtgever';
import type { SchoolYear } from '../domain/school-year';
import { searchKey } from '../domain/student';
import { copyOpdracht } from '../opdrachten/copy';
import { addDays, compareIsoDates, isoDateOf, schoolYearEnd, schoolYearStart } from '../opdrachten/dates';
import { defaultPhases, deadlineOf, startOf } from '../opdrachten/phases';
import { ACHTERNAMEN_NL, ACHTERNAMEN_OTHER, ROEPNAMEN, TUSSENVOEGSELS } from './names';
import { createRandom, type Random } from './random';

/**
 * Opdrachtgevers and opdrachten for the voorbeeldschool and the benchmark's large school
 * (quality.md: 60 opdrachtgevers, 40 opdrachten). Seeded, so every run has the same data.
 * Everything is fictional: organisations are made of generic words and surnames from names.ts,
 * people are made up, e-mail addresses use example.nl and phone numbers are out of use (see
 * phoneNumber).
 * Places are real Dutch towns, as a teacher's list would have them.
 */

interface SectorPlan {
  sector: string;
  type: OpdrachtgeverType;
  /** Organisation kinds, combined with a surname or a name below: "Garage Visser". */
  kinds: readonly string[];
  /** Names that stand on their own: "Zorgcentrum De Linde". */
  names: readonly string[];
  roles: readonly string[];
  /** Opdrachten a client of this sector asks for. */
  assignments: readonly { title: string; question: string; deliverables: readonly string[] }[];
}

const SECTORS: readonly SectorPlan[] = [
  {
    sector: 'Zorg',
    type: 'instelling',
    kinds: ['Thuiszorg', 'Fysiotherapie', 'Huisartsenpraktijk'],
    names: ['Zorgcentrum De Linde', 'Verpleeghuis De Eikenhof', 'Kinderopvang ’t Hummeltje', 'Woonzorg Het Anker', 'Dagbesteding De Brug'],
    roles: ['Teamleider', 'Activiteitenbegeleider', 'Locatiemanager', 'Verpleegkundige'],
    assignments: [
      { title: 'Een gezonde lunch voor de bewoners', question: 'Wij willen dat onze bewoners gezonder en gezelliger lunchen.', deliverables: ['Menukaart', 'Boodschappenlijst met budget', 'Presentatie'] },
      { title: 'Beweegmiddag voor ouderen', question: 'Wij zoeken een middag met activiteiten waarbij onze cliënten in beweging komen.', deliverables: ['Draaiboek', 'Activiteitenkaarten', 'Evaluatieverslag'] },
      { title: 'Voorlichting over handhygiëne', question: 'Kunnen jullie bezoekers op een leuke manier uitleggen hoe je handen goed wast?', deliverables: ['Poster', 'Korte film', 'Presentatie'] },
    ],
  },
  {
    sector: 'Horeca',
    type: 'bedrijf',
    kinds: ['Lunchroom', 'Bakkerij', 'Eetcafé', 'Snackbar'],
    names: ['Café Het Pleintje', 'Restaurant De Gouden Leeuw', 'Hotel De Wijde Blik', 'Pannenkoekenhuis De Molen'],
    roles: ['Eigenaar', 'Bedrijfsleider', 'Chef-kok'],
    assignments: [
      { title: 'Een nieuwe menukaart', question: 'Wij willen een menukaart die jongeren aanspreekt, met een vegetarische keuze.', deliverables: ['Menukaart', 'Kostprijsberekening', 'Proeverij'] },
      { title: 'Catering voor een bedrijfsfeest', question: 'Kunnen jullie de hapjes voor ons personeelsfeest bedenken en maken?', deliverables: ['Hapjesplan', 'Planning', 'Hapjes voor 40 gasten'] },
    ],
  },
  {
    sector: 'Techniek',
    type: 'bedrijf',
    kinds: ['Garage', 'Installatiebedrijf', 'Metaalbewerking', 'Elektrotechniek', 'Fietsenmaker'],
    names: ['Werkplaats De Vonk', 'Machinefabriek Oost'],
    roles: ['Eigenaar', 'Werkplaatschef', 'Leermeester'],
    assignments: [
      { title: 'Een overkapte fietsenstalling', question: 'Wij willen een fietsenstalling voor ons personeel, binnen een budget van € 1.500.', deliverables: ['Ontwerptekening', 'Materiaalstaat', 'Maquette'] },
      { title: 'De werkplaats veiliger maken', question: 'Hoe kunnen we onze werkplaats veiliger en overzichtelijker inrichten?', deliverables: ['Risico-inventarisatie', 'Plattegrond', 'Pictogrammen'] },
    ],
  },
  {
    sector: 'Bouw',
    type: 'bedrijf',
    kinds: ['Bouwbedrijf', 'Timmerbedrijf', 'Schildersbedrijf'],
    names: ['Aannemer De Fundering'],
    roles: ['Uitvoerder', 'Eigenaar', 'Werkvoorbereider'],
    assignments: [
      { title: 'Een picknickbank voor het park', question: 'Wij sponsoren picknickbanken voor de wijk: ontwerp en bouw er één.', deliverables: ['Werktekening', 'Picknickbank', 'Kostenoverzicht'] },
    ],
  },
  {
    sector: 'Detailhandel',
    type: 'bedrijf',
    kinds: ['Bloemenwinkel', 'Kapsalon', 'Boekhandel'],
    names: ['Kringloopwinkel Tweede Kans', 'Supermarkt De Buurman'],
    roles: ['Filiaalmanager', 'Eigenaar', 'Marketingmedewerker'],
    assignments: [
      { title: 'Een etalage voor de feestdagen', question: 'Wij willen een etalage waar mensen voor blijven staan.', deliverables: ['Schets', 'Etalage', 'Foto’s'] },
      { title: 'Een social-mediacampagne', question: 'Hoe bereiken we meer jonge klanten via sociale media?', deliverables: ['Campagneplan', 'Vijf berichten', 'Presentatie'] },
    ],
  },
  {
    sector: 'Groen',
    type: 'bedrijf',
    kinds: ['Hoveniersbedrijf', 'Kwekerij'],
    names: ['Zorgboerderij De Hooiberg', 'Stadsboerderij Het Erf'],
    roles: ['Eigenaar', 'Bedrijfsleider'],
    assignments: [
      { title: 'Een moestuin aanleggen', question: 'Wij willen een moestuin waar kinderen uit de buurt mee kunnen helpen.', deliverables: ['Tuinontwerp', 'Plantschema', 'Aangelegde bakken'] },
    ],
  },
  {
    sector: 'Sport en recreatie',
    type: 'instelling',
    kinds: ['Sportvereniging', 'Zwemvereniging'],
    names: ['Sportcentrum De Sprong', 'Camping Het Vechtdal'],
    roles: ['Voorzitter', 'Coördinator jeugd', 'Beheerder'],
    assignments: [
      { title: 'Een sportdag voor de basisschool', question: 'Organiseer een sportdag voor groep 7 en 8 van de basisschool hiernaast.', deliverables: ['Draaiboek', 'Materiaallijst', 'Uitvoering', 'Evaluatie'] },
    ],
  },
  {
    sector: 'Openbaar bestuur',
    type: 'overheid',
    kinds: [],
    names: [],
    roles: ['Beleidsmedewerker jeugd', 'Wijkcoördinator', 'Projectleider'],
    assignments: [
      { title: 'Een speelplek voor de wijk', question: 'Wat willen jongeren in de wijk, en hoe ziet een plek voor hen eruit?', deliverables: ['Enquête', 'Ontwerp', 'Pitch voor de wethouder'] },
      { title: 'Afval scheiden op school', question: 'Hoe krijgen we meer jongeren zover dat ze hun afval scheiden?', deliverables: ['Onderzoeksverslag', 'Campagne', 'Presentatie'] },
    ],
  },
  {
    sector: 'Onderwijs',
    type: 'vervolgonderwijs',
    kinds: [],
    names: [
      'Techniek College Oost', 'Zorgacademie Noord', 'Vakschool Horeca en Toerisme', 'ROC Vakmanschap', 'Groencollege Vechtstreek',
      'Bouwcampus Oost', 'Mbo Zorg en Welzijn Zuid', 'Hogeschool Praktijk en Ondernemen',
    ],
    roles: ['Opleidingsmanager', 'Docent', 'Decaan'],
    assignments: [
      { title: 'Een proefdag op het mbo', question: 'Bereid een proefdag voor waarin jullie zelf een mbo-opdracht uitvoeren.', deliverables: ['Voorbereiding', 'Werkstuk', 'Reflectie'] },
    ],
  },
  {
    sector: 'ICT en media',
    type: 'bedrijf',
    kinds: ['Webbureau', 'Drukkerij', 'Fotostudio'],
    names: ['Mediabedrijf Pixelwerk'],
    roles: ['Eigenaar', 'Projectmanager', 'Vormgever'],
    assignments: [
      { title: 'Een website voor een vereniging', question: 'Maak een eenvoudige website waarop leden het programma kunnen vinden.', deliverables: ['Sitemap', 'Website', 'Handleiding'] },
    ],
  },
  {
    sector: 'School',
    type: 'intern',
    kinds: [],
    names: [
      'Eigen school: facilitaire dienst', 'Eigen school: leerlingenraad', 'Eigen school: mediatheek', 'Eigen school: kantine',
      'Eigen school: sectie techniek', 'Eigen school: ouderraad',
    ],
    roles: ['Conciërge', 'Teamleider', 'Voorzitter'],
    assignments: [
      { title: 'De open dag van de school', question: 'Laat bezoekers op de open dag zien wat je bij het praktijkvak doet.', deliverables: ['Draaiboek', 'Stand', 'Flyer'] },
    ],
  },
];

const PLACES = ['Zwolle', 'Kampen', 'Deventer', 'Zutphen', 'Hardenberg', 'Ommen', 'Dalfsen', 'Raalte', 'Meppel', 'Steenwijk', 'Hattem', 'Apeldoorn'];
const LOCATIONS = ['Praktijklokaal', 'Bij de opdrachtgever', 'Keuken', 'Werkplaats', 'Aula', 'Buiten'];
const NOTES = ['', '', '', 'Bellen na 10 uur.', 'Vaste partner sinds 2022.', 'Liever contact per e-mail.', 'Wil graag de eindpresentatie bijwonen.'];

function personName(random: Random): { roepnaam: string; full: string; achternaam: string } {
  const roepnaam = random.pick(ROEPNAMEN);
  const dutch = random.next() < 0.65;
  const tussenvoegsel = dutch ? random.pick(TUSSENVOEGSELS) : '';
  const achternaam = dutch ? random.pick(ACHTERNAMEN_NL) : random.pick(ACHTERNAMEN_OTHER);
  return { roepnaam, achternaam, full: [roepnaam, tussenvoegsel, achternaam].filter(Boolean).join(' ') };
}

/** "Daniël" → "daniel", "d'Souza" → "dsouza": the local part of a made-up address. */
function mailPart(text: string): string {
  // Letters that Unicode does not decompose into a base letter and an accent.
  return searchKey(text).replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/ß/g, 'ss').replace(/[^a-z]/g, '');
}

/** Dutch surnames that read as a company name without their tussenvoegsel ("Garage Visser", not "Garage Vries"). */
const COMPANY_SURNAMES = ACHTERNAMEN_NL.filter((name) => !['Vries', 'Berg', 'Dijk', 'Horst', 'Wit', 'Groot'].includes(name));

/**
 * A phone number that looks Dutch but reaches nobody: Dutch subscriber numbers never start with
 * 0, so "06-0…" and "038-0…" are not in use.
 */
function phoneNumber(random: Random): string {
  const digits = (n: number) => Array.from({ length: n }, () => random.int(10)).join('');
  if (random.next() < 0.5) return `06-0${digits(7)}`;
  // Ten digits in all: a 3-digit area code (038) leaves 7 for the subscriber, a 4-digit one (0570) 6.
  const area = random.pick(['38', '53', '55', '570']);
  return `0${area}-0${digits(area.length === 2 ? 6 : 5)}`;
}

function contact(random: Random, roles: readonly string[]): Contactpersoon {
  const person = personName(random);
  return {
    id: random.uuid(),
    name: person.full,
    role: random.pick(roles),
    email: `${mailPart(person.roepnaam)}.${mailPart(person.achternaam)}@example.nl`,
    phone: random.next() < 0.8 ? phoneNumber(random) : '',
  };
}

/**
 * A name not used yet: one of the sector's own names, "Gemeente <place>" for the government, or
 * a kind with a surname ("Garage Visser"). When the sector has run out, a kind of another sector
 * with a surname, and as a last resort the place added.
 */
function clientName(random: Random, plan: SectorPlan, place: string, taken: ReadonlySet<string>): { name: string; plan: SectorPlan } {
  const candidates = [
    ...plan.names,
    ...(plan.type === 'overheid' ? [`Gemeente ${place}`] : []),
    ...plan.kinds.map((kind) => `${kind} ${random.pick(COMPANY_SURNAMES)}`),
  ].filter((name) => !taken.has(name));
  if (candidates.length > 0) return { name: random.pick(candidates), plan };
  const other = random.pick(SECTORS.filter((sector) => sector.kinds.length > 0));
  let name = `${random.pick(other.kinds)} ${random.pick(COMPANY_SURNAMES)}`;
  if (taken.has(name)) name = `${name} ${place}`;
  return { name, plan: other };
}

const STATUS_ROLL: readonly OpdrachtgeverStatus[] = ['actief', 'actief', 'actief', 'actief', 'actief', 'actief', 'actief', 'actief', 'benaderd', 'benaderd', 'gearchiveerd'];

export interface GenerateOpdrachtgeversOptions {
  /** Default 60, the benchmark's large school. */
  count?: number;
  seed?: number;
  now?: number;
}

/** Opdrachtgevers with Dutch names, sectors and places, each with one or two contact persons. */
export function generateOpdrachtgevers(options: GenerateOpdrachtgeversOptions = {}): Opdrachtgever[] {
  const random = createRandom(options.seed ?? 20260901);
  const stamp = options.now ?? Date.now();
  const taken = new Set<string>();
  const clients: Opdrachtgever[] = [];
  for (let i = 0; i < (options.count ?? 60); i++) {
    // Round-robin over the sectors first, so a small demo still shows every kind of client.
    const place = random.pick(PLACES);
    const chosen = clientName(random, i < SECTORS.length ? SECTORS[i]! : random.pick(SECTORS), place, taken);
    const plan = chosen.plan;
    let name = chosen.name;
    for (let n = 2; taken.has(name); n++) name = `${chosen.name} ${n}`;
    taken.add(name);
    const contacts = [contact(random, plan.roles)];
    if (random.next() < 0.4) {
      const second = contact(random, plan.roles);
      if (searchKey(second.name) !== searchKey(contacts[0]!.name)) contacts.push(second);
    }
    clients.push({
      id: random.uuid(),
      name,
      type: plan.type,
      sector: plan.sector,
      place,
      contacts,
      notes: random.pick(NOTES),
      tags: random.next() < 0.3 ? [plan.sector.toLocaleLowerCase('nl'), 'vaste partner'] : [plan.sector.toLocaleLowerCase('nl')],
      status: random.pick(STATUS_ROLL),
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
    });
  }
  return clients;
}

export interface GenerateOpdrachtenInput {
  opdrachtgevers: readonly Opdrachtgever[];
  schoolYear: SchoolYear;
  /** Framework node ids (eindtermen, vaardigheden) the opdrachten link to: 3-6 each. */
  nodeIds: readonly string[];
  /** Rubric ids: one per opdracht (two for some); none when the list is empty. */
  rubricIds: readonly string[];
  /** Group ids: every group gets at least one opdracht when there are at least as many opdrachten. */
  groupIds: readonly string[];
  /** Default 40, the benchmark's large school. */
  count?: number;
  /** Templates saved from the first opdrachten (default 0). */
  templates?: number;
  /** Decides the statuses (afgerond before, lopend during, gepland after); default the local date of `now`. */
  today?: IsoDate;
  seed?: number;
  now?: number;
}

function pickSome<T>(random: Random, items: readonly T[], min: number, max: number): T[] {
  const wanted = Math.min(items.length, min + random.int(max - min + 1));
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < wanted) picked.push(pool.splice(random.int(pool.length), 1)[0]!);
  return picked;
}

/**
 * Opdrachten spread over the school year (starts from September to early June, 3 to 9 weeks
 * each, with the default phases), for clients that are not archived, each linked to the given
 * framework nodes, rubrics and groups. Statuses follow `today`: finished ones afgerond, running
 * ones lopend, later ones gepland, and a few later ones still concept.
 */
export function generateOpdrachten(input: GenerateOpdrachtenInput): Opdracht[] {
  const random = createRandom(input.seed ?? 20260902);
  const stamp = input.now ?? Date.now();
  const today = input.today ?? isoDateOf(new Date(stamp));
  const count = input.count ?? 40;
  const clients = input.opdrachtgevers.filter((client) => client.status !== 'gearchiveerd');
  const usable = clients.length > 0 ? clients : input.opdrachtgevers;
  const yearStart = schoolYearStart(input.schoolYear);
  const lastEnd = addDays(schoolYearEnd(input.schoolYear), -21); // 10 July: before the summer holiday
  const opdrachten: Opdracht[] = [];

  for (let i = 0; i < count; i++) {
    const client = usable.length > 0 ? usable[i % usable.length]! : null;
    const plan = SECTORS.find((sector) => sector.sector === client?.sector) ?? SECTORS[0]!;
    const assignment = random.pick(plan.assignments);
    // From 1 September (day 31) to about 1 June (day 304), evenly with a little jitter.
    const start = addDays(yearStart, 31 + Math.floor((i * 273) / Math.max(1, count)) + random.int(7));
    let end = addDays(start, 20 + random.int(43));
    if (compareIsoDates(end, lastEnd) > 0) end = lastEnd;
    const phases = defaultPhases(start, end, () => random.uuid());
    const groupIds = input.groupIds.length === 0 ? [] : [input.groupIds[i % input.groupIds.length]!];
    if (input.groupIds.length > 1 && random.next() < 0.3) {
      const other = random.pick(input.groupIds);
      if (!groupIds.includes(other)) groupIds.push(other);
    }
    const rubricIds = input.rubricIds.length === 0 ? [] : pickSome(random, input.rubricIds, 1, random.next() < 0.2 ? 2 : 1);
    const deadline = deadlineOf({ phases })!;
    const began = compareIsoDates(startOf({ phases })!, today) <= 0;
    const status = compareIsoDates(deadline, today) < 0 ? 'afgerond' : began ? 'lopend' : random.next() < 0.15 ? 'concept' : 'gepland';
    opdrachten.push({
      id: random.uuid(),
      title: client ? `${assignment.title} (${client.name})` : assignment.title,
      opdrachtgeverId: client?.id ?? null,
      contactId: client?.contacts[0]?.id ?? null,
      question: assignment.question,
      context: client ? `${client.name} in ${client.place} (${client.sector.toLocaleLowerCase('nl')}).` : '',
      specifications: 'Het resultaat past binnen het budget en de tijd die de opdrachtgever noemt.',
      deliverables: [...assignment.deliverables],
      phases,
      nodeIds: pickSome(random, input.nodeIds, 3, 6),
      rubricIds,
      groupIds,
      hours: 8 + 2 * random.int(17),
      location: random.pick(LOCATIONS),
      status,
      schoolYear: input.schoolYear,
      isTemplate: false,
      copiedFromId: null,
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
    });
  }

  const templates = opdrachten.slice(0, input.templates ?? 0).map((opdracht) => ({
    ...copyOpdracht(opdracht, { newId: () => random.uuid(), asTemplate: true, title: opdracht.title.replace(/ \(.*\)$/, '') }),
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
  }));
  return [...opdrachten, ...templates];
}
