import type { FrameworkDraft, FrameworkNodeDraft, FrameworkNodeType, TextStatus } from '../domain/framework';
import type { FrameworkImportMeta } from './import-options';
import { cleanText, isJsonObject, nonEmptyString, readJsonInput, type JsonObject } from './json-input';
import { FILE_LOCATION, frameworkProblem, throwIfProblems, type FrameworkProblem } from './problems';

/**
 * Reads SLO curriculum open data (opendata.slo.nl, GitHub slonl/curriculum-examenprogramma) in
 * its own shape: one `examenprogramma` whose `examenprogramma_domein_id` lists its domeinen; a
 * domein lists its eindtermen (`examenprogramma_eindterm_id`) and/or subdomeinen
 * (`examenprogramma_subdomein_id`), a subdomein its eindtermen. Every entry has `id` (uuid),
 * `prefix` (the code, "IT/2/7") and `title` (the text).
 *
 * - Order is the order of the id arrays, never the order of the entity arrays (SLO sorts those
 *   differently: the sample lists PREAMBULE last but the programme names it first).
 * - Under a domein with both, its own eindtermen come before its subdomeinen.
 * - Entries that the programme does not reach are ignored: SLO's files hold many programmes.
 * - Texts are 'official' (the examenprogramma's own words, as SLO publishes them).
 *
 * Refused: no (or more than one) examenprogramma, entries without id, prefix or title, duplicate
 * ids, a referenced id that is not in its array (dangling), an entry referenced twice, and
 * duplicate codes.
 */
export function importSlo(input: unknown, meta: FrameworkImportMeta = {}): FrameworkDraft {
  const json = readJsonInput(input);
  const programmes = isJsonObject(json) ? json.examenprogramma : undefined;
  const list = Array.isArray(programmes) ? programmes : isJsonObject(programmes) ? [programmes] : [];
  if (list.length === 0 || !isJsonObject(json)) throwIfProblems([frameworkProblem('slo.missing-programme', FILE_LOCATION, {})]);
  if (list.length > 1) throwIfProblems([frameworkProblem('slo.several-programmes', FILE_LOCATION, { count: list.length })]);

  const root = json as JsonObject;
  const problems: FrameworkProblem[] = [];
  const programmePath = 'examenprogramma[0]';
  const programme = list[0];
  if (!isJsonObject(programme)) {
    throwIfProblems([frameworkProblem('json.not-an-object', { kind: 'json', path: programmePath }, { path: programmePath })]);
  }
  const program = programme as JsonObject;
  const title = nonEmptyString(program.title);
  const programmeId = nonEmptyString(program.id);
  if (!title) problems.push(frameworkProblem('json.missing-field', { kind: 'json', path: programmePath }, { path: programmePath, field: 'title' }));

  const tables = {
    domein: readTable(root, 'examenprogramma_domein', problems),
    subdomein: readTable(root, 'examenprogramma_subdomein', problems),
    eindterm: readTable(root, 'examenprogramma_eindterm', problems),
  };
  const walker = new Walker(tables, problems, meta.textStatus ?? 'official');
  const parentName = nonEmptyString(program.prefix) ?? title ?? programmePath;
  walker.visitChildren(program, programmePath, parentName, null, ['domein']);
  walker.checkCodes();
  if (walker.nodes.length === 0 && problems.length === 0) {
    problems.push(frameworkProblem('json.missing-field', { kind: 'json', path: programmePath }, { path: programmePath, field: 'examenprogramma_domein_id' }));
  }
  throwIfProblems(problems);

  return {
    title: meta.title ?? title!,
    family: meta.family ?? 'other',
    programme: meta.programme ?? programmeName(title!),
    version: meta.version ?? nonEmptyString(program.versie) ?? '',
    source: {
      kind: 'slo',
      label: meta.label ?? 'SLO curriculum open data',
      ...(nonEmptyString(program.url) ? { url: nonEmptyString(program.url)! } : {}),
      ...(programmeId ? { sourceId: programmeId } : {}),
    },
    nodes: walker.nodes,
  };
}

/** "Examenprogramma Informatietechnologie vmbo" → "Informatietechnologie vmbo". */
function programmeName(title: string): string {
  return title.replace(/^examenprogramma\s+/i, '').trim() || title;
}

type Level = 'domein' | 'subdomein' | 'eindterm';
const ARRAY: Record<Level, string> = {
  domein: 'examenprogramma_domein',
  subdomein: 'examenprogramma_subdomein',
  eindterm: 'examenprogramma_eindterm',
};

interface SloEntry {
  raw: JsonObject;
  path: string;
}

function readTable(root: JsonObject, name: string, problems: FrameworkProblem[]): Map<string, SloEntry> {
  const table = new Map<string, SloEntry>();
  const raw = root[name];
  if (raw === undefined) return table;
  if (!Array.isArray(raw)) {
    problems.push(frameworkProblem('json.not-a-list', { kind: 'json', path: name }, { path: name }));
    return table;
  }
  raw.forEach((entry: unknown, index) => {
    const path = `${name}[${index}]`;
    const location = { kind: 'json', path } as const;
    if (!isJsonObject(entry)) {
      problems.push(frameworkProblem('json.not-an-object', location, { path }));
      return;
    }
    const id = nonEmptyString(entry.id);
    if (!id) {
      problems.push(frameworkProblem('json.missing-field', location, { path, field: 'id' }));
      return;
    }
    const other = table.get(id);
    if (other) problems.push(frameworkProblem('json.duplicate-id', location, { path, id, otherPath: other.path }));
    else table.set(id, { raw: entry, path });
  });
  return table;
}

class Walker {
  readonly nodes: FrameworkNodeDraft[] = [];
  /** id → where it was first referenced, to catch an entry referenced twice. */
  private readonly referencedAt = new Map<string, string>();
  private readonly codePaths = new Map<string, string>();
  private readonly pathOf = new Map<string, string>();

  constructor(
    private readonly tables: Record<Level, Map<string, SloEntry>>,
    private readonly problems: FrameworkProblem[],
    private readonly textStatus: TextStatus,
  ) {}

  /** Visits the children `owner` lists, in the order of its id arrays, one level at a time. */
  visitChildren(owner: JsonObject, ownerPath: string, ownerName: string, parentKey: string | null, levels: readonly Level[]): void {
    let order = 0;
    for (const level of levels) {
      const field = `${ARRAY[level]}_id`;
      const ids = owner[field];
      if (ids === undefined) continue;
      const idsPath = `${ownerPath}.${field}`;
      if (!Array.isArray(ids)) {
        this.problems.push(frameworkProblem('json.not-a-list', { kind: 'json', path: idsPath }, { path: idsPath }));
        continue;
      }
      ids.forEach((value: unknown, index) => {
        const path = `${idsPath}[${index}]`;
        const id = typeof value === 'string' ? value.trim() : String(value);
        const entry = this.tables[level].get(id);
        if (!entry) {
          this.problems.push(frameworkProblem('slo.dangling-id', { kind: 'json', path }, { path, array: ARRAY[level], id, parent: ownerName }));
          return;
        }
        const firstReference = this.referencedAt.get(id);
        if (firstReference) {
          this.problems.push(frameworkProblem('slo.two-parents', { kind: 'json', path }, { path, id, otherPath: firstReference }));
          return;
        }
        this.referencedAt.set(id, path);
        this.visitEntry(entry, id, level, parentKey, order++);
      });
    }
  }

  private visitEntry(entry: SloEntry, id: string, level: Level, parentKey: string | null, order: number): void {
    const code = nonEmptyString(entry.raw.prefix);
    const title = typeof entry.raw.title === 'string' ? cleanText(entry.raw.title) : '';
    const location = { kind: 'json', path: entry.path } as const;
    if (!code) this.problems.push(frameworkProblem('json.missing-field', location, { path: entry.path, field: 'prefix' }));
    if (!title) this.problems.push(frameworkProblem('json.missing-field', location, { path: entry.path, field: 'title' }));
    const type: FrameworkNodeType = level;
    this.pathOf.set(id, entry.path);
    this.nodes.push({ key: id, parentKey, type, code: code ?? '', text: title, textStatus: this.textStatus, order, sourceId: id });
    if (level === 'domein') this.visitChildren(entry.raw, entry.path, code ?? entry.path, id, ['eindterm', 'subdomein']);
    if (level === 'subdomein') this.visitChildren(entry.raw, entry.path, code ?? entry.path, id, ['eindterm']);
  }

  /** Codes identify nodes within a framework version (CSV parents, diffs), so they must be unique. */
  checkCodes(): void {
    for (const node of this.nodes) {
      if (!node.code) continue;
      const path = this.pathOf.get(node.key)!;
      const otherPath = this.codePaths.get(node.code);
      if (otherPath) this.problems.push(frameworkProblem('slo.duplicate-code', { kind: 'json', path }, { path, code: node.code, otherPath }));
      else this.codePaths.set(node.code, path);
    }
  }
}
