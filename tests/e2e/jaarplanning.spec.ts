import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { readStore, type StoredGroup } from './support/db';
import {
  addDays,
  daysBetween,
  endOfPhases,
  liveOpdrachten,
  schoolYearOfDate,
  startOfPhases,
  type StoredNode,
  type StoredOpdracht,
} from './support/opdrachten';

/**
 * The year plan (issue 4, point 5): every opdracht of the schooljaar as a bar in the row of its
 * group, today marked; dragging a bar moves the whole opdracht (every phase) and the new dates
 * stay after a reload; plan coverage names the eindtermen no opdracht covers yet, and linking
 * one to an opdracht makes it covered.
 */

const SCHOOL_YEAR = schoolYearOfDate(new Date());
const START_YEAR = Number(SCHOOL_YEAR.slice(0, 4));
const YEAR_START = `${START_YEAR}-08-01`;
const YEAR_DAYS = daysBetween(YEAR_START, `${START_YEAR + 1}-08-01`);

interface StoredFramework {
  id: string;
  family: string;
  deletedAt?: number | null;
  archivedAt?: number | null;
}

const barLabel = (o: StoredOpdracht) => `${o.title}, ${startOfPhases(o.phases)} tot en met ${endOfPhases(o.phases)}`;

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found, 'on screen').toBeTruthy();
  return found!;
}

async function plannedThisYear(page: Page): Promise<StoredOpdracht[]> {
  return (await liveOpdrachten(page)).filter((o) => !o.isTemplate && o.schoolYear === SCHOOL_YEAR && o.status !== 'gearchiveerd' && o.phases.length > 0);
}

test.describe('jaarplanning', () => {
  test.describe.configure({ timeout: 60_000 });

  test.beforeEach(async ({ app }) => {
    await app.loadDemoData();
  });

  test('tijdlijn: elke opdracht als balk in de rij van zijn groep, op zijn datums, en vandaag gemarkeerd; axe', async ({ page, yearPlan }) => {
    const opdrachten = await plannedThisYear(page);
    const groups = await readStore<StoredGroup>(page, 'groups');
    await yearPlan.open();
    const timeline = yearPlan.timeline(SCHOOL_YEAR);
    await expect(timeline).toBeVisible();
    const track = timeline.locator('.year-plan-header .year-plan-track');
    const trackBox = await box(track);
    const xOf = (iso: string) => trackBox.x + (daysBetween(YEAR_START, iso) / YEAR_DAYS) * trackBox.width;

    for (const opdracht of opdrachten) {
      for (const groupId of opdracht.groupIds) {
        const row = yearPlan.row(groups.find((g) => g.id === groupId)!.name);
        const bar = row.getByRole('button', { name: barLabel(opdracht), exact: true });
        await expect(bar, opdracht.title).toBeVisible();
        // Drawn where its dates are: from the first day of the first phase to the end of the last.
        const barBox = await box(bar);
        expect(Math.abs(barBox.x - xOf(startOfPhases(opdracht.phases))), `${opdracht.title} starts at its date`).toBeLessThan(4);
        expect(Math.abs(barBox.x + barBox.width - xOf(addDays(endOfPhases(opdracht.phases), 1))), `${opdracht.title} ends at its deadline`).toBeLessThan(4);
        // One coloured part per phase.
        await expect(bar.locator('.plan-phase')).toHaveCount(opdracht.phases.length);
      }
    }

    // Today: a line in every group row, at today's position.
    // As the app sees it: the browser runs in Europe/Amsterdam (playwright.config), which is a day
    // ahead of the machine's UTC clock after 23:00 UTC.
    const todayIso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    const lines = timeline.getByTitle('Vandaag');
    await expect(lines.first()).toBeVisible();
    const lineBox = await box(lines.first());
    expect(Math.abs(lineBox.x - xOf(todayIso)), 'today is marked at today').toBeLessThan(4);

    await expectNoAxeViolations(page, 'the year plan with opdrachten and coverage');
  });

  test('een balk slepen verplaatst de hele opdracht; de nieuwe datums blijven na herladen; pijltjes verplaatsen een week', async ({ app, page, yearPlan }) => {
    const opdrachten = await plannedThisYear(page);
    // One that has room to move two weeks later within the schooljaar.
    const target = opdrachten.find((o) => o.status === 'gepland' && daysBetween(endOfPhases(o.phases), `${START_YEAR + 1}-07-15`) > 30) ?? opdrachten[0]!;
    await yearPlan.open();
    await app.dismissToasts();
    const track = yearPlan.timeline(SCHOOL_YEAR).locator('.year-plan-header .year-plan-track');
    const dayWidth = (await box(track)).width / YEAR_DAYS;
    const bar = yearPlan.bar(target.title).first();
    await expect(bar).toHaveAccessibleName(barLabel(target));
    const barBox = await box(bar);

    // Drag 14 days to the right with the mouse.
    const x = barBox.x + Math.min(20, barBox.width / 2);
    const y = barBox.y + barBox.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let step = 1; step <= 7; step++) await page.mouse.move(x + (step * 14 * dayWidth) / 7, y);
    await page.mouse.up();

    await expect(app.toast(`${target.title} 14 dagen later gezet.`)).toBeVisible();
    const moved = target.phases.map((phase) => ({ name: phase.name, start: addDays(phase.start, 14), end: addDays(phase.end, 14) }));
    const movedLabel = `${target.title}, ${addDays(startOfPhases(target.phases), 14)} tot en met ${addDays(endOfPhases(target.phases), 14)}`;
    await expect(yearPlan.bar(target.title).first()).toHaveAccessibleName(movedLabel);
    const stored = (await liveOpdrachten(page)).find((o) => o.id === target.id)!;
    expect(stored.phases.map(({ name, start, end }) => ({ name, start, end })), 'every phase moved by the same 14 days').toEqual(moved);
    // Dragging did not open the opdracht.
    await expect(page).toHaveURL(/#\/jaarplanning$/);

    await app.reload();
    await expect(yearPlan.bar(target.title).first()).toHaveAccessibleName(movedLabel);

    // The keyboard way: ArrowLeft moves it a week earlier.
    await yearPlan.bar(target.title).first().focus();
    await page.keyboard.press('ArrowLeft');
    await expect(app.toast(`${target.title} 7 dagen eerder gezet.`)).toBeVisible();
    await expect(yearPlan.bar(target.title).first()).toHaveAccessibleName(
      `${target.title}, ${addDays(startOfPhases(target.phases), 7)} tot en met ${addDays(endOfPhases(target.phases), 7)}`,
    );
  });

  test('dekking: eindtermen zonder opdracht worden genoemd, en zijn gedekt zodra een opdracht ze koppelt', async ({ app, page, yearPlan, opdracht }) => {
    const frameworks = (await readStore<StoredFramework>(page, 'frameworks')).filter((f) => f.deletedAt == null && f.archivedAt == null && f.family !== 'school');
    expect(frameworks, 'the voorbeeldschool has one exam framework').toHaveLength(1);
    const eindtermen = (await readStore<StoredNode>(page, 'frameworkNodes')).filter(
      (n) => n.frameworkId === frameworks[0]!.id && n.deletedAt == null && (n.type === 'eindterm' || n.type === 'subitem'),
    );
    const opdrachten = await plannedThisYear(page);
    const directlyLinked = new Set(opdrachten.flatMap((o) => o.nodeIds));

    await yearPlan.open();
    const summary = yearPlan.coverage.getByText(/^\d+ van de \d+ eindtermen komen aan bod in de opdrachten van /);
    await expect(summary).toContainText(`van de ${eindtermen.length} eindtermen komen aan bod in de opdrachten van ${SCHOOL_YEAR}.`);
    const covered = Number((await summary.innerText()).split(' ')[0]);
    const uncoveredTitle = yearPlan.coverage.getByText(/eindterm(en)? (komt|komen) nog in geen enkele opdracht aan bod:$/);
    await expect(uncoveredTitle).toBeVisible();
    const uncoveredCodes = (await uncoveredTitle.locator('xpath=following-sibling::p[1]').innerText()).split(',').map((code) => code.trim());
    expect(uncoveredCodes).toHaveLength(eindtermen.length - covered);
    // Whatever the app calls uncovered, no opdracht links it directly.
    for (const code of uncoveredCodes) {
      const node = eindtermen.find((n) => n.code === code);
      expect(node, `${code} is an eindterm of the framework`).toBeTruthy();
      expect(directlyLinked.has(node!.id), `${code} is linked by no opdracht`).toBe(false);
    }
    // Each row tells how often; the uncovered ones say "nog geen".
    const table = yearPlan.coverage.getByRole('table', { name: 'Eindtermen met de opdrachten die ze dekken' });
    await expect(table.locator('tbody tr')).toHaveCount(eindtermen.length);
    const rowOf = (code: string) => table.locator('tbody tr').filter({ has: page.locator('strong', { hasText: new RegExp(`^${code}$`) }) });
    for (const code of uncoveredCodes) await expect(rowOf(code).locator('td').nth(1)).toHaveText('nog geen');

    // Link the first uncovered eindterm to an opdracht: now it is covered, by that opdracht.
    const code = uncoveredCodes[0]!;
    const node = eindtermen.find((n) => n.code === code)!;
    const chosen = opdrachten[0]!;
    await opdracht.open(chosen.id);
    await opdracht.goals.getByRole('button', { name: 'Eindtermen en vaardigheden…' }).click();
    const link = app.dialog(`${chosen.title} koppelen aan eindtermen en vaardigheden`);
    await link.getByRole('checkbox', { name: `${node.code} ${node.text}` }).check();
    await link.getByRole('button', { name: 'Koppelingen opslaan' }).click();
    await opdracht.save(chosen.title);

    await yearPlan.open();
    await expect(summary).toHaveText(`${covered + 1} van de ${eindtermen.length} eindtermen komen aan bod in de opdrachten van ${SCHOOL_YEAR}.`);
    await expect(rowOf(code).locator('td').nth(1)).toHaveText('1');
    await expect(rowOf(code).getByRole('link', { name: chosen.title, exact: true })).toBeVisible();
    if (uncoveredCodes.length === 1) await expect(uncoveredTitle).toHaveCount(0);
    else await expect(uncoveredTitle.locator('xpath=following-sibling::p[1]')).not.toContainText(code);
  });
});
