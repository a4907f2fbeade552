import { describe, expect, it } from 'vitest';
import { insertComment, suggestComments } from '../../../../shared/assessment/comment-bank';
import type { CommentBankEntry } from '../../../../shared/domain/comment-bank';

function entry(id: string, overrides: Partial<CommentBankEntry> = {}): CommentBankEntry {
  return { id, createdAt: 1, updatedAt: 1, deletedAt: null, rubricId: 'rub1', criterionId: 'k1', levelId: null, text: id, uses: 0, lastUsedAt: null, ...overrides };
}

const bank: CommentBankEntry[] = [
  entry('any-5-old', { text: 'Netjes gewerkt.', uses: 5, lastUsedAt: 100 }),
  entry('B-1', { text: 'Je plant je werk vooraf.', levelId: 'B', uses: 1, lastUsedAt: 50 }),
  entry('B-3', { text: 'Goede voorbereiding.', levelId: 'B', uses: 3, lastUsedAt: 10 }),
  entry('any-5-new', { text: 'Vraag eerder om hulp.', uses: 5, lastUsedAt: 200 }),
  entry('A-99', { text: 'Je stuurt de groep bij.', levelId: 'A', uses: 99, lastUsedAt: 300 }), // other level
  entry('k2', { text: 'Mooi afgewerkt.', criterionId: 'k2', uses: 50 }), // other criterion
  entry('deleted', { text: 'Weggegooid.', uses: 80, deletedAt: 400 }),
  entry('any-0-z', { text: 'Zorgvuldig.', uses: 0 }),
  entry('any-0-a', { text: 'Aandachtig.', uses: 0 }),
];

describe('suggestComments', () => {
  it('level-specific first, then by uses, then most recently used, then by text', () => {
    expect(suggestComments(bank, 'k1', 'B').map((e) => e.id)).toEqual(['B-3', 'B-1', 'any-5-new', 'any-5-old', 'any-0-a', 'any-0-z']);
  });

  it('a comment for this level beats a much more used general one', () => {
    expect(suggestComments(bank, 'k1', 'A').map((e) => e.id)).toEqual(['A-99', 'any-5-new', 'any-5-old', 'any-0-a', 'any-0-z']);
  });

  it('an unscored cell (no level) gets only the general comments', () => {
    expect(suggestComments(bank, 'k1', null).map((e) => e.id)).toEqual(['any-5-new', 'any-5-old', 'any-0-a', 'any-0-z']);
  });

  it('never suggests other criteria, other levels or deleted comments', () => {
    const ids = suggestComments(bank, 'k1', 'C').map((e) => e.id);
    expect(ids).not.toContain('k2');
    expect(ids).not.toContain('A-99');
    expect(ids).not.toContain('B-3');
    expect(ids).not.toContain('deleted');
    expect(suggestComments(bank, 'k2', 'B').map((e) => e.id)).toEqual(['k2']);
  });

  it('stops at the limit (9 by default: the digits of Alt+1…9)', () => {
    expect(suggestComments(bank, 'k1', 'B', 3).map((e) => e.id)).toEqual(['B-3', 'B-1', 'any-5-new']);
    const many = Array.from({ length: 12 }, (_, index) => entry(`e${index}`, { uses: index }));
    const suggested = suggestComments(many, 'k1', null);
    expect(suggested).toHaveLength(9);
    expect(suggested[0]!.id).toBe('e11');
  });

  it('leaves the bank\'s order alone', () => {
    const copy = [...bank];
    suggestComments(bank, 'k1', 'B');
    expect(bank).toEqual(copy);
  });
});

describe('insertComment', () => {
  it('into an empty comment: just the suggestion', () => {
    expect(insertComment('', 'Netjes gewerkt.')).toBe('Netjes gewerkt.');
    expect(insertComment('  \n', 'Netjes gewerkt.')).toBe('Netjes gewerkt.');
  });

  it('after what is there, on a new line (trailing blank lines dropped, the suggestion trimmed)', () => {
    expect(insertComment('Goed bezig.', 'Netjes gewerkt.')).toBe('Goed bezig.\nNetjes gewerkt.');
    expect(insertComment('Goed bezig.\n\n', '  Netjes gewerkt. ')).toBe('Goed bezig.\nNetjes gewerkt.');
  });

  it('pressing the key twice does not double it', () => {
    const once = insertComment('Goed bezig.', 'Netjes gewerkt.');
    expect(insertComment(once, 'Netjes gewerkt.')).toBe(once);
    expect(insertComment('Netjes gewerkt.  \nGoed bezig.', 'Netjes gewerkt.')).toBe('Netjes gewerkt.  \nGoed bezig.');
  });

  it('a suggestion that is only part of a line is still added', () => {
    expect(insertComment('Netjes gewerkt, maar te laat.', 'Netjes gewerkt.')).toBe('Netjes gewerkt, maar te laat.\nNetjes gewerkt.');
  });

  it('an empty suggestion changes nothing', () => {
    expect(insertComment('Goed bezig.\n', '   ')).toBe('Goed bezig.\n');
  });
});
