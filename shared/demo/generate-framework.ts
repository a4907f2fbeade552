import type { FrameworkDraft, FrameworkNodeDraft } from '../domain/framework';
import { createRandom, type Random } from './random';

/**
 * Frameworks for the benchmark (issue 3: "a framework of 500 eindtermen opens and filters
 * ≤ 100 ms", "CASE import of 2,000 items ≤ 1 s"). Seeded, so every run measures the same data.
 * The texts read like eindtermen so that filtering and text layout do realistic work; they are
 * generated, so they are marked 'school', never 'official'.
 */
const DOMEINEN = [
  'Oriëntatie op leren en werken',
  'Professionele vaardigheden',
  'Werken in opdracht',
  'Ontwerpen en maken',
  'Zorg en welzijn in de praktijk',
  'Ondernemen en presenteren',
  'Digitale vaardigheden',
  'Veilig en duurzaam werken',
  'Communicatie met de opdrachtgever',
  'Loopbaanoriëntatie en reflectie',
] as const;

const OPENINGS = ['De kandidaat kan', 'De leerling kan', 'De kandidaat heeft inzicht in hoe hij', 'De leerling laat zien dat hij'] as const;
const VERBS = [
  'een planning maken voor', 'op een veilige wijze uitvoeren:', 'samenwerken bij', 'reflecteren op', 'informatie verzamelen over',
  'een presentatie geven over', 'een ontwerp maken voor', 'feedback verwerken bij', 'kwaliteit bewaken bij', 'afspraken maken over',
] as const;
const OBJECTS = [
  'een praktijkgerichte opdracht van een externe opdrachtgever', 'de werkzaamheden in een team', 'een product of dienst',
  'de wensen en eisen van de klant', 'een eenvoudig onderzoek', 'het eigen handelen en de beroepshouding', 'materialen en middelen',
  'een evenement in de wijk', 'de zorg voor een cliënt', 'een digitale toepassing', 'de financiële kant van een project',
  'hygiëne en veiligheid op de werkplek',
] as const;
const ENDINGS = ['', ' en legt dit vast in het portfolio', ' en licht zijn keuzes toe', ' volgens de geldende voorschriften', ' met behulp van ICT'] as const;

function eindtermText(random: Random): string {
  return `${random.pick(OPENINGS)} ${random.pick(VERBS)} ${random.pick(OBJECTS)}${random.pick(ENDINGS)}.`;
}

function letterCode(index: number): string {
  // A … Z, then AA, AB …: enough domeinen for any benchmark size.
  let code = '';
  for (let n = index; n >= 0; n = Math.floor(n / 26) - 1) code = String.fromCharCode(65 + (n % 26)) + code;
  return code;
}

interface Layout {
  domeinCount: number;
  /** How many eindtermen go under domein i (spread as evenly as possible). */
  eindtermenIn: (domein: number) => number;
}

function layout(eindtermen: number, domeinCount: number): Layout {
  const base = Math.floor(eindtermen / domeinCount);
  const extra = eindtermen % domeinCount;
  return { domeinCount, eindtermenIn: (domein) => base + (domein < extra ? 1 : 0) };
}

/** A framework with `eindtermen` eindtermen spread over 10 domeinen (fewer for tiny sizes). */
export function generateLargeFramework(eindtermen: number, options: { seed?: number } = {}): FrameworkDraft {
  const random = createRandom(options.seed ?? 20240801);
  const plan = layout(eindtermen, Math.max(1, Math.min(DOMEINEN.length, eindtermen)));
  const nodes: FrameworkNodeDraft[] = [];
  for (let d = 0; d < plan.domeinCount; d++) {
    const code = letterCode(d);
    const key = random.uuid();
    nodes.push({ key, parentKey: null, type: 'domein', code, text: DOMEINEN[d % DOMEINEN.length]!, textStatus: 'school', order: d, sourceId: key });
    for (let e = 0; e < plan.eindtermenIn(d); e++) {
      const eindtermKey = random.uuid();
      nodes.push({
        key: eindtermKey,
        parentKey: key,
        type: 'eindterm',
        code: `${code}${e + 1}`,
        text: eindtermText(random),
        textStatus: 'school',
        order: e,
        sourceId: eindtermKey,
      });
    }
  }
  return {
    title: `Benchmarkkader met ${eindtermen} eindtermen`,
    family: 'other',
    programme: 'Zorg en Welzijn',
    version: '2024',
    source: { kind: 'manual', label: 'Gegenereerd voor de benchmark' },
    nodes,
  };
}

const CASE_TIMESTAMP = '2026-09-01T00:00:00+00:00';

/**
 * A valid CASE 1.1 document with exactly `items` CFItems: about one domein per 50 items (at most
 * 40), the rest eindtermen under them, joined by isChildOf associations with sequenceNumbers.
 */
export function generateCaseDocument(items: number, options: { seed?: number } = {}): Record<string, unknown> {
  const random = createRandom(options.seed ?? 20260901);
  const documentId = random.uuid();
  const base = 'https://example.org/case/vakwerk-benchmark';
  const link = (title: string, identifier: string) => ({ title, identifier, uri: `${base}/${identifier}` });
  const domeinCount = items === 0 ? 0 : Math.max(1, Math.min(40, Math.round(items / 50)));
  const plan = layout(items - domeinCount, Math.max(1, domeinCount));
  const cfItems: Record<string, unknown>[] = [];
  const associations: Record<string, unknown>[] = [];

  const addItem = (code: string, text: string, type: string, parent: { code: string; id: string }, sequence: number) => {
    const identifier = random.uuid();
    cfItems.push({
      identifier,
      uri: `${base}/${identifier}`,
      CFDocumentURI: link('Benchmarkkader', documentId),
      fullStatement: text,
      humanCodingScheme: code,
      CFItemType: type,
      language: 'nl',
      lastChangeDateTime: CASE_TIMESTAMP,
    });
    const associationId = random.uuid();
    associations.push({
      identifier: associationId,
      uri: `${base}/${associationId}`,
      associationType: 'isChildOf',
      originNodeURI: link(code, identifier),
      destinationNodeURI: link(parent.code, parent.id),
      sequenceNumber: sequence,
      lastChangeDateTime: CASE_TIMESTAMP,
    });
    return identifier;
  };

  for (let d = 0; d < domeinCount; d++) {
    const code = letterCode(d);
    const id = addItem(code, DOMEINEN[d % DOMEINEN.length]!, 'Domein', { code: 'Benchmarkkader', id: documentId }, d + 1);
    for (let e = 0; e < plan.eindtermenIn(d); e++) addItem(`${code}${e + 1}`, eindtermText(random), 'Eindterm', { code, id }, e + 1);
  }

  return {
    CFDocument: {
      identifier: documentId,
      uri: `${base}/${documentId}`,
      creator: 'Vakwerk benchmark',
      title: 'Benchmarkkader',
      lastChangeDateTime: CASE_TIMESTAMP,
      language: 'nl',
      version: '2024',
    },
    CFItems: cfItems,
    CFAssociations: associations,
  };
}
