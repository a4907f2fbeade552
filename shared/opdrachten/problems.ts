import type { IsoDate, OpdrachtStatus } from '../domain/opdracht';

/**
 * Problems with opdrachten, teams, opdrachtgevers and client CSV files, as codes with the
 * params their messages need. shared/ holds no UI text: the renderer looks a code up as
 * t(`opdrachtProblems.${code}`, params) in renderer/src/i18n/opdracht-messages.ts.
 *
 * - Positions (`phase`, `team`, `contact`) are 1-based, as the teacher counts them; `row` is the
 *   row number as a spreadsheet shows it (the header is usually row 1) and `column` the column
 *   title as written in the file, so a message can say "Rij 5, kolom ‘E-mail’".
 * - Dates are IsoDate strings; the messages format them with the `isodate` formatter
 *   (registerOpdrachtFormats in the messages file), so a message reads "3 maart", not "2027-03-03".
 * - `context: 'unnamed'` (i18next's context option) is set when the phase or contact a message
 *   names has no name yet: the message then names it by position ("Fase 2").
 * - `severity`: an 'error' stops saving (or skips the CSV row); a 'warning' is shown, and saving
 *   goes on. It is fixed per code (PROBLEM_SEVERITY).
 * - `location` is the same place in a structured form, for the screen to point at the field.
 */

/** Lets a message name a phase or contact by position when it has no name. */
type Named = { context?: 'unnamed' };

export interface OpdrachtProblemParams {
  'opdracht.title-empty': Record<string, never>;
  /** Hours is a number below 0. */
  'opdracht.hours-negative': { hours: number };
  /** Hours is NaN or infinite (an emptied or garbled number field); null (not set) is fine. */
  'opdracht.hours-not-a-number': Record<string, never>;
  /** A planned, running or finished opdracht needs phases: the year plan and deadline come from them. */
  'opdracht.no-phases': { status: OpdrachtStatus };
  /** The deadline is the end of the last phase; the school year runs 1 August – 31 July. */
  'opdracht.deadline-outside-school-year': { deadline: IsoDate; schoolYear: string; yearStart: IsoDate; yearEnd: IsoDate };

  'phase.name-empty': { phase: number };
  'phase.name-duplicate': { phase: number; otherPhase: number; name: string };
  'phase.start-invalid': { phase: number; name: string; value: string } & Named;
  'phase.end-invalid': { phase: number; name: string; value: string } & Named;
  'phase.end-before-start': { phase: number; name: string; start: IsoDate; end: IsoDate } & Named;
  /** A phase starts before the phase listed before it. */
  'phase.out-of-order': { phase: number; name: string; start: IsoDate; previousPhase: number; previousName: string; previousStart: IsoDate } & Named;
  /** A phase starts before the phase listed before it has ended (a warning: work may overlap). */
  'phase.overlap': { phase: number; name: string; start: IsoDate; previousPhase: number; previousName: string; previousEnd: IsoDate } & Named;
  /** Part of a phase lies outside the school year (other than the deadline, reported on its own). */
  'phase.outside-school-year': { phase: number; name: string; start: IsoDate; end: IsoDate; schoolYear: string } & Named;
}

export interface TeamProblemParams {
  'team.name-empty': { team: number };
  'team.name-duplicate': { team: number; otherTeam: number; name: string };
  /** `student` is the full name ("Daniël van der Berg"); `group` the team's group, `studentGroup` the student's. */
  'team.student-other-group': { team: number; teamName: string; student: string; group: string; studentGroup: string };
  /** The student no longer exists (deleted, or not in the data given). */
  'team.student-unknown': { team: number; teamName: string; studentId: string };
  'team.student-twice': { student: string; team: number; teamName: string; otherTeam: number; otherTeamName: string };
  'team.empty': { team: number; name: string };
  /** Students of the group in no team; `students` are their full names (formatted as a list). */
  'team.students-without-team': { count: number; students: string[]; group: string };
}

export interface OpdrachtgeverProblemParams {
  'client.name-empty': Record<string, never>;
  /** Another live opdrachtgever has the same name (compared without case and accents). */
  'client.name-exists': { name: string };
  'client.type-unknown': { value: string };
  'client.status-unknown': { value: string };
  'contact.name-empty': { contact: number };
  'contact.name-duplicate': { contact: number; otherContact: number; name: string };
  'contact.email-invalid': { contact: number; name: string; email: string } & Named;
  'contact.phone-invalid': { contact: number; name: string; phone: string } & Named;
}

export interface OpdrachtgeverCsvProblemParams {
  // The file as a whole: nothing is imported (thrown as OpdrachtgeverCsvError).
  'csv.too-large': { sizeMb: number; maxMb: number };
  'csv.empty-file': Record<string, never>;
  'csv.not-text': Record<string, never>;
  'csv.header-only': { row: number };
  'csv.too-many-rows': { count: number; max: number };
  'csv.no-name-column': { row: number };
  /** Two columns for the same client field ("Naam" and "Organisatie"): which one counts is a guess we do not make. */
  'csv.duplicate-column': { row: number; column: string; otherColumn: string };
  // One row: that row is skipped, the others are imported.
  /** Filled cells beyond the header, usually an unquoted delimiter in a note. */
  'csv.too-many-cells': { row: number; cells: number; expected: number };
  'csv.name-missing': { row: number; column: string };
  /** The same name (without case and accents) on two rows: both rows are skipped. */
  'csv.name-duplicate': { row: number; column: string; name: string; otherRow: number };
  /** Two or more stored clients have this name, so which one the row updates is a guess we do not make. */
  'csv.name-ambiguous': { row: number; column: string; name: string; clients: number };
  'csv.email-invalid': { row: number; column: string; value: string };
  'csv.phone-invalid': { row: number; column: string; value: string };
  'csv.type-unknown': { row: number; column: string; value: string };
  'csv.status-unknown': { row: number; column: string; value: string };
  /** A cell that a spreadsheet would run as a formula ("=HYPERLINK(…)"). */
  'csv.formula': { row: number; column: string; value: string };
  /** A role, e-mail or phone without the contact's name. */
  'csv.contact-name-missing': { row: number; column: string };
  'csv.contact-duplicate': { row: number; column: string; name: string };
}

export type OpdrachtMessageParams = OpdrachtProblemParams & TeamProblemParams & OpdrachtgeverProblemParams & OpdrachtgeverCsvProblemParams;
export type OpdrachtMessageCode = keyof OpdrachtMessageParams;

export type Severity = 'error' | 'warning';

export type ProblemLocation =
  | { kind: 'opdracht'; field: 'title' | 'hours' | 'phases' }
  | { kind: 'phase'; phaseId: string; index: number; field: 'name' | 'start' | 'end' }
  | { kind: 'team'; teamId: string; index: number; studentId?: string }
  /** The group as a whole (students in no team). */
  | { kind: 'group'; groupId: string; studentIds: string[] }
  | { kind: 'opdrachtgever'; field: 'name' | 'type' | 'status' }
  | { kind: 'contact'; contactId: string; index: number; field: 'name' | 'email' | 'phone' }
  | { kind: 'file' }
  | { kind: 'row'; row: number }
  /** `column` is the title as in the file; `columnIndex` is 0-based. */
  | { kind: 'cell'; row: number; column: string; columnIndex: number };

type ProblemOf<P> = { [C in keyof P]: { code: C; severity: Severity; location: ProblemLocation; params: P[C] } }[keyof P];

export type OpdrachtProblem = ProblemOf<OpdrachtProblemParams>;
export type TeamProblem = ProblemOf<TeamProblemParams>;
export type OpdrachtgeverProblem = ProblemOf<OpdrachtgeverProblemParams>;
export type OpdrachtgeverCsvProblem = ProblemOf<OpdrachtgeverCsvProblemParams>;
export type AnyOpdrachtProblem = ProblemOf<OpdrachtMessageParams>;

/**
 * Every code with its severity and the names of its params, so tests can check that each message
 * exists in both languages and interpolates only what the code provides.
 */
export const OPDRACHT_PROBLEM_INFO: {
  readonly [C in OpdrachtMessageCode]: { severity: Severity; params: readonly (keyof OpdrachtMessageParams[C])[] };
} = {
  'opdracht.title-empty': { severity: 'error', params: [] },
  'opdracht.hours-negative': { severity: 'error', params: ['hours'] },
  'opdracht.hours-not-a-number': { severity: 'error', params: [] },
  'opdracht.no-phases': { severity: 'error', params: ['status'] },
  'opdracht.deadline-outside-school-year': { severity: 'error', params: ['deadline', 'schoolYear', 'yearStart', 'yearEnd'] },
  'phase.name-empty': { severity: 'error', params: ['phase'] },
  // Two phases called "Uitvoeren" are confusing, not wrong: the dates still say which is which.
  'phase.name-duplicate': { severity: 'warning', params: ['phase', 'otherPhase', 'name'] },
  'phase.start-invalid': { severity: 'error', params: ['phase', 'name', 'value', 'context'] },
  'phase.end-invalid': { severity: 'error', params: ['phase', 'name', 'value', 'context'] },
  'phase.end-before-start': { severity: 'error', params: ['phase', 'name', 'start', 'end', 'context'] },
  'phase.out-of-order': { severity: 'error', params: ['phase', 'name', 'start', 'previousPhase', 'previousName', 'previousStart', 'context'] },
  // Teachers do let voorbereiden run into uitvoeren; the year plan draws overlapping bars fine.
  'phase.overlap': { severity: 'warning', params: ['phase', 'name', 'start', 'previousPhase', 'previousName', 'previousEnd', 'context'] },
  'phase.outside-school-year': { severity: 'error', params: ['phase', 'name', 'start', 'end', 'schoolYear', 'context'] },
  'team.name-empty': { severity: 'error', params: ['team'] },
  'team.name-duplicate': { severity: 'error', params: ['team', 'otherTeam', 'name'] },
  'team.student-other-group': { severity: 'error', params: ['team', 'teamName', 'student', 'group', 'studentGroup'] },
  'team.student-unknown': { severity: 'error', params: ['team', 'teamName', 'studentId'] },
  'team.student-twice': { severity: 'error', params: ['student', 'team', 'teamName', 'otherTeam', 'otherTeamName'] },
  // An empty team is what a teacher has halfway through dragging students into teams.
  'team.empty': { severity: 'warning', params: ['team', 'name'] },
  'team.students-without-team': { severity: 'warning', params: ['count', 'students', 'group'] },
  'client.name-empty': { severity: 'error', params: [] },
  // Two branches of one chain ("Albert Heijn") are two clients; the teacher decides.
  'client.name-exists': { severity: 'warning', params: ['name'] },
  'client.type-unknown': { severity: 'error', params: ['value'] },
  'client.status-unknown': { severity: 'error', params: ['value'] },
  'contact.name-empty': { severity: 'error', params: ['contact'] },
  'contact.name-duplicate': { severity: 'error', params: ['contact', 'otherContact', 'name'] },
  'contact.email-invalid': { severity: 'error', params: ['contact', 'name', 'email', 'context'] },
  'contact.phone-invalid': { severity: 'error', params: ['contact', 'name', 'phone', 'context'] },
  'csv.too-large': { severity: 'error', params: ['sizeMb', 'maxMb'] },
  'csv.empty-file': { severity: 'error', params: [] },
  'csv.not-text': { severity: 'error', params: [] },
  'csv.header-only': { severity: 'error', params: ['row'] },
  'csv.too-many-rows': { severity: 'error', params: ['count', 'max'] },
  'csv.no-name-column': { severity: 'error', params: ['row'] },
  'csv.duplicate-column': { severity: 'error', params: ['row', 'column', 'otherColumn'] },
  'csv.too-many-cells': { severity: 'error', params: ['row', 'cells', 'expected'] },
  'csv.name-missing': { severity: 'error', params: ['row', 'column'] },
  'csv.name-duplicate': { severity: 'error', params: ['row', 'column', 'name', 'otherRow'] },
  'csv.name-ambiguous': { severity: 'error', params: ['row', 'column', 'name', 'clients'] },
  'csv.email-invalid': { severity: 'error', params: ['row', 'column', 'value'] },
  'csv.phone-invalid': { severity: 'error', params: ['row', 'column', 'value'] },
  'csv.type-unknown': { severity: 'error', params: ['row', 'column', 'value'] },
  'csv.status-unknown': { severity: 'error', params: ['row', 'column', 'value'] },
  'csv.formula': { severity: 'error', params: ['row', 'column', 'value'] },
  'csv.contact-name-missing': { severity: 'error', params: ['row', 'column'] },
  'csv.contact-duplicate': { severity: 'error', params: ['row', 'column', 'name'] },
};

export const OPDRACHT_MESSAGE_CODES = Object.keys(OPDRACHT_PROBLEM_INFO) as OpdrachtMessageCode[];

/** Builds a problem with its params checked against its code and its fixed severity. */
export function opdrachtProblem<C extends OpdrachtMessageCode>(code: C, location: ProblemLocation, params: OpdrachtMessageParams[C]) {
  return { code, severity: OPDRACHT_PROBLEM_INFO[code].severity, location, params } as Extract<AnyOpdrachtProblem, { code: C }>;
}

export function hasErrors(problems: readonly { severity: Severity }[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/**
 * Thrown by opdrachtgeversFromCsv when the file as a whole cannot be read (empty, binary, too
 * large, no name column): nothing from it may be used. Problems with single rows do not throw;
 * those rows are skipped in the plan.
 */
export class OpdrachtgeverCsvError extends Error {
  readonly problems: OpdrachtgeverCsvProblem[];

  constructor(problems: OpdrachtgeverCsvProblem[]) {
    super(problems.map((problem) => problem.code).join(', '));
    this.name = 'OpdrachtgeverCsvError';
    this.problems = problems;
  }
}
