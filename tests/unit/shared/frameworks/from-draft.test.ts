import { describe, expect, it } from 'vitest';
import type { FrameworkDraft } from '../../../../shared/domain/framework';
import { BUILTIN_FRAMEWORKS } from '../../../../shared/frameworks/builtin';
import { frameworkFromDraft } from '../../../../shared/frameworks/from-draft';

const counter = () => {
  let n = 0;
  return () => `id-${++n}`;
};

describe('frameworkFromDraft', () => {
  it('gives the framework and its nodes fresh ids, resolves parents and continues a lineage', () => {
    const { framework, nodes } = frameworkFromDraft(BUILTIN_FRAMEWORKS[1]!, { newId: counter(), now: 5, lineageId: 'lin', previousVersionId: 'old' });
    expect(framework).toMatchObject({ id: 'id-1', lineageId: 'lin', previousVersionId: 'old', status: 'active', createdAt: 5, family: 'vmbo-pgv', version: '2020' });
    expect(nodes).toHaveLength(12);
    const a = nodes.find((node) => node.code === 'A')!;
    expect(nodes.filter((node) => node.parentId === a.id).map((node) => node.code)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6']);
    expect(nodes.every((node) => node.frameworkId === 'id-1' && node.sourceId === null)).toBe(true);
  });

  it('starts a new lineage by default', () => {
    const { framework } = frameworkFromDraft(BUILTIN_FRAMEWORKS[2]!, { newId: counter(), now: 5 });
    expect(framework.lineageId).toBe(framework.id);
    expect(framework.previousVersionId).toBeNull();
  });

  it('refuses a draft that breaks the importers’ guarantees (a bug, not bad input)', () => {
    const base: FrameworkDraft = { ...BUILTIN_FRAMEWORKS[2]! };
    const duplicate = { ...base, nodes: [...base.nodes, base.nodes[0]!] };
    expect(() => frameworkFromDraft(duplicate, { newId: counter(), now: 0 })).toThrow(/Duplicate draft key/);
    const orphan = { ...base, nodes: [{ ...base.nodes[0]!, parentKey: 'nowhere' }] };
    expect(() => frameworkFromDraft(orphan, { newId: counter(), now: 0 })).toThrow(/Unknown parent key/);
  });
});
