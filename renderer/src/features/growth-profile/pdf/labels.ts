import type { Assessor } from '../../../../../shared/domain/beoordeling';
import type { MasteryMethod } from '../../../../../shared/growth';

/**
 * Every fixed text of the printed groeiprofiel. The PDF module does not import i18next (it runs
 * in Node tests): the caller passes translated labels (print-growth-profile.ts builds them from
 * the `growth.*` and `growthProfile.*` keys); Dutch is the default.
 */
export interface GrowthProfilePdfLabels {
  kicker: string;
  /** On every page: this is formative and never part of the PTA. */
  notSummative: string;
  /** The explanation under the header. */
  intro: string;
  /** Without any evidence. */
  noEvidence: string;
  /** Under the intro: the legend of the chart marks. */
  legendCounted: string;
  legendOther: string;
  /** "Nu: B gevorderd" */
  current: (level: string) => string;
  /** When no evidence is from a source the method counts. */
  noMastery: string;
  /** "Afnemend gemiddelde, uit 3 keer bewijs" */
  method: (method: MasteryMethod, count: number) => string;
  converted: (size: number) => string;
  oneEvidence: string;
  unknownGoal: string;
  assessor: (assessor: Assessor, name: string) => string;
  evidenceCount: (count: number) => string;
  columnDate: string;
  columnLevel: string;
  columnAssessor: string;
  columnOpdracht: string;
  columnNote: string;
  /** Footer left: "Groeiprofiel · Işıl Şahin". */
  footer: (name: string) => string;
  /** "3T-A · Cohort 2025-2027 · leerlingnummer 12345". */
  studentLine: (parts: { group: string | null; cohort: string | null; number: string }) => string;
}

const METHOD_NL: Record<MasteryMethod['kind'], string> = {
  'most-recent': 'Meest recent',
  highest: 'Hoogste',
  mean: 'Gemiddelde',
  'decaying-average': 'Afnemend gemiddelde',
  'mean-last-n': 'Gemiddelde van de laatste',
};

const ASSESSOR_NL: Record<Assessor, string> = {
  examinator: 'Examinator',
  'tweede-examinator': 'Tweede examinator',
  zelf: 'Zelfbeoordeling',
  peer: 'Medeleerling',
  opdrachtgever: 'Opdrachtgever',
};

export const GROWTH_PROFILE_PDF_LABELS_NL: GrowthProfilePdfLabels = {
  kicker: 'Groeiprofiel',
  notSummative: 'Niet-summatief, geen onderdeel van het PTA',
  intro:
    'Dit profiel laat de formatieve groei zien: observaties en rubricscores per vaardigheid of eindterm, op de observatieschaal van de school. Het telt niet mee voor het schoolexamen.',
  noEvidence: 'Nog geen bewijs: er zijn voor deze leerling nog geen observaties of beoordelingen met een niveau op een doel.',
  legendCounted: 'telt mee voor het huidige niveau',
  legendOther: 'andere bron, telt niet mee',
  current: (level) => `Nu: ${level}`,
  noMastery: 'Nog geen huidig niveau: het bewijs komt alleen van bronnen die niet meetellen.',
  method: (method, count) => `${method.kind === 'mean-last-n' ? `${METHOD_NL[method.kind]} ${method.n}` : METHOD_NL[method.kind]}, uit ${count} keer bewijs`,
  converted: (size) => `Bewijs op een schaal met een ander aantal niveaus is omgerekend naar ${size} niveaus.`,
  oneEvidence: 'Eén keer gezien: te weinig voor een lijn.',
  unknownGoal: 'Doel niet meer bekend',
  assessor: (assessor, name) => (name && assessor !== 'peer' ? `${ASSESSOR_NL[assessor]} (${name})` : ASSESSOR_NL[assessor]),
  evidenceCount: (count) => (count === 1 ? '1 keer bewijs' : `${count} keer bewijs`),
  columnDate: 'Datum',
  columnLevel: 'Niveau',
  columnAssessor: 'Door',
  columnOpdracht: 'Opdracht',
  columnNote: 'Notitie',
  footer: (name) => `Groeiprofiel · ${name}`,
  studentLine: ({ group, cohort, number }) => [group, cohort, `leerlingnummer ${number}`].filter(Boolean).join(' · '),
};
