/**
 * Rows in IndexedDB are structured-cloned values; JSON holds less. To restore a database that is
 * identical to the backed-up one, the values JSON would lose or change are written as tagged
 * objects and turned back on reading:
 * - binary values (Blobs: evidence, thumbnails) → a reference to a separate archive entry;
 * - `undefined` (JSON drops the key, so the restored row would differ), Dates, NaN/±Infinity.
 * Anything else that is not plain data (a Map, a class instance) is refused rather than silently
 * changed: a backup that loses data must fail loudly.
 */
export const TAG = '$vakwerk';

type Tagged =
  | { [TAG]: 'binary'; ref: number; type: string }
  | { [TAG]: 'undefined' }
  | { [TAG]: 'date'; ms: number }
  | { [TAG]: 'number'; value: 'NaN' | 'Infinity' | '-Infinity' };

export interface BinaryAdapter<B> {
  isBinary(value: object): value is B & object;
  /** Keeps the value and answers its reference and MIME type. */
  register(value: B): { ref: number; type: string };
}

export class UnsupportedValueError extends Error {
  constructor(readonly path: string) {
    super(`waarde op ${path} kan niet in een back-up`);
  }
}

/**
 * `value` as JSON can carry it. A value JSON keeps exactly (isPlainJson) comes back as it is,
 * not copied: most rows are such, and 100,000 copies would only be made to be collected.
 */
export function toTransport<B>(value: unknown, binary: BinaryAdapter<B>): unknown {
  return isPlainJson(value) ? value : transport(value, binary, '$');
}

function transport<B>(value: unknown, binary: BinaryAdapter<B>, path: string): unknown {
  if (value === undefined) return { [TAG]: 'undefined' };
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    return { [TAG]: 'number', value: Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity' };
  }
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol') throw new UnsupportedValueError(path);
    return value;
  }
  if (Array.isArray(value)) return value.map((item, index) => transport(item, binary, `${path}[${index}]`));
  if (value instanceof Date) return { [TAG]: 'date', ms: value.getTime() };
  if (binary.isBinary(value)) return { [TAG]: 'binary', ...binary.register(value) };
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) throw new UnsupportedValueError(path);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = transport((value as Record<string, unknown>)[key], binary, `${path}.${key}`);
  return out;
}

/**
 * True when JSON keeps `value` exactly, so toTransport can hand it back as it is: strings,
 * booleans, finite numbers, null, and arrays and plain objects of those. Checking costs a walk
 * but no copy: the 100,000 observations of a large school go into a backup without 100,000 new
 * objects to make and collect (about a second).
 */
export function isPlainJson(value: unknown): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object':
      break;
    default:
      return false;
  }
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) if (!isPlainJson(item)) return false;
    return true;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const key of Object.keys(value)) if (!isPlainJson((value as Record<string, unknown>)[key])) return false;
  return true;
}

/** The inverse of toTransport; `revive` turns a binary reference back into the app's value. */
export function fromTransport(value: unknown, revive: (ref: number, type: string) => unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => fromTransport(item, revive));
  const record = value as Record<string, unknown>;
  const tag = record[TAG];
  if (typeof tag === 'string') return reviveTagged(record as Tagged, revive);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) out[key] = fromTransport(record[key], revive);
  return out;
}

function reviveTagged(tagged: Tagged, revive: (ref: number, type: string) => unknown): unknown {
  switch (tagged[TAG]) {
    case 'binary':
      return revive(tagged.ref, tagged.type);
    case 'undefined':
      return undefined;
    case 'date':
      return new Date(tagged.ms);
    case 'number':
      return Number(tagged.value);
    default:
      throw new Error(`onbekende markering ${String((tagged as Record<string, unknown>)[TAG])}`);
  }
}

/** Every binary reference in a transported value, with its MIME type (to check they all point at a stored blob). */
export function binaryRefs(value: unknown, into: { ref: number; type: string }[] = []): { ref: number; type: string }[] {
  if (value === null || typeof value !== 'object') return into;
  if (Array.isArray(value)) {
    for (const item of value) binaryRefs(item, into);
    return into;
  }
  const record = value as Record<string, unknown>;
  if (record[TAG] === 'binary') into.push({ ref: record.ref as number, type: typeof record.type === 'string' ? record.type : '' });
  else for (const key of Object.keys(record)) binaryRefs(record[key], into);
  return into;
}
