import { describe, expect, it } from 'vitest';
import { importCase } from '../../../../shared/frameworks/import-case';
import { fixtureBytes, textBytes } from '../../../fixtures/read-fixture';
import { draftTree, problemsOf } from './helpers';

const DOC_ID = 'db012d49-936e-5616-b37b-3dc32dd54fd0';

function kader(): Record<string, unknown> & { CFItems: Record<string, unknown>[]; CFAssociations: Record<string, unknown>[] } {
  return JSON.parse(new TextDecoder().decode(fixtureBytes('frameworks/kader-case.json')));
}

const bad = (name: string) => fixtureBytes(`frameworks/bad/${name}`);

describe('importCase: the kader-case.json fixture', () => {
  const draft = importCase(fixtureBytes('frameworks/kader-case.json'));

  it('reads the document: title, version, source with the CFDocument identifier and creator', () => {
    expect(draft.title).toBe('Praktijkgericht vak — voorbeeldkader (domeinen en vaardigheden)');
    expect(draft.version).toBe('2024');
    expect(draft.family).toBe('other');
    expect(draft.source).toMatchObject({ kind: 'case', label: 'Voorbeeldschool sectie pgv', sourceId: DOC_ID });
  });

  it('builds the full hierarchy in sequenceNumber order: 3 domeinen, 8 eindtermen', () => {
    expect(draftTree(draft).map(([code, , type, parent, order]) => [code, type, parent, order])).toEqual([
      ['A', 'domein', null, 0],
      ['A1', 'eindterm', 'A', 0],
      ['A2', 'eindterm', 'A', 1],
      ['B', 'domein', null, 1],
      ['B1', 'eindterm', 'B', 0],
      ['B2', 'eindterm', 'B', 1],
      ['B3', 'eindterm', 'B', 2],
      ['B4', 'eindterm', 'B', 3],
      ['B5', 'eindterm', 'B', 4],
      ['C', 'domein', null, 2],
      ['C1', 'eindterm', 'C', 0],
    ]);
  });

  it('keeps each item identifier as key and sourceId, fullStatement as text, and marks the text official', () => {
    const a1 = draft.nodes.find((node) => node.code === 'A1')!;
    expect(a1).toMatchObject({
      key: '90b99407-11d2-5d22-9eb1-d65093900553',
      sourceId: '90b99407-11d2-5d22-9eb1-d65093900553',
      parentKey: 'd46f17b0-fc05-5acb-a2af-9a7a4370fd93',
      text: 'De leerling voert een praktijkgerichte opdracht uit voor een externe opdrachtgever.',
      textStatus: 'official',
    });
  });

  it('takes family, programme and text status from the teacher when given', () => {
    const school = importCase(kader(), { family: 'vmbo-pgv', programme: 'Zorg en Welzijn', textStatus: 'school' });
    expect(school).toMatchObject({ family: 'vmbo-pgv', programme: 'Zorg en Welzijn' });
    expect(school.nodes.every((node) => node.textStatus === 'school')).toBe(true);
  });
});

describe('importCase: what real files do', () => {
  it('orders siblings by sequenceNumber, not by the order of the associations', () => {
    const json = kader();
    json.CFAssociations.reverse();
    const codes = importCase(json).nodes.map((node) => node.code);
    expect(codes).toEqual(['A', 'A1', 'A2', 'B', 'B1', 'B2', 'B3', 'B4', 'B5', 'C', 'C1']);
  });

  it('keeps file order for siblings without sequenceNumber, after those with one', () => {
    const json = kader();
    for (const association of json.CFAssociations) delete association.sequenceNumber;
    json.CFAssociations[1]!.sequenceNumber = 1; // B first
    const roots = importCase(json).nodes.filter((node) => node.parentKey === null).map((node) => node.code);
    expect(roots).toEqual(['B', 'A', 'C']);
  });

  it('ignores association types without hierarchy, even when they point to other frameworks', () => {
    const json = kader();
    json.CFAssociations.push(
      { identifier: 'x1', associationType: 'exactMatchOf', originNodeURI: { identifier: json.CFItems[3]!.identifier }, destinationNodeURI: { identifier: 'elsewhere' } },
      { identifier: 'x2', associationType: 'isRelatedTo', originNodeURI: { identifier: 'elsewhere' }, destinationNodeURI: { identifier: 'too' } },
      { identifier: 'x3', associationType: 'ext:alignsWithPta', originNodeURI: { identifier: 'a' }, destinationNodeURI: { identifier: 'b' } },
      { identifier: 'x4', associationType: 'hasPart', originNodeURI: { identifier: 'a' }, destinationNodeURI: { identifier: 'b' } },
    );
    expect(importCase(json).nodes).toHaveLength(11);
  });

  it('reads isParentOf as the hierarchy seen from the parent', () => {
    const json = kader();
    const a2 = json.CFAssociations[4]!;
    json.CFAssociations[4] = { ...a2, associationType: 'isParentOf', originNodeURI: a2.destinationNodeURI, destinationNodeURI: a2.originNodeURI };
    const tree = draftTree(importCase(json));
    expect(tree.find(([code]) => code === 'A2')).toEqual(['A2', expect.any(String), 'eindterm', 'A', 1]);
  });

  it('accepts a CFPackage wrapper and the JSON as text', () => {
    const text = JSON.stringify({ CFPackage: kader() });
    expect(importCase(text).nodes).toHaveLength(11);
  });

  it('infers unknown or missing CFItemTypes from the place in the tree', () => {
    const json = kader();
    for (const item of json.CFItems) item.CFItemType = 'Heading';
    delete json.CFItems[3]!.CFItemType;
    const types = importCase(json).nodes.map((node) => `${node.code}:${node.type}`);
    expect(types.slice(0, 3)).toEqual(['A:domein', 'A1:eindterm', 'A2:eindterm']);
  });

  it('maps the CFItemTypes publishers use', () => {
    const json = kader();
    json.CFItems[0]!.CFItemType = 'Strand';
    json.CFItems[3]!.CFItemType = 'Competency';
    json.CFItems[4]!.CFItemType = 'Standard';
    json.CFItems[5]!.CFItemType = 'Vaardigheid';
    json.CFItems[6]!.CFItemType = 'Sub-domein';
    const types = Object.fromEntries(importCase(json).nodes.map((node) => [node.code, node.type]));
    expect(types).toMatchObject({ A: 'domein', A1: 'eindterm', A2: 'eindterm', B1: 'vaardigheid', B2: 'subdomein' });
  });

  it('gives items without humanCodingScheme a positional code, unique in the file', () => {
    const json = kader();
    delete json.CFItems[2]!.humanCodingScheme; // C, third at top level → "3"
    delete json.CFItems[10]!.humanCodingScheme; // C1 → "3.1"
    json.CFItems[9]!.humanCodingScheme = '3.1'; // B5 already uses "3.1"
    const codes = importCase(json).nodes.map((node) => node.code);
    expect(codes.slice(-3)).toEqual(['3.1', '3', '3.1-2']);
  });

  it('marks an empty fullStatement as a placeholder and reads back the school marker of a Vakwerk export', () => {
    const json = kader();
    json.CFItems[3]!.fullStatement = '';
    json.CFItems[4]!.notes = 'Geëxporteerd uit Vakwerk [vakwerk:textStatus=school]';
    const byCode = Object.fromEntries(importCase(json).nodes.map((node) => [node.code, node]));
    expect(byCode.A1).toMatchObject({ text: '', textStatus: 'placeholder' });
    expect(byCode.A2!.textStatus).toBe('school');
    expect(byCode.B1!.textStatus).toBe('official');
  });
});

describe('importCase: bad input is refused with every problem and where it is', () => {
  it('refuses bytes that are not JSON, and JSON that is not a CASE document', () => {
    expect(problemsOf(() => importCase(textBytes('<html>niet gevonden</html>')))).toEqual([
      { code: 'file.not-json', location: { kind: 'file' }, params: {} },
    ]);
    expect(problemsOf(() => importCase([1, 2]))).toEqual([{ code: 'case.missing-document', location: { kind: 'file' }, params: {} }]);
    expect(problemsOf(() => importCase({ CFItems: [] }))[0]!.code).toBe('case.missing-document');
    expect(problemsOf(() => importCase(new Uint8Array()))[0]!.code).toBe('file.empty');
  });

  it('refuses a document without items', () => {
    const json = kader();
    json.CFItems = [];
    expect(problemsOf(() => importCase(json))).toEqual([{ code: 'case.no-items', location: { kind: 'file' }, params: {} }]);
  });

  it('names missing identifiers on an item and an association', () => {
    expect(problemsOf(() => importCase(bad('case-zonder-identifier.json')))).toEqual([
      { code: 'json.missing-field', location: { kind: 'json', path: 'CFItems[10]' }, params: { path: 'CFItems[10]', field: 'identifier' } },
      { code: 'json.missing-field', location: { kind: 'json', path: 'CFAssociations[9]' }, params: { path: 'CFAssociations[9]', field: 'identifier' } },
    ]);
  });

  it('names a missing CFDocument title and a missing fullStatement', () => {
    const json = kader();
    delete (json.CFDocument as Record<string, unknown>).title;
    delete json.CFItems[2]!.fullStatement;
    expect(problemsOf(() => importCase(json)).map((problem) => [problem.code, problem.params])).toEqual([
      ['json.missing-field', { path: 'CFDocument', field: 'title' }],
      ['json.missing-field', { path: 'CFItems[2]', field: 'fullStatement' }],
    ]);
  });

  it('names an association to a parent that is not in the file', () => {
    expect(problemsOf(() => importCase(bad('case-onbekende-ouder.json')))).toEqual([
      {
        code: 'case.unknown-parent',
        location: { kind: 'json', path: 'CFAssociations[6]' },
        params: { path: 'CFAssociations[6]', identifier: '0b9e9a4c-2f0e-4f5b-9a53-6f2f7c1d0e99' },
      },
    ]);
  });

  it('names an association from a child that is not in the file, and one from the document itself', () => {
    const json = kader();
    json.CFAssociations[0]!.originNodeURI = { identifier: 'no-such-item' };
    json.CFAssociations[1]!.originNodeURI = { identifier: DOC_ID };
    const problems = problemsOf(() => importCase(json));
    expect(problems.slice(0, 2)).toEqual([
      { code: 'case.unknown-child', location: { kind: 'json', path: 'CFAssociations[0]' }, params: { path: 'CFAssociations[0]', identifier: 'no-such-item' } },
      { code: 'case.document-as-child', location: { kind: 'json', path: 'CFAssociations[1]' }, params: { path: 'CFAssociations[1]' } },
    ]);
    // A and B lost their place in the tree, so they are reported as not connected too.
    expect(problems.slice(2).map((problem) => problem.code)).toEqual(['case.orphan', 'case.orphan']);
  });

  it('names an association type outside the CASE 1.1 vocabulary', () => {
    expect(problemsOf(() => importCase(bad('case-onbekend-associatietype.json')))).toEqual([
      {
        code: 'case.unknown-association-type',
        location: { kind: 'json', path: 'CFAssociations[3]' },
        params: { path: 'CFAssociations[3]', type: 'isSubItemOf' },
      },
    ]);
  });

  it('names an item with two parents', () => {
    expect(problemsOf(() => importCase(bad('case-twee-ouders.json')))).toEqual([
      {
        code: 'case.two-parents',
        location: { kind: 'json', path: 'CFAssociations[11]' },
        params: { path: 'CFAssociations[11]', item: 'B1', firstParent: 'B', secondParent: 'A' },
      },
    ]);
  });

  it('names the items of a cycle in order', () => {
    expect(problemsOf(() => importCase(bad('case-cyclus.json')))).toEqual([
      { code: 'case.cycle', location: { kind: 'json', path: 'CFAssociations[7]' }, params: { path: 'CFAssociations[7]', items: 'B3 → B4 → B3', count: 2 } },
    ]);
  });

  it('reports an item that is its own parent as a cycle of one', () => {
    const json = kader();
    json.CFAssociations[10]!.destinationNodeURI = { identifier: json.CFItems[10]!.identifier };
    expect(problemsOf(() => importCase(json))).toEqual([
      { code: 'case.cycle', location: { kind: 'json', path: 'CFAssociations[10]' }, params: { path: 'CFAssociations[10]', items: 'C1 → C1', count: 1 } },
    ]);
  });

  it('refuses an item that is not connected to the document (orphan) instead of guessing its place', () => {
    expect(problemsOf(() => importCase(bad('case-los-item.json')))).toEqual([
      { code: 'case.orphan', location: { kind: 'json', path: 'CFItems[10]' }, params: { path: 'CFItems[10]', item: 'C1' } },
    ]);
  });

  it('names duplicate identifiers and duplicate codes', () => {
    expect(problemsOf(() => importCase(bad('case-dubbele-identifier.json')))).toEqual([
      {
        code: 'json.duplicate-id',
        location: { kind: 'json', path: 'CFItems[9]' },
        params: { path: 'CFItems[9]', id: '7e621aa5-9072-5f61-bf50-5ab660e7bde3', otherPath: 'CFItems[8]' },
      },
    ]);
    const json = kader();
    json.CFItems[4]!.humanCodingScheme = 'A1';
    expect(problemsOf(() => importCase(json))).toEqual([
      { code: 'case.duplicate-code', location: { kind: 'json', path: 'CFItems[4]' }, params: { path: 'CFItems[4]', code: 'A1', otherPath: 'CFItems[3]' } },
    ]);
  });

  it('collects all problems of a file at once', () => {
    const json = kader();
    json.CFAssociations[3]!.associationType = 'childOf';
    json.CFAssociations[6]!.destinationNodeURI = { identifier: 'gone' };
    delete json.CFItems[0]!.identifier;
    const codes = problemsOf(() => importCase(json)).map((problem) => problem.code);
    expect(codes).toContain('json.missing-field');
    expect(codes).toContain('case.unknown-association-type');
    expect(codes).toContain('case.unknown-parent');
  });

  it('reports lists and entries of the wrong shape', () => {
    const json = kader();
    (json as Record<string, unknown>).CFAssociations = { nope: true };
    expect(problemsOf(() => importCase(json))).toEqual([
      { code: 'json.not-a-list', location: { kind: 'json', path: 'CFAssociations' }, params: { path: 'CFAssociations' } },
    ]);
    const other = kader();
    (other.CFItems as unknown[])[1] = 'B';
    expect(problemsOf(() => importCase(other))[0]).toEqual({
      code: 'json.not-an-object',
      location: { kind: 'json', path: 'CFItems[1]' },
      params: { path: 'CFItems[1]' },
    });
  });
});
