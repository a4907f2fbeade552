import { expect, test } from './support/test';
import { readDatabase, readStore, fullName } from './support/db';
import { pdfFacts, savePdf, squash } from './support/pdf';
import { liveClients, liveOpdrachten, liveTeams, schoolYearOfDate, type StoredNode } from './support/opdrachten';

/**
 * The opdrachtkaart and the feedbackformulier as PDFs (issue 4, point 6), read the way a person
 * reads them: the text pdftotext gets out of the downloaded file. The brief names the client and
 * the contact (not their e-mail address), the question with its accents, every phase with its
 * dates, the goals and the rubric's criteria; the feedback form has a part per team with its
 * members and the criteria the client is asked about, and says the client's input is advice.
 */

interface StoredRubricVersion {
  id: string;
  rubricId: string;
  criteria: { title: string; clientInput?: boolean; nodeIds: string[] }[];
}

interface StoredRubric {
  id: string;
  title: string;
  currentVersionId: string;
}

const SCHOOL_YEAR = schoolYearOfDate(new Date());
const QUESTION = 'Wij willen dat onze cliënten gezonder eten: een weekmenu met Zoë’s soep, börek van Ayşe en een ıspanaklı gerecht.';

/** "13 dec": a day as the PDFs print it (Dutch short month), computed here with Intl. */
function shortDay(iso: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  const month = new Intl.DateTimeFormat('nl-NL', { month: 'short', timeZone: 'UTC' }).format(date).replace(/\.$/, '');
  return `${date.getUTCDate()} ${month}`;
}

/** "wo 21 okt 2026": weekday, day, short month and year (Intl, Dutch). */
function longDay(iso: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  const part = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('nl-NL', { ...options, timeZone: 'UTC' }).format(date).replace(/\.$/, '');
  return `${part({ weekday: 'short' })} ${date.getUTCDate()} ${part({ month: 'short' })} ${date.getUTCFullYear()}`;
}

test.describe('opdrachtkaart en feedbackformulier (PDF)', () => {
  test.describe.configure({ timeout: 60_000 });

  test('de opdrachtkaart en de feedbackformulieren per team: opdrachtgever, vraag, fasen met datums, doelen, rubriccriteria, accenten heel', async ({
    app,
    page,
    opdracht,
  }, testInfo) => {
    await app.loadDemoData();
    const teams = await liveTeams(page);
    const source = (await liveOpdrachten(page)).find(
      (o) => !o.isTemplate && o.schoolYear === SCHOOL_YEAR && o.rubricIds.length > 0 && o.contactId && teams.some((t) => t.opdrachtId === o.id),
    );
    expect(source, 'the voorbeeldschool has an opdracht with teams, a rubric and a contact').toBeTruthy();
    const client = (await liveClients(page)).find((c) => c.id === source!.opdrachtgeverId)!;
    const contact = client.contacts.find((c) => c.id === source!.contactId)!;
    const rubrics = (await readStore<StoredRubric>(page, 'rubrics')).filter((r) => source!.rubricIds.includes(r.id));
    const versions = await readStore<StoredRubricVersion>(page, 'rubricVersions');
    const criteria = rubrics.flatMap((r) => versions.find((v) => v.id === r.currentVersionId)!.criteria);
    const nodes = await readStore<StoredNode>(page, 'frameworkNodes');
    const db = await readDatabase(page);
    const ownTeams = teams.filter((t) => t.opdrachtId === source!.id).sort((a, b) => a.order - b.order);

    // A question with ë, ş and ı, as a teacher types it.
    await opdracht.open(source!.id);
    await opdracht.field('Vraag van de opdrachtgever').fill(QUESTION);
    await opdracht.save(source!.title);
    await app.dismissToasts();

    // The opdrachtkaart.
    const [cardDownload] = await Promise.all([page.waitForEvent('download'), opdracht.cardButton.click()]);
    expect(cardDownload.suggestedFilename()).toMatch(/^opdrachtkaart-.*\.pdf$/);
    const card = await savePdf(cardDownload, testInfo.outputPath('opdrachtkaart.pdf'));
    const text = squash(card.text);
    expect(text).toContain('Opdrachtkaart');
    expect(text).toContain(squash(source!.title));
    expect(text).toContain(`Een opdracht van ${client.name}`);
    expect(text).toContain(contact.name);
    expect(text, 'the contact e-mail address is for the teacher, not the brief').not.toContain(contact.email);
    expect(text).toContain(squash(QUESTION));
    for (const phase of source!.phases) {
      expect(text, phase.name).toContain(phase.name);
      expect(text, `${phase.name} starts ${phase.start}`).toContain(shortDay(phase.start));
      expect(text, `${phase.name} ends ${phase.end}`).toContain(shortDay(phase.end));
    }
    const deadline = [...source!.phases.map((p) => p.end)].sort().at(-1)!;
    expect(text).toContain('DEADLINE');
    expect(text, 'the deadline in the planning').toContain(`deadline: ${longDay(deadline)}`);
    for (const deliverable of source!.deliverables) expect(text).toContain(squash(deliverable));
    for (const id of source!.nodeIds) expect(text).toContain(nodes.find((n) => n.id === id)!.code);
    // A criterion's title may wrap inside its table cell, so word by word.
    for (const criterion of criteria) for (const word of criterion.title.split(/\s+/)) expect(text, `rubric criterion ${criterion.title}`).toContain(word);
    const facts = pdfFacts(card.path);
    expect(facts.fonts.length).toBeGreaterThan(0);
    expect(facts.fonts.every((font) => font.embedded), 'every font embedded').toBe(true);

    // The feedback forms: a part per team, with its members.
    const [formDownload] = await Promise.all([page.waitForEvent('download'), opdracht.feedbackButton.click()]);
    expect(formDownload.suggestedFilename()).toMatch(/^feedbackformulieren-.*\.pdf$/);
    const forms = await savePdf(formDownload, testInfo.outputPath('feedbackformulieren.pdf'));
    const formText = squash(forms.text);
    expect(formText).toContain('FEEDBACKFORMULIER OPDRACHTGEVER');
    expect(formText).toContain(`Opdrachtgever: ${client.name}`);
    expect(formText).toContain('Uw oordeel is een advies aan de docent.');
    expect(forms.pages.length, 'at least a page per team').toBeGreaterThanOrEqual(ownTeams.length);
    for (const team of ownTeams) {
      const page = forms.pages.map(squash).find((p) => p.includes(`Feedbackformulier · ${team.name}`));
      expect(page, `a page for ${team.name}`).toBeTruthy();
      for (const id of team.studentIds) expect(page, `${team.name} lists its members`).toContain(fullName(db.students.find((s) => s.id === id)!));
    }
    const asked = criteria.some((c) => c.clientInput) ? criteria.filter((c) => c.clientInput) : criteria;
    for (const criterion of asked) {
      for (const word of criterion.title.split(/\s+/)) expect(formText, `criterion for the client: ${criterion.title}`).toContain(word);
    }
    for (const criterion of criteria.filter((c) => !asked.includes(c))) {
      expect(formText, `not asked of the client: ${criterion.title}`).not.toContain(squash(criterion.title));
    }
  });

  test('de deadline in het blok bovenaan staat heel op de kaart', async ({ app, page, opdracht }, testInfo) => {
    // The large deadline date in the blue box at the top right once broke inside the year
    // ("wo 21 okt 202" / "6"); the box is now wide enough for the whole date.
    await app.loadDemoData();
    const source = (await liveOpdrachten(page)).find((o) => !o.isTemplate && o.schoolYear === SCHOOL_YEAR && Number([...o.phases.map((p) => p.end)].sort().at(-1)!.slice(8)) >= 10);
    expect(source, 'an opdracht with a two-digit deadline day').toBeTruthy();
    const deadline = [...source!.phases.map((p) => p.end)].sort().at(-1)!;
    await opdracht.open(source!.id);
    const [download] = await Promise.all([page.waitForEvent('download'), opdracht.cardButton.click()]);
    const card = await savePdf(download, testInfo.outputPath('opdrachtkaart.pdf'));
    // The lines of the box: the one after "DEADLINE" holds the whole date.
    const lines = card.pages[0]!.split('\n');
    const at = lines.findIndex((line) => /DEADLINE\s*$/.test(line));
    expect(at, 'the deadline box').toBeGreaterThanOrEqual(0);
    expect(lines[at + 1]).toContain(longDay(deadline));
  });
});
