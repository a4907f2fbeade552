import type { CoverageState } from '../../../../../shared/growth';
import { PTA_PDF_LABELS_EN, PTA_PDF_LABELS_NL, type PtaPdfLabels } from '../../pta/pdf/labels';

/**
 * Every fixed text of the printed examendossier. Like the other PDF modules it does not import
 * i18next (it runs in Node tests): the caller passes the labels of the interface language.
 * Leerwegen, toetsvormen, the cohort and the rounding and resit rules are worded as on the
 * printed PTA, so both documents say the same thing the same way.
 */
export interface DossierPdfLabels {
  kicker: string;
  /** Left in the footer and on top of later pages: "Examendossier · Şükrü Işıklı (104233)". */
  footer: (name: string, number: string) => string;
  /** The facts under the title. */
  factStudent: string;
  factNumber: string;
  factGroup: string;
  factCohort: string;
  factProgramme: string;
  factLeerweg: string;
  factSchool: string;
  factExaminator: string;
  factPta: string;
  /** A fact that is not known (no group, no school name set). */
  unknown: string;
  ptaConcept: string;
  pta: Pick<PtaPdfLabels, 'leerwegen' | 'cohort' | 'cohortFrom' | 'toetsvormen' | 'rulesIntermediate' | 'rulesFinal' | 'rulesResit'>;
  resultsTitle: string;
  noPta: string;
  noToetsen: string;
  columnToets: string;
  columnDate: string;
  columnOpdracht: string;
  columnEindtermen: string;
  columnWeging: string;
  columnFirst: string;
  columnResit: string;
  columnCounts: string;
  opdrachtgever: (name: string) => string;
  periode: (periode: string) => string;
  override: string;
  fromRubric: string;
  late: string;
  missing: string;
  notYet: string;
  notHerkansbaar: string;
  noResit: string;
  voldaan: string;
  nietVoldaan: string;
  notJudged: string;
  noWeging: string;
  seTitle: string;
  /** "SE-cijfer 5,5 · eindcijfer 6". */
  seLine: (oneDecimal: string, final: string) => string;
  /** While toetsen lack a cijfer: "SE-cijfer 5,6 (voorlopig) · nog geen eindcijfer". */
  seLineProvisional: (oneDecimal: string) => string;
  seRaw: (raw: string) => string;
  seProvisional: (codes: string) => string;
  seNone: string;
  seImpossible: Record<'no-pta' | 'no-weighted-toets' | 'invalid-weging', (codes: string) => string>;
  handelingsdeel: (voldaan: boolean) => string;
  coverageTitle: string;
  coverageFramework: (title: string) => string;
  coverageNoFramework: string;
  coverageSummary: (closed: string, formative: string, unseen: string, total: string) => string;
  coverageStates: Record<CoverageState, string>;
  columnCode: string;
  columnEindterm: string;
  columnState: string;
  columnClosedBy: string;
  evidenceCount: (count: number) => string;
  reflectionsTitle: string;
  noReflections: string;
  evidenceTitle: string;
  noEvidence: string;
  signTitle: string;
  signExaminator: (name: string) => string;
  signStudent: (name: string) => string;
  signName: string;
  signDate: string;
  signature: string;
}

export const DOSSIER_PDF_LABELS_NL: DossierPdfLabels = {
  kicker: 'Examendossier',
  footer: (name, number) => `Examendossier · ${name}${number ? ` (${number})` : ''}`,
  factStudent: 'Leerling',
  factNumber: 'Leerlingnummer',
  factGroup: 'Groep',
  factCohort: 'Cohort',
  factProgramme: 'Vak en programma',
  factLeerweg: 'Leerweg',
  factSchool: 'School',
  factExaminator: 'Examinator',
  factPta: 'PTA',
  unknown: '—',
  ptaConcept: 'concept, nog niet vastgesteld',
  pta: PTA_PDF_LABELS_NL,
  resultsTitle: 'Toetsen en resultaten',
  noPta: 'Dit cohort heeft nog geen PTA. Zonder PTA zijn er geen toetsen en geen SE-cijfer.',
  noToetsen: 'Het PTA heeft nog geen toetsen.',
  columnToets: 'Toets',
  columnDate: 'Datum',
  columnOpdracht: 'Opdracht',
  columnEindtermen: 'Eindtermen',
  columnWeging: 'Weging',
  columnFirst: 'Cijfer',
  columnResit: 'Herkansing',
  columnCounts: 'Telt',
  opdrachtgever: (name) => `Opdrachtgever: ${name}`,
  periode: (periode) => `tijdvak ${periode}`,
  override: 'aangepast',
  fromRubric: 'uit rubric',
  late: 'te laat',
  missing: 'ontbreekt',
  notYet: '—',
  notHerkansbaar: 'niet herkansbaar',
  noResit: 'geen',
  voldaan: 'voldaan',
  nietVoldaan: 'niet voldaan',
  notJudged: 'nog niet beoordeeld',
  noWeging: '—',
  seTitle: 'SE-cijfer',
  seLine: (oneDecimal, final) => `SE-cijfer ${oneDecimal} · eindcijfer ${final}`,
  seLineProvisional: (oneDecimal) => `SE-cijfer ${oneDecimal} (voorlopig) · nog geen eindcijfer`,
  seRaw: (raw) => `Gewogen gemiddelde van de toetsen: ${raw}.`,
  seProvisional: (codes) => `Voorlopig: nog geen cijfer voor ${codes}. Het SE-cijfer kan nog veranderen.`,
  seNone: 'Nog geen SE-cijfer: er is nog geen toets met een cijfer.',
  seImpossible: {
    'no-pta': () => 'Geen SE-cijfer: dit cohort heeft nog geen PTA.',
    'no-weighted-toets': () => 'Geen SE-cijfer: geen toets in het PTA heeft een weging.',
    'invalid-weging': (codes) => `Geen SE-cijfer: de weging van ${codes} is geen getal groter dan 0. Pas het PTA aan.`,
  },
  handelingsdeel: (voldaan) => (voldaan ? 'Handelingsdeel: voldaan.' : 'Handelingsdeel: nog niet voldaan.'),
  coverageTitle: 'Dekking van de eindtermen',
  coverageFramework: (title) => `Volgens ${title}.`,
  coverageNoFramework: 'Het examenprogramma van dit cohort is nog niet ingelezen, dus de dekking van de eindtermen is niet bekend.',
  coverageSummary: (closed, formative, unseen, total) => `${closed} van de ${total} eindtermen afgesloten, ${formative} alleen formatief gezien, ${unseen} nog niet gezien.`,
  coverageStates: { afgesloten: 'afgesloten', formatief: 'formatief gezien', 'niet-gezien': 'nog niet gezien' },
  columnCode: 'Code',
  columnEindterm: 'Eindterm',
  columnState: 'Stand',
  columnClosedBy: 'Afgesloten met',
  evidenceCount: (count) => (count === 1 ? '1 keer bewijs' : `${count} keer bewijs`),
  reflectionsTitle: 'Reflecties van de leerling',
  noReflections: 'De leerling heeft nog geen reflecties vastgelegd.',
  evidenceTitle: 'Bewijs',
  noEvidence: 'Er is nog geen bewijs (foto’s of bestanden) bewaard.',
  signTitle: 'Ondertekening',
  signExaminator: (name) => (name ? `Examinator: ${name}` : 'Examinator'),
  signStudent: (name) => `Leerling: ${name}`,
  signName: 'Naam',
  signDate: 'Datum',
  signature: 'Handtekening',
};

export const DOSSIER_PDF_LABELS_EN: DossierPdfLabels = {
  kicker: 'Exam portfolio',
  footer: (name, number) => `Exam portfolio · ${name}${number ? ` (${number})` : ''}`,
  factStudent: 'Student',
  factNumber: 'Student number',
  factGroup: 'Group',
  factCohort: 'Cohort',
  factProgramme: 'Subject and programme',
  factLeerweg: 'Track',
  factSchool: 'School',
  factExaminator: 'Examiner',
  factPta: 'PTA',
  unknown: '—',
  ptaConcept: 'draft, not adopted yet',
  pta: PTA_PDF_LABELS_EN,
  resultsTitle: 'Tests and results',
  noPta: 'This cohort has no PTA yet. Without a PTA there are no tests and no SE grade.',
  noToetsen: 'The PTA has no tests yet.',
  columnToets: 'Test',
  columnDate: 'Date',
  columnOpdracht: 'Assignment',
  columnEindtermen: 'Targets',
  columnWeging: 'Weight',
  columnFirst: 'Grade',
  columnResit: 'Resit',
  columnCounts: 'Counts',
  opdrachtgever: (name) => `Client: ${name}`,
  periode: (periode) => `period ${periode}`,
  override: 'adjusted',
  fromRubric: 'from rubric',
  late: 'late',
  missing: 'missing',
  notYet: '—',
  notHerkansbaar: 'no resit',
  noResit: 'none',
  voldaan: 'passed',
  nietVoldaan: 'not passed',
  notJudged: 'not judged yet',
  noWeging: '—',
  seTitle: 'SE grade',
  seLine: (oneDecimal, final) => `SE grade ${oneDecimal} · final grade ${final}`,
  seLineProvisional: (oneDecimal) => `SE grade ${oneDecimal} (provisional) · no final grade yet`,
  seRaw: (raw) => `Weighted average of the tests: ${raw}.`,
  seProvisional: (codes) => `Provisional: no grade yet for ${codes}. The SE grade may still change.`,
  seNone: 'No SE grade yet: no test has a grade.',
  seImpossible: {
    'no-pta': () => 'No SE grade: this cohort has no PTA yet.',
    'no-weighted-toets': () => 'No SE grade: no test in the PTA has a weight.',
    'invalid-weging': (codes) => `No SE grade: the weight of ${codes} is not a number above 0. Correct the PTA.`,
  },
  handelingsdeel: (voldaan) => (voldaan ? 'Pass/fail tasks: passed.' : 'Pass/fail tasks: not passed yet.'),
  coverageTitle: 'Coverage of the attainment targets',
  coverageFramework: (title) => `According to ${title}.`,
  coverageNoFramework: 'The exam programme of this cohort has not been imported, so the coverage of the targets is not known.',
  coverageSummary: (closed, formative, unseen, total) => `${closed} of ${total} targets closed, ${formative} seen in formative work only, ${unseen} not seen yet.`,
  coverageStates: { afgesloten: 'closed', formatief: 'formative only', 'niet-gezien': 'not seen yet' },
  columnCode: 'Code',
  columnEindterm: 'Target',
  columnState: 'State',
  columnClosedBy: 'Closed by',
  evidenceCount: (count) => (count === 1 ? '1 piece of evidence' : `${count} pieces of evidence`),
  reflectionsTitle: 'The student’s reflections',
  noReflections: 'The student has not recorded any reflections yet.',
  evidenceTitle: 'Evidence',
  noEvidence: 'No evidence (photos or files) has been stored yet.',
  signTitle: 'Signatures',
  signExaminator: (name) => (name ? `Examiner: ${name}` : 'Examiner'),
  signStudent: (name) => `Student: ${name}`,
  signName: 'Name',
  signDate: 'Date',
  signature: 'Signature',
};
