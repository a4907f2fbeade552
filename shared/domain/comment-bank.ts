import type { StoredRecord } from './record';

/**
 * A reusable comment for one criterion of a rubric (and, optionally, one level of it), in
 * student language. The classroom screen suggests the most used first.
 */
export interface CommentBankEntry extends StoredRecord {
  rubricId: string;
  criterionId: string;
  /** The level it was written for; null fits any level. */
  levelId: string | null;
  text: string;
  uses: number;
  lastUsedAt: number | null;
}
