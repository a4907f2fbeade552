import type { FrameworkDraft, FrameworkNodeDraft, FrameworkNodeType, TextStatus } from '../domain/framework';

/**
 * The frameworks Vakwerk ships: only the structure the public sources state, each with its
 * source (../shared/domain.md, "The examenprogramma"). The texts are titles and names those
 * sources give, so they are 'official'; the school skills are our example wording, so 'school'.
 *
 * No eindterm texts are shipped, not even as placeholders: the sources name the domeinen but we
 * have no official eindterm texts, and a placeholder would count as an eindterm to cover in
 * every coverage overview with a number we made up. The teacher adds the eindtermen of their
 * programme (typed, or imported from CASE, SLO or CSV) under these domeinen.
 *
 * Codes are the domein letters the sources use. Where a source names items without numbering
 * them (the skills of pilot domein A, the LOB competences, the school skills), the codes are
 * positional ("A1", "LOB1", "V1") so every node has one; the school may renumber them.
 */
type NodeSpec = [code: string, text: string, type: FrameworkNodeType, children?: NodeSpec[]];

function nodesOf(prefix: string, specs: readonly NodeSpec[], textStatus: TextStatus): FrameworkNodeDraft[] {
  const nodes: FrameworkNodeDraft[] = [];
  const add = (list: readonly NodeSpec[], parentKey: string | null) => {
    list.forEach(([code, text, type, children], order) => {
      const key = `${prefix}:${code}`;
      nodes.push({ key, parentKey, type, code, text, textStatus, order, sourceId: null });
      if (children) add(children, key);
    });
  };
  add(specs, null);
  return nodes;
}

/** Definitive vmbo programme (2024): three domeinen, A and B the same for every programme. */
const DEFINITIEF_2024: FrameworkDraft = {
  title: 'Praktijkgericht vak vmbo — definitief examenprogramma (2024)',
  family: 'vmbo-pgv',
  programme: '',
  version: '2024',
  source: { kind: 'builtin', label: 'SLO, handreiking schoolexamen praktijkgericht programma (definitief examenprogramma 2024)' },
  nodes: nodesOf(
    'pgv-2024',
    [
      ['A', 'Praktijkgerichte opdrachten', 'domein'],
      ['B', 'Programmaoverstijgende vaardigheden', 'domein'],
      ['C', 'Programmaspecifieke vaardigheden', 'domein'],
    ],
    'official',
  ),
};

/** The pilot/concept structure (2020-2024) that many schools still use: six domeinen. */
const PILOT_2020: FrameworkDraft = {
  title: 'Praktijkgericht programma — pilot-/conceptexamenprogramma (2020-2024)',
  family: 'vmbo-pgv',
  programme: '',
  version: '2020',
  source: { kind: 'builtin', label: 'SLO, pilot-/conceptexamenprogramma praktijkgericht programma (2020-2024)' },
  nodes: nodesOf(
    'pgp-pilot',
    [
      [
        'A',
        'Praktijkgerichte vaardigheden',
        'domein',
        [
          // The source names these skills of domein A; as subdomeinen the teacher can add the
          // eindtermen under each, and nothing counts them as eindtermen with invented text.
          ['A1', 'Communiceren', 'subdomein'],
          ['A2', 'Samenwerken', 'subdomein'],
          ['A3', 'Reken-/wiskundige vaardigheden', 'subdomein'],
          ['A4', 'Digitale technologie', 'subdomein'],
          ['A5', 'Informatievaardigheden', 'subdomein'],
          ['A6', 'Analytisch, kritisch en creatief denken', 'subdomein'],
        ],
      ],
      ['B', 'Werken in opdracht van een externe opdrachtgever', 'domein'],
      ['C', 'Loopbaanontwikkeling', 'domein'],
      ['D', 'Werkvelden', 'domein'],
      ['E', 'Programmaspecifieke kennis en vaardigheden', 'domein'],
      // Only in the havo/vwo variant of the pilot; kept so those schools find it.
      ['F', 'Vraagstukken', 'domein'],
    ],
    'official',
  ),
};

/** LOB: the five loopbaancompetenties every vmbo student works on in the loopbaandossier. */
const LOB: FrameworkDraft = {
  title: 'LOB — loopbaancompetenties',
  family: 'lob',
  programme: '',
  version: '',
  source: { kind: 'builtin', label: 'SLO open data en Expertisepunt LOB: de vijf loopbaancompetenties' },
  nodes: nodesOf(
    'lob',
    [
      ['LOB1', 'Kwaliteitenreflectie', 'competentie'],
      ['LOB2', 'Motievenreflectie', 'competentie'],
      ['LOB3', 'Werkexploratie', 'competentie'],
      ['LOB4', 'Loopbaansturing', 'competentie'],
      ['LOB5', 'Netwerken', 'competentie'],
    ],
    'official',
  ),
};

/**
 * An example of the school's own skills: the skills OCW names (samenwerken, presenteren,
 * zelfstandig werken, plannen) plus reflecteren and communiceren, each with a description in
 * student language that we wrote — school text, to adapt.
 */
const SCHOOL_SKILLS: FrameworkDraft = {
  title: 'Vaardigheden van de school (voorbeeld)',
  family: 'school',
  programme: '',
  version: '',
  source: { kind: 'builtin', label: 'Voorbeeld uit Vakwerk: teksten van de school, zelf aan te passen' },
  nodes: nodesOf(
    'school',
    [
      ['V1', 'Samenwerken: ik werk met mijn team aan één resultaat, doe mijn deel en help anderen.', 'vaardigheid'],
      ['V2', 'Plannen: ik maak een planning, houd me eraan en pas hem aan als dat nodig is.', 'vaardigheid'],
      ['V3', 'Presenteren: ik laat mijn werk duidelijk zien en leg het uit aan de opdrachtgever.', 'vaardigheid'],
      ['V4', 'Reflecteren: ik kijk terug op wat goed ging en wat beter kan, en wat ik de volgende keer anders doe.', 'vaardigheid'],
      ['V5', 'Zelfstandig werken: ik begin zelf, zoek eerst zelf een oplossing en vraag hulp als ik vastloop.', 'vaardigheid'],
      ['V6', 'Communiceren: ik luister, stel vragen en maak duidelijke afspraken met mijn team en de opdrachtgever.', 'vaardigheid'],
    ],
    'school',
  ),
};

export const BUILTIN_FRAMEWORKS: readonly FrameworkDraft[] = [DEFINITIEF_2024, PILOT_2020, LOB, SCHOOL_SKILLS];
