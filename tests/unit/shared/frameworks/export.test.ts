import { describe, expect, it } from 'vitest';
import type { FrameworkNode } from '../../../../shared/domain/framework';
import { generateLargeFramework } from '../../../../shared/demo/generate-framework';
import { BUILTIN_FRAMEWORKS } from '../../../../shared/frameworks/builtin';
import { exportCase } from '../../../../shared/frameworks/export-case';
import { exportFrameworkCsv } from '../../../../shared/frameworks/export-csv';
import { importCase } from '../../../../shared/frameworks/import-case';
import { importFrameworkCsv } from '../../../../shared/frameworks/import-csv';
import { importSlo } from '../../../../shared/frameworks/import-slo';
import { isUuid } from '../../../../shared/frameworks/uuid';
import { fixtureBytes, textBytes } from '../../../fixtures/read-fixture';
import { draftTree, store, storedTree } from './helpers';

const fixtures = {
  'kader-case.json': () => importCase(fixtureBytes('frameworks/kader-case.json')),
  'slo-sample.json': () => importSlo(fixtureBytes('frameworks/slo-sample.json')),
};

type CaseJson = {
  CFDocument: Record<string, unknown>;
  CFItems: Record<string, unknown>[];
  CFAssociations: (Record<string, unknown> & { originNodeURI: { identifier: string }; destinationNodeURI: { identifier: string } })[];
};

describe.each(Object.entries(fixtures))('round trip of %s', (_name, load) => {
  const draft = load();
  const { framework, nodes } = store(draft);

  it('stores the draft as the same tree', () => {
    expect(storedTree(nodes)).toEqual(draftTree(draft));
  });

  it('importCase(exportCase(x)) gives the same tree: codes, texts, types, order, parents', () => {
    const again = importCase(exportCase(framework, nodes));
    expect(draftTree(again)).toEqual(storedTree(nodes));
    expect(again.title).toBe(framework.title);
    expect(again.version).toBe(framework.version);
  });

  it('importFrameworkCsv(exportFrameworkCsv(x)) gives the same tree', () => {
    const csv = exportFrameworkCsv(framework, nodes);
    const again = importFrameworkCsv(textBytes(csv));
    expect(draftTree(again)).toEqual(storedTree(nodes));
  });

  it('keeps the source identifiers of imported items in the CASE export', () => {
    const exported = exportCase(framework, nodes) as CaseJson;
    expect(exported.CFItems.map((item) => item.identifier)).toEqual(nodesInOrder(nodes).map((node) => node.sourceId));
    expect(exported.CFDocument.identifier).toBe(framework.source.sourceId);
  });
});

function nodesInOrder(nodes: readonly FrameworkNode[]) {
  return storedTree(nodes).map(([code]) => nodes.find((node) => node.code === code)!);
}

describe('exportCase', () => {
  const { framework, nodes } = store(BUILTIN_FRAMEWORKS[1]!);

  it('writes a CASE 1.1 package: document, items with type and code, isChildOf associations with sequenceNumbers', () => {
    const exported = exportCase(framework, nodes, { creator: 'Sectie pgv, Voorbeeldcollege' }) as CaseJson;
    expect(exported.CFDocument).toMatchObject({
      identifier: framework.id,
      uri: `urn:uuid:${framework.id}`,
      creator: 'Sectie pgv, Voorbeeldcollege',
      title: framework.title,
      version: '2020',
      language: 'nl',
      lastChangeDateTime: '2026-11-23T09:00:00.000Z',
    });
    expect(exported.CFItems).toHaveLength(12);
    expect(exported.CFItems[1]).toMatchObject({ humanCodingScheme: 'A1', fullStatement: 'Communiceren', CFItemType: 'Subdomein' });
    const a = exported.CFItems[0]!.identifier;
    const childrenOfA = exported.CFAssociations.filter((association) => association.destinationNodeURI.identifier === a);
    expect(childrenOfA.map((association) => association.sequenceNumber)).toEqual([1, 2, 3, 4, 5, 6]);
    const topLevel = exported.CFAssociations.filter((association) => association.destinationNodeURI.identifier === framework.id);
    expect(topLevel.map((association) => association.sequenceNumber)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(exported.CFAssociations.every((association) => association.associationType === 'isChildOf')).toBe(true);
  });

  it('uses UUIDs for every identifier, the same on every export', () => {
    const first = exportCase(framework, nodes) as CaseJson;
    const second = exportCase(framework, nodes) as CaseJson;
    expect(second).toEqual(first);
    const ids = [first.CFDocument.identifier, ...first.CFItems.map((item) => item.identifier), ...first.CFAssociations.map((a) => a.identifier)];
    expect(ids.every((id) => isUuid(id as string))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('falls back to derived UUIDs when ids are not UUIDs, and keeps identifiers unique when sourceIds repeat', () => {
    const odd = nodes.map((node, index) => ({ ...node, id: `node-${index}`, parentId: node.parentId && `node-${nodes.findIndex((n) => n.id === node.parentId)}`, sourceId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427', frameworkId: 'fw' }));
    const exported = exportCase({ ...framework, id: 'fw' }, odd) as CaseJson;
    const ids = exported.CFItems.map((item) => item.identifier as string);
    expect(ids[0]).toBe('1b4e28ba-2fa1-41d2-883f-0016d3cca427');
    expect(new Set(ids).size).toBe(12);
    expect(ids.every((id) => isUuid(id))).toBe(true);
    expect(draftTree(importCase(exported))).toEqual(storedTree(nodes));
  });

  it('keeps school and placeholder text from becoming official on re-import', () => {
    const school = store(BUILTIN_FRAMEWORKS[3]!);
    const placeholder: FrameworkNode = { ...school.nodes[0]!, id: 'e3b0c442-98fc-4c14-9afb-f4c8996fb924', code: 'V7', text: '', textStatus: 'placeholder', order: 6 };
    const again = importCase(exportCase(school.framework, [...school.nodes, placeholder]));
    expect(again.nodes.map((node) => node.textStatus)).toEqual(['school', 'school', 'school', 'school', 'school', 'school', 'placeholder']);
  });

  it('exports only the live nodes of the framework', () => {
    const deleted = nodes.map((node) => (node.code === 'F' ? { ...node, deletedAt: 1 } : node));
    const foreign = { ...nodes[0]!, id: '9b2f4c1e-0000-4000-8000-000000000001', frameworkId: 'other' };
    const exported = exportCase(framework, [...deleted, foreign]) as CaseJson;
    expect(exported.CFItems.map((item) => item.humanCodingScheme)).not.toContain('F');
    expect(exported.CFItems).toHaveLength(11);
  });

  it('round-trips a generated framework of 500 eindtermen', () => {
    const big = store(generateLargeFramework(500));
    expect(draftTree(importCase(exportCase(big.framework, big.nodes)))).toEqual(storedTree(big.nodes));
  });
});

describe('exportFrameworkCsv', () => {
  it("writes Dutch Excel's dialect: BOM, semicolons, CRLF, the four columns, parents before children", () => {
    const { framework, nodes } = store(BUILTIN_FRAMEWORKS[1]!);
    const csv = exportFrameworkCsv(framework, nodes);
    expect(csv.startsWith('\uFEFFcode;omschrijving;bovenliggende code;type\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.slice(1, 4)).toEqual(['A;Praktijkgerichte vaardigheden;;domein', 'A1;Communiceren;A;subdomein', 'A2;Samenwerken;A;subdomein']);
    expect(lines.at(-1)).toBe('');
  });

  it('neutralises formulas and quotes texts with delimiters and line breaks, and reads them back unchanged', () => {
    const { framework, nodes } = store({
      title: 't',
      family: 'school',
      programme: '',
      version: '',
      source: { kind: 'manual', label: '' },
      nodes: [
        { key: 'a', parentKey: null, type: 'domein', code: '=A', text: '+Plannen; organiseren', textStatus: 'school', order: 0 },
        { key: 'b', parentKey: 'a', type: 'leerdoel', code: 'B', text: '@team\nregel twee "citaat"', textStatus: 'school', order: 0 },
      ],
    });
    const csv = exportFrameworkCsv(framework, nodes);
    expect(csv).toContain(`'=A;"'+Plannen; organiseren";;domein`);
    expect(csv).toContain(`B;"'@team\nregel twee ""citaat""";'=A;leerdoel`);
    expect(draftTree(importFrameworkCsv(textBytes(csv)))).toEqual(storedTree(nodes));
  });
});
