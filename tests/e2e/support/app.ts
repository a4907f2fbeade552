import { expect, type Locator, type Page } from '@playwright/test';
import { MAGISTER_CSV, type FilePayload } from './files';

/**
 * Page objects for Vakwerk, written against what a teacher (or a screen reader) sees: roles,
 * accessible names and the Dutch texts of renderer/src/i18n/nl.ts.
 */

export const NAV = {
  home: 'Overzicht',
  students: 'Leerlingen',
  groups: 'Groepen en cohorten',
  frameworks: 'Doelen en kaders',
  rubrics: 'Rubrics',
  settings: 'Instellingen',
} as const;

export type Route = '/' | '/leerlingen' | '/leerlingen/importeren' | '/groepen' | '/kaders' | '/rubrics' | '/instellingen';

/** "1 leerling (van 12)" / "24 leerlingen (van 120)" */
export const countLine = (count: number, total: number) => `${count} ${count === 1 ? 'leerling' : 'leerlingen'} (van ${total})`;

export class VakwerkApp {
  readonly nav: Locator;
  readonly main: Locator;
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1 });
  }

  /** Opens a screen by URL (hash routing) and waits until its first heading is there. */
  async open(route: Route = '/'): Promise<void> {
    await this.page.goto(`/#${route}`);
    await expect(this.heading).toBeVisible();
    await expect(this.main).not.toHaveAttribute('aria-busy', 'true');
  }

  navLink(name: string): Locator {
    return this.nav.getByRole('link', { name, exact: true });
  }

  /** A toast message (they have no role unless they report an error), by its text. */
  toast(text: string | RegExp): Locator {
    return this.page.locator('.toasts > *').filter({ hasText: text });
  }

  /**
   * Closes every toast with its "Melding sluiten" button, as a teacher does when one covers
   * what they want to click next (undoable toasts stay 16 s at the bottom right).
   */
  async dismissToasts(): Promise<void> {
    const close = this.page.locator('.toasts > *').getByRole('button', { name: 'Melding sluiten' });
    while ((await close.count()) > 0) await close.first().click();
    await expect(this.page.locator('.toasts > *')).toHaveCount(0);
  }

  undoButtonOf(toastText: string | RegExp): Locator {
    return this.toast(toastText).getByRole('button', { name: 'Ongedaan maken' });
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** Loads the voorbeeldschool from the welcome screen of an empty database. */
  async loadDemoData(): Promise<void> {
    await this.open('/');
    await this.page.getByRole('button', { name: 'Voorbeeldgegevens laden' }).click();
    await expect(this.page).toHaveURL(/#\/leerlingen$/);
    const students = new StudentsScreen(this.page);
    await students.waitUntilReady();
    await expect(students.status).toHaveText(countLine(120, 120));
  }

  /** Presses Tab until `target` has focus (keyboard-only flows); fails after `max` presses. */
  async tabTo(target: Locator, max = 40): Promise<void> {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
      await this.page.keyboard.press('Tab');
    }
    await expect(target, `reachable with Tab within ${max} presses`).toBeFocused();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await expect(this.heading).toBeVisible();
  }
}

/** The columns of the students grid, in order. */
export const STUDENT_COLUMNS = ['select', 'leerlingnummer', 'roepnaam', 'tussenvoegsel', 'achternaam', 'groep', 'cohort', 'acties'] as const;
export type StudentColumn = (typeof STUDENT_COLUMNS)[number];

export type SortableColumn = Exclude<StudentColumn, 'select' | 'acties'>;

export class StudentsScreen {
  readonly grid: Locator;
  readonly rows: Locator;
  readonly search: Locator;
  readonly cohortFilter: Locator;
  readonly groupFilter: Locator;
  readonly showArchived: Locator;
  readonly status: Locator;
  readonly selectionBar: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByRole('grid', { name: 'Leerlingen' });
    this.rows = this.grid.locator('tbody tr[data-student-id]');
    this.search = page.getByRole('searchbox', { name: 'Zoeken op naam of nummer' });
    this.cohortFilter = page.getByRole('combobox', { name: 'Cohort', exact: true });
    this.groupFilter = page.getByRole('combobox', { name: 'Groep', exact: true });
    this.showArchived = page.getByRole('checkbox', { name: 'Gearchiveerde leerlingen tonen' });
    this.status = page.getByText(/^\d+ (leerling|leerlingen) \(van \d+\)$/);
    this.selectionBar = page.getByRole('region', { name: 'Acties voor geselecteerde leerlingen' });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/leerlingen');
    await this.waitUntilReady();
  }

  /** The students page marks itself ready once its list is rendered. */
  async waitUntilReady(): Promise<void> {
    await expect(this.page.locator('body')).toHaveAttribute('data-students-ready', 'true');
  }

  /** The data row at a 1-based position in the current sort order (aria-rowindex counts the header). */
  rowAt(position: number): Locator {
    return this.grid.locator(`tbody tr[aria-rowindex="${position + 1}"]`);
  }

  row(studentId: string): Locator {
    return this.grid.locator(`tbody tr[data-student-id="${studentId}"]`);
  }

  /** The row of the student with this leerlingnummer (exact match on the number cell). */
  rowByNumber(leerlingnummer: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('gridcell', { name: leerlingnummer, exact: true }) });
  }

  rowWithText(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  cell(row: Locator, column: StudentColumn): Locator {
    return row.locator(':scope > td').nth(STUDENT_COLUMNS.indexOf(column));
  }

  /**
   * A column header by its position, not its text: the visible labels may be abbreviated
   * ("Leerlingnr.", "Tussenv.") and the tests should not break on a wording change.
   */
  columnHeader(column: SortableColumn): Locator {
    return this.grid.getByRole('columnheader').nth(STUDENT_COLUMNS.indexOf(column));
  }

  sortButton(column: SortableColumn): Locator {
    return this.columnHeader(column).getByRole('button');
  }

  editButton(fullName: string): Locator {
    return this.grid.getByRole('button', { name: `${fullName} bewerken`, exact: true });
  }

  selectCheckbox(fullName: string): Locator {
    return this.grid.getByRole('checkbox', { name: `${fullName} selecteren`, exact: true });
  }

  async expectCount(count: number, total: number): Promise<void> {
    await expect(this.status).toHaveText(countLine(count, total));
  }

  async studentIdAt(position: number): Promise<string> {
    const id = await this.rowAt(position).getAttribute('data-student-id');
    expect(id, `a student in row ${position}`).toBeTruthy();
    return id!;
  }
}

export interface CohortFields {
  name?: string;
  leerweg?: 'gl' | 'tl';
  firstSchoolYear?: string;
  programme: string;
}

/** Fills and submits the "Nieuw cohort" dialog (groups screen and import wizard share it). */
export async function fillCohortDialog(page: Page, fields: CohortFields): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Nieuw cohort' });
  await expect(dialog).toBeVisible();
  if (fields.name !== undefined) await dialog.getByLabel('Naam', { exact: true }).fill(fields.name);
  if (fields.leerweg) await dialog.getByLabel('Leerweg').selectOption(fields.leerweg);
  if (fields.firstSchoolYear) await dialog.getByLabel('Eerste schooljaar').fill(fields.firstSchoolYear);
  await dialog.getByLabel('Programma').fill(fields.programme);
  await dialog.getByRole('button', { name: 'Cohort aanmaken' }).click();
  await expect(dialog).toBeHidden();
}

export class ImportWizard {
  readonly fileInput: Locator;
  readonly currentStep: Locator;
  readonly fileProblem: Locator;
  readonly cohort: Locator;
  readonly newCohortButton: Locator;
  readonly plan: Locator;
  readonly planSummary: Locator;
  readonly issues: Locator;
  readonly missingColumns: Locator;
  readonly notInFile: Locator;
  readonly importButton: Locator;
  readonly summary: Locator;
  readonly undoButton: Locator;
  readonly anotherFileButton: Locator;
  readonly preview: Locator;

  constructor(readonly page: Page) {
    this.fileInput = page.getByLabel('Bestand kiezen');
    this.currentStep = page.getByRole('list', { name: 'Stappen' }).locator('[aria-current="step"]');
    this.fileProblem = page.getByRole('alert').filter({ hasText: 'Dit bestand kan niet worden ingelezen' });
    this.cohort = page.getByRole('combobox', { name: 'Cohort', exact: true });
    this.newCohortButton = page.getByRole('button', { name: 'Nieuw cohort', exact: true });
    this.plan = page.getByRole('region', { name: 'Wat er gaat gebeuren' });
    this.planSummary = this.plan.getByText(/^Na importeren: /);
    this.issues = page.getByRole('alert').filter({ hasText: /^Problemen in / });
    this.missingColumns = page.getByRole('alert').filter({ hasText: 'is geen kolom herkend' });
    this.notInFile = this.plan.getByText(/(staat|staan) niet in dit bestand/);
    this.importButton = page.getByRole('button', { name: /^(\d+ (leerling|leerlingen) importeren|Niets om te importeren|Kies eerst een cohort|Kies eerst de verplichte kolommen)$/ });
    this.summary = page.getByTestId('import-summary');
    this.undoButton = page.getByRole('button', { name: 'Import ongedaan maken' });
    this.anotherFileButton = page.getByRole('button', { name: 'Nog een bestand importeren' });
    this.preview = page.getByRole('region', { name: 'Voorbeeld van het bestand' });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/leerlingen/importeren');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Leerlingen importeren' })).toBeVisible();
    await expect(this.currentStep).toHaveText('1. Bestand kiezen');
  }

  async choose(file: string | FilePayload): Promise<void> {
    await this.fileInput.setInputFiles(file);
  }

  /** Chooses a file that should be readable, and waits for step 2. */
  async chooseForReview(file: string | FilePayload): Promise<void> {
    await this.choose(file);
    await expect(this.currentStep).toHaveText('2. Kolommen controleren');
  }

  mapping(field: 'Leerlingnummer' | 'Roepnaam' | 'Tussenvoegsel' | 'Achternaam' | 'Groep (klas)'): Locator {
    return this.page.getByRole('combobox', { name: field, exact: true });
  }

  async createCohort(fields: CohortFields): Promise<void> {
    await this.newCohortButton.click();
    await fillCohortDialog(this.page, fields);
  }

  issueItems(): Locator {
    return this.issues.getByRole('listitem');
  }

  /** The selected option's text of a select (what the teacher reads in it). */
  static selectedText(select: Locator): Locator {
    return select.locator('option:checked');
  }

  /**
   * The usual start of an import test: leerlingen-magister.csv (12 students in 3T-A, 3T-B and
   * 3G-A) into a new cohort created from the wizard. Leaves the wizard on step 3.
   */
  async importMagisterIntoNewCohort(cohortName = 'Cohort 2025-2027 tl'): Promise<void> {
    await this.open();
    await this.chooseForReview(MAGISTER_CSV);
    await this.createCohort({ name: cohortName, programme: 'Zorg en Welzijn' });
    await expect(ImportWizard.selectedText(this.cohort)).toHaveText(cohortName);
    await this.importAll(12);
    await expect(this.summary).toHaveText('12 toegevoegd');
  }

  async importAll(expectedCount: number): Promise<void> {
    await expect(this.importButton).toHaveText(`${expectedCount} ${expectedCount === 1 ? 'leerling' : 'leerlingen'} importeren`);
    await this.importButton.click();
    await expect(this.currentStep).toHaveText('3. Klaar');
  }
}
