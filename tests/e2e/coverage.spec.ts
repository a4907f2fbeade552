import { expectNoAxeViolations } from './support/axe';
import { fullName, readDatabase, type DbSnapshot, type StoredCohort as StoredCohortRow, type StoredStudent } from './support/db';
import { expect, test } from './support/test';

/**
 * Dekking eindtermen (issue 6, point 4) on the voorbeeldschool: the exam cohort's students ×
 * the eindtermen of its programme, each cell "nog niet gezien / formatief gezien / summatief
 * afgesloten"; "wie mist nog …?" keeps exactly the students the stored evidence says; the
 * warning list names the students with open eindtermen, most open first; a cell opens the
 * evidence behind it; axe finds nothing serious in light and dark.
 */

interface Node {
  id: string;
  frameworkId: string;
  type: string;
  code: string;
  deletedAt: number | null;
}
interface Observatie {
  studentId: string;
  nodeId: string | null;
  level: number | null;
  deletedAt: number | null;
}
interface Beoordeling {
  studentId: string;
  rubricVersionId: string;
  assessor: string;
  ptaToetsId: string | null;
  scores: Record<string, string | null>;
  deletedAt: number | null;
}
interface RubricVersion {
  id: string;
  levels: { id: string }[];
  criteria: { id: string; nodeIds: string[] }[];
}
interface Pta {
  id: string;
  cohortId: string;
  toetsen: { id: string; nodeIds: string[] }[];
  deletedAt: number | null;
}
interface Resultaat {
  studentId: string;
  ptaId: string;
  toetsId: string;
  grade: number | null;
  override: unknown;
  voldaan: boolean | null;
  deletedAt: number | null;
}
type StoredCohort = StoredCohortRow & { firstSchoolYear: string };
type State = 'niet-gezien' | 'formatief' | 'afgesloten';

/**
 * The expected state of every student of the cohort on every eindterm, worked out here from the
 * stored rows (not with the app's code): any observation with a level or scored criterion on the
 * eindterm is "seen"; an examinator's score on a PTA toets, or a graded / voldaan result of a toets
 * covering it, closes it.
 */
function expectedStates(db: DbSnapshot, cohort: StoredCohort, eindtermen: Node[]) {
  const store = <T,>(name: string) => (db.other[name] ?? []) as T[];
  const groups = db.groups.filter((g) => g.cohortId === cohort.id && g.deletedAt == null);
  const students = db.students.filter((s) => s.deletedAt == null && groups.some((g) => g.id === s.groupId));
  const observaties = store<{ observaties: Observatie[] }>('observatieLijsten').flatMap((list) => list.observaties).filter((o) => o.deletedAt == null && o.level != null);
  const beoordelingen = store<Beoordeling>('beoordelingen').filter((b) => b.deletedAt == null);
  const versions = new Map(store<RubricVersion>('rubricVersions').map((v) => [v.id, v]));
  const pta = store<Pta>('ptas').find((p) => p.cohortId === cohort.id && p.deletedAt == null);
  const resultaten = store<Resultaat>('resultaten').filter((r) => r.deletedAt == null && pta && r.ptaId === pta.id);
  const state = new Map<string, State>();
  const key = (studentId: string, nodeId: string) => `${studentId}|${nodeId}`;
  const raise = (k: string, to: State) => {
    const order: State[] = ['niet-gezien', 'formatief', 'afgesloten'];
    if (order.indexOf(to) > order.indexOf(state.get(k) ?? 'niet-gezien')) state.set(k, to);
  };
  for (const o of observaties) if (o.nodeId) raise(key(o.studentId, o.nodeId), 'formatief');
  for (const b of beoordelingen) {
    const version = versions.get(b.rubricVersionId);
    if (!version) continue;
    for (const criterion of version.criteria) {
      const level = b.scores[criterion.id];
      if (level == null || !version.levels.some((l) => l.id === level)) continue;
      const closes = (b.assessor === 'examinator' || b.assessor === 'tweede-examinator') && b.ptaToetsId != null;
      for (const nodeId of criterion.nodeIds) raise(key(b.studentId, nodeId), closes ? 'afgesloten' : 'formatief');
    }
  }
  for (const r of resultaten) {
    if (r.grade == null && r.override == null && r.voldaan !== true) continue;
    for (const nodeId of pta!.toetsen.find((t) => t.id === r.toetsId)?.nodeIds ?? []) raise(key(r.studentId, nodeId), 'afgesloten');
  }
  return {
    groups,
    students,
    of: (studentId: string, nodeId: string): State => state.get(key(studentId, nodeId)) ?? 'niet-gezien',
    open: (studentId: string) => eindtermen.filter((node) => state.get(key(studentId, node.id)) !== 'afgesloten').length,
  };
}

/** Whole weeks (or days, in the last fortnight) to 1 April of leerjaar 4, as the warning says. */
function timingSentence(cohort: StoredCohort): string {
  const end = Date.UTC(Number(cohort.firstSchoolYear.slice(0, 4)) + 2, 3, 1);
  // Today as the app sees it: the browser runs in Europe/Amsterdam (playwright.config), which is
  // a day ahead of a UTC machine after 23:00 UTC.
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date()).split('-').map(Number);
  const today = Date.UTC(year!, month! - 1, day!);
  const days = Math.round((end - today) / 86_400_000);
  if (days >= 14) return `${Math.floor(days / 7)} weken tot het einde van het examenjaar`;
  if (days >= 0) return `nog ${days} ${days === 1 ? 'dag' : 'dagen'} tot het einde van het examenjaar`;
  return 'het examenjaar is';
}

test.describe('dekking eindtermen', () => {
  test('zonder cohorten legt het scherm uit wat te doen', async ({ page }) => {
    await page.goto('/#/dekking');
    await expect(page.getByRole('heading', { name: 'Nog geen cohorten' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Naar groepen en cohorten' })).toHaveAttribute('href', '#/groepen');
  });

  test('de matrix, "wie mist nog …", de waarschuwingen en het bewijs achter een cel', async ({ app, page }, testInfo) => {
    test.setTimeout(120_000);
    await app.loadDemoData();
    const db = await readDatabase(page);
    const cohorts = (db.cohorts as StoredCohort[]).filter((c) => c.deletedAt == null);
    // The cohort in its exam year (leerjaar 4): the oldest one.
    const cohort = [...cohorts].sort((a, b) => a.firstSchoolYear.localeCompare(b.firstSchoolYear))[0]!;
    const nodes = ((db.other.frameworkNodes ?? []) as Node[]).filter((n) => n.deletedAt == null && n.type === 'eindterm');
    const examFrameworkId = nodes.find((n) => n.code === 'B3')!.frameworkId;
    const eindtermen = nodes.filter((n) => n.frameworkId === examFrameworkId);
    const expected = expectedStates(db, cohort, eindtermen);
    const total = expected.students.length;

    // Straight to the cohort by its link; the cohort choice shows it.
    await page.goto(`/#/dekking?cohort=${cohort.id}`);
    await expect(page.getByRole('combobox', { name: 'Cohort' })).toHaveValue(cohort.id);
    const matrix = page.getByRole('grid', { name: 'Dekking per leerling en eindterm' });
    const status = page.getByRole('status');
    await expect(status).toHaveText(`${total} leerlingen (van ${total})`, { timeout: 15_000 });
    await expect(matrix.getByRole('columnheader')).toHaveCount(3 + eindtermen.length);

    // All three states are shown, each with its symbol and its name for a screen reader.
    for (const [name, symbol] of [['Nog niet gezien', '–'], ['Formatief gezien', '◐'], ['Summatief afgesloten', '✓']] as const) {
      const cell = matrix.getByRole('gridcell', { name: new RegExp(`: ${name}$`) }).first();
      await expect(cell).toBeVisible();
      await expect(cell).toHaveText(symbol);
    }
    // Every rendered row agrees with the stored evidence, cell by cell, in the order of the columns.
    const codes = await matrix.locator('thead tr').first().locator('th.cov-term').allTextContents();
    const byCode = new Map(eindtermen.map((node) => [node.code, node]));
    const columns = codes.map((code) => byCode.get(code)!);
    const rendered = await matrix.locator('tbody tr[data-student-id]').evaluateAll((rows) =>
      rows.map((row) => ({ id: row.getAttribute('data-student-id')!, states: [...row.querySelectorAll<HTMLElement>('td[data-state]')].map((cell) => cell.dataset.state), count: row.children[2]!.textContent })),
    );
    expect(rendered.length).toBeGreaterThan(10);
    for (const row of rendered) {
      expect(row.states, `cellen van ${row.id}`).toEqual(columns.map((node) => expected.of(row.id, node.id)));
      expect(row.count).toBe(`${eindtermen.length - expected.open(row.id)}/${eindtermen.length}`);
    }
    await page.screenshot({ path: testInfo.outputPath('dekking-licht.png') });
    await expectNoAxeViolations(page, 'dekking eindtermen (licht)');

    // "Wie mist nog …?": the eindterm with the fewest students never seen (but some), so all fit on screen.
    const notSeen = (node: Node) => expected.students.filter((s) => expected.of(s.id, node.id) === 'niet-gezien');
    const notClosed = (node: Node) => expected.students.filter((s) => expected.of(s.id, node.id) !== 'afgesloten');
    const asked = [...columns].filter((node) => notSeen(node).length > 0).sort((a, b) => notSeen(a).length - notSeen(b).length)[0]!;
    const names = (list: StoredStudent[]) => list.map(fullName).sort();
    const shownNames = async () => (await matrix.locator('tbody th.cov-name').allTextContents()).sort();
    await page.getByRole('combobox', { name: 'Wie mist nog…' }).selectOption({ value: asked.id });
    await expect(status).toHaveText(`Wie mist nog ${asked.code} (niet afgesloten)? ${notClosed(asked).length} leerlingen (van ${total})`);
    await page.getByRole('combobox', { name: 'Voorwaarde' }).selectOption({ label: 'niet gezien' });
    const missing = notSeen(asked);
    await expect(status).toContainText(`Wie mist nog ${asked.code} (niet gezien)? ${missing.length} ${missing.length === 1 ? 'leerling' : 'leerlingen'} (van ${total})`);
    expect(await shownNames()).toEqual(names(missing));
    for (const cell of await matrix.locator(`tbody td[data-state]:nth-child(${4 + columns.indexOf(asked)})`).all()) await expect(cell).toHaveAttribute('data-state', 'niet-gezien');

    // Narrowed further by group, then by a name; "Filter wissen" brings everyone back.
    const group = expected.groups.find((g) => missing.some((s) => s.groupId === g.id))!;
    await page.getByRole('combobox', { name: 'Groep' }).selectOption({ label: group.name });
    expect(await shownNames()).toEqual(names(missing.filter((s) => s.groupId === group.id)));
    const someone = missing.find((s) => s.groupId === group.id)!;
    await page.getByRole('searchbox', { name: 'Zoek leerling' }).fill(someone.achternaam.toUpperCase());
    expect(await shownNames()).toEqual(names(missing.filter((s) => s.groupId === group.id && s.achternaam === someone.achternaam)));
    await page.getByRole('button', { name: 'Filter wissen' }).click();
    await expect(status).toHaveText(`${total} leerlingen (van ${total})`);

    // The warning list: every student with open eindtermen, most open first, in a plain sentence.
    const warnings = page.getByRole('region', { name: 'Waarschuwingen' });
    const atRisk = expected.students.filter((s) => expected.open(s.id) > 0);
    const showAll = warnings.getByRole('button', { name: /^Toon alle/ });
    if (atRisk.length > 5) await showAll.click();
    const items = warnings.getByRole('listitem');
    await expect(items).toHaveCount(atRisk.length);
    const most = Math.max(...atRisk.map((s) => expected.open(s.id)));
    const top = items.first();
    await expect(top).toContainText(`Nog ${most} eindtermen niet afgesloten`);
    await expect(top).toContainText(timingSentence(cohort));
    const topName = await top.getByRole('link').textContent();
    expect(atRisk.filter((s) => expected.open(s.id) === most).map(fullName)).toContain(topName);
    const opens = (await items.allTextContents()).map((text) => Number(/Nog (\d+) eindterm/.exec(text)![1]));
    expect(opens).toEqual([...opens].sort((a, b) => b - a));

    // A cell opens the evidence behind it, with the way to the student's page.
    const formative = matrix.getByRole('gridcell', { name: /: Formatief gezien$/ }).first();
    const label = (await formative.getAttribute('aria-label'))!;
    const [who, code] = label.replace(/: Formatief gezien$/, '').split(', ');
    await formative.click();
    const dialog = page.getByRole('dialog', { name: `${who} · ${code}` });
    await expect(dialog).toContainText('Stand: Formatief gezien');
    await expect(dialog.getByRole('listitem').first()).toContainText(/Observatie|Beoordeling/);
    await page.screenshot({ path: testInfo.outputPath('dekking-bewijs.png') });
    await dialog.getByRole('button', { name: 'Sluiten' }).last().click();
    await expect(dialog).toBeHidden();

    // Keyboard: the matrix is one tab stop; arrows move, Enter opens the cell under focus.
    await formative.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: new RegExp(`^${who} · `) })).toBeVisible();
    await page.keyboard.press('Escape');

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: testInfo.outputPath('dekking-donker.png') });
    await expectNoAxeViolations(page, 'dekking eindtermen (donker)');
  });
});
