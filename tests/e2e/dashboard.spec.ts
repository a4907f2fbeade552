import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { fullName, putRows, readObservaties, readStore, type StoredStudent } from './support/db';
import { expect, test } from './support/test';

/**
 * The home dashboard on the voorbeeldschool, with the clock frozen on Wednesday 2 December 2026
 * so "this week" is the same every run (the demo data is generated around the date it is
 * loaded). Expectations are worked out here from the stored rows with plain date comparisons,
 * never with the app's own selection functions. An empty database keeps the welcome screen; a
 * school without plans or observations gets each card's empty state.
 */

const TODAY = '2026-12-02';
const WEEK = { start: '2026-11-30', end: '2026-12-06', nextEnd: '2026-12-13' };

interface Phase {
  name: string;
  start: string;
  end: string;
}
interface StoredOpdracht {
  id: string;
  title: string;
  phases: Phase[];
  groupIds: string[];
  rubricIds: string[];
  status: string;
  isTemplate: boolean;
  deletedAt: number | null;
}
interface StoredPta {
  id: string;
  cohortId: string;
  toetsen: { id: string; code: string; name: string; date: string | null }[];
}
interface StoredBeoordeling {
  studentId: string;
  opdrachtId: string | null;
  rubricId: string;
  assessor: string;
  scores: Record<string, string | null>;
  deletedAt: number | null;
}
interface StoredObservatie {
  id: string;
  studentId: string;
  createdAt: number;
  deletedAt: number | null;
}

const inRange = (date: string, from: string, to: string) => date >= from && date <= to;
const card = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const bucket = (weekCard: Locator, name: string) => weekCard.getByRole('list', { name, exact: true });

/** The home screen with every card filled in, the gaps card (which counts last) included. */
async function openDashboard(page: Page) {
  await page.goto('/#/');
  await expect(page.locator('body[data-dashboard-ready="true"]')).toBeAttached();
  await expect(page.locator('body[data-dashboard-gaps-ready="true"]')).toBeAttached({ timeout: 15_000 });
}

test.describe('dashboard op de voorbeeldschool', () => {
  // Loading the voorbeeldschool takes a while on a busy machine.
  test.describe.configure({ timeout: 90_000 });
  test.beforeEach(async ({ app, page }) => {
    // 10:00 local time on a Wednesday; time runs on from there.
    await page.clock.install({ time: new Date(`${TODAY}T10:00:00`) });
    await app.loadDemoData();
  });

  test('deze week: fasen, deadlines en PTA-toetsen van deze en volgende week, met werkende links', async ({ app, page }) => {
    await openDashboard(page);
    await expect(app.heading).toHaveText('Overzicht');
    const opdrachten = (await readStore<StoredOpdracht>(page, 'opdrachten')).filter((o) => o.deletedAt == null && !o.isTemplate && o.status !== 'concept');
    const ptas = await readStore<StoredPta>(page, 'ptas');
    const week = card(page, 'Deze week');
    await expect(week.getByText('week 49 · ma 30 nov t/m zo 6 dec')).toBeVisible();
    await expect(week.getByRole('heading', { name: 'Volgende week · week 50' })).toBeVisible();

    // Every PTA toets dated this week or next is listed under its week, linking to the PTA.
    const toetsen = ptas.flatMap((pta) => pta.toetsen.filter((toets) => toets.date && inRange(toets.date, WEEK.start, WEEK.nextEnd)).map((toets) => ({ ...toets, pta })));
    expect(toetsen.length, 'the demo has PTA toetsen around 2 December').toBeGreaterThan(0);
    for (const toets of toetsen) {
      const list = bucket(week, toets.date! <= WEEK.end ? 'Deze week' : 'Volgende week');
      await expect(list.getByRole('listitem').filter({ hasText: `PTA-toets ${toets.code}` }).filter({ hasText: toets.name }).first()).toBeVisible();
    }
    // Every phase starting and every deadline in the window is there too.
    for (const opdracht of opdrachten) {
      const deadline = opdracht.phases.map((phase) => phase.end).sort().at(-1)!;
      if (inRange(deadline, WEEK.start, WEEK.nextEnd)) {
        const list = bucket(week, deadline <= WEEK.end ? 'Deze week' : 'Volgende week');
        await expect(list.getByRole('listitem').filter({ hasText: 'Deadline' }).filter({ hasText: opdracht.title })).toBeVisible();
      }
      for (const phase of opdracht.phases.filter((p) => inRange(p.start, WEEK.start, WEEK.nextEnd))) {
        const list = bucket(week, phase.start <= WEEK.end ? 'Deze week' : 'Volgende week');
        await expect(list.getByRole('listitem').filter({ hasText: `Start ${phase.name.toLowerCase()}` }).filter({ hasText: opdracht.title })).toBeVisible();
      }
    }
    // Today's toets says "vandaag".
    const todays = toetsen.find((toets) => toets.date === TODAY);
    if (todays) await expect(bucket(week, 'Deze week').getByRole('listitem').filter({ hasText: todays.name }).first()).toContainText('vandaag');

    // Links: an opdracht opens its page, a toets the PTA of its cohort.
    const firstOpdracht = week.getByRole('link').filter({ hasNotText: /Praktijkopdracht|Samenwerken|Vakkennis/ }).first();
    const title = (await firstOpdracht.textContent())!;
    await firstOpdracht.click();
    await expect(page).toHaveURL(/#\/opdrachten\/[0-9a-f-]+$/);
    await expect(app.heading).toHaveText(title);
    await openDashboard(page);
    const toets = toetsen[0]!;
    await card(page, 'Deze week').getByRole('link', { name: toets.name }).first().click();
    await expect(page).toHaveURL(new RegExp(`#/pta\\?cohort=`));
    await expect(app.heading).toHaveText('PTA');
  });

  test('wacht op beoordeling: de leerlingen zonder score van de examinator, met een link naar Beoordelen', async ({ app, page }) => {
    await openDashboard(page);
    const opdrachten = (await readStore<StoredOpdracht>(page, 'opdrachten')).filter((o) => o.deletedAt == null && !o.isTemplate);
    const students = (await readStore<StoredStudent>(page, 'students')).filter((s) => s.deletedAt == null);
    const beoordelingen = (await readStore<StoredBeoordeling>(page, 'beoordelingen')).filter((b) => b.deletedAt == null && b.assessor === 'examinator');
    // In the opleveren phase today: its groups' students who lack an examinator score on a rubric.
    const handingIn = opdrachten.filter((o) => o.rubricIds.length > 0 && o.phases.some((p) => p.name.startsWith('Opleveren') && inRange(TODAY, p.start, p.end)));
    expect(handingIn.length, 'the demo has an opdracht being handed in on 2 December').toBeGreaterThan(0);
    const waiting = card(page, 'Wacht op beoordeling');
    for (const opdracht of handingIn) {
      const open = students.filter(
        (s) =>
          opdracht.groupIds.includes(s.groupId) &&
          opdracht.rubricIds.some((rubricId) => !beoordelingen.some((b) => b.studentId === s.id && b.opdrachtId === opdracht.id && b.rubricId === rubricId && Object.values(b.scores).some((v) => v != null))),
      );
      const item = waiting.getByRole('listitem').filter({ has: page.getByRole('link', { name: opdracht.title, exact: true }) });
      if (open.length === 0) {
        await expect(item).toHaveCount(0);
        continue;
      }
      await expect(item).toContainText('in de opleverfase');
      await expect(item).toContainText(`${open.length} ${open.length === 1 ? 'leerling' : 'leerlingen'}`);
    }
    // The button opens Beoordelen on that opdracht and group.
    const button = waiting.getByRole('link', { name: /^Beoordelen: / }).first();
    const href = (await button.getAttribute('href'))!;
    const opdrachtId = new URLSearchParams(href.split('?')[1]).get('opdracht')!;
    await button.click();
    await expect(page).toHaveURL(/#\/beoordelen\?opdracht=/);
    await expect(app.heading).toHaveText('Beoordelen');
    await expect(page.getByLabel('Opdracht', { exact: true })).toHaveValue(opdrachtId);
  });

  test('leerlingen met gaten en recente observaties: echte leerlingen, gesorteerd, met links', async ({ app, page }) => {
    await openDashboard(page);
    const gaps = card(page, 'Leerlingen met gaten');
    await expect(gaps).toContainText(/Cohort \d{4}-\d{4} tl/);
    await expect(gaps).toContainText(/\d+ van 48 leerlingen missen nog eindtermen\./);
    const rows = gaps.getByRole('list', { name: 'Leerlingen met gaten' }).getByRole('listitem');
    await expect(rows).toHaveCount(8);
    const notSeen = (await rows.allTextContents()).map((text) => Number(/(\d+) niet gezien/.exec(text)?.[1]));
    expect(notSeen.every((n) => Number.isInteger(n) && n > 0)).toBe(true);
    expect([...notSeen].sort((a, b) => b - a), 'most gaps first').toEqual(notSeen);
    const coverage = gaps.getByRole('link', { name: 'Naar de dekking' });
    await expect(coverage).toHaveAttribute('href', /^#\/dekking\?cohort=/);

    // Recent observations: the most recently entered first, its student linked.
    const observaties = (await readObservaties<StoredObservatie>(page)).filter((o) => o.deletedAt == null).sort((a, b) => b.createdAt - a.createdAt);
    const students = await readStore<StoredStudent>(page, 'students');
    // Several were entered at the same moment (the demo stamps a day's notes alike): any of those may lead.
    const newestNames = observaties.filter((o) => o.createdAt === observaties[0]!.createdAt).map((o) => fullName(students.find((s) => s.id === o.studentId)!));
    const recent = card(page, 'Recente observaties').getByRole('listitem');
    await expect(recent).toHaveCount(6);
    const shown = (await recent.first().getByRole('link').textContent())!;
    expect(newestNames).toContain(shown);

    const first = rows.first().getByRole('link');
    const name = (await first.textContent())!;
    await first.click();
    await expect(page).toHaveURL(/#\/leerlingen\/[0-9a-f-]+$/);
    await expect(app.heading).toHaveText(name);
    await openDashboard(page);
    await card(page, 'Recente observaties').getByRole('link', { name: shown }).first().click();
    await expect(page).toHaveURL(/#\/leerlingen\/[0-9a-f-]+$/);
    await expect(app.heading).toHaveText(shown);
  });

  test('toegankelijk en leesbaar in licht en donker', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1360, height: 1400 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await openDashboard(page);
      await expectNoAxeViolations(page, `dashboard (${colorScheme})`);
      await page.screenshot({ path: testInfo.outputPath(`dashboard-${colorScheme}.png`), fullPage: true });
    }
  });
});

test('een lege database houdt het welkomstscherm, zonder dashboard', async ({ app, page }) => {
  await app.open('/');
  await expect(app.heading).toHaveText('Welkom bij Vakwerk');
  await expect(page.getByRole('button', { name: 'Voorbeeldgegevens laden' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Dashboard' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'welkomstscherm');
});

test('een school zonder planning of observaties: elke kaart zegt wat er ontbreekt', async ({ app, page }) => {
  await page.clock.install({ time: new Date(`${TODAY}T10:00:00`) });
  await app.open('/');
  const stamp = Date.parse(`${TODAY}T10:00:00`);
  const record = { createdAt: stamp, updatedAt: stamp, deletedAt: null };
  await putRows(page, 'cohorts', [{ id: 'c1', name: 'Cohort 2026-2028 gl', leerweg: 'gl', programme: 'Groen', firstSchoolYear: '2026-2027', archivedAt: null, ...record }]);
  await putRows(page, 'groups', [{ id: 'g1', cohortId: 'c1', name: '3G-A', ...record }]);
  await putRows(page, 'students', [{ id: 's1', roepnaam: 'Sem', tussenvoegsel: '', achternaam: 'Bos', leerlingnummer: '7001', groupId: 'g1', archivedAt: null, ...record }]);
  // Rows written past the app reach its live queries on the next start.
  await page.reload();
  await expect(page.locator('body[data-dashboard-gaps-ready="true"]')).toBeAttached();
  await expect(card(page, 'Deze week')).toContainText('Niets deze week');
  await expect(card(page, 'Wacht op beoordeling')).toContainText('Niets te beoordelen');
  await expect(card(page, 'Recente observaties')).toContainText('Nog geen observaties');
  await expect(card(page, 'Leerlingen met gaten')).toContainText('Het examenprogramma van Cohort 2026-2028 gl heeft nog geen eindtermen');
  await expect(card(page, 'Deze week').getByRole('link', { name: 'Naar de jaarplanning' })).toHaveAttribute('href', '#/jaarplanning');
  await expectNoAxeViolations(page, 'dashboard zonder gegevens');
});
