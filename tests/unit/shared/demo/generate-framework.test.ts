import { describe, expect, it } from 'vitest';
import { generateCaseDocument, generateLargeFramework } from '../../../../shared/demo/generate-framework';
import { importCase } from '../../../../shared/frameworks/import-case';

describe('generateLargeFramework', () => {
  it('spreads 500 eindtermen over 10 domeinen with Dutch texts, marked as school text', () => {
    const draft = generateLargeFramework(500);
    const domeinen = draft.nodes.filter((node) => node.type === 'domein');
    const eindtermen = draft.nodes.filter((node) => node.type === 'eindterm');
    expect(domeinen.map((node) => node.code)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']);
    expect(eindtermen).toHaveLength(500);
    expect(domeinen.every((domein) => eindtermen.filter((node) => node.parentKey === domein.key).length === 50)).toBe(true);
    expect(eindtermen[0]!.text).toMatch(/^De (kandidaat|leerling) .+\.$/);
    expect(draft.nodes.every((node) => node.textStatus === 'school')).toBe(true);
    expect(new Set(draft.nodes.map((node) => node.code)).size).toBe(510);
  });

  it('is deterministic, and handles sizes that do not divide evenly', () => {
    expect(generateLargeFramework(37)).toEqual(generateLargeFramework(37));
    const draft = generateLargeFramework(37);
    expect(draft.nodes.filter((node) => node.type === 'eindterm')).toHaveLength(37);
    expect(generateLargeFramework(3).nodes.filter((node) => node.type === 'domein')).toHaveLength(3);
  });
});

describe('generateCaseDocument', () => {
  it('makes a valid CASE document with exactly the number of items asked, which importCase reads', () => {
    const document = generateCaseDocument(2000) as { CFItems: unknown[]; CFAssociations: unknown[] };
    expect(document.CFItems).toHaveLength(2000);
    expect(document.CFAssociations).toHaveLength(2000);
    const draft = importCase(document);
    expect(draft.nodes).toHaveLength(2000);
    expect(draft.nodes.filter((node) => node.type === 'domein')).toHaveLength(40);
    expect(draft.nodes[1]).toMatchObject({ code: 'A1', type: 'eindterm', order: 0 });
  });

  it('is deterministic and works for tiny sizes', () => {
    expect(generateCaseDocument(120)).toEqual(generateCaseDocument(120));
    expect(importCase(generateCaseDocument(1)).nodes).toHaveLength(1);
    expect(importCase(generateCaseDocument(7)).nodes).toHaveLength(7);
  });
});
