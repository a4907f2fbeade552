import type { FrameworkFamily, TextStatus } from '../domain/framework';

/**
 * What the teacher tells us about a file that the file itself may not say. Every field is
 * optional: the importers take what the file holds and fall back to these.
 */
export interface FrameworkImportMeta {
  /** The file's name, used as the source label when the file names no source. */
  fileName?: string;
  /** Overrides the source label the importer derives from the file. */
  label?: string;
  title?: string;
  family?: FrameworkFamily;
  programme?: string;
  version?: string;
  /**
   * Whose words the file's texts are. CASE and SLO default to 'official' (the text is the
   * source's own), CSV to 'school' (a spreadsheet has no provenance, and we never present text
   * of unknown origin as official). Empty texts are always 'placeholder'.
   */
  textStatus?: Extract<TextStatus, 'official' | 'school'>;
}

/** "kader.csv" → "kader": a title for files that carry none. */
export function titleFromFileName(fileName: string | undefined): string {
  if (!fileName) return '';
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]+$/, '').trim();
}

/**
 * Codes for nodes whose source gives none (CASE items without humanCodingScheme): the position
 * in the tree, "2", "2.3", under the parent's code. Every node needs a code: the CSV refers to
 * parents by code, and the screens and PDFs show it. A generated code that a real code in the
 * file already uses gets a suffix ("2.3-2"), so codes stay unique.
 */
export function positionalCode(parentCode: string | null, order: number, taken: Set<string>): string {
  const base = parentCode ? `${parentCode}.${order + 1}` : `${order + 1}`;
  let code = base;
  for (let suffix = 2; taken.has(code); suffix++) code = `${base}-${suffix}`;
  taken.add(code);
  return code;
}
