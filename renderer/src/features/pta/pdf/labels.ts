import type { Leerweg } from '../../../../../shared/domain/cohort';
import type { Toetsvorm } from '../../../../../shared/domain/pta';
import type { FinalRoundingFrom, IntermediateRounding, ResitRule } from '../../../../../shared/domain/school-settings';

/**
 * Every fixed text of the printed PTA. The PDF module does not import i18next (it runs in Node
 * tests and may run in a worker): the caller passes translated labels, Dutch is the default.
 * Numbers and dates arrive formatted for the document's language ("12,5", "5,45",
 * "28 september 2026").
 *
 * The PTA is read by students, parents and the Inspectie: plain words, no abbreviations that
 * only the school knows (S/M/PO are written out).
 */
export interface PtaPdfLabels {
  /** Above the title. */
  kicker: string;
  /** After the kicker and in the metadata while the PTA is a concept: "PTA · concept". */
  concept: string;
  /** On a band under the header of a concept. */
  conceptNote: string;
  /** Under the header of a vastgesteld PTA: "Vastgesteld op 28 september 2026". */
  vastgesteldOp: (date: string) => string;
  /** The same when the log holds no date. */
  vastgesteld: string;
  /** The leerweg written out in the subtitle. */
  leerwegen: Record<Leerweg, string>;
  /** The cohort in the subtitle: "cohort 2025-2027" (a name that says "cohort" already is kept). */
  cohort: (name: string) => string;
  /** When the cohort's name does not show its first schooljaar: "cohort Zorg A (vanaf 2025-2026)". */
  cohortFrom: (name: string, firstSchoolYear: string) => string;
  /** Column headers, in the order of the table. */
  columnPeriode: string;
  columnEindtermen: string;
  columnInhoud: string;
  columnToetsvorm: string;
  columnWeging: string;
  columnHerkansing: string;
  columnBerekening: string;
  /** Toetsvormen written out. */
  toetsvormen: Record<Toetsvorm, string>;
  /** In the Inhoud cell of a toets delivered by an opdracht: "Opdracht: Gezonde lunch". */
  opdracht: (title: string) => string;
  /** In the Inhoud cell: "Duur: 60 min". */
  duur: (duur: string) => string;
  /** Weging of a toets without one (no cijfer): a dash. */
  noWeging: string;
  /** Weging of a graded toets whose weging is not filled in yet (a concept). */
  wegingMissing: string;
  /** Herkansing: "ja, schriftelijk" (the vorm empty when it is not set). */
  resitYes: (vorm: string) => string;
  resitNo: string;
  /** Share of the SE-cijfer: "12,5 %". */
  share: (percent: string) => string;
  /** Berekening SE of a handelingsopdracht. */
  notCounted: string;
  /** Instead of the table when the PTA has no toetsen. */
  empty: string;
  rulesTitle: string;
  /** The SE-cijfer is the weighted average. */
  rulesAverage: string;
  /** How the SE-cijfer is kept with one decimal: "5,45 wordt 5,5". */
  rulesIntermediate: Record<IntermediateRounding, (from: string, to: string) => string>;
  /** Where the whole eindcijfer comes from: "5,45 → 5,5 → 6". */
  rulesFinal: Record<FinalRoundingFrom, (raw: string, oneDecimal: string, final: string) => string>;
  /** Which cijfer counts after a herkansing. */
  rulesResit: Record<ResitRule, string>;
  /** Handelingsopdrachten must be voldaan (printed when the PTA has one). */
  rulesHandelingsopdracht: string;
  /** Heading of the list of eindterm codes with their texts. */
  eindtermenTitle: string;
  /**
   * Left in the footer and on top of later pages: "PTA · Zorg en Welzijn tl", the title alone when
   * it starts with "PTA" already; "Concept · …" for a concept (first, so a long title cannot cut it off).
   */
  footer: (title: string, concept: boolean) => string;
}

export const PTA_PDF_LABELS_NL: PtaPdfLabels = {
  kicker: 'PTA',
  concept: 'concept',
  conceptNote: 'Concept: dit PTA is nog niet vastgesteld. Toetsen, wegingen en regels kunnen nog veranderen.',
  vastgesteldOp: (date) => `Vastgesteld op ${date}`,
  vastgesteld: 'Vastgesteld',
  leerwegen: { gl: 'gemengde leerweg', tl: 'theoretische leerweg' },
  cohort: (name) => (/\bcohort\b/i.test(name) ? name : `cohort ${name}`),
  cohortFrom: (name, firstSchoolYear) => `${/\bcohort\b/i.test(name) ? name : `cohort ${name}`} (vanaf ${firstSchoolYear})`,
  columnPeriode: 'Tijdvak',
  columnEindtermen: 'Eindtermen',
  columnInhoud: 'Inhoud',
  columnToetsvorm: 'Toetsvorm',
  columnWeging: 'Weging',
  columnHerkansing: 'Herkansing',
  columnBerekening: 'Berekening SE',
  toetsvormen: {
    S: 'schriftelijk',
    M: 'mondeling',
    PO: 'praktische opdracht',
    praktijkopdracht: 'praktijkopdracht',
    handelingsopdracht: 'handelingsopdracht',
  },
  opdracht: (title) => `Opdracht: ${title}`,
  duur: (duur) => `Duur: ${duur}`,
  noWeging: '—',
  wegingMissing: 'nog niet bepaald',
  resitYes: (vorm) => (vorm ? `ja, ${vorm}` : 'ja'),
  resitNo: 'nee',
  share: (percent) => `${percent} %`,
  notCounted: 'telt niet mee; moet voldaan zijn',
  empty: 'Dit PTA heeft nog geen toetsen.',
  rulesTitle: 'Berekening van het SE-cijfer',
  rulesAverage:
    'Het SE-cijfer is het gewogen gemiddelde van de cijfers van de toetsen hierboven: elke toets telt mee naar zijn weging (kolom Berekening SE).',
  rulesIntermediate: {
    'half-up': (from, to) => `Binnen het SE wordt het SE-cijfer afgerond op één decimaal: ${from} wordt ${to}.`,
    truncate: (from, to) => `Binnen het SE wordt het SE-cijfer na één decimaal afgekapt, niet afgerond: ${from} wordt ${to}.`,
  },
  rulesFinal: {
    'one-decimal': (raw, oneDecimal, final) =>
      `Het eindcijfer is een heel getal, afgerond vanaf het SE-cijfer met één decimaal: ${raw} → ${oneDecimal} → ${final}.`,
    raw: (raw, _oneDecimal, final) => `Het eindcijfer is een heel getal, afgerond vanaf het gemiddelde zonder afronding: ${raw} wordt ${final}.`,
  },
  rulesResit: {
    highest: 'Na een herkansing telt het hoogste cijfer van de toets en de herkansing.',
    last: 'Na een herkansing telt het laatst behaalde cijfer, ook als dat lager is.',
  },
  rulesHandelingsopdracht: 'Een handelingsopdracht krijgt geen cijfer en telt niet mee in het gemiddelde, maar moet wel voldaan zijn.',
  eindtermenTitle: 'Eindtermen',
  footer: (title, concept) => `${concept ? 'Concept · ' : ''}${/^PTA\b/i.test(title) ? title : `PTA · ${title}`}`,
};

/** English labels, for teachers who use the interface in English. */
export const PTA_PDF_LABELS_EN: PtaPdfLabels = {
  kicker: 'PTA',
  concept: 'draft',
  conceptNote: 'Draft: this PTA has not been adopted yet. Tests, weights and rules may still change.',
  vastgesteldOp: (date) => `Adopted on ${date}`,
  vastgesteld: 'Adopted',
  leerwegen: { gl: 'combined track (gl)', tl: 'theoretical track (tl)' },
  cohort: (name) => (/\bcohort\b/i.test(name) ? name : `cohort ${name}`),
  cohortFrom: (name, firstSchoolYear) => `${/\bcohort\b/i.test(name) ? name : `cohort ${name}`} (from ${firstSchoolYear})`,
  columnPeriode: 'Period',
  columnEindtermen: 'Targets',
  columnInhoud: 'Content',
  columnToetsvorm: 'Form',
  columnWeging: 'Weight',
  columnHerkansing: 'Resit',
  columnBerekening: 'Share of SE',
  toetsvormen: {
    S: 'written',
    M: 'oral',
    PO: 'practical assignment',
    praktijkopdracht: 'practical task',
    handelingsopdracht: 'pass/fail task',
  },
  opdracht: (title) => `Assignment: ${title}`,
  duur: (duur) => `Duration: ${duur}`,
  noWeging: '—',
  wegingMissing: 'not set yet',
  resitYes: (vorm) => (vorm ? `yes, ${vorm}` : 'yes'),
  resitNo: 'no',
  share: (percent) => `${percent}%`,
  notCounted: 'does not count; must be passed',
  empty: 'This PTA has no tests yet.',
  rulesTitle: 'How the SE grade is calculated',
  rulesAverage: 'The SE grade is the weighted average of the grades of the tests above: each test counts by its weight (column Share of SE).',
  rulesIntermediate: {
    'half-up': (from, to) => `Within the SE the grade is kept to one decimal, rounded: ${from} becomes ${to}.`,
    truncate: (from, to) => `Within the SE the grade is kept to one decimal, cut off (not rounded): ${from} becomes ${to}.`,
  },
  rulesFinal: {
    'one-decimal': (raw, oneDecimal, final) => `The final grade is a whole number, rounded from the one-decimal SE grade: ${raw} → ${oneDecimal} → ${final}.`,
    raw: (raw, _oneDecimal, final) => `The final grade is a whole number, rounded from the unrounded average: ${raw} becomes ${final}.`,
  },
  rulesResit: {
    highest: 'After a resit, the higher of the two grades counts.',
    last: 'After a resit, the latest grade counts, even when it is lower.',
  },
  rulesHandelingsopdracht: 'A pass/fail task gets no grade and does not count in the average, but it must be passed.',
  eindtermenTitle: 'Attainment targets',
  footer: (title, concept) => `${concept ? 'Draft · ' : ''}${/^PTA\b/i.test(title) ? title : `PTA · ${title}`}`,
};
