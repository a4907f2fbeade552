import { describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/db';
import {
  addToCommentBank,
  deleteFromCommentBank,
  listCommentsOfRubric,
  markCommentUsed,
  undeleteFromCommentBank,
} from '../../../../renderer/src/db/repositories/comment-bank';

const base = { rubricId: 'r1', criterionId: 'k-inhoud', levelId: 'l-c' as string | null };

describe('adding to the comment bank', () => {
  it('trims the text', async () => {
    const entry = await addToCommentBank({ ...base, text: '  Je bronnen kloppen, noem ze ook.\n' });
    expect(entry).toMatchObject({ ...base, text: 'Je bronnen kloppen, noem ze ook.', uses: 0, lastUsedAt: null, deletedAt: null });
    expect((await db.commentBank.get(entry!.id))!.text).toBe('Je bronnen kloppen, noem ze ook.');
  });

  it.each(['', '   ', '\n\t '])('refuses empty text %j and stores nothing', async (text) => {
    expect(await addToCommentBank({ ...base, text })).toBeNull();
    expect(await db.commentBank.count()).toBe(0);
  });

  it('does not duplicate the same words for the same criterion and level, whatever the spaces around them', async () => {
    const first = await addToCommentBank({ ...base, text: 'Goed voorbereid!' });
    const again = await addToCommentBank({ ...base, text: 'Goed voorbereid!' });
    const spaced = await addToCommentBank({ ...base, text: '  Goed voorbereid!  ' });
    expect(again!.id).toBe(first!.id);
    expect(spaced!.id).toBe(first!.id);
    expect(await db.commentBank.count()).toBe(1);
  });

  it('also not when two windows add it at the same moment', async () => {
    const [a, b] = await Promise.all([addToCommentBank({ ...base, text: 'Goed voorbereid!' }), addToCommentBank({ ...base, text: 'Goed voorbereid!' })]);
    expect(a!.id).toBe(b!.id);
    expect(await db.commentBank.count()).toBe(1);
  });

  it('the same words for another level, any level, another criterion or another rubric are separate entries', async () => {
    await addToCommentBank({ ...base, text: 'Goed voorbereid!' });
    await addToCommentBank({ ...base, levelId: 'l-b', text: 'Goed voorbereid!' });
    await addToCommentBank({ ...base, levelId: null, text: 'Goed voorbereid!' });
    await addToCommentBank({ ...base, criterionId: 'k-presentatie', text: 'Goed voorbereid!' });
    await addToCommentBank({ ...base, rubricId: 'r2', text: 'Goed voorbereid!' });
    expect(await db.commentBank.count()).toBe(5);
    // Different words for the same criterion and level are a new entry too.
    await addToCommentBank({ ...base, text: 'Goed voorbereid.' });
    expect(await db.commentBank.count()).toBe(6);
  });
});

describe('using the comment bank', () => {
  it('markCommentUsed counts every use and remembers when', async () => {
    const entry = await addToCommentBank({ ...base, text: 'Kijk je publiek aan.' });
    await markCommentUsed(entry!.id);
    await markCommentUsed(entry!.id);
    await markCommentUsed(entry!.id);
    const stored = (await db.commentBank.get(entry!.id))!;
    expect(stored.uses).toBe(3);
    expect(stored.lastUsedAt).toBeGreaterThan(0);
    expect(stored.text).toBe('Kijk je publiek aan.');
  });

  it('counts uses from two windows at the same moment', async () => {
    const entry = await addToCommentBank({ ...base, text: 'Kijk je publiek aan.' });
    await Promise.all([markCommentUsed(entry!.id), markCommentUsed(entry!.id), markCommentUsed(entry!.id)]);
    expect((await db.commentBank.get(entry!.id))!.uses).toBe(3);
  });

  it('marking a comment that does not exist changes nothing', async () => {
    await expect(markCommentUsed('bestaat-niet')).resolves.toBeUndefined();
    expect(await db.commentBank.count()).toBe(0);
  });

  it('a deleted comment is no longer listed, and undo brings it back with its uses', async () => {
    const entry = await addToCommentBank({ ...base, text: 'Kijk je publiek aan.' });
    await markCommentUsed(entry!.id);
    await deleteFromCommentBank(entry!.id);
    expect(await listCommentsOfRubric('r1')).toEqual([]);
    expect((await db.commentBank.get(entry!.id))!.deletedAt).toBeGreaterThan(0);
    await undeleteFromCommentBank(entry!.id);
    const listed = await listCommentsOfRubric('r1');
    expect(listed.map((c) => [c.id, c.uses, c.deletedAt])).toEqual([[entry!.id, 1, null]]);
  });

  it('listCommentsOfRubric lists only that rubric’s live comments', async () => {
    const a = await addToCommentBank({ ...base, text: 'Een' });
    const b = await addToCommentBank({ ...base, criterionId: 'k-presentatie', levelId: null, text: 'Twee' });
    const gone = await addToCommentBank({ ...base, text: 'Weg' });
    await deleteFromCommentBank(gone!.id);
    // Rubric ids that sort right next to r1 must not leak in.
    await addToCommentBank({ ...base, rubricId: 'r10', text: 'Van r10' });
    await addToCommentBank({ ...base, rubricId: 'r1-kopie', text: 'Van de kopie' });
    await addToCommentBank({ ...base, rubricId: 'r2', text: 'Van r2' });
    expect((await listCommentsOfRubric('r1')).map((c) => c.id).sort()).toEqual([a!.id, b!.id].sort());
    expect(await listCommentsOfRubric('r3')).toEqual([]);
  });
});
