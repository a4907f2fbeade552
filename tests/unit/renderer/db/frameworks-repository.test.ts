import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importCase } from '../../../../shared/frameworks';
import { db } from '../../../../renderer/src/db/db';
import {
  addFrameworkNode,
  deleteFrameworkNode,
  listFrameworkNodes,
  listFrameworks,
  moveFrameworkNode,
  restoreFrameworkNodes,
  saveFrameworkDraft,
  undoSaveFramework,
  updateFrameworkNode,
} from '../../../../renderer/src/db/repositories/frameworks';
import { dumpAll } from './migration-harness';

const caseDraft = () => importCase(JSON.parse(readFileSync(resolve('tests/fixtures/frameworks/kader-case.json'), 'utf8')));

describe('frameworks repository', () => {
  it('stores a draft with its hierarchy: parents resolved to the new ids, order kept', async () => {
    const draft = caseDraft();
    const framework = await saveFrameworkDraft(draft);
    const nodes = await listFrameworkNodes(framework.id);
    expect(nodes).toHaveLength(draft.nodes.length);
    const byId = new Map(nodes.map((node) => [node.id, node]));
    for (const node of nodes) if (node.parentId) expect(byId.has(node.parentId)).toBe(true);
    const domeinen = nodes.filter((node) => node.parentId === null).sort((a, b) => a.order - b.order);
    expect(domeinen.map((node) => node.code)).toEqual(['A', 'B', 'C']);
  });

  it('a new version retires the old one but keeps it and its nodes; undo restores the old state', async () => {
    const first = await saveFrameworkDraft(caseDraft());
    const before = await dumpAll(db);
    const second = await saveFrameworkDraft(caseDraft(), { replaces: first.id });
    expect(second.lineageId).toBe(first.lineageId);
    expect(second.previousVersionId).toBe(first.id);
    const frameworks = await listFrameworks();
    expect(frameworks.find((f) => f.id === first.id)?.status).toBe('retired');
    expect(frameworks.find((f) => f.id === second.id)?.status).toBe('active');
    expect((await listFrameworkNodes(first.id)).length).toBeGreaterThan(0);
    await undoSaveFramework(second);
    const after = await dumpAll(db);
    expect(after.frameworkNodes).toEqual(before.frameworkNodes);
    expect(after.frameworks!.map((f) => (f as { status: string }).status)).toEqual(['active']);
  });

  it('editing an official text makes it the school’s text; emptying it makes it a placeholder', async () => {
    const framework = await saveFrameworkDraft(caseDraft());
    const eindterm = (await listFrameworkNodes(framework.id)).find((node) => node.type === 'eindterm')!;
    expect(eindterm.textStatus).toBe('official');
    await updateFrameworkNode(eindterm.id, { code: eindterm.code, text: 'Onze eigen formulering.' });
    expect((await db.frameworkNodes.get(eindterm.id))!.textStatus).toBe('school');
    await updateFrameworkNode(eindterm.id, { code: eindterm.code, text: ' ' });
    expect((await db.frameworkNodes.get(eindterm.id))!.textStatus).toBe('placeholder');
  });

  it('deleting a node takes its children along, and restoring brings them back', async () => {
    const framework = await saveFrameworkDraft(caseDraft());
    const domein = (await listFrameworkNodes(framework.id)).find((node) => node.code === 'A')!;
    const count = (await listFrameworkNodes(framework.id)).length;
    const removed = await deleteFrameworkNode(domein.id);
    expect(removed.length).toBeGreaterThan(1);
    expect(await listFrameworkNodes(framework.id)).toHaveLength(count - removed.length);
    await restoreFrameworkNodes(removed);
    expect(await listFrameworkNodes(framework.id)).toHaveLength(count);
  });

  it('moves a node among its siblings and appends new nodes at the end', async () => {
    const framework = await saveFrameworkDraft(caseDraft());
    const b = (await listFrameworkNodes(framework.id)).find((node) => node.code === 'B')!;
    await moveFrameworkNode(b.id, -1);
    const top = (await listFrameworkNodes(framework.id)).filter((node) => node.parentId === null).sort((x, y) => x.order - y.order);
    expect(top.map((node) => node.code)).toEqual(['B', 'A', 'C']);
    const added = await addFrameworkNode({ frameworkId: framework.id, parentId: null, type: 'domein', code: 'D', text: '' });
    expect(added.order).toBe(3);
    expect(added.textStatus).toBe('placeholder');
  });
});
