import { describe, expect, it } from 'vitest';
import { nodeResolverOf, retiredNodeMapping } from '../../../../shared/growth';
import { framework, node } from './helpers';

// Zorg en Welzijn 2020 (retired) and 2024 (active), one lineage; ICT 2024 in another.
const V2020 = framework('zw-2020', { version: '2020', status: 'retired', createdAt: 1 });
const V2024 = framework('zw-2024', { version: '2024', status: 'active', createdAt: 2, previousVersionId: 'zw-2020' });
const ICT = framework('ict', { lineageId: 'lin-ict', programme: 'Informatietechnologie' });

describe('nodeResolverOf', () => {
  it('maps a retired version’s node to the active version’s node with the same source id', () => {
    const resolve = nodeResolverOf(
      [V2020, V2024],
      [node('old-b1', 'zw-2020', 'B1', { sourceId: 'slo-b1' }), node('new-b1', 'zw-2024', 'B1-nieuw', { sourceId: 'slo-b1' })],
    );
    expect(resolve('old-b1')).toBe('new-b1');
  });

  it('falls back to the same code when the source ids differ or are missing', () => {
    const resolve = nodeResolverOf(
      [V2020, V2024],
      [
        node('old-b3', 'zw-2020', 'B3', { sourceId: 'case-2020-b3' }),
        node('new-b3', 'zw-2024', 'B3', { sourceId: 'case-2024-b3' }),
        node('old-a1', 'zw-2020', ' a1 '),
        node('new-a1', 'zw-2024', 'A1'),
      ],
    );
    expect(resolve('old-b3')).toBe('new-b3');
    expect(resolve('old-a1')).toBe('new-a1');
  });

  it('prefers the source id over the code when they point to different nodes (a renumbered eindterm)', () => {
    const resolve = nodeResolverOf(
      [V2020, V2024],
      [node('old', 'zw-2020', 'B2', { sourceId: 's-x' }), node('new-b2', 'zw-2024', 'B2', { sourceId: 's-y' }), node('new-b4', 'zw-2024', 'B4', { sourceId: 's-x' })],
    );
    expect(resolve('old')).toBe('new-b4');
  });

  it('leaves unmapped ids as recorded: dropped goals, active versions, other frameworks, unknown ids', () => {
    const resolve = nodeResolverOf(
      [V2020, V2024, ICT],
      [node('old-c9', 'zw-2020', 'C9'), node('new-a1', 'zw-2024', 'A1'), node('ict-a1', 'ict', 'A1')],
    );
    expect(resolve('old-c9')).toBe('old-c9');
    expect(resolve('new-a1')).toBe('new-a1');
    expect(resolve('ict-a1')).toBe('ict-a1');
    expect(resolve('nowhere')).toBe('nowhere');
  });

  it('never maps into another lineage, even with the same code', () => {
    expect(nodeResolverOf([V2020, ICT], [node('old-a1', 'zw-2020', 'A1'), node('ict-a1', 'ict', 'A1')])('old-a1')).toBe('old-a1');
  });

  it('maps every older version straight to the active one (2016 → 2024, not via 2020)', () => {
    const v2016 = framework('zw-2016', { version: '2016', status: 'retired', createdAt: 0 });
    const mapping = retiredNodeMapping(
      [v2016, V2020, V2024],
      [node('a1-2016', 'zw-2016', 'A1'), node('a1-2020', 'zw-2020', 'A1'), node('a1-2024', 'zw-2024', 'A1')],
    );
    expect(Object.fromEntries(mapping)).toEqual({ 'a1-2016': 'a1-2024', 'a1-2020': 'a1-2024' });
  });

  it('does not map onto a deleted node of the active version, nor via a deleted framework', () => {
    expect(nodeResolverOf([V2020, V2024], [node('old', 'zw-2020', 'A1'), node('new', 'zw-2024', 'A1', { deletedAt: 5 })])('old')).toBe('old');
    const deletedActive = { ...V2024, deletedAt: 5 };
    expect(nodeResolverOf([V2020, deletedActive], [node('old', 'zw-2020', 'A1'), node('new', 'zw-2024', 'A1')])('old')).toBe('old');
  });

  it('still maps evidence on a node that was deleted from the retired version', () => {
    expect(nodeResolverOf([V2020, V2024], [node('old', 'zw-2020', 'A1', { deletedAt: 5 }), node('new', 'zw-2024', 'A1')])('old')).toBe('new');
  });

  it('leaves everything as recorded when a lineage has no active version', () => {
    expect(retiredNodeMapping([V2020], [node('old', 'zw-2020', 'A1')]).size).toBe(0);
  });
});
