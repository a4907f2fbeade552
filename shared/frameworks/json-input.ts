import { decodeText, looksBinary } from '../import/decode-text';
import { FILE_LOCATION, FrameworkImportError, frameworkProblem } from './problems';

/**
 * A framework file is a few hundred kilobytes (the SLO sample of 73 eindtermen is 43 KB, a CASE
 * document of 2,000 items about 2 MB); 20 MB leaves room for the largest published CASE
 * frameworks and refuses a wrong file before it is decoded and parsed in the UI thread.
 */
export const MAX_FRAMEWORK_BYTES = 20 * 1024 * 1024;

const MB = 1024 * 1024;

export function megabytes(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}

/** The problem for a file over the limit; the app checks the size before reading the file. */
export function fileTooLargeProblem(sizeBytes: number) {
  return frameworkProblem('file.too-large', FILE_LOCATION, { sizeMb: megabytes(sizeBytes), maxMb: megabytes(MAX_FRAMEWORK_BYTES) });
}

/** Decodes framework bytes to text (UTF-8 with or without BOM, UTF-16, Windows-1252), or throws. */
export function decodeFrameworkText(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_FRAMEWORK_BYTES) throw new FrameworkImportError([fileTooLargeProblem(bytes.byteLength)]);
  const { text } = decodeText(bytes);
  if (text.trim() === '') throw new FrameworkImportError([frameworkProblem('file.empty', FILE_LOCATION, {})]);
  if (looksBinary(text)) throw new FrameworkImportError([frameworkProblem('file.binary', FILE_LOCATION, {})]);
  return text;
}

export function parseJsonText(text: string): unknown {
  if (text.trim() === '') throw new FrameworkImportError([frameworkProblem('file.empty', FILE_LOCATION, {})]);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // The engine's message is English and differs per engine; the teacher only needs to know
    // that this is not a JSON file (often a PDF or a web page saved under a .json name).
    throw new FrameworkImportError([frameworkProblem('file.not-json', FILE_LOCATION, {})]);
  }
}

/**
 * The JSON importers accept what the caller has: the file's bytes, its text, or an already
 * parsed value. Bytes and text are decoded and parsed here, so "not JSON" is a problem code too.
 */
export function readJsonInput(input: unknown): unknown {
  if (input instanceof Uint8Array) return parseJsonText(decodeFrameworkText(input));
  if (typeof input === 'string') return parseJsonText(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  return input;
}

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty string with its surrounding white space removed, or null. */
export function nonEmptyString(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * Text as we store it: line breaks as "\n" (SLO titles contain "\r\n" from the Word documents
 * they were copied from) and no white space around it. Inner spaces stay: official text is kept
 * as its source wrote it.
 */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, '\n').trim();
}
