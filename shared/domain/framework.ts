import type { StoredRecord } from './record';

/**
 * A goal framework (doelenkader): an exam programme, the LOB competences, or the school's own
 * leerdoelen and vaardigheden. Frameworks are versioned data, never code: every version is a
 * record of its own, and importing a new version retires the old one without deleting it, so
 * assessments stay linked to the eindtermen they were made against.
 */
export type FrameworkFamily = 'vmbo-pgv' | 'havo-pgp-m' | 'havo-pgp-t' | 'lob' | 'school' | 'other';

export const FRAMEWORK_FAMILIES: readonly FrameworkFamily[] = ['vmbo-pgv', 'havo-pgp-m', 'havo-pgp-t', 'lob', 'school', 'other'];

/** Where a framework came from; shown with it so nobody mistakes school text for official text. */
export type FrameworkSourceKind = 'builtin' | 'case' | 'slo' | 'csv' | 'manual';

export interface FrameworkSource {
  kind: FrameworkSourceKind;
  /** Human description: "SLO handreiking schoolexamen pgp (2024)", "kader-case.json". */
  label: string;
  url?: string;
  /** Identifier of the document in its source (CASE CFDocument.identifier, SLO examenprogramma id). */
  sourceId?: string;
}

export type FrameworkStatus = 'active' | 'retired';

export interface Framework extends StoredRecord {
  /** Shared by every version of the same framework; the versions of a lineage form its history. */
  lineageId: string;
  title: string;
  family: FrameworkFamily;
  /** Programme name such as "Zorg en Welzijn"; empty for frameworks that apply to all (LOB). */
  programme: string;
  /** Version or year as the source gives it ("2024", "2020"). */
  version: string;
  source: FrameworkSource;
  status: FrameworkStatus;
  /** The version this one replaced, when it was imported as a new version. */
  previousVersionId?: string | null;
  archivedAt?: number | null;
}

/**
 * The kinds of node in a framework. Exam programmes use domein → (subdomein) → eindterm →
 * (subitem); the school's own frameworks use leerdoel and vaardigheid; LOB uses competentie.
 */
export type FrameworkNodeType = 'domein' | 'subdomein' | 'eindterm' | 'subitem' | 'leerdoel' | 'vaardigheid' | 'competentie';

const ASSESSABLE: ReadonlySet<FrameworkNodeType> = new Set(['eindterm', 'subitem', 'leerdoel', 'vaardigheid', 'competentie']);

/** What a criterion, skill link or observation can point to: what is assessed, not the headings above it. */
export function isAssessableNodeType(type: FrameworkNodeType): boolean {
  return ASSESSABLE.has(type);
}

export const FRAMEWORK_NODE_TYPES: readonly FrameworkNodeType[] = [
  'domein',
  'subdomein',
  'eindterm',
  'subitem',
  'leerdoel',
  'vaardigheid',
  'competentie',
];

/**
 * Whose words a node's text is. "official": copied from a public source (an import of SLO or
 * CASE data published by its owner, or a name the domain reference marks as stated by a public
 * source); "school": written or changed by the school; "placeholder": no text yet — the app
 * shows it as "nog in te vullen", never as official text.
 */
export type TextStatus = 'official' | 'school' | 'placeholder';

export interface FrameworkNode extends StoredRecord {
  frameworkId: string;
  parentId: string | null;
  type: FrameworkNodeType;
  /** "A", "B3", "IT/1/1", "PREAMBULE/2". Unique within a framework version. */
  code: string;
  text: string;
  textStatus: TextStatus;
  /** Order among siblings, 0-based. */
  order: number;
  /** Identifier in the source (CASE CFItem identifier, SLO uuid); matches nodes across versions. */
  sourceId?: string | null;
  /**
   * For leerdoelen and vaardigheden: the eindtermen (node ids, in any framework) they serve.
   * Kept on the school's node so an exam programme's own data stays as its source gave it.
   */
  linkedNodeIds?: string[];
}

/** A framework with its nodes, as importers produce it and exporters consume it (ids not yet stored). */
export interface FrameworkDraft {
  title: string;
  family: FrameworkFamily;
  programme: string;
  version: string;
  source: FrameworkSource;
  nodes: FrameworkNodeDraft[];
}

export interface FrameworkNodeDraft {
  /** A key unique within the draft (the source identifier, or a generated one). */
  key: string;
  parentKey: string | null;
  type: FrameworkNodeType;
  code: string;
  text: string;
  textStatus: TextStatus;
  order: number;
  sourceId?: string | null;
}
