import { expect, type Locator, type Page } from '@playwright/test';
import { readStore } from './db';
import type { FilePayload } from './files';

/**
 * Page objects for the opdrachtgevers (#/opdrachtgevers), opdrachten (#/opdrachten and
 * #/opdrachten/<id>) and year-plan (#/jaarplanning) screens of issue 4, by role and the Dutch
 * texts of renderer/src/i18n/sections/opdrachten.ts; plus the stored rows as the tests read
 * them back, and date arithmetic written out here (not taken from the app) to compute what a
 * teacher should see.
 */

export interface StoredContact {
  id: string;
  name: string;
  role: string;
  email: string;
  phone: string;
}

export interface StoredClient {
  id: string;
  name: string;
  type: string;
  sector: string;
  place: string;
  contacts: StoredContact[];
  notes: string;
  tags: string[];
  status: string;
  deletedAt?: number | null;
}

export interface StoredPhase {
  id: string;
  name: string;
  start: string;
  end: string;
}

export interface StoredOpdracht {
  id: string;
  title: string;
  opdrachtgeverId: string | null;
  contactId: string | null;
  question: string;
  context: string;
  specifications: string;
  deliverables: string[];
  phases: StoredPhase[];
  nodeIds: string[];
  rubricIds: string[];
  groupIds: string[];
  hours: number | null;
  location: string;
  status: string;
  schoolYear: string;
  isTemplate: boolean;
  copiedFromId: string | null;
  updatedAt: number;
  deletedAt?: number | null;
}

export interface StoredTeam {
  id: string;
  opdrachtId: string;
  groupId: string;
  name: string;
  studentIds: string[];
  order: number;
  deletedAt?: number | null;
}

export interface StoredNode {
  id: string;
  frameworkId: string;
  type: string;
  code: string;
  text: string;
  linkedNodeIds?: string[];
  deletedAt?: number | null;
}

const live = <T extends { deletedAt?: number | null }>(rows: T[]) => rows.filter((row) => row.deletedAt == null);

export const liveClients = async (page: Page) => live(await readStore<StoredClient>(page, 'opdrachtgevers'));
export const liveOpdrachten = async (page: Page) => live(await readStore<StoredOpdracht>(page, 'opdrachten'));
export const liveTeams = async (page: Page) => live(await readStore<StoredTeam>(page, 'teams'));

/** ISO date arithmetic in UTC, so no timezone or DST can shift a day. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The same calendar date a year later (29 February becomes 28 February). */
export function nextYear(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year + 1, month - 1, day));
  if (target.getUTCMonth() !== month - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

/** "3 maart", as a Dutch teacher writes a date (Intl, not the app's formatter). */
export function dutchDay(iso: string): string {
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** "2026-2027" for a date: the Dutch schooljaar runs from 1 August to 31 July. */
export function schoolYearOfDate(date: Date): string {
  const year = date.getFullYear();
  const start = date.getMonth() >= 7 ? year : year - 1;
  return `${start}-${start + 1}`;
}

export const followingSchoolYear = (year: string) => {
  const start = Number(year.slice(0, 4)) + 1;
  return `${start}-${start + 1}`;
};

export const startOfPhases = (phases: readonly StoredPhase[]) => [...phases.map((phase) => phase.start)].sort()[0]!;
export const endOfPhases = (phases: readonly StoredPhase[]) => [...phases.map((phase) => phase.end)].sort().at(-1)!;

/** "8 opdrachtgevers (van 8)" */
export const clientCountLine = (count: number, total: number) => `${count} ${count === 1 ? 'opdrachtgever' : 'opdrachtgevers'} (van ${total})`;

export class ClientsScreen {
  readonly heading: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly search: Locator;
  readonly statusFilter: Locator;
  readonly typeFilter: Locator;
  readonly status: Locator;
  readonly fileInput: Locator;
  readonly exportButton: Locator;
  readonly newButton: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: 'Opdrachtgevers' });
    this.table = page.getByRole('table', { name: 'Opdrachtgevers' });
    this.rows = this.table.locator('tbody tr');
    this.search = page.getByRole('searchbox', { name: 'Zoeken' });
    this.statusFilter = page.getByRole('search').getByRole('combobox', { name: 'Status' });
    this.typeFilter = page.getByRole('search').getByRole('combobox', { name: 'Soort' });
    this.status = page.getByText(/^\d+ opdrachtgevers? \(van \d+\)$/);
    this.fileInput = page.getByLabel('Importeren (CSV)');
    this.exportButton = page.getByRole('button', { name: 'Exporteren (CSV)' });
    this.newButton = page.getByRole('main').getByRole('button', { name: 'Nieuwe opdrachtgever' }).first();
    this.form = page.getByRole('dialog', { name: /^(Nieuwe opdrachtgever|Opdrachtgever bewerken)$/ });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/opdrachtgevers');
    await expect(this.heading).toBeVisible();
    await expect(this.page.getByRole('main').locator('[aria-busy="true"]')).toHaveCount(0);
  }

  /** The names in the table, top to bottom. */
  async names(): Promise<string[]> {
    return this.rows.locator('td:first-child').allInnerTexts();
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('button', { name, exact: true }) });
  }

  /** Clicks the name, and returns the detail panel (a region named after the client). */
  async select(name: string): Promise<Locator> {
    await this.table.getByRole('button', { name, exact: true }).click();
    const detail = this.detail(name);
    await expect(detail).toBeVisible();
    return detail;
  }

  detail(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  async expectCount(count: number, total: number): Promise<void> {
    await expect(this.status).toHaveText(clientCountLine(count, total));
  }

  importDialog(fileName: string): Locator {
    return this.page.getByRole('dialog', { name: `${fileName} importeren` });
  }

  async chooseFile(file: string | FilePayload): Promise<void> {
    await this.fileInput.setInputFiles(file);
  }
}

export class OpdrachtenScreen {
  readonly heading: Locator;
  readonly schoolYear: Locator;
  readonly newButton: Locator;
  readonly templates: Locator;
  readonly newDialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: 'Opdrachten' });
    this.schoolYear = page.getByRole('search').getByRole('combobox', { name: 'Schooljaar' });
    this.newButton = page.getByRole('main').getByRole('button', { name: 'Nieuwe opdracht', exact: true }).first();
    this.templates = page.getByRole('region', { name: 'Sjablonen' });
    this.newDialog = page.getByRole('dialog', { name: 'Nieuwe opdracht' });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/opdrachten');
    await expect(this.page.locator('body')).toHaveAttribute('data-opdrachten-ready', 'true');
    await expect(this.heading).toBeVisible();
  }

  list(year: string): Locator {
    return this.page.getByRole('list', { name: `Opdrachten in ${year}` });
  }

  card(title: string): Locator {
    return this.page.getByRole('listitem').filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  copyYearButton(year: string): Locator {
    return this.page.getByRole('button', { name: `Jaar ${year} kopiëren…` });
  }
}

/** The opdracht editor (#/opdrachten/<id>); also shows templates. */
export class OpdrachtEditor {
  readonly title: Locator;
  readonly templateTitle: Locator;
  readonly saveButton: Locator;
  readonly errors: Locator;
  readonly general: Locator;
  readonly clientSection: Locator;
  readonly goals: Locator;
  readonly phasesTable: Locator;
  readonly cardButton: Locator;
  readonly feedbackButton: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole('textbox', { name: 'Titel van de opdracht' });
    this.templateTitle = page.getByRole('textbox', { name: 'Naam van het sjabloon' });
    this.saveButton = page.getByRole('main').getByRole('button', { name: 'Opslaan', exact: true });
    this.errors = page.getByRole('alert').filter({ hasText: 'Zo kan de opdracht nog niet worden opgeslagen:' });
    this.general = page.getByRole('region', { name: 'Algemeen' });
    this.clientSection = page.getByRole('region', { name: 'Opdrachtgever en vraag' });
    this.goals = page.getByRole('region', { name: 'Doelen en rubrics' });
    this.phasesTable = page.getByRole('table', { name: 'Fasen met begin- en einddatum' });
    this.cardButton = page.getByRole('button', { name: 'Opdrachtkaart (PDF)' });
    this.feedbackButton = page.getByRole('button', { name: 'Feedbackformulieren (PDF)' });
  }

  async open(id: string): Promise<void> {
    await this.page.goto(`/#/opdrachten/${id}`);
    await this.waitUntilLoaded();
  }

  async waitUntilLoaded(): Promise<void> {
    await expect(this.page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
    await expect(this.page.getByRole('region', { name: 'Fasen en planning' })).toBeVisible();
  }

  /** The id in the URL (#/opdrachten/<id>). */
  currentId(): string {
    const match = /#\/opdrachten\/([^/?]+)/.exec(this.page.url());
    expect(match, 'an opdracht is open').toBeTruthy();
    return match![1]!;
  }

  field(label: string): Locator {
    return this.page.getByRole('main').getByLabel(label, { exact: true });
  }

  phaseStart(name: string): Locator {
    return this.phasesTable.getByRole('textbox', { name: `Begin van ${name}`, exact: true });
  }

  phaseEnd(name: string): Locator {
    return this.phasesTable.getByRole('textbox', { name: `Einde van ${name}`, exact: true });
  }

  /** The phases as the table shows them: name, start, end. */
  async phases(): Promise<{ name: string; start: string; end: string }[]> {
    const rows = this.phasesTable.locator('tbody tr');
    const result: { name: string; start: string; end: string }[] = [];
    for (let i = 0; i < (await rows.count()); i++) {
      const inputs = rows.nth(i).locator('input');
      result.push({ name: await inputs.nth(0).inputValue(), start: await inputs.nth(1).inputValue(), end: await inputs.nth(2).inputValue() });
    }
    return result;
  }

  /** The linked goals as listed ("B2 De leerling plant …"). */
  goalItems(): Locator {
    return this.goals.getByRole('list').first().getByRole('listitem');
  }

  rubric(title: string): Locator {
    return this.goals.getByRole('checkbox', { name: title, exact: true });
  }

  teams(groupName: string): Locator {
    return this.page.getByRole('region', { name: `Teams van ${groupName}` });
  }

  /** The members of each team of a group, by team name (the "Nog geen team" column included). */
  async teamMembers(groupName: string): Promise<Record<string, string[]>> {
    const board = this.teams(groupName);
    const columns = board.getByRole('group');
    const result: Record<string, string[]> = {};
    for (let i = 0; i < (await columns.count()); i++) {
      const column = columns.nth(i);
      const name = (await column.getAttribute('aria-label')) ?? '';
      result[name] = (await column.getByRole('listitem').locator('> span').allInnerTexts()).map((text) => text.trim());
    }
    return result;
  }

  /** Saves and waits for the toast. */
  async save(title: string): Promise<void> {
    await this.saveButton.click();
    await expect(this.page.locator('.toasts > *').filter({ hasText: `${title} opgeslagen.` })).toBeVisible();
    await expect(this.saveButton).toBeDisabled();
  }
}

export class YearPlanScreen {
  readonly heading: Locator;
  readonly schoolYear: Locator;
  readonly coverage: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: 'Jaarplanning' });
    this.schoolYear = page.getByRole('main').getByRole('combobox', { name: 'Schooljaar' });
    this.coverage = page.getByRole('region', { name: 'Dekking van de eindtermen' });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/jaarplanning');
    await expect(this.page.locator('body')).toHaveAttribute('data-year-plan-ready', 'true');
    await expect(this.heading).toBeVisible();
  }

  timeline(year: string): Locator {
    return this.page.getByRole('region', { name: `Tijdlijn van schooljaar ${year}` });
  }

  /** The bar of an opdracht: a button named "<title>, <from> tot en met <to>". */
  bar(title: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}, `) });
  }

  /** The row of a group in the timeline (label and track). */
  row(groupName: string): Locator {
    return this.page.locator('.year-plan-row').filter({ has: this.page.getByText(groupName, { exact: true }) });
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
