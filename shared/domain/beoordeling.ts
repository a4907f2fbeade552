import type { StoredRecord } from './record';
import type { CriterionScores } from './rubric';

/**
 * Who assessed the work. The examinator's judgement is the one that counts; a second
 * examinator calibrates; the student (zelf), classmates (peer) and the opdrachtgever give
 * their view beside it (the client's is advisory: ../shared/domain.md "How it is examined").
 */
export type Assessor = 'examinator' | 'tweede-examinator' | 'zelf' | 'peer' | 'opdrachtgever';
export const ASSESSORS: readonly Assessor[] = ['examinator', 'tweede-examinator', 'zelf', 'peer', 'opdrachtgever'];

/** Scores by these assessors are summative: every change is kept in the audit trail. */
export function isSummativeAssessor(assessor: Assessor): boolean {
  return assessor === 'examinator' || assessor === 'tweede-examinator';
}

/** The first attempt at a PTA toets, or its herkansing. */
export type Attempt = 1 | 2;

/**
 * A beoordeling: one student's work scored with one rubric version by one assessor. It stays
 * pinned to that version for good, so it keeps displaying exactly as it was made, whatever
 * happens to the rubric later.
 */
export interface Beoordeling extends StoredRecord {
  studentId: string;
  rubricId: string;
  rubricVersionId: string;
  scores: CriterionScores;
  /** Voorwaardelijke eisen by condition id: met or not. */
  conditionsMet: Record<string, boolean>;
  /** The date the work was done (ISO yyyy-mm-dd), not the date it was entered. */
  workDate: string;
  /** The opdracht the work was done for (null: assessed outside an opdracht). */
  opdrachtId: string | null;
  assessor: Assessor;
  /** The assessor's name as shown beside the scores: the teacher, the client's contact person. */
  assessorName: string;
  /** For a peer assessment: the student who assessed. */
  peerStudentId: string | null;
  /** The team the student was scored with, when scored as a team. */
  teamId: string | null;
  /** Criterion ids where this student's level deviates from the team's level. */
  overrides: string[];
  /** A comment per criterion id, in student language. */
  comments: Record<string, string>;
  /** The PTA toets this beoordeling delivers the result for (examinator only), else null. */
  ptaToetsId: string | null;
  attempt: Attempt;
}
