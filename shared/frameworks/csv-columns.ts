import { headerKey } from '../import/student-columns';

/** The columns of a framework CSV: code; omschrijving; bovenliggende code; type. */
export const FRAMEWORK_CSV_FIELDS = ['code', 'text', 'parent', 'type'] as const;
export type FrameworkCsvField = (typeof FRAMEWORK_CSV_FIELDS)[number];

/** Column titles as exportFrameworkCsv writes them, and as messages name a missing column. */
export const FRAMEWORK_CSV_HEADER: Record<FrameworkCsvField, string> = {
  code: 'code',
  text: 'omschrijving',
  parent: 'bovenliggende code',
  type: 'type',
};

/**
 * Titles teachers and other tools use, normalised with `headerKey` (lower case, no accents,
 * letters and digits only): Dutch, English, and the CASE field names.
 */
const SYNONYMS: Record<FrameworkCsvField, readonly string[]> = {
  code: ['code', 'codes', 'codering', 'nummer', 'nr', 'kenmerk', 'humancodingscheme', 'prefix', 'ref', 'referentie', 'eindtermcode', 'doelcode'],
  text: [
    'omschrijving', 'beschrijving', 'tekst', 'text', 'description', 'titel', 'title', 'naam', 'name', 'inhoud', 'fullstatement',
    'statement', 'eindterm', 'leerdoel', 'doel',
  ],
  parent: [
    'bovenliggendecode', 'bovenliggende', 'bovenliggend', 'bovenliggendeitem', 'oudercode', 'ouder', 'parent', 'parentcode', 'parentid',
    'hoortbij', 'valtonder', 'onderdeelvan', 'domein', 'domeincode',
  ],
  // Not "niveau": in the vmbo that is the leerweg level (bb, kb, gl, tl), not a node type.
  type: ['type', 'soort', 'nodetype', 'itemtype', 'cfitemtype', 'kind', 'knooptype'],
};

export function csvFieldForHeader(title: string): FrameworkCsvField | null {
  const key = headerKey(title);
  if (!key) return null;
  for (const field of FRAMEWORK_CSV_FIELDS) {
    if (SYNONYMS[field].includes(key)) return field;
  }
  return null;
}

/** The first of the candidate rows with two or more framework column titles; else the first row. */
export function findFrameworkHeaderRow(candidates: readonly (readonly string[])[]): number {
  const index = candidates.findIndex((cells) => cells.filter((cell) => csvFieldForHeader(cell) !== null).length >= 2);
  return index === -1 ? 0 : index;
}
