import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { fullName, putRows, readObservaties, readStore, type StoredStudent } from './support/db';
import { expect, test } from './support/test';

/**
 * The student profile (issue 6): per goal a growth line whose points show their opdracht,
 * opdrachtgever, assessor and note on focus or hover, the student's self-assessment beside the
 * teacher's, the eindterm checklist with its three states and the evidence behind them, and the
 * explained empty states (no evidence, no programme framework). On the demo school.
 */

interface StoredBeoordeling {
  id: string;
  studentId: string;
  assessor: string;
  opdrachtId: string | null;
  deletedAt: number | null;
}
interface StoredObservatie {
  studentId: string;
  nodeId: string | null;
  level: number | null;
  note: string;
  deletedAt: number | null;
}

const growthSection = (page: Page) => page.getByRole('region', { name: 'Groei per vaardigheid' });
const checklist = (page: Page) => page.getByRole('region', { name: 'Eindtermen afvinken' });
const tip = (page: Page) => page.getByTestId('growth-tip');

/** A demo student with a self-assessment, the opdracht it was for and a noted observation of theirs. */
async function studentWithSelfAssessment(page: Page) {
  const zelf = (await readStore<StoredBeoordeling>(page, 'beoordelingen')).find((b) => b.assessor === 'zelf' && b.deletedAt == null && b.opdrachtId)!;
  const opdracht = (await readStore<{ id: string; title: string; opdrachtgeverId: string | null }>(page, 'opdrachten')).find((o) => o.id === zelf.opdrachtId)!;
  const client = (await readStore<{ id: string; name: string }>(page, 'opdrachtgevers')).find((c) => c.id === opdracht.opdrachtgeverId);
  const noted = (await readObservaties<StoredObservatie>(page)).find((o) => o.studentId === zelf.studentId && o.note !== '' && o.nodeId && o.level && o.deletedAt == null);
  return { studentId: zelf.studentId, opdracht, client, noted };
}

test.describe('het leerlingprofiel', () => {
  test.beforeEach(async ({ app }) => {
    // Loading the demo school and drawing dozens of charts: slow on a busy machine.
    test.slow();
    await app.loadDemoData();
  });

  test('groeilijnen met punten die opdracht, beoordelaar en notitie tonen, zelfbeoordeling naast die van de docent', async ({ app, page }, testInfo) => {
    // Two axe runs over a page with dozens of charts, on top of the demo school: give it room.
    test.setTimeout(240_000);
    const { studentId, opdracht, client, noted } = await studentWithSelfAssessment(page);
    await page.goto(`/#/leerlingen/${studentId}`);
    await expect(app.heading).toBeVisible();
    const growth = growthSection(page);
    await expect(growth.locator('.growth-point').first()).toBeVisible();
    expect(await growth.locator('.growth-point').count()).toBeGreaterThan(3);
    await expect(growth.getByRole('list', { name: 'Legenda' })).toContainText('Docent (examinator)');
    await expect(growth.getByRole('list', { name: 'Legenda' })).toContainText('Zelfbeoordeling');
    // The method and what it is computed from, in words.
    await expect(growth).toContainText('Beheersing volgens Afnemend gemiddelde');
    await expect(growth.getByText(/Berekend uit \d+ keer bewijs/).first()).toBeVisible();
    // Cards below the fold draw their chart a moment later (tests/unit/renderer/features/
    // growth-section.test.tsx): then every goal has its chart, one tab stop in it, and its table.
    await expect(growth.locator('article.growth-goal[data-chart="pending"]')).toHaveCount(0);
    const cardCount = await growth.locator('article.growth-goal').count();
    await expect(growth.locator('article.growth-goal .growth-chart svg')).toHaveCount(cardCount);
    await expect(growth.locator('article.growth-goal .growth-point[tabindex="0"]')).toHaveCount(cardCount);
    await expect(growth.locator('article.growth-goal table caption')).toHaveCount(cardCount);

    // A goal where the student assessed themself: both series are drawn, each its own shape.
    const goal = growth.locator('article.growth-goal').filter({ has: page.locator('.growth-point.series-zelf') }).first();
    await expect(goal.locator('.growth-point.series-docent').first()).toBeVisible();
    await expect(goal.locator('.series-zelf rect.growth-mark').first()).toBeVisible();
    await expect(goal.locator('.series-docent circle.growth-mark').first()).toBeVisible();

    // One tab stop per chart; focus shows the point, the arrow keys walk the line.
    const zelfPoint = goal.locator('.growth-point.series-zelf').first();
    await zelfPoint.focus();
    await expect(zelfPoint).toBeFocused();
    await expect(tip(page)).toBeVisible();
    await expect(tip(page)).toContainText('Zelfbeoordeling');
    await expect(tip(page)).toContainText(opdracht.title);
    if (client) await expect(tip(page)).toContainText(`opdrachtgever ${client.name}`);
    await page.keyboard.press('Home');
    await expect(goal.locator('.growth-point').first()).toBeFocused();
    await expect(tip(page)).toContainText(/Examinator|Zelfbeoordeling/);
    await page.keyboard.press('ArrowRight');
    await expect(goal.locator('.growth-point').nth(1)).toBeFocused();
    await expect(goal.locator('.growth-point[tabindex="0"]')).toHaveCount(1);

    // Hover an observation with a note: its note shows.
    if (noted) {
      const point = growth.locator(`.growth-point[aria-label*="${noted.note}"]`).first();
      await point.hover();
      await expect(tip(page)).toContainText(noted.note);
    }

    // The same evidence as a table for screen readers.
    await expect(goal.locator('table caption')).toContainText('Bewijs voor');
    expect(await goal.locator('table tbody tr').count()).toBe(await goal.locator('.growth-point').count());

    await expectNoAxeViolations(page, 'het leerlingprofiel (licht)');
    await zelfPoint.focus();
    await page.screenshot({ path: testInfo.outputPath('profiel-licht.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, 'het leerlingprofiel (donker)');
    await page.screenshot({ path: testInfo.outputPath('profiel-donker.png'), fullPage: true });
  });

  test('de eindtermenlijst toont de drie toestanden met het bewijs erachter', async ({ app, page }) => {
    const { studentId } = await studentWithSelfAssessment(page);
    await page.goto(`/#/leerlingen/${studentId}`);
    await expect(app.heading).toBeVisible();
    const list = checklist(page);
    await expect(list.getByText(/^\d+ summatief afgesloten · \d+ formatief gezien · \d+ nog niet gezien \(van \d+\)$/)).toBeVisible();
    const closed = list.locator('li[data-state="afgesloten"]');
    const formative = list.locator('li[data-state="formatief"]');
    const unseen = list.locator('li[data-state="niet-gezien"]');
    await expect(closed.first()).toContainText('Summatief afgesloten');
    await expect(formative.first()).toContainText('Formatief gezien');
    await expect(unseen.first()).toContainText('Nog niet gezien');
    const [c, f, u] = [await closed.count(), await formative.count(), await unseen.count()];
    await expect(list.getByText(`${c} summatief afgesloten · ${f} formatief gezien · ${u} nog niet gezien (van ${c + f + u})`)).toBeVisible();

    // Open a closed eindterm: what closed it and the evidence, with dates.
    await closed.first().locator('summary').click();
    await expect(closed.first().getByText(/^Afgesloten door (PTA-toets|de summatieve beoordeling)/).first()).toBeVisible();
    await expect(closed.first().locator('.coverage-evidence li').filter({ hasText: /\d{4}/ }).first()).toBeVisible();
    // A formatively seen one lists its observation, by keyboard.
    await formative.first().locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(formative.first().locator('.coverage-evidence')).toContainText('Observatie');
  });

  test('een leerling zonder bewijs krijgt uitleg en een knop om een observatie te noteren', async ({ app, page }) => {
    const someone = (await readStore<StoredStudent>(page, 'students'))[0]!;
    const stamp = Date.now();
    const newcomer = { ...someone, id: 'profiel-nieuw', leerlingnummer: '999001', roepnaam: 'Noor', tussenvoegsel: '', achternaam: 'Nieuwkomer', createdAt: stamp, updatedAt: stamp };
    await putRows(page, 'students', [newcomer]);
    await page.goto(`/#/leerlingen/${newcomer.id}`);
    // A row written past Dexie is not seen by queries Dexie already caches (the dialog's
    // student list): a reload starts the app as a teacher would find it.
    await page.reload();
    await expect(app.heading).toHaveText(fullName(newcomer));
    const growth = growthSection(page);
    await expect(growth).toContainText('Nog geen bewijs.');
    await expect(growth).toContainText('Noteer een observatie over een vaardigheid of eindterm');
    await expect(growth.locator('.growth-chart')).toHaveCount(0);
    await expect(checklist(page).locator('li[data-state="niet-gezien"]').first()).toBeVisible();
    await expect(checklist(page).locator('li[data-state="afgesloten"], li[data-state="formatief"]')).toHaveCount(0);
    await expect(page.getByText(/NaN/)).toHaveCount(0);
    await expectNoAxeViolations(page, 'een leerling zonder bewijs');

    await growth.getByRole('button', { name: 'Eerste observatie noteren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Observatie noteren' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('group', { name: 'Kies leerlingen' }).getByRole('checkbox', { name: fullName(newcomer), exact: true })).toBeChecked();
  });

  test('zonder ingelezen examenprogramma legt de eindtermenlijst uit waar je het inleest', async ({ app, page }) => {
    const { studentId } = await studentWithSelfAssessment(page);
    const student = (await readStore<StoredStudent>(page, 'students')).find((s) => s.id === studentId)!;
    const group = (await readStore<{ id: string; cohortId: string }>(page, 'groups')).find((g) => g.id === student.groupId)!;
    const cohort = (await readStore<Record<string, unknown> & { id: string }>(page, 'cohorts')).find((c) => c.id === group.cohortId)!;
    await putRows(page, 'cohorts', [{ ...cohort, programme: 'Bouwen, Wonen en Interieur' }]);
    await page.goto(`/#/leerlingen/${studentId}`);
    await expect(app.heading).toBeVisible();
    await expect(checklist(page)).toContainText('Er is nog geen examenprogramma voor Bouwen, Wonen en Interieur ingelezen.');
    await checklist(page).getByRole('link', { name: 'Naar doelen en kaders' }).click();
    await expect(page).toHaveURL(/#\/kaders$/);
  });
});
