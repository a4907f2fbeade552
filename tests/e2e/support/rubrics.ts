import { expect, type Locator, type Page } from '@playwright/test';
import { putRows, readStore } from './db';
import type { FilePayload } from './files';

/**
 * Rubrics: page objects for #/rubrics and the editor at #/rubrics/<id>, the stored rows, and the
 * grade rule written out independently of the app (shared/domain/rubric.ts documents it).
 */

export const DCBA = ['D minimaal', 'C basis', 'B gevorderd', 'A expert'] as const;
export const DCBA_PRESET = 'D-C-B-A (4 niveaus)';

export interface StoredLevel {
  id: string;
  label: string;
  points: number;
  color: string;
}

export interface StoredCriterion {
  id: string;
  title: string;
  weight: number;
  descriptors: Record<string, string>;
  nodeIds: string[];
  clientInput: boolean;
}

export interface StoredRubric {
  id: string;
  title: string;
  currentVersionId: string;
  deletedAt?: number | null;
}

export interface StoredRubricVersion {
  id: string;
  rubricId: string;
  version: number;
  levels: StoredLevel[];
  criteria: StoredCriterion[];
  conditions: { id: string; text: string }[];
  conversion: { kind: 'linear'; caesura: number } | { kind: 'table'; rows: { minPoints: number; grade: number }[] };
  scalePreset: string;
}

/**
 * The cijfer of a linear conversion with caesura c (fraction of the maximum), p = points / max:
 * below or at c: 1 + 4.5·p/c; above: 5.5 + 4.5·(p − c)/(1 − c); one decimal, half up.
 * Computed in tenths with a small tolerance so 5.45 on paper is 5.5, not 5.4 by floating point.
 */
export function expectedGrade(points: number, max: number, caesura: number): number {
  const p = Math.min(1, Math.max(0, points / max));
  const raw = p <= caesura ? 1 + (4.5 * p) / caesura : 5.5 + (4.5 * (p - caesura)) / (1 - caesura);
  return Math.floor(raw * 10 + 0.5 + 1e-9) / 10;
}

/** "6,3": a cijfer as the Dutch screen writes it. */
export const dutchGrade = (grade: number) => grade.toFixed(1).replace('.', ',');
export const dutchNumber = (value: number) => String(value).replace('.', ',');

/** #/rubrics with its "Nieuwe rubric" dialog and the CSV import. */
export class RubricsScreen {
  readonly newButton: Locator;
  readonly list: Locator;
  readonly csvInput: Locator;
  readonly importProblem: Locator;
  readonly newDialog: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.newButton = main.getByRole('button', { name: 'Nieuwe rubric' }).first();
    this.list = page.getByRole('list', { name: 'Rubrics' });
    this.csvInput = main.getByLabel('Importeren (CSV)');
    this.importProblem = main.getByRole('alert').filter({ hasText: 'kan niet als rubric worden ingelezen' });
    this.newDialog = page.getByRole('dialog', { name: 'Nieuwe rubric' });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/rubrics');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Rubrics' })).toBeVisible();
    await expect(this.page.getByRole('main')).not.toHaveAttribute('aria-busy', 'true');
  }

  /** Creates a rubric from a scale preset and waits for its editor; returns the rubric id. */
  async create(name: string, preset: string, editor: RubricEditor): Promise<string> {
    await this.open();
    await this.newButton.click();
    await expect(this.newDialog).toBeVisible();
    await this.newDialog.getByRole('textbox', { name: 'Naam van de rubric' }).fill(name);
    await this.newDialog.getByRole('radio', { name: new RegExp(`^${preset.replace(/[()]/g, '\\$&')}`) }).check();
    await this.newDialog.getByRole('button', { name: 'Rubric maken' }).click();
    await expect(this.newDialog).toBeHidden();
    await editor.waitUntilOpen(name);
    return editor.id();
  }

  async importCsv(file: string | FilePayload): Promise<void> {
    await this.csvInput.setInputFiles(file);
  }

  card(title: string): Locator {
    return this.list.getByRole('listitem').filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }
}

/** The rubric editor, #/rubrics/<id>. */
export class RubricEditor {
  readonly main: Locator;
  readonly title: Locator;
  readonly versionLine: Locator;
  readonly saveButton: Locator;
  readonly discardButton: Locator;
  readonly exportCsvButton: Locator;
  readonly printButton: Locator;
  readonly grid: Locator;
  readonly caesura: Locator;
  readonly cannotSave: Locator;
  readonly newVersionNotice: Locator;
  readonly oldVersionNotice: Locator;
  readonly tryout: Locator;
  readonly tryoutSummary: Locator;
  readonly history: Locator;
  readonly beoordelingView: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.title = this.main.getByRole('textbox', { name: 'Naam van de rubric' });
    this.versionLine = this.main.getByText(/^versie \d+ · /);
    this.saveButton = this.main.getByRole('button', { name: /^Opslaan( als versie \d+)?$/ });
    this.discardButton = this.main.getByRole('button', { name: 'Wijzigingen verwerpen' });
    this.exportCsvButton = this.main.getByRole('button', { name: 'Exporteren (CSV)' });
    this.printButton = this.main.getByRole('button', { name: 'Afdrukken (PDF)' });
    this.grid = this.main.getByRole('region', { name: 'Rubric: criteria en niveaus' });
    this.caesura = this.main.getByRole('spinbutton', { name: /^Cesuur/ });
    this.cannotSave = this.main.getByRole('alert').filter({ hasText: 'Zo kan de rubric nog niet worden opgeslagen:' });
    this.newVersionNotice = this.main.getByRole('status').filter({ hasText: /Opslaan maakt versie \d+/ });
    this.oldVersionNotice = this.main.getByRole('status').filter({ hasText: /^Je bekijkt versie \d+ \(alleen lezen\)/ });
    this.tryout = this.main.locator('details').filter({ has: page.locator('summary', { hasText: 'Uitproberen' }) });
    this.tryoutSummary = this.tryout.locator('.score-summary');
    this.history = this.main.getByRole('region', { name: 'Versies en beoordelingen' });
    this.beoordelingView = this.history.getByRole('region', { name: /^Beoordeling van / });
  }

  async open(id: string): Promise<void> {
    await this.page.goto(`/#/rubrics/${id}`);
    await expect(this.title).toBeVisible();
  }

  async waitUntilOpen(name?: string): Promise<void> {
    await expect(this.page).toHaveURL(/#\/rubrics\/[^/?]+$/);
    await expect(this.title).toBeVisible();
    if (name !== undefined) await expect(this.title).toHaveValue(name);
  }

  async id(): Promise<string> {
    const match = /#\/rubrics\/([^/?]+)/.exec(this.page.url());
    expect(match, 'on a rubric page').toBeTruthy();
    return decodeURIComponent(match![1]!);
  }

  criterionName(number: number): Locator {
    return this.grid.getByRole('textbox', { name: `Naam van criterium ${number}`, exact: true });
  }

  descriptor(criterion: string, level: string): Locator {
    return this.grid.getByRole('textbox', { name: `${criterion}, niveau ${level}`, exact: true });
  }

  linkButton(criterion: string): Locator {
    return this.grid.getByRole('button', { name: `Eindtermen koppelen aan ${criterion}`, exact: true });
  }

  linkDialog(criterion: string): Locator {
    return this.page.getByRole('dialog', { name: `${criterion} koppelen aan eindtermen en vaardigheden` });
  }

  levelPoints(label: string): Locator {
    return this.main.getByRole('spinbutton', { name: `Punten voor ${label}`, exact: true });
  }

  /** The badges under a criterion's name: the codes of the eindtermen it is linked to. */
  linkBadges(criterionNumber: number): Locator {
    return this.grid.locator('tbody tr').nth(criterionNumber - 1).locator('.criterion-links .badge');
  }

  async openTryout(): Promise<void> {
    if ((await this.tryout.getAttribute('open')) === null) await this.tryout.locator('summary').click();
    await expect(this.tryout).toHaveAttribute('open', '');
  }

  tryoutChoice(criterion: string, level: string): Locator {
    return this.tryout.getByRole('radio', { name: `${criterion}: ${level}`, exact: true });
  }

  async save(expectedToast: string | RegExp): Promise<void> {
    await this.saveButton.click();
    await expect(this.page.locator('.toasts > *').filter({ hasText: expectedToast }).last()).toBeVisible();
    await expect(this.saveButton).toBeDisabled();
  }

  versionRow(version: number): Locator {
    return this.history.getByRole('row').filter({ has: this.page.getByRole('cell', { name: new RegExp(`^versie ${version}( \\(huidig\\))?$`) }) });
  }

  beoordelingButton(studentName: string): Locator {
    return this.history.getByRole('button', { name: studentName, exact: true });
  }

  /** The line of a beoordeling in "Beoordelingen met deze rubric": name · date · version · cijfer. */
  beoordelingLine(studentName: string): Locator {
    return this.history.getByRole('listitem').filter({ has: this.page.getByRole('button', { name: studentName, exact: true }) });
  }
}

/** The stored rubric with all its versions, oldest first. */
export async function readRubric(page: Page, id: string): Promise<{ rubric: StoredRubric; versions: StoredRubricVersion[]; current: StoredRubricVersion }> {
  const rubric = (await readStore<StoredRubric>(page, 'rubrics')).find((row) => row.id === id);
  expect(rubric, `rubric ${id} is stored`).toBeTruthy();
  const versions = (await readStore<StoredRubricVersion>(page, 'rubricVersions')).filter((row) => row.rubricId === id).sort((a, b) => a.version - b.version);
  const current = versions.find((version) => version.id === rubric!.currentVersionId);
  expect(current, 'the current version is stored').toBeTruthy();
  return { rubric: rubric!, versions, current: current! };
}

/**
 * A beoordeling as the assessment feature will store it (shared/domain/beoordeling.ts): one
 * student's work scored with one rubric version. Written with the raw IndexedDB API, since there
 * is no screen for it yet; reload the page afterwards.
 */
export async function seedBeoordeling(
  page: Page,
  input: { studentId: string; version: StoredRubricVersion; levelByCriterion: Record<string, string>; workDate: string },
): Promise<string> {
  const stamp = Date.now();
  const id = `e2e-beoordeling-${stamp}`;
  await putRows(page, 'beoordelingen', [
    {
      id,
      studentId: input.studentId,
      rubricId: input.version.rubricId,
      rubricVersionId: input.version.id,
      scores: input.levelByCriterion,
      conditionsMet: {},
      workDate: input.workDate,
      opdrachtId: null,
      assessor: 'examinator',
      assessorName: '',
      peerStudentId: null,
      teamId: null,
      overrides: [],
      comments: {},
      ptaToetsId: null,
      attempt: 1,
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
    },
  ]);
  return id;
}
