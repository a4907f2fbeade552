// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FEEDBACK_FORM_PDF_LABELS_NL,
  feedbackFormCriteria,
  feedbackFormTeams,
  renderFeedbackFormPdf,
  type FeedbackFormPdfInput,
  type FeedbackFormPdfLabels,
} from '../../../../renderer/src/features/opdrachten/pdf';
import { fullName } from '../../../../shared/domain/student';
import { DE_VLINDER, GEZONDE_LUNCH, GROUPS, LUNCH_RUBRIC, LUNCH_RUBRIC_VERSION, STUDENTS, STUDENTS_BY_ID, TEAMS } from '../../../fixtures/pdf/opdrachten';
import { presentationRubric, smallRubric } from '../../../fixtures/pdf/rubrics';
import { pdfInfo, pdfPages, pdfText, pdfToPngs, pdfWarnings, pdfWorkspace, squash, testFonts } from './pdf-tools';

/**
 * The feedback form for the opdrachtgever, one per team, read back with poppler: what the
 * client sees (the team, the criteria marked for them, a tick box per level, the note that
 * their input is advisory) and what the teacher checks (one "pagina 1 van 1" per team).
 */
const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());

const issuedOn = new Date(2027, 0, 25);
const GROUPS_BY_ID = new Map(GROUPS.map((group) => [group.id, group]));

function lunchInput(): Omit<FeedbackFormPdfInput, 'fonts'> {
  return {
    opdracht: GEZONDE_LUNCH,
    opdrachtgever: DE_VLINDER,
    rubrics: [{ title: LUNCH_RUBRIC.title, version: LUNCH_RUBRIC_VERSION }],
    teams: feedbackFormTeams(TEAMS, STUDENTS_BY_ID, GROUPS_BY_ID),
    school: 'Vakcollege De Brëek',
    teacher: 'mevr. Z. Kılıç',
  };
}

function render(name: string, input: Omit<FeedbackFormPdfInput, 'fonts'>) {
  const bytes = renderFeedbackFormPdf({ fonts: testFonts(), issuedOn, ...input });
  const path = workspace.write(name, bytes);
  const layout = pdfPages(path);
  const reading = pdfPages(path, { layout: false }).map(squash);
  return { bytes, path, layout, lines: layout.map(squash), reading, all: squash(pdfText(path, { layout: false })) };
}

const MEMBERS = {
  'Team Wortel': ['Zoë Bakker', 'Ayşe Yılmaz', 'Łucja Nowak', 'Mehmet Çelik'],
  'Team Paprika': ['Daniël van der Berg', 'Noëlle de Vries', 'Işıl Kaya', 'Sem Jansen'],
  'Team Komkommer': ['Anaïs Dupré', 'Jiří Novák', 'Fenna Smit', 'Rayan el Idrissi'],
};

describe('the feedback forms for "Gezonde lunch voor de kinderopvang"', () => {
  let pdf: ReturnType<typeof render>;
  beforeAll(() => {
    pdf = render('feedback-gezonde-lunch.pdf', lunchInput());
  });

  it('is A4 portrait, titled with the opdracht, and poppler reads it without complaint', () => {
    const info = pdfInfo(pdf.path);
    expect(info['Page size']).toMatch(/^595\.2\d* x 841\.8\d* pts \(A4\)$/);
    expect(info.Title).toBe('Feedbackformulier opdrachtgever: Gezonde lunch voor de kinderopvang');
    expect(pdfWarnings(pdf.path)).toBe('');
  });

  it('has one page per team, each numbered "pagina 1 van 1"', () => {
    // Page count, not time: two criteria, the open question and the signature fit one page.
    expect(pdf.layout).toHaveLength(3);
    for (const page of pdf.layout) expect(page).toMatch(/uitgegeven op 25 januari 2027\s+pagina 1 van 1\s*$/);
  });

  it('heads each form with the opdracht, the client, the team, its group and its members', () => {
    const teams = Object.entries(MEMBERS);
    pdf.lines.forEach((page, index) => {
      const [team, members] = teams[index] ?? ['', []];
      expect(page).toMatch(/^FEEDBACKFORMULIER OPDRACHTGEVER Gezonde lunch voor de kinderopvang/);
      expect(page).toContain('Opdrachtgever: Kinderopvang De Vlinder, Zwolle');
      expect(page).toContain(`Team ${team}`);
      expect(page).toContain(`Groep ${index < 2 ? '3T-A' : '3T-B'}`);
      expect(page).toContain(`Teamleden ${members.join(', ')}`);
      expect(page).toContain(`Feedbackformulier · ${team}`);
    });
  });

  it('keeps the names with ë ş ı ł ç ï ř intact', () => {
    for (const name of Object.values(MEMBERS).flat()) expect(pdf.all).toContain(name);
  });

  it('says that the client’s input is advice and the teacher decides', () => {
    for (const page of pdf.reading) {
      expect(page).toContain('Uw oordeel is een advies aan de docent. De docent gebruikt uw feedback bij de beoordeling en beslist zelf over het cijfer.');
      expect(page).toContain('Kruis per onderdeel één vakje aan');
      expect(page).not.toContain('geen onderdelen speciaal voor u gekozen');
    }
  });

  it('asks only about the two criteria marked for client input, each with every level and its descriptor', () => {
    const marked = LUNCH_RUBRIC_VERSION.criteria.filter((criterion) => criterion.clientInput);
    const unmarked = LUNCH_RUBRIC_VERSION.criteria.filter((criterion) => !criterion.clientInput);
    expect(marked.map((criterion) => criterion.title)).toEqual(['Het weekmenu', 'Proeflunch en presentatie']);
    for (const page of pdf.reading) {
      expect(page).toContain('1. Het weekmenu');
      expect(page).toContain('2. Proeflunch en presentatie');
      for (const criterion of marked) for (const descriptor of Object.values(criterion.descriptors)) expect(page).toContain(descriptor);
      for (const criterion of unmarked) expect(page).not.toContain(criterion.title);
      expect(page.match(/Toelichting:/g)).toHaveLength(2);
    }
    // The level labels head the columns, lowest first, once per criterion.
    for (const page of pdf.layout) expect(page.match(/D minimaal\s+C basis\s+B gevorderd\s+A expert/g)).toHaveLength(2);
  });

  it('leaves room for general remarks and the client’s name, role, date and signature', () => {
    for (const page of pdf.lines) {
      expect(page).toContain('Overige opmerkingen voor het team');
      expect(page).toMatch(/Ingevuld door Naam: Functie: Datum: Handtekening:/);
    }
  });

  it('stays small', () => {
    // Measured 60 KB: the two subset fonts (~20 KB each) and three one-page forms. Bound 90 KB:
    // room for longer descriptors and names; each further team adds about 3 KB (see below).
    expect(pdf.bytes.length).toBeLessThan(90_000);
  });

  it('renders every page as an image', () => {
    expect(pdfToPngs(pdf.path)).toHaveLength(3);
  });
});

describe('which criteria the client is asked about', () => {
  it('takes the marked criteria of every rubric, each under its rubric title', () => {
    const pdf = render('feedback-twee-rubrics.pdf', {
      ...lunchInput(),
      teams: lunchInput().teams.slice(0, 1),
      rubrics: [
        { title: LUNCH_RUBRIC.title, version: LUNCH_RUBRIC_VERSION },
        { title: 'Werkhouding', version: smallRubric },
      ],
    });
    const text = pdf.all;
    expect(text).toMatch(/GEZONDE LUNCH VERZORGEN 1\. Het weekmenu .* 2\. Proeflunch en presentatie .* WERKHOUDING 3\. Samenwerken/);
    expect(pdf.layout[0]).toMatch(/Onvoldoende\s+Voldoende\s+Goed/);
    expect(text).not.toContain('Veilig werken');
  });

  it('asks about all criteria, with a note, when none is marked for the client', () => {
    const criteria = feedbackFormCriteria([{ title: 'Presenteren', version: presentationRubric }]);
    expect(criteria.allCriteria).toBe(true);
    expect(criteria.rubrics[0]?.criteria).toHaveLength(6);

    const pdf = render('feedback-alle-criteria.pdf', { ...lunchInput(), rubrics: [{ title: 'Presenteren', version: presentationRubric }] });
    // Six criteria do not fit one page: each team's form numbers its own pages.
    const perTeam = pdf.layout.length / 3;
    expect(perTeam).toBe(2);
    pdf.reading.forEach((page, index) => {
      if (index % perTeam === 0) expect(page).toContain('Voor deze opdracht zijn geen onderdelen speciaal voor u gekozen.');
    });
    pdf.layout.forEach((page, index) => expect(page).toContain(`pagina ${(index % perTeam) + 1} van ${perTeam}`));
    for (const criterion of presentationRubric.criteria) expect(pdf.all).toContain(criterion.title);
    // A block is never split: each criterion's four descriptors stand on one page.
    for (const criterion of presentationRubric.criteria) {
      const pages = new Set(Object.values(criterion.descriptors).map((descriptor) => pdf.reading.findIndex((page) => page.includes(descriptor))));
      expect(pages.size).toBe(1);
    }
    // Later pages of a team's form still say whose form it is.
    expect(pdf.lines[1]).toMatch(/^Feedbackformulier · Gezonde lunch voor de kinderopvang · Team Wortel/);
  });

  it('prints only the open question without a rubric, and a blank form without teams', () => {
    expect(feedbackFormCriteria([])).toEqual({ rubrics: [], allCriteria: false });
    const pdf = render('feedback-blanco.pdf', { opdracht: { title: 'Open dag' }, rubrics: [], teams: [] });
    expect(pdf.layout).toHaveLength(1);
    const page = pdf.lines[0] ?? '';
    expect(page).toContain('Schrijf hieronder wat dit team goed deed en wat beter kan.');
    expect(page).not.toContain('Kruis per onderdeel');
    expect(page).toMatch(/Team Teamleden/);
    expect(page).toContain('Feedbackformulier · Team');
    expect(page).toContain('pagina 1 van 1');
  });
});

describe('teams from the stored records', () => {
  it('orders teams by group and order, keeps members in team order, and leaves out deleted ones', () => {
    const students = new Map(STUDENTS.map((student) => [student.id, student.id === 'st-104' ? { ...student, deletedAt: 1 } : student]));
    const teams = [...TEAMS].reverse();
    teams.push({ ...TEAMS[0]!, id: 'team-weg', name: 'Team Weg', deletedAt: 1 });
    const result = feedbackFormTeams(teams, students, GROUPS_BY_ID);
    expect(result.map((team) => `${team.group} ${team.name}`)).toEqual(['3T-A Team Wortel', '3T-A Team Paprika', '3T-B Team Komkommer']);
    expect(result[0]?.members.map((member) => (typeof member === 'string' ? member : fullName(member)))).toEqual(['Zoë Bakker', 'Ayşe Yılmaz', 'Łucja Nowak']);
  });

  it('prints members given as plain names too', () => {
    const pdf = render('feedback-namen.pdf', { ...lunchInput(), teams: [{ name: 'Team Ui', members: ['Zoë Bakker', ' Ayşe Yılmaz '] }] });
    expect(pdf.lines[0]).toContain('Teamleden Zoë Bakker, Ayşe Yılmaz');
    expect(pdf.lines[0]).not.toContain('Groep ');
  });

  it('grows by a few KB per team, not by a font per team', () => {
    const teams = Array.from({ length: 30 }, (_, index) => ({ name: `Team ${index + 1}`, group: '3T-A', members: MEMBERS['Team Wortel'] }));
    const pdf = render('feedback-dertig-teams.pdf', { ...lunchInput(), teams });
    expect(pdf.layout).toHaveLength(30);
    // Measured 141 KB: the fonts once, then about 3 KB per form (one page of text and boxes).
    // Fonts embedded per team would make it over 1 MB.
    expect(pdf.bytes.length).toBeLessThan(200_000);
  });
});

const ENGLISH: FeedbackFormPdfLabels = {
  kicker: 'Client feedback form',
  client: (client) => `Client: ${client}`,
  team: 'Team',
  group: 'Group',
  members: 'Team members',
  advisory: 'Your assessment is advice to the teacher. The teacher uses your feedback in the assessment and decides on the grade.',
  instructions: 'For each part, tick one box: which fits best with what this team showed? Below it, write what went well and what could be better.',
  allCriteriaNote: 'No parts were chosen especially for you for this assignment, so all parts of the rubric are below: fill in what you can judge and skip the rest.',
  noCriteriaInstructions: 'Write below what this team did well and what could be better.',
  remarks: 'Comments',
  generalRemarks: 'Other remarks for the team',
  filledInBy: 'Filled in by',
  name: 'Name',
  role: 'Role',
  date: 'Date',
  signature: 'Signature',
  footer: (team) => `Feedback form · ${team}`,
  runningTitle: (title, team) => `Feedback form · ${title} · ${team}`,
};

describe('labels', () => {
  it('has a Dutch text for every label', () => {
    expect(Object.keys(FEEDBACK_FORM_PDF_LABELS_NL).sort()).toEqual(Object.keys(ENGLISH).sort());
  });

  it('prints English labels when asked', () => {
    const pdf = render('feedback-english.pdf', {
      ...lunchInput(),
      language: 'en',
      labels: ENGLISH,
      pageLabels: { pageOf: (page, pages) => `page ${page} of ${pages}`, issuedOn: (date) => `issued on ${date}` },
    });
    const page = pdf.lines[0] ?? '';
    expect(page).toMatch(/^CLIENT FEEDBACK FORM Gezonde lunch voor de kinderopvang/);
    expect(page).toContain('Team members Zoë Bakker, Ayşe Yılmaz, Łucja Nowak, Mehmet Çelik');
    expect(page).toMatch(/Filled in by Name: Role: Date: Signature:/);
    expect(page).toMatch(/issued on 25 January 2027\s+page 1 of 1$/);
  });
});
