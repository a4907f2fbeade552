import type { StoredRecord } from './record';
import type { CriterionScores } from './rubric';

/**
 * A beoordeling: one student's work scored with one rubric version. It stays pinned to that
 * version for good, so it keeps displaying exactly as it was made, whatever happens to the
 * rubric later. (The assessment feature extends this record with assessors, comments and grades.)
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
}
