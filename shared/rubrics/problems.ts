/**
 * Problems with a rubric, as codes with parameters. shared/ holds no UI text: the renderer
 * looks each code up as `rubricProblems.<code>` (renderer/src/i18n/rubric-messages.ts) and
 * passes `params` to i18next, so every value a message needs is in `params`.
 *
 * Positions in params are 1-based, as the teacher counts them: `level` is the column of the
 * level in the grid (lowest = 1), `criterion` the row of the criterion, `condition` the
 * voorwaardelijke eis, `tableRow` the row of the conversion table. Import problems add `row`,
 * the row number in the file as a spreadsheet shows it, and `columnLetter` where a message
 * names a column ("kolom D").
 *
 * `context` is i18next's context option, passed along with the params: 'unnamed' when the
 * level or criterion a message names has no label or title yet (the message then names its
 * position: "Niveau 2" instead of "Niveau ‘’"), 'missing' when a number is NaN or infinite.
 */

/** Lets a message name the item by position when it has no label or title. */
type Named = { context?: 'unnamed' };
/** Lets a message leave out a number that is NaN or infinite (an emptied number field). */
type MaybeMissing = { context?: 'missing' };

/** Why validateRubricContent refuses a rubric (no save, no use for grading). */
export interface RubricContentProblemParams {
  // Levels (the columns).
  /** count = number of levels (used for plurals). */
  'too-few-levels': { count: number };
  'level-label-empty': { level: number };
  'level-label-duplicate': { level: number; otherLevel: number; label: string };
  /** Points are NaN or infinite (an emptied number field). */
  'level-points-missing': { level: number; label: string } & Named;
  'level-points-negative': { level: number; label: string; points: number } & Named;
  'level-points-decreasing': { level: number; label: string; points: number; previousLabel: string; previousPoints: number } & Named;
  'level-points-equal': { level: number; label: string; points: number; previousLabel: string } & Named;
  'level-color-invalid': { level: number; label: string; color: string } & Named;
  'level-id-duplicate': { level: number; otherLevel: number; id: string };
  // Criteria (the rows).
  'no-criteria': Record<string, never>;
  'criterion-title-empty': { criterion: number };
  /** Weight is 0, negative, NaN or infinite. */
  'criterion-weight-invalid': { criterion: number; title: string; weight: number } & Named;
  'criterion-id-duplicate': { criterion: number; otherCriterion: number; id: string };
  'descriptor-unknown-level': { criterion: number; title: string; levelId: string } & Named;
  // Voorwaardelijke eisen.
  'condition-text-empty': { condition: number };
  'condition-id-duplicate': { condition: number; otherCondition: number; id: string };
  // Points and conversion.
  'max-points-zero': Record<string, never>;
  'caesura-out-of-range': { caesura: number } & MaybeMissing;
  'conversion-unknown': { kind: string };
  'table-empty': Record<string, never>;
  'table-first-row-not-zero': { tableRow: number; minPoints: number };
  /** minPoints is NaN, infinite or negative. */
  'table-min-points-invalid': { tableRow: number };
  'table-rows-not-increasing': { tableRow: number; minPoints: number; previousMinPoints: number };
  /** The grade is outside 1.0–10.0, or NaN. */
  'table-grade-out-of-range': { tableRow: number; grade: number } & MaybeMissing;
  'table-grades-decreasing': { tableRow: number; minPoints: number; grade: number; previousGrade: number };
  'table-row-unreachable': { tableRow: number; minPoints: number; maxPoints: number };
}

/** Worth showing, but the rubric can be saved and used (see rubricWarnings). */
export interface RubricWarningParams {
  /** Two criteria with the same title confuse students and per-criterion overviews. */
  'criterion-title-duplicate': { criterion: number; otherCriterion: number; title: string };
}

/** Problems with a rubric CSV file that stop it from being read (rubricFromCsv). */
export interface RubricImportProblemParams {
  'too-large': { sizeBytes: number; maxBytes: number; maxMegabytes: number };
  'empty-file': Record<string, never>;
  'not-text': Record<string, never>;
  'header-only': { row: number };
  'no-level-columns': { row: number };
  /** A header cell after the criterion column that is no level: "Voldoende" without "(3)". */
  'level-header-no-points': { row: number; columnLetter: string; header: string };
  /** An empty header cell between filled ones. */
  'level-header-empty': { row: number; columnLetter: string };
  /** "Voldoende (x)". */
  'level-points-not-number': { row: number; columnLetter: string; header: string; value: string };
  /** Two Gewicht or two Opdrachtgever columns. */
  'duplicate-column': { row: number; columnLetter: string; header: string };
  /** A ragged row: fewer cells than the header (count = cells in the row). */
  'row-too-few-cells': { row: number; count: number; expected: number };
  /** A ragged row: filled cells beyond the header, usually an unquoted ; in a descriptor. */
  'row-too-many-cells': { row: number; count: number; expected: number };
  'weight-not-number': { row: number; title: string; value: string };
  'client-input-invalid': { row: number; title: string; value: string };
  /** "Voorwaarde", "Cesuur", "Cijfertabel" or the title line with more filled cells than it uses. */
  'meta-row-extra-cells': { row: number; keyword: string };
  'caesura-not-number': { row: number; value: string };
  'table-row-not-number': { row: number; value: string };
  /** Both a Cesuur and a Cijfertabel, or two Cesuur rows. */
  'conversion-conflict': { row: number; otherRow: number };
  /** Two title lines or two Kleur rows. */
  'duplicate-meta-row': { row: number; otherRow: number; keyword: string };
}

export type RubricContentProblemCode = keyof RubricContentProblemParams;
export type RubricWarningCode = keyof RubricWarningParams;
export type RubricImportProblemCode = keyof RubricImportProblemParams;

type ProblemOf<P> = { [C in keyof P]: { code: C; params: P[C] } }[keyof P];

/** One reason a rubric cannot be saved or used, e.g. { code: 'max-points-zero', params: {} }. */
export type RubricProblem = ProblemOf<RubricContentProblemParams>;
export type RubricWarning = ProblemOf<RubricWarningParams>;

type AllParams = RubricContentProblemParams & RubricWarningParams & RubricImportProblemParams;
/** Every code that has a message under `rubricProblems` in the renderer. */
export type RubricMessageCode = keyof AllParams;

/**
 * A problem found while importing a CSV: a file problem, or a content problem or warning
 * located in the file. `row` (file row, 1-based) and `column` (1-based, A = 1) point at the
 * cell; the renderer shows a problem with a row as "Rij {row}: <message>", so the messages do
 * not repeat the row. Both are null for problems about the whole file (empty, too large,
 * header only) and for content problems that have no single place (no criteria, maximum 0).
 */
export type RubricImportProblem = {
  [C in RubricMessageCode]: { code: C; row: number | null; column: number | null; params: AllParams[C] };
}[RubricMessageCode];

/** Thrown by rubricFromCsv: nothing from the file may be used, and the problems say why. */
export class RubricImportError extends Error {
  constructor(readonly problems: readonly RubricImportProblem[]) {
    super(`Rubric import failed: ${problems.map((problem) => problem.code).join(', ')}`);
    this.name = 'RubricImportError';
  }
}

// Runtime lists of the codes, checked complete by `satisfies`, so the message files can be
// tested against them.
const CONTENT_CODES = {
  'too-few-levels': true,
  'level-label-empty': true,
  'level-label-duplicate': true,
  'level-points-missing': true,
  'level-points-negative': true,
  'level-points-decreasing': true,
  'level-points-equal': true,
  'level-color-invalid': true,
  'level-id-duplicate': true,
  'no-criteria': true,
  'criterion-title-empty': true,
  'criterion-weight-invalid': true,
  'criterion-id-duplicate': true,
  'descriptor-unknown-level': true,
  'condition-text-empty': true,
  'condition-id-duplicate': true,
  'max-points-zero': true,
  'caesura-out-of-range': true,
  'conversion-unknown': true,
  'table-empty': true,
  'table-first-row-not-zero': true,
  'table-min-points-invalid': true,
  'table-rows-not-increasing': true,
  'table-grade-out-of-range': true,
  'table-grades-decreasing': true,
  'table-row-unreachable': true,
} as const satisfies Record<RubricContentProblemCode, true>;

const WARNING_CODES = { 'criterion-title-duplicate': true } as const satisfies Record<RubricWarningCode, true>;

const IMPORT_CODES = {
  'too-large': true,
  'empty-file': true,
  'not-text': true,
  'header-only': true,
  'no-level-columns': true,
  'level-header-no-points': true,
  'level-header-empty': true,
  'level-points-not-number': true,
  'duplicate-column': true,
  'row-too-few-cells': true,
  'row-too-many-cells': true,
  'weight-not-number': true,
  'client-input-invalid': true,
  'meta-row-extra-cells': true,
  'caesura-not-number': true,
  'table-row-not-number': true,
  'conversion-conflict': true,
  'duplicate-meta-row': true,
} as const satisfies Record<RubricImportProblemCode, true>;

export const RUBRIC_CONTENT_PROBLEM_CODES = Object.keys(CONTENT_CODES) as RubricContentProblemCode[];
export const RUBRIC_WARNING_CODES = Object.keys(WARNING_CODES) as RubricWarningCode[];
export const RUBRIC_IMPORT_PROBLEM_CODES = Object.keys(IMPORT_CODES) as RubricImportProblemCode[];
/** The keys the renderer's `rubricProblems` messages must have (before plural suffixes). */
export const RUBRIC_MESSAGE_CODES: readonly RubricMessageCode[] = [
  ...RUBRIC_CONTENT_PROBLEM_CODES,
  ...RUBRIC_WARNING_CODES,
  ...RUBRIC_IMPORT_PROBLEM_CODES,
];
