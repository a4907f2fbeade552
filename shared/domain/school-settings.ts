/**
 * The school's rules and names, kept with the teaching data (IndexedDB), because they decide
 * grades: the examenreglement's resit and rounding rules differ per school
 * (../shared/domain.md "How it is examined": rounding rules are the school's → configurable).
 */
export type ResitRule = 'highest' | 'last';

/** How the SE-cijfer is kept within the SE: one decimal, half up (5,45 → 5,5) or cut off (5,45 → 5,4). */
export type IntermediateRounding = 'half-up' | 'truncate';

/**
 * Where the whole eindcijfer comes from: the one-decimal SE-cijfer (5,45 → 5,5 → 6, the
 * example of examenblad.nl) or the raw weighted average (5,45 → 5).
 */
export type FinalRoundingFrom = 'one-decimal' | 'raw';

export interface SchoolSettings {
  schoolName: string;
  /** The teacher using this machine: the examinator named in the audit trail and on PDFs. */
  teacherName: string;
  resitRule: ResitRule;
  intermediateRounding: IntermediateRounding;
  finalRoundingFrom: FinalRoundingFrom;
  /** Level labels of the observation scale, lowest first (2 to 6 levels). */
  observationScale: string[];
}

export const DEFAULT_SCHOOL_SETTINGS: SchoolSettings = {
  schoolName: '',
  teacherName: '',
  resitRule: 'highest',
  intermediateRounding: 'half-up',
  finalRoundingFrom: 'one-decimal',
  observationScale: ['D minimaal', 'C basis', 'B gevorderd', 'A expert'],
};
