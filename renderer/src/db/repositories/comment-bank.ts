import type { CommentBankEntry } from '../../../../shared/domain/comment-bank';
import { isLive } from '../../../../shared/domain/record';
import { db } from '../db';
import { newId, now } from '../ids';

export async function listCommentsOfRubric(rubricId: string): Promise<CommentBankEntry[]> {
  return (await db.commentBank.where('[rubricId+criterionId]').between([rubricId, ''], [rubricId, '\uffff']).toArray()).filter(isLive);
}

/** Adds a comment to the bank, unless the same words are already there for this criterion and level. */
export async function addToCommentBank(input: { rubricId: string; criterionId: string; levelId: string | null; text: string }): Promise<CommentBankEntry | null> {
  const text = input.text.trim();
  if (text === '') return null;
  return db.transaction('rw', db.commentBank, async () => {
    const same = (await db.commentBank.where('[rubricId+criterionId]').equals([input.rubricId, input.criterionId]).toArray()).find(
      (entry) => isLive(entry) && entry.levelId === input.levelId && entry.text === text,
    );
    if (same) return same;
    const stamp = now();
    const entry: CommentBankEntry = { id: newId(), ...input, text, uses: 0, lastUsedAt: null, createdAt: stamp, updatedAt: stamp, deletedAt: null };
    await db.commentBank.add(entry);
    return entry;
  });
}

/** Counts a use, so the most used comments come first next time. */
export async function markCommentUsed(id: string): Promise<void> {
  await db.transaction('rw', db.commentBank, async () => {
    const entry = await db.commentBank.get(id);
    if (entry) await db.commentBank.put({ ...entry, uses: entry.uses + 1, lastUsedAt: now(), updatedAt: now() });
  });
}

export async function deleteFromCommentBank(id: string): Promise<void> {
  await db.commentBank.update(id, { deletedAt: now(), updatedAt: now() });
}

/** Brings a deleted comment back, unless the same words were added again meanwhile. */
export async function undeleteFromCommentBank(id: string): Promise<void> {
  await db.transaction('rw', db.commentBank, async () => {
    const entry = await db.commentBank.get(id);
    if (!entry) return;
    const twin = (await db.commentBank.where('[rubricId+criterionId]').equals([entry.rubricId, entry.criterionId]).toArray()).find(
      (other) => other.id !== id && isLive(other) && other.levelId === entry.levelId && other.text === entry.text,
    );
    if (!twin) await db.commentBank.update(id, { deletedAt: null, updatedAt: now() });
  });
}
