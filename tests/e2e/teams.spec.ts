import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import type { StudentsScreen, VakwerkApp } from './support/app';
import { fullName, readDatabase, type StoredGroup, type StoredStudent } from './support/db';
import { liveOpdrachten, liveTeams, schoolYearOfDate, type OpdrachtEditor, type StoredOpdracht, type StoredTeam } from './support/opdrachten';

/**
 * Teams (issue 4, point 3): a teacher splits a group into teams automatically (by size), moves
 * a student to another team by dragging or with the team choice next to the name (the keyboard
 * way), and undoes a move; a team that holds a student of another group is flagged with a Dutch
 * message naming the student and the group; and the teams stay when the opdracht is copied.
 */

const SCHOOL_YEAR = schoolYearOfDate(new Date());

interface Setup {
  opdracht: StoredOpdracht;
  group: StoredGroup;
  members: StoredStudent[];
}

/** An opdracht of this schooljaar for one group, with or without teams, and that group's students. */
async function opdrachtForOneGroup(page: Page, withTeams: boolean): Promise<Setup> {
  const db = await readDatabase(page);
  const teams = await liveTeams(page);
  const opdracht = (await liveOpdrachten(page)).find(
    (o) => !o.isTemplate && o.schoolYear === SCHOOL_YEAR && o.groupIds.length === 1 && teams.some((t) => t.opdrachtId === o.id) === withTeams,
  );
  expect(opdracht, `the voorbeeldschool has an opdracht for one group ${withTeams ? 'with' : 'without'} teams`).toBeTruthy();
  const group = db.groups.find((g) => g.id === opdracht!.groupIds[0])!;
  const members = db.students.filter((s) => s.groupId === group.id && s.deletedAt == null && s.archivedAt == null);
  return { opdracht: opdracht!, group, members };
}

const teamsOf = async (page: Page, opdrachtId: string): Promise<StoredTeam[]> =>
  (await liveTeams(page)).filter((team) => team.opdrachtId === opdrachtId).sort((a, b) => a.order - b.order);

const teamOfStudent = (teams: readonly StoredTeam[], studentId: string) => teams.find((team) => team.studentIds.includes(studentId))?.name ?? null;

/** Moves one student to another group on the Leerlingen screen, as a teacher does when a student changes class. */
async function moveToGroup(app: VakwerkApp, students: StudentsScreen, student: StoredStudent, groupName: string): Promise<void> {
  await students.open();
  await students.search.fill(student.leerlingnummer);
  await students.expectCount(1, 120);
  await students.selectCheckbox(fullName(student)).check();
  await students.selectionBar.getByRole('button', { name: 'Verplaatsen naar groep…' }).click();
  const dialog = app.dialog('Leerling verplaatsen');
  await dialog.getByLabel('Naar groep').selectOption({ label: groupName });
  await dialog.getByRole('button', { name: 'Verplaatsen' }).click();
  await expect(dialog).toBeHidden();
}

/** A team member of an opdracht moved to another group; returns the student, the team and the new group. */
async function memberMovedAway(page: Page, app: VakwerkApp, students: StudentsScreen, opdracht: OpdrachtEditor) {
  const { opdracht: stored, group } = await opdrachtForOneGroup(page, true);
  const team = (await teamsOf(page, stored.id))[0]!;
  const db = await readDatabase(page);
  const student = db.students.find((s) => s.id === team.studentIds[0])!;
  const other = db.groups.find((g) => g.id !== group.id && g.deletedAt == null && db.students.some((s) => s.groupId === g.id))!;
  await moveToGroup(app, students, student, other.name);
  await opdracht.open(stored.id);
  return { stored, group, team, student, other };
}

test.describe('teams', () => {
  test.describe.configure({ timeout: 60_000 });

  test.beforeEach(async ({ app }) => {
    await app.loadDemoData();
  });

  test('automatisch verdelen op grootte, een leerling slepen, en met de teamkeuze (toetsenbord) verplaatsen en terug', async ({ app, page, opdracht }) => {
    const { opdracht: stored, group, members } = await opdrachtForOneGroup(page, false);
    expect(members.length).toBeGreaterThan(8);
    await opdracht.open(stored.id);
    const board = opdracht.teams(group.name);
    await expect(board.getByRole('group', { name: 'Nog geen team' }).getByRole('listitem')).toHaveCount(members.length);

    await board.getByRole('button', { name: 'Automatisch verdelen…' }).click();
    const dialog = app.dialog(`${group.name} in teams verdelen`);
    await expect(dialog.getByRole('radio', { name: 'Op grootte, in volgorde van de lijst' })).toBeChecked();
    await dialog.getByLabel('Maximaal aantal leerlingen per team').fill('4');
    await dialog.getByRole('button', { name: 'Verdelen' }).click();
    const expectedTeams = Math.ceil(members.length / 4);
    await expect(app.toast(`${group.name} verdeeld in ${expectedTeams} teams.`)).toBeVisible();

    // Every student in exactly one team of at most 4; nobody left over.
    await expect(board.getByRole('group', { name: 'Nog geen team' }).getByRole('listitem')).toHaveCount(0);
    let teams = await teamsOf(page, stored.id);
    expect(teams).toHaveLength(expectedTeams);
    for (const team of teams) expect(team.studentIds.length).toBeLessThanOrEqual(4);
    expect(teams.flatMap((team) => team.studentIds).sort()).toEqual(members.map((m) => m.id).sort());
    const shown = await opdracht.teamMembers(group.name);
    for (const team of teams) {
      expect(shown[team.name], team.name).toEqual(team.studentIds.map((id) => fullName(members.find((m) => m.id === id)!)));
    }

    // Drag a student from the first team to the second.
    await app.dismissToasts();
    const [first, second, third] = teams as [StoredTeam, StoredTeam, StoredTeam];
    const dragged = members.find((m) => m.id === first.studentIds[0])!;
    const draggedItem = board.getByRole('group', { name: first.name }).getByRole('listitem').filter({ hasText: fullName(dragged) });
    await draggedItem.dragTo(board.getByRole('group', { name: second.name }));
    await expect(app.toast(`${fullName(dragged)} naar ${second.name}.`)).toBeVisible();
    await expect(board.getByRole('group', { name: second.name })).toContainText(fullName(dragged));
    await expect(board.getByRole('group', { name: first.name })).not.toContainText(fullName(dragged));
    teams = await teamsOf(page, stored.id);
    expect(teamOfStudent(teams, dragged.id)).toBe(second.name);

    // The keyboard way: the team choice next to the name.
    await app.dismissToasts();
    const moved = members.find((m) => m.id === second.studentIds[0])!;
    const choice = board.getByRole('combobox', { name: `Team van ${fullName(moved)}` });
    await choice.focus();
    await choice.selectOption({ label: third.name });
    await expect(app.toast(`${fullName(moved)} naar ${third.name}.`)).toBeVisible();
    await expect(board.getByRole('group', { name: third.name })).toContainText(fullName(moved));
    expect(teamOfStudent(await teamsOf(page, stored.id), moved.id)).toBe(third.name);

    // Undo puts the student back.
    await app.undoButtonOf(`${fullName(moved)} naar ${third.name}.`).click();
    await expect(board.getByRole('group', { name: second.name })).toContainText(fullName(moved));
    expect(teamOfStudent(await teamsOf(page, stored.id), moved.id)).toBe(second.name);

    // Stored, not just drawn: the same after a reload.
    await app.reload();
    await opdracht.waitUntilLoaded();
    await expect(board.getByRole('group', { name: second.name })).toContainText(fullName(dragged));
    await expect(board.getByRole('group', { name: second.name })).toContainText(fullName(moved));
  });

  test('een team met een leerling uit een andere groep: een Nederlandse melding met leerling en groep', async ({ app, page, students, opdracht }) => {
    const { group, team, student } = await memberMovedAway(page, app, students, opdracht);
    const board = opdracht.teams(group.name);
    await expect(board.getByRole('alert')).toContainText(`${fullName(student)} zit niet in groep ${group.name}. Haal de leerling uit team ‘${team.name}’.`);
    // Removing the team clears the problem.
    await board.getByRole('button', { name: `${team.name} verwijderen` }).click();
    await expect(board.getByRole('alert')).toHaveCount(0);
  });

  test('de leerling uit een andere groep uit het team halen met de teamkeuze', async ({ app, page, students, opdracht }) => {
    // The message says "Haal de leerling uit team …": the team choice of that member does it.
    const { group, student } = await memberMovedAway(page, app, students, opdracht);
    const board = opdracht.teams(group.name);
    await expect(board.getByRole('alert')).toContainText(fullName(student));
    await board.getByRole('combobox', { name: `Team van ${fullName(student)}` }).selectOption({ label: 'Nog geen team' });
    await expect(board.getByRole('alert')).toHaveCount(0, { timeout: 2000 });
  });

  test('de teams blijven als de opdracht wordt gekopieerd', async ({ app, page, opdracht }) => {
    const { opdracht: stored, group } = await opdrachtForOneGroup(page, true);
    await opdracht.open(stored.id);
    const before = await opdracht.teamMembers(group.name);
    expect(Object.keys(before).length).toBeGreaterThan(1);

    await page.getByRole('button', { name: 'Kopiëren', exact: true }).click();
    await expect(app.toast(`${stored.title} (kopie) gemaakt.`)).toBeVisible();
    await expect(opdracht.title).toHaveValue(`${stored.title} (kopie)`);
    const copyId = opdracht.currentId();
    expect(copyId).not.toBe(stored.id);
    await expect(opdracht.teams(group.name).getByRole('group')).toHaveCount(Object.keys(before).length);
    expect(await opdracht.teamMembers(group.name)).toEqual(before);

    // Stored as teams of the copy; the original keeps its own.
    const original = await teamsOf(page, stored.id);
    const copied = await teamsOf(page, copyId);
    expect(copied.map((t) => ({ name: t.name, groupId: t.groupId, members: t.studentIds }))).toEqual(
      original.map((t) => ({ name: t.name, groupId: t.groupId, members: t.studentIds })),
    );
    expect(new Set(copied.map((t) => t.id)).size).toBe(copied.length);
    expect(copied.some((t) => original.some((o) => o.id === t.id)), 'new team records, not shared ones').toBe(false);
  });
});
