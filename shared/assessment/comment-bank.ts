import type { CommentBankEntry } from '../domain/comment-bank';
import { isLive } from '../domain/record';

/**
 * The comments to suggest for a criterion at a level, best first: those written for this level,
 * then those for any level; within each, the most used, then the most recently used, then by
 * text. Comments for other criteria or other levels are not suggested.
 */
export function suggestComments(entries: readonly CommentBankEntry[], criterionId: string, levelId: string | null, limit = 9): CommentBankEntry[] {
  const fits = entries.filter((entry) => isLive(entry) && entry.criterionId === criterionId && (entry.levelId === null || entry.levelId === levelId));
  const rank = (entry: CommentBankEntry) => (levelId !== null && entry.levelId === levelId ? 0 : 1);
  return fits
    .sort((a, b) => rank(a) - rank(b) || b.uses - a.uses || (b.lastUsedAt ?? 0) - (a.lastUsedAt ?? 0) || a.text.localeCompare(b.text, 'nl'))
    .slice(0, limit);
}

/**
 * A comment with a suggestion added: on a new line after what is there, unless it is already
 * in it (pressing the key twice does not double it).
 */
export function insertComment(current: string, suggestion: string): string {
  const text = suggestion.trim();
  if (text === '') return current;
  const existing = current.trimEnd();
  if (existing.split('\n').some((line) => line.trim() === text)) return current;
  return existing === '' ? text : `${existing}\n${text}`;
}
