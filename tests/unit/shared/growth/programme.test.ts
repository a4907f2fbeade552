import { describe, expect, it } from 'vitest';
import { eindtermenOf, programmeFrameworkOf } from '../../../../shared/growth';
import { framework, node } from './helpers';

describe('programmeFrameworkOf', () => {
  const cohort = { programme: 'Zorg en Welzijn' };

  it('finds the active exam programme of the cohort’s programme, whatever the case or spaces', () => {
    const zw = framework('zw');
    expect(programmeFrameworkOf({ programme: '  zorg en welzijn ' }, [framework('ict', { programme: 'Informatietechnologie' }), zw])).toBe(zw);
  });

  it('is null when the school has not imported that programme', () => {
    expect(programmeFrameworkOf(cohort, [framework('ict', { programme: 'Informatietechnologie' })])).toBeNull();
    expect(programmeFrameworkOf(cohort, [])).toBeNull();
  });

  it('skips retired, archived and deleted versions, and the school’s own and LOB frameworks', () => {
    const candidates = [
      framework('retired', { status: 'retired' }),
      framework('archived', { archivedAt: 10 }),
      framework('deleted', { deletedAt: 10 }),
      framework('school', { family: 'school' }),
      framework('lob', { family: 'lob' }),
    ];
    expect(programmeFrameworkOf(cohort, candidates)).toBeNull();
    const current = framework('current', { version: '2025' });
    expect(programmeFrameworkOf(cohort, [...candidates, current])).toBe(current);
  });

  it('prefers a real exam-programme family over "other" when a school has both', () => {
    const other = framework('other', { family: 'other' });
    const pgv = framework('pgv');
    expect(programmeFrameworkOf(cohort, [other, pgv])).toBe(pgv);
    expect(programmeFrameworkOf(cohort, [other])).toBe(other);
  });
});

describe('eindtermenOf', () => {
  it('gives the eindtermen in tree order (A1, A2, B1), without headings, subitems or deleted nodes', () => {
    const nodes = [
      node('b', 'f', 'B', { type: 'domein', order: 1 }),
      node('a', 'f', 'A', { type: 'domein', order: 0 }),
      node('b1', 'f', 'B1', { parentId: 'b', order: 0 }),
      node('a2', 'f', 'A2', { parentId: 'a', order: 1 }),
      node('a1', 'f', 'A1', { parentId: 'a', order: 0 }),
      node('a1x', 'f', 'A1.1', { parentId: 'a1', type: 'subitem', order: 0 }),
      node('a3', 'f', 'A3', { parentId: 'a', order: 2, deletedAt: 7 }),
    ];
    expect(eindtermenOf(nodes).map((n) => n.code)).toEqual(['A1', 'A2', 'B1']);
  });

  it('keeps an eindterm whose domein was deleted, rather than losing it', () => {
    const nodes = [node('a', 'f', 'A', { type: 'domein', deletedAt: 3 }), node('a1', 'f', 'A1', { parentId: 'a' })];
    expect(eindtermenOf(nodes).map((n) => n.code)).toEqual(['A1']);
  });

  it('is empty for a framework without eindtermen (the school’s own skills)', () => {
    expect(eindtermenOf([node('v', 'f', 'V1', { type: 'vaardigheid' })])).toEqual([]);
  });
});
