import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { readStore, type StoredGroup } from './support/db';
import {
  addDays,
  daysBetween,
  dutchDay,
  followingSchoolYear,
  liveClients,
  liveOpdrachten,
  liveTeams,
  nextYear,
  schoolYearOfDate,
  startOfPhases,
  type StoredNode,
  type StoredOpdracht,
} from './support/opdrachten';

/**
 * Opdrachten and templates (issue 4, points 2 and 4): a teacher designs an opdracht (client and
 * contact, question, products, phases with dates, linked eindtermen and rubrics, groups), gets a
 * Dutch message and nothing saved when a phase ends before it starts, finds everything back
 * after a reload; saves an opdracht as a template and starts a new one from it in well under a
 * minute; and copies a whole schooljaar to the next with every goal, rubric and client link and
 * the teams intact.
 */

interface StoredRubric {
  id: string;
  title: string;
  deletedAt?: number | null;
}

const SCHOOL_YEAR = schoolYearOfDate(new Date());
const START_YEAR = Number(SCHOOL_YEAR.slice(0, 4));

/** A planned opdracht of the voorbeeldschool with a client, a contact, groups, goals and a rubric. */
async function plannedOpdracht(page: Page): Promise<StoredOpdracht> {
  const opdrachten = await liveOpdrachten(page);
  const found = opdrachten.find(
    (o) => !o.isTemplate && o.schoolYear === SCHOOL_YEAR && o.status === 'gepland' && o.groupIds.length > 0 && o.rubricIds.length > 0 && o.contactId && o.nodeIds.length > 0,
  );
  expect(found, 'the voorbeeldschool has a planned opdracht with links').toBeTruthy();
  return found!;
}

async function nodeLines(page: Page, ids: readonly string[]): Promise<string[]> {
  const nodes = await readStore<StoredNode>(page, 'frameworkNodes');
  return ids.map((id) => {
    const node = nodes.find((candidate) => candidate.id === id)!;
    return `${node.code} ${node.text}`;
  });
}

/** Accepts the "leave with unsaved changes?" prompt, so a reload always happens. */
function acceptLeaving(page: Page): void {
  page.on('dialog', (dialog) => void dialog.accept());
}

test.describe('opdrachten', () => {
  // The voorbeeldschool and full database reads take a while on a busy two-core machine (the
  // editor test took 52 s under a load of 13).
  test.describe.configure({ timeout: 90_000 });

  test.beforeEach(async ({ app }) => {
    await app.loadDemoData();
  });

  test('ontwerpen: velden, fasen met datums, eindterm en rubric koppelen; alles blijft na herladen', async ({ app, page, opdracht }) => {
    acceptLeaving(page);
    const source = await plannedOpdracht(page);
    const rubrics = (await readStore<StoredRubric>(page, 'rubrics')).filter((r) => r.deletedAt == null);
    // One more rubric, or (when every rubric is linked already) one less.
    const extraRubric = rubrics.find((rubric) => !source.rubricIds.includes(rubric.id));
    const toggledRubric = extraRubric ?? rubrics.find((rubric) => rubric.id === source.rubricIds.at(-1))!;
    const rubricIds = extraRubric ? [...source.rubricIds, extraRubric.id] : source.rubricIds.slice(0, -1);
    const nodes = (await readStore<StoredNode>(page, 'frameworkNodes')).filter((n) => n.type === 'eindterm');
    const extraNode = nodes.find((node) => !source.nodeIds.includes(node.id))!;
    const clients = await liveClients(page);
    const client = clients.find((c) => c.status !== 'gearchiveerd' && c.contacts.length > 0 && c.id !== source.opdrachtgeverId)!;
    const contact = client.contacts[0]!;

    await opdracht.open(source.id);
    await expect(opdracht.title).toHaveValue(source.title);
    expect(await opdracht.phases()).toEqual(source.phases.map(({ name, start, end }) => ({ name, start, end })));
    await expect(opdracht.goalItems()).toHaveText(await nodeLines(page, source.nodeIds));

    const title = 'Een gezonde lunch voor de kinderopvang';
    await opdracht.title.fill(title);
    await opdracht.field('Studielast (uren)').fill('24');
    await opdracht.field('Locatie').fill('Keuken en bij de opdrachtgever');
    await opdracht.clientSection.getByLabel('Opdrachtgever', { exact: true }).selectOption({ label: client.name });
    await opdracht.clientSection.getByLabel('Contactpersoon').selectOption({ label: contact.role ? `${contact.name} (${contact.role})` : contact.name });
    await opdracht.field('Vraag van de opdrachtgever').fill('Wij willen dat de kinderen gezonder lunchen: maak een weekmenu met één gerecht uit elk werelddeel.');
    await opdracht.field('Eisen').fill('Binnen € 2,50 per kind.\nZonder noten.');
    await page.getByRole('button', { name: 'Product toevoegen' }).click();
    await page.getByRole('textbox', { name: `Product ${source.deliverables.length + 1}` }).fill('Receptenboekje (Zoë’s favorieten)');

    // Phases: rename one, move the last one's end by a week.
    const last = source.phases.at(-1)!;
    await opdracht.phasesTable.getByRole('textbox', { name: 'Naam van fase 1' }).fill('Kennismaken');
    const newEnd = addDays(last.end, 7);
    await opdracht.phaseEnd(last.name).fill(newEnd);

    // Goals: one more eindterm through the link dialog, one more rubric.
    await opdracht.goals.getByRole('button', { name: 'Eindtermen en vaardigheden…' }).click();
    const link = app.dialog(`${title} koppelen aan eindtermen en vaardigheden`);
    await link.getByRole('searchbox', { name: 'Zoeken op code of tekst' }).fill(extraNode.code);
    await link.getByRole('checkbox', { name: `${extraNode.code} ${extraNode.text}` }).check();
    await link.getByRole('button', { name: 'Koppelingen opslaan' }).click();
    await expect(link).toBeHidden();
    await expect(opdracht.goalItems()).toHaveText(await nodeLines(page, [...source.nodeIds, extraNode.id]));
    await opdracht.rubric(toggledRubric.title).setChecked(Boolean(extraRubric));

    await opdracht.save(title);

    // After a reload everything is there, on screen and stored.
    await app.reload();
    await opdracht.waitUntilLoaded();
    await expect(opdracht.title).toHaveValue(title);
    await expect(opdracht.field('Studielast (uren)')).toHaveValue('24');
    await expect(opdracht.field('Locatie')).toHaveValue('Keuken en bij de opdrachtgever');
    await expect(opdracht.clientSection.getByLabel('Opdrachtgever', { exact: true }).locator('option:checked')).toHaveText(client.name);
    await expect(opdracht.clientSection.getByLabel('Contactpersoon').locator('option:checked')).toContainText(contact.name);
    await expect(page.getByRole('textbox', { name: `Product ${source.deliverables.length + 1}` })).toHaveValue('Receptenboekje (Zoë’s favorieten)');
    await expect(opdracht.goalItems()).toHaveText(await nodeLines(page, [...source.nodeIds, extraNode.id]));
    await expect(opdracht.rubric(toggledRubric.title)).toBeChecked({ checked: Boolean(extraRubric) });
    const phases = await opdracht.phases();
    expect(phases[0]!.name).toBe('Kennismaken');
    expect(phases.at(-1)!.end).toBe(newEnd);

    const stored = (await liveOpdrachten(page)).find((o) => o.id === source.id)!;
    expect(stored).toMatchObject({
      title,
      hours: 24,
      opdrachtgeverId: client.id,
      contactId: contact.id,
      specifications: 'Binnen € 2,50 per kind.\nZonder noten.',
      deliverables: [...source.deliverables, 'Receptenboekje (Zoë’s favorieten)'],
      nodeIds: [...source.nodeIds, extraNode.id],
      rubricIds,
    });

    await app.dismissToasts();
    await expectNoAxeViolations(page, 'the opdracht editor with phases, goals and teams');
  });

  test('een fase die eindigt vóór hij begint, of een deadline buiten het schooljaar: een Nederlandse melding en niets opgeslagen', async ({ app, page, opdracht }) => {
    acceptLeaving(page);
    const source = await plannedOpdracht(page);
    await opdracht.open(source.id);
    const before = await readStore(page, 'opdrachten');

    const phase = source.phases[2]!;
    const badEnd = addDays(phase.start, -3);
    await opdracht.phaseEnd(phase.name).fill(badEnd);
    await expect(opdracht.errors).toContainText(`Fase ‘${phase.name}’ eindigt (${dutchDay(badEnd)}) vóór hij begint (${dutchDay(phase.start)}).`);
    await opdracht.saveButton.click();
    await expect(opdracht.errors).toBeVisible();
    await expect(app.toast(`${source.title} opgeslagen.`)).toHaveCount(0);
    expect(await readStore(page, 'opdrachten'), 'nothing saved').toEqual(before);

    // Put it right, then push the deadline past the end of the schooljaar (31 July).
    await opdracht.phaseEnd(phase.name).fill(phase.end);
    await expect(opdracht.errors).toBeHidden();
    const last = source.phases.at(-1)!;
    const lateEnd = `${START_YEAR + 1}-08-20`;
    await opdracht.phaseEnd(last.name).fill(lateEnd);
    const withYear = (iso: string) => `${dutchDay(iso)} ${iso.slice(0, 4)}`;
    await expect(opdracht.errors).toContainText(
      `De deadline ${withYear(lateEnd)} valt buiten schooljaar ${SCHOOL_YEAR}. Dat schooljaar loopt van ${withYear(`${START_YEAR}-08-01`)} tot en met ${withYear(`${START_YEAR + 1}-07-31`)}.`,
    );
    await opdracht.saveButton.click();
    await expect(app.toast(`${source.title} opgeslagen.`)).toHaveCount(0);
    expect(await readStore(page, 'opdrachten'), 'nothing saved').toEqual(before);

    // Leaving without saving: after a reload the old dates are back.
    await app.reload();
    await opdracht.waitUntilLoaded();
    expect(await opdracht.phases()).toEqual(source.phases.map(({ name, start, end }) => ({ name, start, end })));
    expect(await readStore(page, 'opdrachten')).toEqual(before);
  });

  test('opslaan als sjabloon en daaruit binnen een minuut een nieuwe opdracht maken, met alle koppelingen', async ({ app, page, opdracht, opdrachten }) => {
    const source = await plannedOpdracht(page);
    const groups = await readStore<StoredGroup>(page, 'groups');
    const client = (await liveClients(page)).find((c) => c.id === source.opdrachtgeverId)!;
    await opdracht.open(source.id);

    await page.getByRole('button', { name: 'Opslaan als sjabloon' }).click();
    await expect(app.toast(`Sjabloon ${source.title} gemaakt.`)).toBeVisible();
    await expect(opdracht.templateTitle).toHaveValue(source.title);
    await expect(page.getByRole('main').getByText('sjabloon', { exact: true })).toBeVisible();
    const templateId = opdracht.currentId();
    expect(templateId).not.toBe(source.id);
    const template = (await liveOpdrachten(page)).find((o) => o.id === templateId)!;
    expect(template).toMatchObject({ isTemplate: true, groupIds: [], nodeIds: source.nodeIds, rubricIds: source.rubricIds, opdrachtgeverId: source.opdrachtgeverId });
    // A template is no opdracht: no teams and no feedback forms.
    await expect(opdracht.feedbackButton).toHaveCount(0);

    await opdrachten.open();
    const card = opdrachten.templates.getByRole('listitem').filter({ has: page.getByRole('link', { name: source.title, exact: true }) });
    await expect(card).toContainText(`${source.phases.length} fasen · ${source.nodeIds.length} eindtermen en vaardigheden · ${source.rubricIds.length === 1 ? '1 rubric' : `${source.rubricIds.length} rubrics`}`);

    // The quick path: template, title, start date, group, done.
    const started = Date.now();
    const group = groups.find((g) => g.deletedAt == null && !source.groupIds.includes(g.id)) ?? groups[0]!;
    const start = `${START_YEAR + 1}-02-08`;
    await opdrachten.newButton.click();
    const dialog = opdrachten.newDialog;
    await dialog.getByLabel('Beginnen vanuit').selectOption({ label: source.title });
    await dialog.getByLabel('Titel van de opdracht').fill('Gezonde lunch, tweede ronde');
    await dialog.getByLabel('Begint op').fill(start);
    await dialog.getByRole('checkbox', { name: group.name, exact: true }).check();
    await dialog.getByRole('button', { name: 'Opdracht maken' }).click();
    await expect(dialog).toBeHidden();
    await opdracht.waitUntilLoaded();
    await expect(opdracht.title).toHaveValue('Gezonde lunch, tweede ronde');
    expect(Date.now() - started, 'a new opdracht from a template in under a minute').toBeLessThan(60_000);

    // Everything came along; the phases moved to the start date with their lengths and gaps.
    const first = startOfPhases(template.phases);
    const shift = daysBetween(first, start);
    expect(await opdracht.phases()).toEqual(template.phases.map((p) => ({ name: p.name, start: addDays(p.start, shift), end: addDays(p.end, shift) })));
    await expect(opdracht.goalItems()).toHaveText(await nodeLines(page, template.nodeIds));
    for (const rubric of (await readStore<StoredRubric>(page, 'rubrics')).filter((r) => template.rubricIds.includes(r.id))) {
      await expect(opdracht.rubric(rubric.title)).toBeChecked();
    }
    await expect(opdracht.field('Vraag van de opdrachtgever')).toHaveValue(template.question);
    await expect(opdracht.clientSection.getByLabel('Opdrachtgever', { exact: true }).locator('option:checked')).toHaveText(client.name);
    await expect(opdracht.general.getByRole('checkbox', { name: group.name, exact: true })).toBeChecked();
    const created = (await liveOpdrachten(page)).find((o) => o.id === opdracht.currentId())!;
    expect(created).toMatchObject({ isTemplate: false, schoolYear: SCHOOL_YEAR, groupIds: [group.id], nodeIds: template.nodeIds, rubricIds: template.rubricIds, deliverables: template.deliverables });
  });

  test('een schooljaar kopiëren naar het volgende: koppelingen aan eindtermen, rubrics en opdrachtgevers en de teams blijven', async ({ app, page, opdrachten, opdracht, yearPlan }) => {
    const all = await liveOpdrachten(page);
    const originals = all.filter((o) => !o.isTemplate && o.schoolYear === SCHOOL_YEAR && o.status !== 'gearchiveerd');
    const teamsBefore = await liveTeams(page);
    const target = followingSchoolYear(SCHOOL_YEAR);
    const n = originals.length;

    await opdrachten.open();
    await opdrachten.copyYearButton(SCHOOL_YEAR).click();
    const dialog = app.dialog(`Opdrachten van ${SCHOOL_YEAR} kopiëren naar ${target}`);
    await expect(dialog).toContainText(`${n} opdrachten uit ${SCHOOL_YEAR} worden gekopieerd naar ${target}`);
    await dialog.getByRole('button', { name: `${n} opdrachten kopiëren` }).click();
    await expect(app.toast(`${n} opdrachten gekopieerd naar ${target} (0 al eerder gekopieerd).`)).toBeVisible();

    await opdrachten.schoolYear.selectOption(target);
    await expect(opdrachten.list(target).getByRole('listitem')).toHaveCount(n);

    const after = await liveOpdrachten(page);
    const teamsAfter = await liveTeams(page);
    const copies = after.filter((o) => o.schoolYear === target);
    expect(copies).toHaveLength(n);
    for (const original of originals) {
      const copy = copies.find((c) => c.copiedFromId === original.id);
      expect(copy, `a copy of ${original.title}`).toBeTruthy();
      expect(copy!, original.title).toMatchObject({
        title: original.title,
        nodeIds: original.nodeIds,
        rubricIds: original.rubricIds,
        opdrachtgeverId: original.opdrachtgeverId,
        contactId: original.contactId,
        groupIds: original.groupIds,
        question: original.question,
        deliverables: original.deliverables,
        status: 'concept',
        isTemplate: false,
      });
      expect(copy!.phases.map(({ name, start, end }) => ({ name, start, end })), `${original.title}: the same dates a year later`).toEqual(
        original.phases.map(({ name, start, end }) => ({ name, start: nextYear(start), end: nextYear(end) })),
      );
      const teamsOf = (id: string) =>
        teamsAfter
          .filter((t) => t.opdrachtId === id)
          .map((t) => ({ groupId: t.groupId, name: t.name, members: [...t.studentIds].sort() }))
          .sort((a, b) => a.name.localeCompare(b.name));
      const originalTeams = teamsBefore
        .filter((t) => t.opdrachtId === original.id)
        .map((t) => ({ groupId: t.groupId, name: t.name, members: [...t.studentIds].sort() }))
        .sort((a, b) => a.name.localeCompare(b.name));
      expect(teamsOf(copy!.id), `${original.title}: the same teams`).toEqual(originalTeams);
    }
    // The originals are untouched.
    for (const original of originals) expect(after.find((o) => o.id === original.id)).toEqual(original);

    // On screen: a copy with teams shows the same goals, rubric and teams as its original.
    const withTeams = originals.find((o) => teamsBefore.some((t) => t.opdrachtId === o.id)) ?? originals[0]!;
    const copy = copies.find((c) => c.copiedFromId === withTeams.id)!;
    const groups = await readStore<StoredGroup>(page, 'groups');
    await opdracht.open(withTeams.id);
    const originalBoard = await opdracht.teamMembers(groups.find((g) => g.id === withTeams.groupIds[0])!.name);
    await opdracht.open(copy.id);
    await expect(opdracht.general.getByLabel('Schooljaar')).toHaveValue(target);
    await expect(opdracht.goalItems()).toHaveText(await nodeLines(page, withTeams.nodeIds));
    for (const rubric of (await readStore<StoredRubric>(page, 'rubrics')).filter((r) => withTeams.rubricIds.includes(r.id))) {
      await expect(opdracht.rubric(rubric.title)).toBeChecked();
    }
    expect(await opdracht.teamMembers(groups.find((g) => g.id === withTeams.groupIds[0])!.name)).toEqual(originalBoard);

    // And the year plan of the new year shows them.
    await yearPlan.open();
    await yearPlan.schoolYear.selectOption(target);
    await expect(yearPlan.timeline(target).getByRole('button')).toHaveCount(n);
  });
});
