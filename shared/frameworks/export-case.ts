import type { Framework, FrameworkNode } from '../domain/framework';
import { textStatusMarker } from './case-vocabulary';
import { CASE_ITEM_TYPE } from './node-types';
import { nodesInTreeOrder } from './tree';
import { VAKWERK_UUID_NAMESPACE, isUuid, uuidV5 } from './uuid';

export interface CaseExportOptions {
  /** CFDocument.creator, required by CASE: who publishes this file. */
  creator?: string;
}

/** A CASE 1.1 LinkURI: how one CASE object points at another. */
interface LinkUri {
  title: string;
  identifier: string;
  uri: string;
}

function linkUri(title: string, identifier: string): LinkUri {
  return { title, identifier, uri: uriOf(identifier) };
}

/**
 * CASE requires a `uri` on every object; a framework that lives on a teacher's computer has no
 * web address, so we use the identifier as a URN (RFC 4122 §3), which is a valid URI.
 */
function uriOf(identifier: string): string {
  return `urn:uuid:${identifier}`;
}

function timestamp(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * Writes a framework as an IMS CASE 1.1 package (CFDocument, CFItems, CFAssociations) that
 * importCase reads back to the same tree.
 *
 * Identifiers are stable, so exporting twice gives the same file and another CASE tool sees
 * one framework: a node keeps the identifier it was imported with (sourceId) when that is a
 * UUID, otherwise its own id; an association's identifier is derived from its child and parent
 * (version-5 UUID). Timestamps are the records' own updatedAt, not the time of export.
 *
 * CASE has no notion of whose words a text is; text that is not official gets a marker in
 * CFItem.notes (see case-vocabulary.ts) so re-importing does not make it official.
 */
export function exportCase(framework: Framework, nodes: readonly FrameworkNode[], options: CaseExportOptions = {}): Record<string, unknown> {
  const documentId = isUuid(framework.source.sourceId)
    ? framework.source.sourceId
    : isUuid(framework.id)
      ? framework.id
      : uuidV5(VAKWERK_UUID_NAMESPACE, `framework:${framework.id}`);
  const documentLink = linkUri(framework.title, documentId);
  const ordered = nodesInTreeOrder(nodes.filter((node) => node.frameworkId === framework.id));

  const identifierOf = new Map<string, string>();
  const used = new Set<string>([documentId]);
  for (const node of ordered) {
    // A copied node may carry the same sourceId as its original; identifiers must stay unique.
    const candidates = [node.sourceId, node.id].filter(isUuid);
    const identifier = candidates.find((candidate) => !used.has(candidate)) ?? uuidV5(documentId, `node:${node.id}`);
    used.add(identifier);
    identifierOf.set(node.id, identifier);
  }

  const items = ordered.map((node) => {
    const identifier = identifierOf.get(node.id)!;
    return {
      identifier,
      uri: uriOf(identifier),
      CFDocumentURI: documentLink,
      fullStatement: node.text,
      humanCodingScheme: node.code,
      CFItemType: CASE_ITEM_TYPE[node.type],
      language: 'nl',
      lastChangeDateTime: timestamp(node.updatedAt),
      ...(node.textStatus === 'official' ? {} : { notes: textStatusMarker(node.textStatus) }),
    };
  });

  // sequenceNumber counts from 1 among the children of one parent, in the tree's order.
  const nextSequence = new Map<string | null, number>();
  const byId = new Map(ordered.map((node) => [node.id, node]));
  const associations = ordered.map((node) => {
    const parentId = node.parentId !== null && byId.has(node.parentId) ? node.parentId : null;
    const sequenceNumber = (nextSequence.get(parentId) ?? 0) + 1;
    nextSequence.set(parentId, sequenceNumber);
    const child = identifierOf.get(node.id)!;
    const parent = parentId === null ? documentId : identifierOf.get(parentId)!;
    const parentNode = parentId === null ? null : byId.get(parentId)!;
    const identifier = uuidV5(documentId, `isChildOf:${child}:${parent}`);
    return {
      identifier,
      uri: uriOf(identifier),
      CFDocumentURI: documentLink,
      associationType: 'isChildOf',
      originNodeURI: linkUri(node.code || node.text, child),
      destinationNodeURI: linkUri(parentNode ? parentNode.code || parentNode.text : framework.title, parent),
      sequenceNumber,
      lastChangeDateTime: timestamp(node.updatedAt),
    };
  });

  return {
    CFDocument: {
      identifier: documentId,
      uri: uriOf(documentId),
      creator: options.creator ?? 'Vakwerk',
      title: framework.title,
      version: framework.version,
      language: 'nl',
      lastChangeDateTime: timestamp(framework.updatedAt),
      ...(framework.programme ? { subject: [framework.programme] } : {}),
      ...(framework.source.url ? { officialSourceURL: framework.source.url } : {}),
      ...(framework.source.label ? { notes: framework.source.label } : {}),
    },
    CFItems: items,
    CFAssociations: associations,
  };
}
