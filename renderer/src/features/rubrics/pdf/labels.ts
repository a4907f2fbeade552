/**
 * Every fixed text of the printed rubric. The PDF module does not import i18next (it runs in
 * Node tests and may run in a worker): the caller passes translated labels, Dutch is the
 * default. Numbers arrive formatted for the document's language ("24", "13,2", "5,5").
 */
export interface RubricPdfLabels {
  /** Above the title. */
  kicker: string;
  /** "versie 2". */
  version: (version: string) => string;
  /** In the subtitle: "maximaal 24 punten". */
  maxPoints: (points: string) => string;
  /** Header of the first column. */
  criterion: string;
  /** Under a level's name in the header row: "1 punt", "3 punten". */
  levelPoints: (points: string) => string;
  /** Under a criterion's title: "weging 2 · max. 8 punten". */
  criterionWeight: (weight: string, maxPoints: string) => string;
  /** Heading of the list under the grid that explains the linked codes (eindtermen, skills). */
  linkedNodes: string;
  conditionsTitle: string;
  conditionsIntro: string;
  conversionTitle: string;
  /** "Cijfer = lineair, 55 % van de punten geeft 5,5 (13,2 punten); maximaal 24 punten." */
  conversionLinear: (values: { caesura: string; passGrade: string; passPoints: string; maxPoints: string }) => string;
  /** Before the rows of a conversion table: "Cijfer volgens de tabel (maximaal 24 punten):". */
  conversionTable: (maxPoints: string) => string;
  /** One row of the table: "vanaf 13 punten: 5,5". */
  conversionTableRow: (minPoints: string, grade: string) => string;
}

export const RUBRIC_PDF_LABELS_NL: RubricPdfLabels = {
  kicker: 'Rubric',
  version: (version) => `versie ${version}`,
  maxPoints: (points) => `maximaal ${points} punten`,
  criterion: 'Criterium',
  levelPoints: (points) => (points === '1' ? '1 punt' : `${points} punten`),
  criterionWeight: (weight, maxPoints) => `weging ${weight} · max. ${maxPoints} punten`,
  linkedNodes: 'Eindtermen en vaardigheden',
  conditionsTitle: 'Voorwaardelijke eisen',
  conditionsIntro: 'Je werk wordt pas met deze rubric beoordeeld als het aan al deze eisen voldoet.',
  conversionTitle: 'Van punten naar cijfer',
  conversionLinear: ({ caesura, passGrade, passPoints, maxPoints }) =>
    `Cijfer = lineair, ${caesura} % van de punten geeft ${passGrade} (${passPoints} punten); maximaal ${maxPoints} punten.`,
  conversionTable: (maxPoints) => `Cijfer volgens de tabel (maximaal ${maxPoints} punten):`,
  conversionTableRow: (minPoints, grade) => `vanaf ${minPoints} punten: ${grade}`,
};
