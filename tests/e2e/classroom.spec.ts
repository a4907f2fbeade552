import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { readStore } from './support/db';
import { dutchGrade, expectedGrade } from './support/rubrics';
import {
  ClassroomScreen,
  CLIENT,
  CRITERIA,
  KeyCounter,
  LEVELS,
  MAX_POINTS,
  nameOf,
  OPDRACHT,
  pointsOf,
  pointsText,
  RUBRIC,
  seedClass,
  seedScores,
  SOLO,
  STUDENTS,
  TEACHER,
  TEAM_MEMBERS,
  teamLabel,
  toets,
  type SeedStudent,
} from './support/assessment';

/**
 * Beoordelen in de les (issue 5): a team of four and a student on their own scored on an
 * 8-criterion rubric with the keyboard only, counting every key sent; a member who deviates;
 * the client's and the student's own view beside the examinator's; everything survives a
 * reload; two windows on the same score end with the latest, both in the audit trail.
 */

interface StoredBeoordeling {
  id: string;
  studentId: string;
  opdrachtId: string | null;
  assessor: string;
  assessorName: string;
  scores: Record<string, string | null>;
  overrides: string[];
  teamId: string | null;
  ptaToetsId: string | null;
  deletedAt?: number | null;
}

interface StoredAudit {
  id: string;
  at: number;
  who: string;
  studentId: string;
  toetsId: string | null;
  kind: string;
  field: string;
  label: string;
  oldValue: string | null;
  newValue: string | null;
  reason: string;
}

async function beoordelingen(page: Page, assessor = 'examinator'): Promise<StoredBeoordeling[]> {
  return (await readStore<StoredBeoordeling>(page, 'beoordelingen')).filter((b) => b.opdrachtId === OPDRACHT.id && b.assessor === assessor && b.deletedAt == null);
}

/** Levels (1–4) of a stored beoordeling, in CRITERIA order; 0 where unscored. */
const levelsOf = (b: StoredBeoordeling | undefined) => CRITERIA.map((c) => LEVELS.findIndex((level) => level.id === b?.scores[c.id]) + 1);

/** "7,0" for the running points of a set of levels. */
const gradeOf = (levels: readonly number[]) => dutchGrade(expectedGrade(pointsOf(levels), MAX_POINTS, RUBRIC.caesura));

async function expectRunningResult(classroom: ClassroomScreen, s: SeedStudent, levels: readonly number[]): Promise<void> {
  await expect(classroom.points(nameOf(s)), `points of ${nameOf(s)}`).toHaveText(pointsText(pointsOf(levels)));
  await expect(classroom.result(nameOf(s)), `cijfer of ${nameOf(s)}`).toHaveText(gradeOf(levels));
}

/** Presses Tab (counted as navigation) until the grid's active cell has focus. */
async function tabIntoGrid(classroom: ClassroomScreen, keys: KeyCounter): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await classroom.focusable.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await keys.press('Tab', 'navigate');
  }
  await expect(classroom.focusable, 'the grid is reachable with Tab').toBeFocused();
}

const TEAM_LEVELS = [3, 2, 3, 4, 2, 3, 3, 2] as const;
const SOLO_LEVELS = [4, 4, 3, 3, 2, 3, 4, 3] as const;
/** Daniël deviates on Uitvoeren (criterion 3, weight 2): D instead of B. */
const DANIEL = TEAM_MEMBERS[1]!;
const DANIEL_LEVELS = [3, 2, 1, 4, 2, 3, 3, 2] as const;
/** Ahmet deviates on Reflecteren (criterion 8): A instead of C. */
const AHMET = TEAM_MEMBERS[3]!;
const AHMET_LEVELS = [3, 2, 3, 4, 2, 3, 3, 4] as const;

const expectedLevels = (s: SeedStudent) => (s === DANIEL ? DANIEL_LEVELS : s === AHMET ? AHMET_LEVELS : s === SOLO ? SOLO_LEVELS : TEAM_LEVELS);

test.describe('beoordelen met het toetsenbord', () => {
  test.beforeEach(async ({ app, page }) => {
    await app.open('/');
    await seedClass(page);
  });

  test('een team van 4: 8 cijfers + Enter, daarna 1 toets per afwijkend teamlid; bewaard, in de geschiedenis en na herladen', async ({ page }) => {
    const classroom = new ClassroomScreen(page);
    await classroom.open();
    await expect(classroom.context).toHaveText('Deze beoordeling levert het cijfer voor toets 311 (Praktijkopdracht 1) van het PTA.');
    await expect(classroom.grid.getByRole('rowheader')).toHaveText([teamLabel, ...TEAM_MEMBERS.map(nameOf), nameOf(SOLO)]);
    await expect(classroom.grid.getByRole('columnheader')).toHaveText(['Leerling', ...CRITERIA.map((c) => (c.weight === 1 ? c.title : `${c.title} ×${c.weight}`)), 'Punten', 'Cijfer']);

    const keys = new KeyCounter(page);
    await tabIntoGrid(classroom, keys);
    const tabs = keys.counts.navigate;
    // The cursor starts on the team's first criterion.
    await expect(classroom.focusable).toHaveAccessibleName(`${teamLabel}, ${CRITERIA[0].title}: nog niet gescoord`);

    // The whole team: 8 digits and Enter.
    keys.reset();
    await keys.type(TEAM_LEVELS, 'score');
    await keys.press('Enter', 'score');
    expect(keys.counts, 'a team of 4: 8 levels and Enter, no navigation').toEqual({ score: 9, navigate: 0 });
    // Enter went to the next stop: the student without a team (not into the members just filled).
    await expect(classroom.focusable).toBeFocused();
    await expect(classroom.focusable).toHaveAccessibleName(`${nameOf(SOLO)}, ${CRITERIA[0].title}: nog niet gescoord`);
    // Every member got the team's levels: the letters in their cells, and the running cijfer.
    const letters = (levels: readonly number[]) => levels.map((level) => LEVELS[level - 1]!.label[0]!);
    for (const member of TEAM_MEMBERS) {
      await expect(classroom.row(nameOf(member)).locator('td.score-cell'), nameOf(member)).toHaveText(letters(TEAM_LEVELS));
      await expectRunningResult(classroom, member, TEAM_LEVELS);
    }
    await expect(classroom.cell(nameOf(TEAM_MEMBERS[2]!), 'Hygiëne')).toHaveAccessibleName(`${nameOf(TEAM_MEMBERS[2]!)}, Hygiëne: A expert`);
    // A team row shows the levels, not a cijfer.
    await expect(classroom.points(teamLabel)).toHaveText('');

    // Overrides: get to the member's cell (navigation, counted apart), then one key each.
    keys.reset();
    await keys.type(['ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowRight', 'ArrowRight'], 'navigate');
    await expect(classroom.focusable).toHaveAccessibleName(`${nameOf(DANIEL)}, Uitvoeren: B gevorderd`);
    await keys.press('1', 'score');
    await keys.type(['ArrowDown', 'ArrowDown', 'End'], 'navigate');
    await expect(classroom.focusable).toHaveAccessibleName(`${nameOf(AHMET)}, Reflecteren: C basis`);
    await keys.press('4', 'score');
    expect(keys.counts.score, 'one keystroke per individual override').toBe(2);
    test.info().annotations.push({
      type: 'keystrokes',
      description: `team of 4 with 2 overrides: 9 (8 levels + Enter) + 2 = 11 scoring keys; navigation apart: ${tabs} Tab to reach the grid, ${keys.counts.navigate} arrow/End keys to reach the two overridden cells`,
    });

    await expect(classroom.cell(nameOf(DANIEL), 'Uitvoeren')).toHaveAccessibleName(`${nameOf(DANIEL)}, Uitvoeren: D minimaal, wijkt af van het team`);
    await expect(classroom.cell(nameOf(AHMET), 'Reflecteren')).toHaveAccessibleName(`${nameOf(AHMET)}, Reflecteren: A expert, wijkt af van het team`);
    for (const s of TEAM_MEMBERS) await expectRunningResult(classroom, s, expectedLevels(s));
    // By hand: 28/40 → 7,0; Daniël 24/40 → 6,0; Ahmet 30/40 → 7,5.
    expect([TEAM_LEVELS, DANIEL_LEVELS, AHMET_LEVELS].map(gradeOf)).toEqual(['7,0', '6,0', '7,5']);
    await classroom.waitSaved();

    // Stored: one examinator beoordeling per member, 8 levels each, the overrides marked.
    await expect.poll(async () => (await beoordelingen(page)).length).toBe(4);
    const stored = await beoordelingen(page);
    for (const s of TEAM_MEMBERS) {
      const own = stored.find((b) => b.studentId === s.id);
      expect(levelsOf(own), `stored levels of ${nameOf(s)}`).toEqual([...expectedLevels(s)]);
      expect(own).toMatchObject({ ptaToetsId: toets('311').id, assessorName: TEACHER, teamId: 'e2e-team' });
    }
    expect(stored.find((b) => b.studentId === DANIEL.id)!.overrides).toEqual(['e2e-crit-3']);
    expect(stored.find((b) => b.studentId === AHMET.id)!.overrides).toEqual(['e2e-crit-8']);
    expect(stored.find((b) => b.studentId === TEAM_MEMBERS[0]!.id)!.overrides).toEqual([]);

    // Summative: every level set is in the audit trail, by the teacher's name.
    const audit = await readStore<StoredAudit>(page, 'auditTrail');
    expect(audit.filter((entry) => entry.studentId === DANIEL.id && entry.field === 'e2e-crit-3').sort((a, b) => a.at - b.at).map((e) => [e.oldValue, e.newValue])).toEqual([
      [null, 'B gevorderd'],
      ['B gevorderd', 'D minimaal'],
    ]);
    expect(audit.every((entry) => entry.who === TEACHER && entry.toetsId === toets('311').id)).toBe(true);
    expect(audit.filter((entry) => entry.kind === 'score')).toHaveLength(4 * 8 + 2);

    // Survives a reload.
    await page.reload();
    await expect(classroom.grid).toBeVisible();
    for (const s of TEAM_MEMBERS) await expectRunningResult(classroom, s, expectedLevels(s));
    await expect(classroom.cell(nameOf(DANIEL), 'Uitvoeren')).toHaveAccessibleName(`${nameOf(DANIEL)}, Uitvoeren: D minimaal, wijkt af van het team`);
  });

  test('één leerling: 8 cijfers + Enter; Ctrl+Z neemt de laatste score terug, met reden in de geschiedenis', async ({ page }) => {
    const classroom = new ClassroomScreen(page);
    await classroom.open('?modus=leerling');
    await expect(classroom.grid.getByRole('rowheader')).toHaveText([...STUDENTS].sort((a, b) => a.achternaam.localeCompare(b.achternaam, 'nl')).map(nameOf));
    const keys = new KeyCounter(page);
    await tabIntoGrid(classroom, keys);
    await keys.type(['ArrowDown', 'ArrowDown'], 'navigate');
    await expect(classroom.focusable).toHaveAccessibleName(`${nameOf(SOLO)}, ${CRITERIA[0].title}: nog niet gescoord`);

    keys.reset();
    await keys.type(SOLO_LEVELS, 'score');
    await keys.press('Enter', 'score');
    expect(keys.counts, 'one student: 8 levels and Enter').toEqual({ score: 9, navigate: 0 });
    // 32/40 → 8,0 by hand; Enter went on to the next student.
    expect(gradeOf(SOLO_LEVELS)).toBe('8,0');
    await expectRunningResult(classroom, SOLO, SOLO_LEVELS);
    await expect(classroom.focusable).toHaveAccessibleName(`${nameOf(TEAM_MEMBERS[2]!)}, ${CRITERIA[0].title}: nog niet gescoord`);
    await classroom.waitSaved();

    // Ctrl+Z takes back the last level: Reflecteren is unscored again, and the cijfer waits.
    await page.keyboard.press('Control+z');
    await expect(page.locator('.toasts > *').filter({ hasText: 'Laatste score ongedaan gemaakt.' })).toBeVisible();
    await expect(classroom.cell(nameOf(SOLO), 'Reflecteren')).toHaveAccessibleName(`${nameOf(SOLO)}, Reflecteren: nog niet gescoord`);
    await expect(classroom.points(nameOf(SOLO))).toHaveText(pointsText(pointsOf(SOLO_LEVELS) - 3));
    await expect(classroom.result(nameOf(SOLO))).toHaveText('onvolledig');
    await classroom.waitSaved();
    const trail = (await readStore<StoredAudit>(page, 'auditTrail')).filter((entry) => entry.studentId === SOLO.id && entry.field === 'e2e-crit-8').sort((a, b) => a.at - b.at);
    expect(trail.map((entry) => [entry.oldValue, entry.newValue, entry.reason])).toEqual([
      [null, 'B gevorderd', ''],
      ['B gevorderd', null, 'Ongedaan gemaakt in het beoordelingsscherm'],
    ]);

    await page.reload();
    await expect(classroom.grid).toBeVisible();
    await expect(classroom.points(nameOf(SOLO))).toHaveText(pointsText(pointsOf(SOLO_LEVELS) - 3));
    await expect(classroom.result(nameOf(SOLO))).toHaveText('onvolledig');
    expect(levelsOf((await beoordelingen(page)).find((b) => b.studentId === SOLO.id))).toEqual([...SOLO_LEVELS.slice(0, 7), 0]);
  });

  test('opdrachtgever en zelfbeoordeling naast de examinator, per criterium, met wat afwijkt', async ({ page }) => {
    await seedScores(page, { student: DANIEL, levels: DANIEL_LEVELS });
    await page.reload();
    const classroom = new ClassroomScreen(page);

    // The client's feedback form, per student.
    await classroom.open('?beoordelaar=opdrachtgever&modus=leerling');
    await expect(classroom.assessor).toHaveValue('opdrachtgever');
    await expect(classroom.context).toHaveText(`Het oordeel van de opdrachtgever (${CLIENT.contact}) is advies; de examinator beslist.`);
    const clientLevels = [3, 3, 1, 4, 2, 4, 3, 2];
    await classroom.cell(nameOf(DANIEL), CRITERIA[0].title).click();
    for (const level of clientLevels) await page.keyboard.press(String(level));
    await classroom.waitSaved();

    // The student's own view: switch the chooser (by keyboard) to Zelfbeoordeling.
    await classroom.assessor.selectOption({ label: 'Zelfbeoordeling' });
    await expect(classroom.context).toHaveText('Dit oordeel staat naast dat van de examinator, maar telt niet voor het cijfer.');
    await expect(classroom.mode).toHaveCount(0);
    const selfLevels = [4, 2, 3, 4, 3, 3, 3, 2];
    await classroom.cell(nameOf(DANIEL), CRITERIA[0].title).click();
    for (const level of selfLevels) await page.keyboard.press(String(level));
    await classroom.waitSaved();

    // Side by side for Daniël, the examinator's first; where the others differ it says by how much.
    await expect(classroom.sources.getByRole('heading')).toHaveText(`Alle bronnen voor ${nameOf(DANIEL)}`);
    await expect(classroom.sources.getByRole('columnheader')).toHaveText(['Criterium', 'Examinator', `Zelfbeoordeling (${nameOf(DANIEL)})`, `Opdrachtgever (${CLIENT.contact})`]);
    const label = (level: number) => LEVELS[level - 1]!.label;
    const note = (own: number, other: number) => {
      const d = other - own;
      if (d === 0) return '';
      return ` (${Math.abs(d)} ${Math.abs(d) === 1 ? 'niveau' : 'niveaus'} ${d > 0 ? 'hoger' : 'lager'})`;
    };
    for (const [index, criterion] of CRITERIA.entries()) {
      const own = DANIEL_LEVELS[index]!;
      await expect(classroom.sourceRow(criterion.title).getByRole('cell'), criterion.title).toHaveText([
        label(own),
        `${label(selfLevels[index]!)}${note(own, selfLevels[index]!)}`,
        `${label(clientLevels[index]!)}${note(own, clientLevels[index]!)}`,
      ]);
    }
    // Uitvoeren: examinator D, student B (2 higher), client D.
    await expect(classroom.sourceRow('Uitvoeren').getByRole('cell')).toHaveText(['D minimaal', 'B gevorderd (2 niveaus hoger)', 'D minimaal']);
    await expect(classroom.sourceRow('Uitvoeren')).toHaveClass(/differs/);
    await expect(classroom.sourceRow('Hygiëne')).not.toHaveClass(/differs/);

    // Advice only: the examinator's cijfer stays, and nothing advisory is in the audit trail.
    const stored = await readStore<StoredBeoordeling>(page, 'beoordelingen');
    const ofDaniel = stored.filter((b) => b.studentId === DANIEL.id);
    expect(ofDaniel.map((b) => b.assessor).sort()).toEqual(['examinator', 'opdrachtgever', 'zelf']);
    expect(levelsOf(ofDaniel.find((b) => b.assessor === 'opdrachtgever'))).toEqual(clientLevels);
    expect(ofDaniel.find((b) => b.assessor === 'opdrachtgever')!.assessorName).toBe(CLIENT.contact);
    expect(levelsOf(ofDaniel.find((b) => b.assessor === 'zelf'))).toEqual(selfLevels);
    expect(ofDaniel.find((b) => b.assessor === 'zelf')!.ptaToetsId).toBeNull();
    expect(await readStore(page, 'auditTrail')).toEqual([]);

    // After a reload, as the examinator: the same table.
    await page.reload();
    await classroom.open('?modus=leerling');
    await classroom.cell(nameOf(DANIEL), CRITERIA[0].title).click();
    await expect(classroom.sourceRow('Uitvoeren').getByRole('cell')).toHaveText(['D minimaal', 'B gevorderd (2 niveaus hoger)', 'D minimaal']);
    await expectRunningResult(classroom, DANIEL, DANIEL_LEVELS);
    await expectNoAxeViolations(page, '#/beoordelen met scores en alle bronnen');
  });

  test('twee vensters op dezelfde score: de laatste wint en beide staan in de geschiedenis', async ({ page, context }) => {
    await seedScores(page, { student: SOLO, levels: SOLO_LEVELS });
    await page.reload();
    const first = new ClassroomScreen(page);
    await first.open('?modus=leerling');
    const other = await context.newPage();
    const second = new ClassroomScreen(other);
    await second.open('?modus=leerling');
    await expectRunningResult(second, SOLO, SOLO_LEVELS);

    // Window 1 sets Plannen to C; window 2, a moment later, to B.
    await first.cell(nameOf(SOLO), 'Plannen').click();
    await page.keyboard.press('2');
    await first.waitSaved();
    await second.cell(nameOf(SOLO), 'Plannen').click();
    await other.keyboard.press('3');
    await second.waitSaved();

    const expected = [4, 3, 3, 3, 2, 3, 4, 3];
    await expectRunningResult(second, SOLO, expected);
    // The first window follows the database: the latest change shows there too.
    await expect(first.cell(nameOf(SOLO), 'Plannen')).toHaveAccessibleName(`${nameOf(SOLO)}, Plannen: B gevorderd`);
    await expectRunningResult(first, SOLO, expected);

    const stored = (await beoordelingen(page)).filter((b) => b.studentId === SOLO.id);
    expect(stored).toHaveLength(1);
    expect(levelsOf(stored[0])).toEqual(expected);
    const trail = (await readStore<StoredAudit>(page, 'auditTrail')).filter((entry) => entry.studentId === SOLO.id && entry.field === 'e2e-crit-2').sort((a, b) => a.at - b.at);
    expect(trail.map((entry) => [entry.oldValue, entry.newValue])).toEqual([
      ['A expert', 'C basis'],
      ['C basis', 'B gevorderd'],
    ]);
    expect(trail.every((entry) => entry.toetsId === toets('311').id && entry.who === TEACHER && entry.label === 'Plannen')).toBe(true);
    await other.close();
  });
});
