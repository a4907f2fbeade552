import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { expectDatabaseUnchanged, readDatabase, readStore } from './support/db';
import { dutchGrade, expectedGrade } from './support/rubrics';
import { GradesScreen, handSeCijfer, MAX_POINTS, nameOf, pointsOf, RUBRIC, seedClass, seedGrades, seedScores, SOLO, TEACHER, TEAM_MEMBERS, toets } from './support/assessment';

/**
 * Cijfers (issue 5): the grade table of a group with the PTA's toetsen and the SE-cijfer by the
 * school's rules, checked against a hand computation; an override with a reason that shows in
 * the history; a cijfer outside 1,0–10,0 refused in Dutch with nothing stored; all of it after
 * a reload.
 */

interface StoredResult {
  studentId: string;
  toetsId: string;
  attempt: number;
  grade: number | null;
  override: { grade: number; reason: string } | null;
}

interface StoredAudit {
  studentId: string;
  toetsId: string | null;
  kind: string;
  label: string;
  oldValue: string | null;
  newValue: string | null;
  reason: string;
  who: string;
}

/** Fleur's rubric levels for toets 311: 22 of 40 points, exactly the caesura. */
const FLEUR_LEVELS = [1, 3, 2, 2, 3, 3, 2, 1] as const;
const DANIEL = TEAM_MEMBERS[1]!;
const dutch = (value: number, decimals: number) => value.toFixed(decimals).replace('.', ',');

test.describe('de cijfertabel', () => {
  test.beforeEach(async ({ app, page }) => {
    await app.open('/');
    await seedClass(page, { reload: false });
    await seedScores(page, { student: SOLO, levels: FLEUR_LEVELS });
    await seedGrades(page, [
      { student: SOLO, code: '321', grade: 5.0 },
      { student: SOLO, code: '332', grade: 5.6 },
      { student: DANIEL, code: '321', grade: 7.2 },
    ]);
    await page.reload();
  });

  test('SE-cijfer volgens de schoolregels, en een aangepast cijfer met reden; buiten 1–10 geweigerd', async ({ page }) => {
    // The defaults of "School en cijfers": one decimal half up, the eindcijfer from that one decimal.
    await page.goto('/#/instellingen');
    const school = page.getByRole('region', { name: 'School en cijfers' });
    await expect(school.getByLabel('Herkansing').locator('option:checked')).toHaveText('Het hoogste cijfer telt');
    await expect(school.getByLabel('SE-cijfer met één decimaal').locator('option:checked')).toHaveText('Afronden (5,45 wordt 5,5)');
    await expect(school.getByLabel('Eindcijfer (heel getal)').locator('option:checked')).toHaveText('Uit het SE-cijfer met één decimaal (5,45 → 5,5 → 6)');
    await expect(school.getByLabel('Jouw naam (examinator)')).toHaveValue(TEACHER);

    const grades = new GradesScreen(page);
    await grades.open();
    await expect(grades.rules).toHaveText('Herkansing: het hoogste cijfer telt. SE-cijfer: afronden (5,45 wordt 5,5). Eindcijfer: uit het SE-cijfer met één decimaal (5,45 → 5,5 → 6). Instellingen');
    await expect(grades.table.getByRole('columnheader')).toHaveText(['Leerling', '311weging 3', '321weging 1', '332weging 2', '341voldaan / niet voldaan', 'SE-cijfer', 'Eindcijfer', 'Gemiddelde']);

    // Fleur: 311 from the rubric (22 of 40 points at caesura 55 % is exactly 5,5), 321 and 332 entered.
    const rubricGrade = expectedGrade(pointsOf(FLEUR_LEVELS), MAX_POINTS, RUBRIC.caesura);
    expect(pointsOf(FLEUR_LEVELS)).toBe(22);
    expect(rubricGrade).toBe(5.5);
    await expect(grades.cell(SOLO, '311').locator('.grade-value')).toHaveText(dutchGrade(rubricGrade));
    await expect(grades.cell(SOLO, '321').locator('.grade-value')).toHaveText('5,0');
    await expect(grades.cell(SOLO, '332').locator('.grade-value')).toHaveText('5,6');
    // (3 × 5,5 + 1 × 5,0 + 2 × 5,6) / 6 = 32,7 / 6 = 5,45 → 5,5 → 6 (not 5: the example of examenblad.nl).
    const se = handSeCijfer([
      { weging: 3, grade: rubricGrade },
      { weging: 1, grade: 5.0 },
      { weging: 2, grade: 5.6 },
    ]);
    expect(se).toEqual({ raw: 5.45, oneDecimal: 5.5, final: 6 });
    await expect(grades.se(SOLO)).toHaveText(dutch(se.oneDecimal, 1));
    await expect(grades.final(SOLO)).toHaveText(String(se.final));
    await expect(grades.raw(SOLO)).toHaveText(dutch(se.raw, 2));

    // Override Fleur's 311 (a toets with a rubric): the dialog asks for a cijfer and a reason.
    await grades.cell(SOLO, '311').click();
    await expect(grades.panel.getByRole('heading', { level: 2 })).toHaveText(`${nameOf(SOLO)} · 311 Praktijkopdracht 1`);
    await expect(grades.panel.locator('.attempt-value').first()).toHaveText('5,5 (uit de rubric)');
    await grades.panel.getByRole('button', { name: 'Cijfer aanpassen…' }).first().click();
    const dialog = page.getByRole('dialog', { name: `Cijfer 311 aanpassen voor ${nameOf(SOLO)}` });
    await expect(dialog).toContainText('De rubric geeft 5,5.');
    const gradeField = dialog.getByLabel('Aangepast cijfer');
    await expect(gradeField).toHaveValue('5,5');
    const before = await readDatabase(page);

    // Outside 1,0–10,0, and without a reason: refused, in Dutch, nothing stored.
    const reason = 'Extra onderzoek bij de opdrachtgever meegewogen';
    for (const [typed, message] of [
      ['10,5', '10,5 ligt niet tussen 1,0 en 10,0.'],
      ['0,9', '0,9 ligt niet tussen 1,0 en 10,0.'],
      ['zeven', '‘zeven’ is geen cijfer. Typ een getal van 1,0 tot en met 10,0, zoals 6,5.'],
    ] as const) {
      await gradeField.fill(typed);
      await dialog.getByLabel('Reden').fill(reason);
      await dialog.getByRole('button', { name: 'Aanpassen' }).click();
      await expect(dialog.getByRole('alert')).toHaveText(message);
      await expect(gradeField).toHaveAttribute('aria-invalid', 'true');
    }
    await gradeField.fill('6,7');
    await dialog.getByLabel('Reden').fill('   ');
    await dialog.getByRole('button', { name: 'Aanpassen' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Schrijf op waarom je het cijfer aanpast. De reden wordt bewaard.');
    await expectDatabaseUnchanged(page, before, 'refused overrides');

    await dialog.getByLabel('Reden').fill(reason);
    await dialog.getByRole('button', { name: 'Aanpassen' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('.toasts > *').filter({ hasText: `311 voor ${nameOf(SOLO)} aangepast naar 6,7.` })).toBeVisible();
    await expect(grades.cell(SOLO, '311').locator('.grade-value')).toHaveText('6,7');
    await expect(grades.cell(SOLO, '311')).toContainText('aangepast');
    await expect(grades.panel.locator('.attempt-value').first()).toHaveText(`6,7 (aangepast: ${reason})`);
    // (3 × 6,7 + 5,0 + 2 × 5,6) / 6 = 36,3 / 6 = 6,05 → 6,1 → 6.
    const after = handSeCijfer([
      { weging: 3, grade: 6.7 },
      { weging: 1, grade: 5.0 },
      { weging: 2, grade: 5.6 },
    ]);
    expect(after).toEqual({ raw: 6.05, oneDecimal: 6.1, final: 6 });
    await expect(grades.se(SOLO)).toHaveText(dutch(after.oneDecimal, 1));
    await expect(grades.final(SOLO)).toHaveText(String(after.final));

    // The history of this student and toets: who, old → new, and why.
    await expect(grades.history()).toHaveCount(1);
    await expect(grades.history().first()).toContainText(`door ${TEACHER}`);
    await expect(grades.history().first()).toContainText(`Aangepast cijfer 311 Praktijkopdracht 1: leeg → 6,7 (${reason})`);
    await expect(grades.history().first()).toContainText(`Reden: ${reason}`);
    const stored = (await readStore<StoredResult>(page, 'resultaten')).find((r) => r.studentId === SOLO.id && r.toetsId === toets('311').id);
    expect(stored).toMatchObject({ attempt: 1, override: { grade: 6.7, reason } });
    const trail = (await readStore<StoredAudit>(page, 'auditTrail')).filter((entry) => entry.studentId === SOLO.id);
    expect(trail).toEqual([expect.objectContaining({ kind: 'override', toetsId: toets('311').id, oldValue: null, newValue: `6.7 (${reason})`, reason, who: TEACHER })]);

    // After a reload everything is still there.
    await page.reload();
    await expect(grades.table).toBeVisible();
    await expect(grades.cell(SOLO, '311').locator('.grade-value')).toHaveText('6,7');
    await expect(grades.se(SOLO)).toHaveText('6,1');
    await expect(grades.final(SOLO)).toHaveText('6');
    await grades.cell(SOLO, '311').click();
    await expect(grades.history().first()).toContainText(`Reden: ${reason}`);
  });

  test('een cijfer typen in de tabel: buiten 1–10 geweigerd, een goed cijfer telt voorlopig mee', async ({ page }) => {
    const grades = new GradesScreen(page);
    await grades.open();
    // Daniël has only 321 so far: a provisional SE-cijfer, no eindcijfer yet.
    await expect(grades.se(DANIEL)).toHaveText('7,2voorlopig');
    await expect(grades.final(DANIEL)).toHaveText('—');

    // Typing into the table (keyboard): a cijfer outside 1–10 is refused where it is typed.
    await grades.cell(DANIEL, '332').click();
    const beforeTyping = await readDatabase(page);
    await page.keyboard.type('11');
    await page.keyboard.press('Enter');
    await expect(grades.cell(DANIEL, '332').getByRole('alert')).toHaveText('11 ligt niet tussen 1,0 en 10,0.');
    await page.keyboard.press('Escape');
    await expect(grades.cell(DANIEL, '332').locator('.grade-value')).toHaveText('—');
    await expectDatabaseUnchanged(page, beforeTyping, 'a refused cijfer');
    await page.keyboard.type('7,4');
    await page.keyboard.press('Enter');
    await expect(grades.cell(DANIEL, '332').locator('.grade-value')).toHaveText('7,4');
    // (7,2 + 2 × 7,4) / 3 = 7,33 → 7,3, still provisional without 311.
    expect(handSeCijfer([{ weging: 1, grade: 7.2 }, { weging: 2, grade: 7.4 }]).oneDecimal).toBe(7.3);
    await expect(grades.se(DANIEL)).toHaveText('7,3voorlopig');
    await expectNoAxeViolations(page, '#/cijfers met een gekozen cijfer');

    await expect(page.locator('.toasts > *').filter({ hasText: `332 voor ${nameOf(DANIEL)}: 7,4.` })).toBeVisible();
    const stored = (await readStore<StoredResult>(page, 'resultaten')).find((r) => r.studentId === DANIEL.id && r.toetsId === toets('332').id);
    expect(stored).toMatchObject({ attempt: 1, grade: 7.4, override: null });
    const trail = (await readStore<StoredAudit>(page, 'auditTrail')).filter((entry) => entry.studentId === DANIEL.id);
    expect(trail).toEqual([expect.objectContaining({ kind: 'grade', toetsId: toets('332').id, oldValue: null, newValue: '7.4', who: TEACHER })]);

    await page.reload();
    await expect(grades.cell(DANIEL, '332').locator('.grade-value')).toHaveText('7,4');
    await expect(grades.se(DANIEL)).toHaveText('7,3voorlopig');
  });
});
