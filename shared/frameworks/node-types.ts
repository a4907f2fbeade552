import { FRAMEWORK_NODE_TYPES, type FrameworkNodeType } from '../domain/framework';
import { headerKey } from '../import/student-columns';

/**
 * Names for node types as files write them: CASE's CFItemType (free text: publishers write
 * "Domain", "Strand", "Standard", "Competency" …), the `type` column of a framework CSV, and our
 * own values. Matched after `headerKey` (lower case, no accents, letters and digits only), so
 * "Sub-domein" and "subdomein" are the same.
 *
 * CASE's "Competency" and "Standard" are the attainment targets of their frameworks, so they
 * map to `eindterm`; LOB's loopbaancompetenties are `competentie`, which only our own Dutch name
 * selects.
 */
const LABELS: Record<FrameworkNodeType, readonly string[]> = {
  domein: ['domein', 'domain', 'domeinen', 'kerndomein', 'strand', 'area', 'gebied', 'leergebied', 'cluster'],
  subdomein: ['subdomein', 'subdomain', 'substrand', 'subcluster', 'onderdeel', 'topic', 'thema'],
  eindterm: [
    'eindterm', 'eindtermen', 'attainmenttarget', 'competency', 'standard', 'learningstandard', 'contentstandard', 'kerndoel',
    'exameneis', 'examenstof',
  ],
  subitem: ['subitem', 'subeindterm', 'element', 'indicator', 'benchmark', 'criterium', 'deelvaardigheid', 'specificatie', 'subcompetency'],
  leerdoel: ['leerdoel', 'leerdoelen', 'doel', 'learningobjective', 'learninggoal', 'learningtarget', 'objective', 'goal'],
  vaardigheid: ['vaardigheid', 'vaardigheden', 'skill', 'skills'],
  competentie: ['competentie', 'loopbaancompetentie', 'lobcompetentie'],
};

const BY_KEY = new Map<string, FrameworkNodeType>();
for (const type of FRAMEWORK_NODE_TYPES) {
  for (const label of LABELS[type]) BY_KEY.set(label, type);
}

/** The node type a file's label names, or null when we do not know the label. */
export function nodeTypeFromLabel(label: string): FrameworkNodeType | null {
  const key = headerKey(label);
  return key ? (BY_KEY.get(key) ?? null) : null;
}

/**
 * The type of a node whose file does not say (no CSV type column, an unknown CFItemType): by
 * depth, refined by the parent's type. Top level is a domein, the level under a domein or
 * subdomein holds the eindtermen, anything deeper is a sub-item. This is how exam programmes are
 * built (domein → eindterm → sub-item), and it keeps a typed subdomein's children eindtermen.
 */
export function inferNodeType(parentType: FrameworkNodeType | null): FrameworkNodeType {
  if (parentType === null) return 'domein';
  if (parentType === 'domein' || parentType === 'subdomein') return 'eindterm';
  return 'subitem';
}

/** CFItemType written by exportCase: the Dutch name, which nodeTypeFromLabel reads back. */
export const CASE_ITEM_TYPE: Record<FrameworkNodeType, string> = {
  domein: 'Domein',
  subdomein: 'Subdomein',
  eindterm: 'Eindterm',
  subitem: 'Subitem',
  leerdoel: 'Leerdoel',
  vaardigheid: 'Vaardigheid',
  competentie: 'Competentie',
};
