import { expect, type Locator, type Page } from '@playwright/test';
import { KADER_CASE_JSON, readFixtureJson, SLO_SAMPLE_JSON, type FilePayload } from './files';

/**
 * Goal frameworks ("Doelen en kaders"): page objects for #/kaders and #/kaders/<id>, and what
 * the two reference fixtures must look like once imported, read straight from the fixture files
 * (never from the app's importers, so a wrong importer cannot agree with itself).
 */

/** One line of a framework tree as a teacher reads it: the code, its depth (1 = top) and the words. */
export interface OutlineRow {
  code: string;
  level: number;
  text: string;
  type: string;
}

interface CaseJson {
  CFDocument: { identifier: string; title: string; creator?: string; version: string };
  CFItems: { identifier: string; humanCodingScheme: string; fullStatement: string; CFItemType?: string }[];
  CFAssociations: {
    identifier: string;
    associationType: string;
    originNodeURI: { identifier: string };
    destinationNodeURI: { identifier: string };
    sequenceNumber?: number;
  }[];
}

export const readCaseFixture = () => readFixtureJson<CaseJson>(KADER_CASE_JSON);

/** The CASE fixture in tree order: isChildOf associations, siblings by sequenceNumber. */
export function caseOutline(json: CaseJson = readCaseFixture()): OutlineRow[] {
  const children = new Map<string, { id: string; seq: number }[]>();
  for (const association of json.CFAssociations) {
    if (association.associationType !== 'isChildOf') continue;
    const parent = association.destinationNodeURI.identifier;
    children.set(parent, [...(children.get(parent) ?? []), { id: association.originNodeURI.identifier, seq: association.sequenceNumber ?? 0 }]);
  }
  const items = new Map(json.CFItems.map((item) => [item.identifier, item]));
  const rows: OutlineRow[] = [];
  const walk = (parent: string, level: number) => {
    for (const { id } of [...(children.get(parent) ?? [])].sort((a, b) => a.seq - b.seq)) {
      const item = items.get(id)!;
      rows.push({ code: item.humanCodingScheme, level, text: item.fullStatement, type: (item.CFItemType ?? '').toLowerCase() });
      walk(id, level + 1);
    }
  };
  walk(json.CFDocument.identifier, 1);
  return rows;
}

interface SloEntry {
  id: string;
  prefix: string;
  title: string;
  examenprogramma_domein_id?: string[];
  examenprogramma_subdomein_id?: string[];
  examenprogramma_eindterm_id?: string[];
}

interface SloJson {
  examenprogramma: (SloEntry & { url?: string; versie?: string })[];
  examenprogramma_domein: SloEntry[];
  examenprogramma_subdomein: SloEntry[];
  examenprogramma_eindterm: SloEntry[];
}

export const readSloFixture = () => readFixtureJson<SloJson>(SLO_SAMPLE_JSON);

/**
 * The SLO fixture in the programme's order: the id arrays (not the order of the entity arrays);
 * under a domein its own eindtermen first, then its subdomeinen.
 */
export function sloOutline(json: SloJson = readSloFixture()): OutlineRow[] {
  const tables = {
    domein: new Map(json.examenprogramma_domein.map((entry) => [entry.id, entry])),
    subdomein: new Map(json.examenprogramma_subdomein.map((entry) => [entry.id, entry])),
    eindterm: new Map(json.examenprogramma_eindterm.map((entry) => [entry.id, entry])),
  };
  const rows: OutlineRow[] = [];
  const visit = (owner: SloEntry, level: number, kinds: ('domein' | 'subdomein' | 'eindterm')[]) => {
    for (const kind of kinds) {
      for (const id of owner[`examenprogramma_${kind}_id`] ?? []) {
        const entry = tables[kind].get(id)!;
        rows.push({ code: entry.prefix, level, text: entry.title.trim(), type: kind });
        if (kind === 'domein') visit(entry, level + 1, ['eindterm', 'subdomein']);
        if (kind === 'subdomein') visit(entry, level + 1, ['eindterm']);
      }
    }
  };
  visit(json.examenprogramma[0]!, 1, ['domein']);
  return rows;
}

/** Lower case without accents, as a teacher expects a filter to match ("orientatie" finds "Oriëntatie"). */
const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The rows a filter should leave: every row whose code or text has all the words, plus its ancestors. */
export function filteredOutline(rows: readonly OutlineRow[], query: string): OutlineRow[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const keep = new Set<number>();
  rows.forEach((row, index) => {
    if (!words.every((word) => fold(`${row.code} ${row.text}`).includes(word))) return;
    keep.add(index);
    // Walk up: the nearest earlier row one level higher is the parent.
    let level = row.level;
    for (let i = index - 1; i >= 0 && level > 1; i--) {
      if (rows[i]!.level === level - 1) {
        keep.add(i);
        level--;
      }
    }
  });
  return rows.filter((_, index) => keep.has(index));
}

/** "3 domeinen, 8 eindtermen", in the order the app counts node types. */
export function countsLine(rows: readonly OutlineRow[]): string {
  const order = ['domein', 'subdomein', 'eindterm'] as const;
  const plural = { domein: ['domein', 'domeinen'], subdomein: ['subdomein', 'subdomeinen'], eindterm: ['eindterm', 'eindtermen'] } as const;
  return order
    .map((type) => ({ type, count: rows.filter((row) => row.type === type).length }))
    .filter((entry) => entry.count > 0)
    .map(({ type, count }) => `${count} ${plural[type][count === 1 ? 0 : 1]}`)
    .join(', ');
}

export const BUILTIN = {
  definitief2024: 'Praktijkgericht vak vmbo — definitief examenprogramma (2024)',
  schoolSkills: 'Vaardigheden van de school (voorbeeld)',
} as const;

/** #/kaders and its "Kader toevoegen" dialog. */
export class FrameworksScreen {
  readonly addButton: Locator;
  readonly list: Locator;
  readonly dialog: Locator;
  readonly fileInput: Locator;
  readonly preview: Locator;
  readonly problems: Locator;
  readonly diff: Locator;

  constructor(readonly page: Page) {
    this.addButton = page.getByRole('main').getByRole('button', { name: 'Kader toevoegen' }).first();
    this.list = page.getByRole('list', { name: 'Kaders' });
    this.dialog = page.getByRole('dialog', { name: /^(Kader toevoegen|Nieuwe versie van .* importeren)$/ });
    this.fileInput = this.dialog.getByLabel('Bestand kiezen');
    this.preview = this.dialog.getByRole('region', { name: 'Voorbeeld van het kader' });
    this.problems = this.dialog.getByRole('alert').filter({ hasText: 'kan niet worden geïmporteerd' });
    this.diff = this.dialog.getByRole('region', { name: 'Verschillen met de huidige versie' });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/kaders');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Doelen en kaders' })).toBeVisible();
    await expect(this.page.getByRole('main')).not.toHaveAttribute('aria-busy', 'true');
  }

  async openAddDialog(): Promise<void> {
    await this.addButton.click();
    await expect(this.dialog).toBeVisible();
  }

  /** The "Opslaan" (or "Opslaan als nieuwe versie") button of the preview step. */
  get saveButton(): Locator {
    return this.dialog.getByRole('button', { name: /^Opslaan( als nieuwe versie)?$/ });
  }

  builtinOption(title: string): Locator {
    return this.dialog.getByRole('listitem').filter({ has: this.page.getByText(title, { exact: true }) });
  }

  async chooseBuiltin(title: string): Promise<void> {
    await this.builtinOption(title).getByRole('button', { name: 'Kiezen' }).click();
    await expect(this.preview.getByRole('heading', { name: title })).toBeVisible();
  }

  async chooseFile(file: string | FilePayload): Promise<void> {
    await this.fileInput.setInputFiles(file);
  }

  /** Saves the dialog's preview and waits for the new framework's page; returns its id. */
  async save(framework: FrameworkScreen): Promise<string> {
    await this.saveButton.click();
    await expect(this.dialog).toBeHidden();
    await expect(this.page).toHaveURL(/#\/kaders\/[^/?]+$/);
    await framework.waitUntilReady();
    return framework.id();
  }

  /** Opens #/kaders, adds a file and saves it as a separate framework; returns its id. */
  async importFile(file: string | FilePayload, framework: FrameworkScreen): Promise<string> {
    await this.open();
    await this.openAddDialog();
    await this.chooseFile(file);
    await expect(this.preview).toBeVisible();
    return this.save(framework);
  }

  async addBuiltin(title: string, framework: FrameworkScreen): Promise<string> {
    await this.open();
    await this.openAddDialog();
    await this.chooseBuiltin(title);
    return this.save(framework);
  }

  card(title: string): Locator {
    return this.list.getByRole('listitem').filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }
}

/** #/kaders/<id>: the tree, the filter, the selected node's editor, versions. */
export class FrameworkScreen {
  readonly heading: Locator;
  readonly summary: Locator;
  readonly tree: Locator;
  readonly items: Locator;
  readonly filter: Locator;
  readonly matches: Locator;
  readonly detail: Locator;
  readonly code: Locator;
  readonly text: Locator;
  readonly saveButton: Locator;
  readonly versions: Locator;
  readonly retiredBanner: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1 });
    // The line under the title: family · programme · version · counts.
    this.summary = main.locator('.page-header p.muted').first();
    this.tree = main.getByRole('tree');
    this.items = this.tree.getByRole('treeitem');
    this.filter = main.getByRole('searchbox', { name: 'Filteren op code of tekst' });
    this.matches = main.getByText(/^\d+ (onderdeel|onderdelen) zichtbaar$/);
    this.detail = main.getByRole('region').filter({ has: page.locator('#node-detail-title') });
    this.code = this.detail.getByRole('textbox', { name: 'Code', exact: true });
    this.text = this.detail.getByRole('textbox', { name: 'Tekst', exact: true });
    this.saveButton = this.detail.getByRole('button', { name: 'Opslaan', exact: true });
    this.versions = main.getByRole('region', { name: 'Versies' });
    this.retiredBanner = main.getByRole('status').filter({ hasText: 'Dit is een oude versie.' });
  }

  async open(id: string): Promise<void> {
    await this.page.goto(`/#/kaders/${id}`);
    await this.waitUntilReady();
  }

  /** The page sets data-framework-ready on <body> once the tree is on screen. */
  async waitUntilReady(): Promise<void> {
    await expect(this.page.locator('body')).toHaveAttribute('data-framework-ready', 'true');
  }

  async id(): Promise<string> {
    const match = /#\/kaders\/([^/?]+)/.exec(this.page.url());
    expect(match, 'on a framework page').toBeTruthy();
    return decodeURIComponent(match![1]!);
  }

  /**
   * Code and level of every row of the tree, top to bottom. The tree is virtualised (only the rows
   * near the viewport exist in the DOM), so this scrolls it from top to bottom and collects rows by
   * their index, then checks it saw as many as the tree says it has.
   */
  async rows(): Promise<{ code: string; level: number }[]> {
    return (await this.allRows()).map(({ code, level }) => ({ code, level }));
  }

  /** The words of every row of the tree, top to bottom, white space folded. */
  async texts(): Promise<string[]> {
    return (await this.allRows()).map((row) => row.text);
  }

  private async allRows(): Promise<{ code: string; level: number; text: string }[]> {
    const scroller = this.page.locator('.framework-tree-scroll');
    const seen = new Map<number, { code: string; level: number; text: string }>();
    const collect = async () => {
      const batch = await this.items.evaluateAll((items) =>
        items.map((item) => ({
          index: Number(item.getAttribute('data-index')),
          code: item.querySelector('.tree-code')?.textContent?.trim() ?? '',
          level: Number(item.getAttribute('aria-level')),
          text: (item.querySelector('.tree-text')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        })),
      );
      for (const { index, ...row } of batch) seen.set(index, row);
    };
    await scroller.evaluate((element) => element.scrollTo(0, 0));
    for (;;) {
      await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await collect();
      const atEnd = await scroller.evaluate((element) => {
        if (element.scrollTop + element.clientHeight >= element.scrollHeight - 1) return true;
        element.scrollTop += element.clientHeight;
        return false;
      });
      if (atEnd) break;
    }
    await scroller.evaluate((element) => element.scrollTo(0, 0));
    const total = Number(await this.tree.getAttribute('data-rows'));
    expect(seen.size, 'every row of the virtualised tree was seen').toBe(total);
    return [...seen.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
  }

  /** The tree row with exactly this code (only while it is rendered; see reveal). */
  item(code: string): Locator {
    return this.items.filter({ has: this.page.locator('.tree-code', { hasText: new RegExp(`^${code.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`) }) });
  }

  /** Scrolls the virtualised tree until the row with this code is rendered. */
  async reveal(code: string): Promise<Locator> {
    const scroller = this.page.locator('.framework-tree-scroll');
    const item = this.item(code);
    await scroller.evaluate((element) => element.scrollTo(0, 0));
    for (;;) {
      await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      if ((await item.count()) > 0) break;
      const atEnd = await scroller.evaluate((element) => {
        if (element.scrollTop + element.clientHeight >= element.scrollHeight - 1) return true;
        element.scrollTop += element.clientHeight;
        return false;
      });
      expect(atEnd, `row ${code} is somewhere in the tree`).toBe(false);
    }
    await item.scrollIntoViewIfNeeded();
    return item;
  }

  /** How many rows the tree has, rendered or not. */
  rowCount(): Promise<number> {
    return this.tree.getAttribute('data-rows').then(Number);
  }

  async select(code: string): Promise<void> {
    const item = await this.reveal(code);
    await item.click();
    await expect(this.item(code)).toHaveAttribute('aria-selected', 'true');
    await expect(this.code).toHaveValue(code);
  }

  /** The badge that says whose words a text is ("tekst van de school", "officiële tekst"). */
  detailStatus(): Locator {
    return this.detail.locator('.text-status');
  }
}
