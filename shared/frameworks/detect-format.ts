import type { FrameworkDraft } from '../domain/framework';
import { decodeText, isZipContainer, looksBinary } from '../import/decode-text';
import { importCase } from './import-case';
import { importFrameworkCsv } from './import-csv';
import type { FrameworkImportMeta } from './import-options';
import { importSlo } from './import-slo';
import { decodeFrameworkText, isJsonObject, parseJsonText } from './json-input';
import { FILE_LOCATION, FrameworkImportError, frameworkProblem } from './problems';

export type FrameworkFormat = 'case' | 'slo' | 'csv';

function looksLikeJson(text: string): boolean {
  const start = text.trimStart()[0];
  return start === '{' || start === '[';
}

function jsonFormat(value: unknown): FrameworkFormat | null {
  if (!isJsonObject(value)) return null;
  if (isJsonObject(value.CFDocument) || (isJsonObject(value.CFPackage) && isJsonObject(value.CFPackage.CFDocument))) return 'case';
  if ('examenprogramma' in value) return 'slo';
  return null;
}

/**
 * Which importer a file is for, by its content, not its name (a CASE file saved as .txt, a
 * CSV called .json): JSON with a CFDocument is CASE, JSON with an examenprogramma is SLO, other
 * text is taken to be a CSV. Null for what none of them reads: other JSON, binary files,
 * spreadsheets (.xlsx is a zip), empty files.
 */
export function detectFrameworkFormat(_fileName: string, bytes: Uint8Array): FrameworkFormat | null {
  if (bytes.byteLength === 0 || isZipContainer(bytes)) return null;
  const { text } = decodeText(bytes);
  if (text.trim() === '' || looksBinary(text)) return null;
  if (looksLikeJson(text)) {
    try {
      return jsonFormat(JSON.parse(text));
    } catch {
      return null;
    }
  }
  return 'csv';
}

/**
 * Imports a framework file of any supported format. A file that no importer reads is refused
 * with the reason a teacher can act on: not JSON (a .json that does not parse), empty, binary,
 * or an unknown format.
 */
export function importFrameworkFile(fileName: string, bytes: Uint8Array, meta: FrameworkImportMeta = {}): FrameworkDraft {
  const withName = { fileName, ...meta };
  const format = detectFrameworkFormat(fileName, bytes);
  if (format === 'csv') return importFrameworkCsv(bytes, withName);
  if (format === null) {
    // These throw the precise problem (too large, empty, binary, not JSON) when there is one.
    const text = decodeFrameworkText(bytes);
    if (looksLikeJson(text) || /\.json$/i.test(fileName)) parseJsonText(text);
    throw new FrameworkImportError([frameworkProblem('file.unknown-format', FILE_LOCATION, { fileName })]);
  }
  const json = parseJsonText(decodeFrameworkText(bytes));
  return format === 'case' ? importCase(json, withName) : importSlo(json, withName);
}
