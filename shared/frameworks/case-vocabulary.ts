import type { TextStatus } from '../domain/framework';

/**
 * The association types of IMS CASE 1.1 (CFAssociation.associationType). Only `isChildOf`
 * carries the hierarchy; the others relate items across or within frameworks (alignment,
 * sequence, exemplars) and are ignored by the import.
 */
export const CASE_ASSOCIATION_TYPES = [
  'isChildOf',
  'isPeerOf',
  'isPartOf',
  'exactMatchOf',
  'precedes',
  'isRelatedTo',
  'replacedBy',
  'exemplar',
  'hasSkillLevel',
  'isTranslationOf',
] as const;

/**
 * Names outside the 1.1 vocabulary that CASE tools do write: the inverse names their screens
 * show (OpenSALT's "Has Part", "Is Parent Of") and CLR's `isParentOf`. `isParentOf` is the
 * hierarchy seen from the parent, so the import reads it as an isChildOf the other way round;
 * `hasPart` is ignored like isPartOf.
 */
const TOLERATED_TYPES = ['hasPart', 'isParentOf'] as const;

export type AssociationRole = 'child-of' | 'parent-of' | 'ignored';

function typeKey(type: string): string {
  return type.toLowerCase().replace(/[\s_-]+/g, '');
}

const ROLE_BY_KEY = new Map<string, AssociationRole>();
for (const type of [...CASE_ASSOCIATION_TYPES, ...TOLERATED_TYPES]) ROLE_BY_KEY.set(typeKey(type), 'ignored');
ROLE_BY_KEY.set(typeKey('isChildOf'), 'child-of');
ROLE_BY_KEY.set(typeKey('isParentOf'), 'parent-of');

/**
 * What an association type means for the tree, or null when it is not a CASE association type
 * at all (a typo, or a file that is not CASE). Spelling is matched loosely ("Is Child Of" is
 * isChildOf, as tools display it). CASE 1.1 lets publishers add their own types with the prefix
 * "ext:"; those are allowed and ignored.
 */
export function associationRole(type: string): AssociationRole | null {
  if (/^ext:\S+/i.test(type.trim())) return 'ignored';
  return ROLE_BY_KEY.get(typeKey(type)) ?? null;
}

/**
 * CASE has no field for whose words a text is, so exportCase writes a marker into CFItem.notes
 * for text that is not official, and importCase reads it back. Without it, exporting the
 * school's own texts and importing the file again would turn them into "official" text.
 */
const TEXT_STATUS_MARKER = /\[vakwerk:textStatus=(official|school|placeholder)\]/;

export function textStatusMarker(status: TextStatus): string {
  return `[vakwerk:textStatus=${status}]`;
}

export function textStatusFromNotes(notes: unknown): TextStatus | null {
  if (typeof notes !== 'string') return null;
  const match = TEXT_STATUS_MARKER.exec(notes);
  return match ? (match[1] as TextStatus) : null;
}
