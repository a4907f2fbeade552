/**
 * What can be wrong with a goal-framework file. Every problem is a code with the parameters its
 * message needs; the Dutch and English sentences live in renderer/src/i18n/framework-messages.ts
 * and are looked up as t(`frameworkProblems.${code}`, params). The params already contain the
 * location's path, row or column where the message names them, so one lookup gives a whole
 * sentence; `location` is the same place in a structured form, for the screen to point at.
 *
 * Codes are grouped by where they arise: `file.*` (the bytes), `json.*` (JSON structure shared by
 * CASE and SLO), `case.*`, `slo.*` and `csv.*`.
 */
export type ProblemLocation =
  | { kind: 'file' }
  /** A place in a JSON document, written as a teacher could find it: "CFAssociations[3]". */
  | { kind: 'json'; path: string }
  /** Row numbers as a spreadsheet shows them: the header is usually row 1. */
  | { kind: 'row'; row: number }
  /** `column` is the column title as it appears in the file. */
  | { kind: 'cell'; row: number; column: string };

/** Parameters per code; a message may use any of them (and `count` where it is given). */
export interface FrameworkProblemParams {
  'file.empty': Record<string, never>;
  'file.binary': Record<string, never>;
  'file.too-large': { sizeMb: number; maxMb: number };
  'file.not-json': Record<string, never>;
  'file.unknown-format': { fileName: string };

  'json.not-an-object': { path: string };
  'json.not-a-list': { path: string };
  'json.missing-field': { path: string; field: string };
  'json.duplicate-id': { path: string; id: string; otherPath: string };

  'case.missing-document': Record<string, never>;
  'case.no-items': Record<string, never>;
  'case.unknown-association-type': { path: string; type: string };
  'case.unknown-parent': { path: string; identifier: string };
  'case.unknown-child': { path: string; identifier: string };
  'case.document-as-child': { path: string };
  'case.two-parents': { path: string; item: string; firstParent: string; secondParent: string };
  /** `items`: the items of the cycle in order, the first repeated at the end ("A1 → A2 → A1"). */
  'case.cycle': { path: string; items: string; count: number };
  'case.orphan': { path: string; item: string };
  'case.duplicate-code': { path: string; code: string; otherPath: string };

  'slo.missing-programme': Record<string, never>;
  'slo.several-programmes': { count: number };
  'slo.dangling-id': { path: string; array: string; id: string; parent: string };
  'slo.two-parents': { path: string; id: string; otherPath: string };
  'slo.duplicate-code': { path: string; code: string; otherPath: string };

  'csv.header-only': { row: number };
  'csv.too-many-rows': { count: number; max: number };
  'csv.no-header': { row: number };
  'csv.missing-column': { row: number; column: string };
  'csv.duplicate-column': { row: number; field: string; first: string; second: string };
  'csv.too-many-columns': { row: number; expected: number; actual: number };
  'csv.missing-code': { row: number; column: string };
  'csv.missing-text': { row: number; column: string; code: string };
  'csv.duplicate-code': { row: number; column: string; code: string; otherRow: number };
  'csv.unknown-parent': { row: number; column: string; code: string };
  'csv.unknown-type': { row: number; column: string; value: string };
  /** `codes`: the codes of the cycle in order, the first repeated at the end. */
  'csv.cycle': { row: number; codes: string; count: number };
}

export type FrameworkProblemCode = keyof FrameworkProblemParams;

export type FrameworkProblem = {
  [C in FrameworkProblemCode]: { code: C; location: ProblemLocation; params: FrameworkProblemParams[C] };
}[FrameworkProblemCode];

/**
 * Every code with the names of its params, so a test can check that each message exists in
 * both languages and interpolates only what the importers provide.
 */
export const FRAMEWORK_PROBLEM_PARAMS: { readonly [C in FrameworkProblemCode]: readonly (keyof FrameworkProblemParams[C])[] } = {
  'file.empty': [],
  'file.binary': [],
  'file.too-large': ['sizeMb', 'maxMb'],
  'file.not-json': [],
  'file.unknown-format': ['fileName'],
  'json.not-an-object': ['path'],
  'json.not-a-list': ['path'],
  'json.missing-field': ['path', 'field'],
  'json.duplicate-id': ['path', 'id', 'otherPath'],
  'case.missing-document': [],
  'case.no-items': [],
  'case.unknown-association-type': ['path', 'type'],
  'case.unknown-parent': ['path', 'identifier'],
  'case.unknown-child': ['path', 'identifier'],
  'case.document-as-child': ['path'],
  'case.two-parents': ['path', 'item', 'firstParent', 'secondParent'],
  'case.cycle': ['path', 'items', 'count'],
  'case.orphan': ['path', 'item'],
  'case.duplicate-code': ['path', 'code', 'otherPath'],
  'slo.missing-programme': [],
  'slo.several-programmes': ['count'],
  'slo.dangling-id': ['path', 'array', 'id', 'parent'],
  'slo.two-parents': ['path', 'id', 'otherPath'],
  'slo.duplicate-code': ['path', 'code', 'otherPath'],
  'csv.header-only': ['row'],
  'csv.too-many-rows': ['count', 'max'],
  'csv.no-header': ['row'],
  'csv.missing-column': ['row', 'column'],
  'csv.duplicate-column': ['row', 'field', 'first', 'second'],
  'csv.too-many-columns': ['row', 'expected', 'actual'],
  'csv.missing-code': ['row', 'column'],
  'csv.missing-text': ['row', 'column', 'code'],
  'csv.duplicate-code': ['row', 'column', 'code', 'otherRow'],
  'csv.unknown-parent': ['row', 'column', 'code'],
  'csv.unknown-type': ['row', 'column', 'value'],
  'csv.cycle': ['row', 'codes', 'count'],
};

export const FRAMEWORK_PROBLEM_CODES = Object.keys(FRAMEWORK_PROBLEM_PARAMS) as FrameworkProblemCode[];

/**
 * Thrown by every framework importer when the file cannot be imported as a whole. It carries
 * all problems found, not just the first, so the teacher can fix the file in one go; an importer
 * never returns a partial framework.
 */
export class FrameworkImportError extends Error {
  readonly problems: FrameworkProblem[];

  constructor(problems: FrameworkProblem[]) {
    super(problems.map((problem) => problem.code).join(', '));
    this.name = 'FrameworkImportError';
    this.problems = problems;
  }
}

/** Builds a problem with its params checked against its code. */
export function frameworkProblem<C extends FrameworkProblemCode>(
  code: C,
  location: ProblemLocation,
  params: FrameworkProblemParams[C],
): FrameworkProblem {
  return { code, location, params } as FrameworkProblem;
}

export const FILE_LOCATION: ProblemLocation = { kind: 'file' };

/** Throws the collected problems, if any; importers call it between their stages. */
export function throwIfProblems(problems: readonly FrameworkProblem[]): void {
  if (problems.length > 0) throw new FrameworkImportError([...problems]);
}
