import type { FrameworkDraft, FrameworkNodeDraft, FrameworkNodeType, TextStatus } from '../domain/framework';
import { associationRole, textStatusFromNotes } from './case-vocabulary';
import { positionalCode, type FrameworkImportMeta } from './import-options';
import { cleanText, isJsonObject, nonEmptyString, readJsonInput, type JsonObject } from './json-input';
import { inferNodeType, nodeTypeFromLabel } from './node-types';
import { FILE_LOCATION, frameworkProblem, throwIfProblems, type FrameworkProblem } from './problems';
import { describeCycle, findParentCycles, visitPreorder } from './tree-structure';

/**
 * Reads an IMS CASE 1.1 document (CFDocument, CFItems, CFAssociations; also wrapped in
 * CFPackage, as the CASE API's getCFPackage returns it) into a framework draft.
 *
 * - The hierarchy is the `isChildOf` associations: origin = child, destination = parent, where
 *   the parent may be the CFDocument itself (top level). Siblings are ordered by sequenceNumber,
 *   then by the order of the associations in the file.
 * - Items keep their identifier as key and sourceId, humanCodingScheme as code (a positional
 *   code when there is none, see positionalCode) and fullStatement as text.
 * - CFItemType names the node type (see node-types.ts); an unknown or missing type is inferred
 *   from the place in the tree.
 * - Texts are 'official': they are the source's own words, and the source (CFDocument.creator)
 *   is recorded with the framework. A Vakwerk export's marker in CFItem.notes restores 'school'
 *   or 'placeholder'; the teacher may also import as 'school' (meta.textStatus).
 *
 * Refused, with every problem found: not JSON, no CFDocument, missing identifiers, duplicate
 * identifiers or codes, an association type outside CASE 1.1, an isChildOf to an unknown node,
 * an item with two parents, cycles, and items not connected to the document. An orphan is an
 * error rather than a top-level node: a CASE file is written by a tool, so an unconnected item
 * means a broken or truncated export, and guessing its place would show the source's structure
 * differently from how the source published it.
 */
export function importCase(input: unknown, meta: FrameworkImportMeta = {}): FrameworkDraft {
  const json = readJsonInput(input);
  const root = isJsonObject(json) && isJsonObject(json.CFPackage) ? json.CFPackage : json;
  if (!isJsonObject(root) || !isJsonObject(root.CFDocument)) {
    throwIfProblems([frameworkProblem('case.missing-document', FILE_LOCATION, {})]);
  }
  const problems: FrameworkProblem[] = [];
  const { document, items, itemIndex, knownIds } = readDocumentAndItems(root as JsonObject, problems);
  // Without readable items every association would be reported as pointing nowhere: noise.
  if (knownIds.size === 0) throwIfProblems(problems);
  const edges = readHierarchy(root as JsonObject, document, { items, itemIndex, knownIds }, problems);
  throwIfProblems(problems);

  checkTree(document, items, edges, problems);
  throwIfProblems(problems);

  return {
    title: meta.title ?? document.title,
    family: meta.family ?? 'other',
    programme: meta.programme ?? document.subject,
    version: meta.version ?? document.version,
    source: {
      kind: 'case',
      label: meta.label ?? (document.creator || meta.fileName || document.title),
      ...(document.url ? { url: document.url } : {}),
      sourceId: document.identifier,
    },
    nodes: buildNodes(document, items, edges, meta),
  };
}

interface CaseDocument {
  identifier: string;
  title: string;
  version: string;
  creator: string;
  subject: string;
  url: string;
}

interface CaseItem {
  identifier: string;
  path: string;
  code: string;
  text: string;
  typeLabel: string;
  notes: unknown;
}

interface HierarchyEdge {
  child: string;
  parent: string;
  sequence: number | null;
  index: number;
  path: string;
}

function stringField(object: JsonObject, field: string): string {
  return nonEmptyString(object[field]) ?? '';
}

function readDocumentAndItems(root: JsonObject, problems: FrameworkProblem[]) {
  const doc = root.CFDocument as JsonObject;
  const identifier = stringField(doc, 'identifier');
  const title = stringField(doc, 'title');
  for (const [field, value] of [['identifier', identifier], ['title', title]] as const) {
    if (!value) problems.push(frameworkProblem('json.missing-field', { kind: 'json', path: 'CFDocument' }, { path: 'CFDocument', field }));
  }
  const subject = Array.isArray(doc.subject) ? nonEmptyString(doc.subject[0]) : nonEmptyString(doc.subject);
  const document: CaseDocument = {
    identifier,
    title,
    version: stringField(doc, 'version'),
    creator: stringField(doc, 'creator'),
    subject: subject ?? '',
    url: nonEmptyString(doc.officialSourceURL) ?? nonEmptyString(doc.uri) ?? '',
  };

  const items: CaseItem[] = [];
  const itemIndex = new Map<string, CaseItem>();
  // Identifiers of items that exist but are invalid otherwise: associations to them are not
  // reported as pointing nowhere, which would only bury the real problem.
  const knownIds = new Set<string>();
  const rawItems = root.CFItems;
  if (rawItems !== undefined && !Array.isArray(rawItems)) {
    problems.push(frameworkProblem('json.not-a-list', { kind: 'json', path: 'CFItems' }, { path: 'CFItems' }));
    return { document, items, itemIndex, knownIds };
  }
  if (!rawItems || rawItems.length === 0) {
    problems.push(frameworkProblem('case.no-items', FILE_LOCATION, {}));
    return { document, items, itemIndex, knownIds };
  }

  const codePaths = new Map<string, string>();
  rawItems.forEach((raw: unknown, index) => {
    const path = `CFItems[${index}]`;
    const location = { kind: 'json', path } as const;
    if (!isJsonObject(raw)) {
      problems.push(frameworkProblem('json.not-an-object', location, { path }));
      return;
    }
    const id = stringField(raw, 'identifier');
    // fullStatement is required by CASE; an empty one is a node without text yet (placeholder).
    const statement = typeof raw.fullStatement === 'string' ? raw.fullStatement : typeof raw.abbreviatedStatement === 'string' ? raw.abbreviatedStatement : null;
    if (!id) problems.push(frameworkProblem('json.missing-field', location, { path, field: 'identifier' }));
    else knownIds.add(id);
    if (statement === null) problems.push(frameworkProblem('json.missing-field', location, { path, field: 'fullStatement' }));
    if (!id || statement === null) return;

    const other = id === document.identifier ? 'CFDocument' : itemIndex.get(id)?.path;
    if (other) {
      problems.push(frameworkProblem('json.duplicate-id', location, { path, id, otherPath: other }));
      return;
    }
    const code = stringField(raw, 'humanCodingScheme');
    if (code) {
      const otherPath = codePaths.get(code);
      if (otherPath) problems.push(frameworkProblem('case.duplicate-code', location, { path, code, otherPath }));
      else codePaths.set(code, path);
    }
    const typeUri = isJsonObject(raw.CFItemTypeURI) ? nonEmptyString(raw.CFItemTypeURI.title) : null;
    const item: CaseItem = {
      identifier: id,
      path,
      code,
      text: cleanText(statement),
      typeLabel: stringField(raw, 'CFItemType') || typeUri || '',
      notes: raw.notes,
    };
    items.push(item);
    itemIndex.set(id, item);
  });
  return { document, items, itemIndex, knownIds };
}

function nodeIdentifier(end: unknown): string {
  if (typeof end === 'string') return end.trim();
  return isJsonObject(end) ? stringField(end, 'identifier') : '';
}

function itemLabel(item: CaseItem | undefined, fallback: string): string {
  return item?.code || item?.identifier || fallback;
}

/** Reads the isChildOf (and isParentOf) associations; checks ends, types and single parents. */
function readHierarchy(
  root: JsonObject,
  document: CaseDocument,
  { items, itemIndex, knownIds }: { items: readonly CaseItem[]; itemIndex: ReadonlyMap<string, CaseItem>; knownIds: ReadonlySet<string> },
  problems: FrameworkProblem[],
): Map<string, HierarchyEdge> {
  const edges = new Map<string, HierarchyEdge>();
  const rawAssociations = root.CFAssociations ?? [];
  if (!Array.isArray(rawAssociations)) {
    problems.push(frameworkProblem('json.not-a-list', { kind: 'json', path: 'CFAssociations' }, { path: 'CFAssociations' }));
    return edges;
  }
  const seenIds = new Map<string, string>();
  // Items whose hierarchy association is broken are not reported again as orphans.
  const brokenChildren = new Set<string>();

  rawAssociations.forEach((raw: unknown, index) => {
    const path = `CFAssociations[${index}]`;
    const location = { kind: 'json', path } as const;
    if (!isJsonObject(raw)) {
      problems.push(frameworkProblem('json.not-an-object', location, { path }));
      return;
    }
    const id = stringField(raw, 'identifier');
    if (!id) problems.push(frameworkProblem('json.missing-field', location, { path, field: 'identifier' }));
    else if (seenIds.has(id)) problems.push(frameworkProblem('json.duplicate-id', location, { path, id, otherPath: seenIds.get(id)! }));
    else seenIds.set(id, path);

    const type = stringField(raw, 'associationType');
    if (!type) {
      problems.push(frameworkProblem('json.missing-field', location, { path, field: 'associationType' }));
      return;
    }
    const role = associationRole(type);
    if (role === null) {
      problems.push(frameworkProblem('case.unknown-association-type', location, { path, type }));
      // Probably meant as its origin's place in the tree: that item is not also an orphan.
      brokenChildren.add(nodeIdentifier(raw.originNodeURI));
      return;
    }
    // Only the hierarchy must point inside this file: alignments (exactMatchOf, isRelatedTo …)
    // normally point at items of other frameworks.
    if (role === 'ignored') return;

    const origin = nodeIdentifier(raw.originNodeURI);
    const destination = nodeIdentifier(raw.destinationNodeURI);
    if (!origin) problems.push(frameworkProblem('json.missing-field', location, { path, field: 'originNodeURI.identifier' }));
    if (!destination) problems.push(frameworkProblem('json.missing-field', location, { path, field: 'destinationNodeURI.identifier' }));
    if (!origin || !destination) return;

    const [child, parent] = role === 'child-of' ? [origin, destination] : [destination, origin];
    if (child === document.identifier) {
      problems.push(frameworkProblem('case.document-as-child', location, { path }));
      return;
    }
    let broken = false;
    if (!knownIds.has(child)) {
      problems.push(frameworkProblem('case.unknown-child', location, { path, identifier: child }));
      broken = true;
    }
    if (parent !== document.identifier && !knownIds.has(parent)) {
      problems.push(frameworkProblem('case.unknown-parent', location, { path, identifier: parent }));
      brokenChildren.add(child);
      broken = true;
    }
    if (broken) return;

    const existing = edges.get(child);
    if (existing) {
      // The same link written twice (isChildOf and its isParentOf inverse, say) is harmless.
      if (existing.parent !== parent) {
        const parentName = (key: string) => (key === document.identifier ? document.title || key : itemLabel(itemIndex.get(key), key));
        problems.push(
          frameworkProblem('case.two-parents', location, {
            path,
            item: itemLabel(itemIndex.get(child), child),
            firstParent: parentName(existing.parent),
            secondParent: parentName(parent),
          }),
        );
      }
      return;
    }
    edges.set(child, { child, parent, sequence: sequenceNumber(raw.sequenceNumber), index, path });
  });

  for (const item of items) {
    if (!edges.has(item.identifier) && !brokenChildren.has(item.identifier)) {
      problems.push(frameworkProblem('case.orphan', { kind: 'json', path: item.path }, { path: item.path, item: itemLabel(item, item.identifier) }));
    }
  }
  return edges;
}

/** sequenceNumber is an integer in CASE; tools sometimes write it as a string. */
function sequenceNumber(value: unknown): number | null {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : null;
}

function checkTree(document: CaseDocument, items: readonly CaseItem[], edges: ReadonlyMap<string, HierarchyEdge>, problems: FrameworkProblem[]) {
  const parentOf = new Map<string, string | null>();
  for (const edge of edges.values()) parentOf.set(edge.child, edge.parent === document.identifier ? null : edge.parent);
  const byId = new Map(items.map((item) => [item.identifier, item]));
  for (const cycle of findParentCycles(items.map((item) => item.identifier), parentOf)) {
    const path = edges.get(cycle[0]!)!.path;
    problems.push(
      frameworkProblem('case.cycle', { kind: 'json', path }, {
        path,
        items: describeCycle(cycle.map((id) => itemLabel(byId.get(id), id))),
        count: cycle.length,
      }),
    );
  }
}

function buildNodes(document: CaseDocument, items: readonly CaseItem[], edges: ReadonlyMap<string, HierarchyEdge>, meta: FrameworkImportMeta): FrameworkNodeDraft[] {
  const byId = new Map(items.map((item) => [item.identifier, item]));
  const children = new Map<string, HierarchyEdge[]>();
  for (const edge of edges.values()) {
    const list = children.get(edge.parent);
    if (list) list.push(edge);
    else children.set(edge.parent, [edge]);
  }
  for (const list of children.values()) {
    list.sort((a, b) => (a.sequence ?? Infinity) - (b.sequence ?? Infinity) || a.index - b.index);
  }

  const takenCodes = new Set(items.map((item) => item.code).filter(Boolean));
  const nodes: FrameworkNodeDraft[] = [];
  const typeOf = new Map<string, FrameworkNodeType>();
  const codeOf = new Map<string, string>();
  const childIds = (id: string) => (children.get(id) ?? []).map((edge) => edge.child);

  visitPreorder(childIds(document.identifier), childIds, (id, order, parent) => {
    const item = byId.get(id)!;
    const parentType = parent === null ? null : typeOf.get(parent)!;
    const type = nodeTypeFromLabel(item.typeLabel) ?? inferNodeType(parentType);
    const code = item.code || positionalCode(parent === null ? null : codeOf.get(parent)!, order, takenCodes);
    typeOf.set(id, type);
    codeOf.set(id, code);
    nodes.push({
      key: id,
      parentKey: parent,
      type,
      code,
      text: item.text,
      textStatus: textStatusOf(item, meta),
      order,
      sourceId: id,
    });
  });
  return nodes;
}

function textStatusOf(item: CaseItem, meta: FrameworkImportMeta): TextStatus {
  if (item.text === '') return 'placeholder';
  return textStatusFromNotes(item.notes) ?? meta.textStatus ?? 'official';
}
