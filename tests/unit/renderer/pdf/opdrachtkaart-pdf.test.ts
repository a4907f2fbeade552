// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  OPDRACHTKAART_PDF_LABELS_NL,
  opdrachtDeadline,
  renderOpdrachtkaartPdf,
  type OpdrachtkaartPdfInput,
  type OpdrachtkaartPdfLabels,
} from '../../../../renderer/src/features/opdrachten/pdf';
import type { RubricPdfLabels } from '../../../../renderer/src/features/rubrics/pdf';
import { formatDateRange, formatDay, dateFromIso } from '../../../../renderer/src/pdf';
import { DE_VLINDER, GEZONDE_LUNCH, GROUPS, LUNCH_RUBRIC, LUNCH_RUBRIC_VERSION, NODES_BY_ID } from '../../../fixtures/pdf/opdrachten';
import { longRubric } from '../../../fixtures/pdf/rubrics';
import { pdfInfo, pdfPages, pdfText, pdfToPngs, pdfWarnings, pdfWorkspace, squash, testFonts } from './pdf-tools';

/**
 * The opdrachtkaart, read back with poppler the way a student, the client or the teacher reads
 * it: pdftotext -layout for what stands on a line (the facts, a phase with its dates, the
 * footer), pdftotext's reading order for text that wraps inside a cell or a box.
 */
const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());

const issuedOn = new Date(2026, 10, 16);

/** What the screen will pass: the stored records as they are. */
function lunchInput(): Omit<OpdrachtkaartPdfInput, 'fonts'> {
  return {
    opdracht: GEZONDE_LUNCH,
    opdrachtgever: DE_VLINDER,
    contact: DE_VLINDER.contacts.find((contact) => contact.id === GEZONDE_LUNCH.contactId) ?? null,
    groups: GROUPS.map((group) => group.name),
    nodes: NODES_BY_ID,
    rubrics: [{ title: LUNCH_RUBRIC.title, description: LUNCH_RUBRIC.description, version: LUNCH_RUBRIC_VERSION }],
    school: 'Vakcollege De Brëek',
    teacher: 'mevr. Z. Kılıç',
  };
}

function render(name: string, input: Omit<OpdrachtkaartPdfInput, 'fonts'>) {
  const bytes = renderOpdrachtkaartPdf({ fonts: testFonts(), issuedOn, ...input });
  const path = workspace.write(name, bytes);
  const layout = pdfPages(path);
  return { bytes, path, layout, lines: layout.map(squash), reading: squash(pdfText(path, { layout: false })) };
}

describe('the opdrachtkaart "Gezonde lunch voor de kinderopvang"', () => {
  let pdf: ReturnType<typeof render>;
  beforeAll(() => {
    pdf = render('opdrachtkaart-gezonde-lunch.pdf', lunchInput());
  });

  it('is A4 portrait with the title in its metadata, and poppler reads it without complaint', () => {
    const info = pdfInfo(pdf.path);
    expect(info['Page size']).toMatch(/^595\.2\d* x 841\.8\d* pts \(A4\)$/);
    expect(info.Title).toBe('Gezonde lunch voor de kinderopvang');
    expect(info.Subject).toBe('Opdrachtkaart');
    expect(pdfWarnings(pdf.path)).toBe('');
  });

  it('has the brief on two pages and the rubric on the third', () => {
    // Page count, not time: the brief of this opdracht fills two pages, the rubric one more.
    expect(pdf.layout).toHaveLength(3);
    expect(pdf.lines[0]).toMatch(/^OPDRACHTKAART Gezonde lunch voor de kinderopvang /);
    expect(pdf.lines[2]).toMatch(/^Opdrachtkaart · Gezonde lunch voor de kinderopvang RUBRIC Gezonde lunch verzorgen/);
  });

  it('names the client, the contact person with her role, the groups, the hours and the place', () => {
    const first = pdf.lines[0] ?? '';
    // School and teacher stand right of the title and subtitle.
    expect(first).toMatch(/Gezonde lunch voor de kinderopvang Vakcollege De Brëek Een opdracht van Kinderopvang De Vlinder mevr\. Z\. Kılıç/);
    expect(first).toContain('Opdrachtgever Kinderopvang De Vlinder, Zwolle');
    expect(first).toContain('Contactpersoon Fatima el Amrani (Locatiemanager)');
    expect(first).toContain('Groepen 3T-A, 3T-B');
    expect(first).toContain('Periode ma 30 nov 2026 – vr 5 feb 2027');
    expect(first).toContain('Schooljaar 2026-2027');
    expect(first).toContain('Studielast 24 uur');
    expect(pdf.reading).toContain('Locatie Praktijklokaal 0.12 (keuken) en bij De Vlinder, Assendorperstraat, Zwolle');
  });

  it('prints no contact details beyond name and role, and none of the teacher’s notes', () => {
    const all = pdf.reading;
    expect(all).not.toContain('devlinder.example');
    expect(all).not.toContain('038');
    expect(all).not.toContain('Bram de Jong');
    expect(all).not.toContain('niet op woensdag');
  });

  it('prints the question, the context and the eisen', () => {
    const text = pdf.reading;
    expect(text).toContain(`De vraag van de opdrachtgever ${GEZONDE_LUNCH.question}`);
    expect(text).toContain('Achtergrond Kinderopvang De Vlinder in Zwolle heeft drie groepen');
    expect(text).toContain('Twee kinderen zijn allergisch voor noten en één kind eet geen varkensvlees.');
    expect(text).toContain('Eisen • Het menu past in de Schijf van Vijf voor kinderen van 2 tot 4 jaar. • Een lunch kost hoogstens € 1,75 per kind.');
    expect(text).toContain('• Jullie werken volgens de hygiëneregels (HACCP).');
    expect(text).not.toMatch(/- Het menu/);
  });

  it('lists every deliverable to tick off', () => {
    const text = pdf.reading;
    expect(text).toContain('Dit lever je op Vink af wat klaar is.');
    for (const deliverable of GEZONDE_LUNCH.deliverables) expect(text).toContain(deliverable);
  });

  it('plans every phase with its dates in Dutch and highlights the deadline', () => {
    const text = squash(pdf.layout.join('\n'));
    expect(text).toMatch(/Planning Fase Wanneer 1 Oriënteren ma 30 nov – vr 11 dec 2026 2 Voorbereiden ma 14 dec 2026 – vr 8 jan 2027/);
    expect(text).toContain('3 Uitvoeren ma 11 jan – vr 22 jan 2027');
    expect(text).toContain('4 Opleveren en presenteren ma 25 jan – vr 29 jan 2027');
    expect(text).toMatch(/5 Evalueren ma 1 feb – vr 5 feb 2027 deadline: vr 5 feb 2027/);
    // The deadline box beside the facts: the end of the phase that ends last (deadlineOf).
    expect(pdf.reading).toContain('DEADLINE vr 5 feb 2027 Evalueren Dan is alles af.');
  });

  it('prints the goals in student language, a placeholder by its code only', () => {
    const text = pdf.reading;
    expect(text).toContain('Dit leer je Met deze opdracht werk je aan deze eindtermen en vaardigheden:');
    for (const code of ['ZW/A/1', 'ZW/B/2', 'ZW/C/3', 'ZW/C/5']) expect(text).toContain(code);
    expect(text).toContain('ZW/A/1 Je zoekt uit wat de opdrachtgever wil en maakt samen met je team een plan met taken en een planning.');
    expect(text).toContain('ZW/C/3 Je bereidt eenvoudige, gezonde maaltijden en werkt volgens de hygiëneregels (HACCP).');
    expect(text).not.toContain('Tekst volgt');
  });

  it('includes the rubric with its levels, criteria and descriptors', () => {
    const rubric = pdf.layout[2] ?? '';
    expect(rubric).toMatch(/D minimaal\s+C basis\s+B gevorderd\s+A expert/);
    expect(rubric).toMatch(/1 punt\s+2 punten\s+3 punten\s+4 punten/);
    expect(squash(rubric)).toContain('versie 1 · maximaal 28 punten');
    const text = pdf.reading;
    for (const criterion of LUNCH_RUBRIC_VERSION.criteria) {
      expect(text).toContain(criterion.title);
      for (const descriptor of Object.values(criterion.descriptors)) expect(text).toContain(descriptor);
    }
    expect(text).toContain('Je hebt de hygiëne-instructie gevolgd en de quiz gehaald.');
    // The rubric's legend explains the codes; the placeholder node is listed by code in its row only.
    expect(squash(rubric)).toContain('ZW/C/3, ZW/C/5');
  });

  it('numbers its pages and dates the issue in the footer', () => {
    pdf.layout.forEach((page, index) => {
      expect(page).toMatch(new RegExp(`Opdrachtkaart · Gezonde lunch voor\\S*\\s+uitgegeven op 16 november 2026\\s+pagina ${index + 1} van 3`));
    });
  });

  it('stays small: two subset fonts and three pages of text', () => {
    // Measured 63 KB: DejaVu regular and bold subsets (~20 KB each, see rubric-pdf.test.ts) and
    // about 20 KB of page content for three pages. Bound 100 KB: room for a longer brief, and
    // it fails when a font is embedded whole (the TTFs are 740 + 690 KB).
    expect(pdf.bytes.length).toBeLessThan(100_000);
  });

  it('renders every page as an image', () => {
    expect(pdfToPngs(pdf.path)).toHaveLength(3);
  });
});

describe('dates and deadline', () => {
  it('formats a range with the year once, or on both sides across New Year, and a single day alone', () => {
    const day = (iso: string) => dateFromIso(iso) ?? new Date(Number.NaN);
    expect(formatDateRange(day('2026-03-02'), day('2026-03-13'), 'nl')).toBe('ma 2 mrt – vr 13 mrt 2026');
    expect(formatDateRange(day('2026-12-14'), day('2027-01-08'), 'nl')).toBe('ma 14 dec 2026 – vr 8 jan 2027');
    expect(formatDateRange(day('2027-01-29'), day('2027-01-29'), 'nl')).toBe('vr 29 jan 2027');
    expect(formatDateRange(day('2026-03-02'), day('2026-03-13'), 'en')).toBe('Mon 2 Mar – Fri 13 Mar 2026');
    expect(formatDay(day('2026-03-02'), 'nl', { nonBreaking: true })).toBe('ma\u00a02\u00a0mrt\u00a02026');
    expect(dateFromIso('2027-02-30')).toBeNull();
    expect(dateFromIso('30-01-2027')).toBeNull();
  });

  it('takes the deadline given, else the end of the phase that ends last', () => {
    expect(opdrachtDeadline(GEZONDE_LUNCH.phases)).toEqual({ date: '2027-02-05', phaseId: 'f-5' });
    expect(opdrachtDeadline(GEZONDE_LUNCH.phases, '2027-01-29')).toEqual({ date: '2027-01-29', phaseId: 'f-4' });
    expect(opdrachtDeadline(GEZONDE_LUNCH.phases, '2027-03-01')).toEqual({ date: '2027-03-01', phaseId: null });
    expect(opdrachtDeadline([])).toBeNull();
    expect(opdrachtDeadline([{ id: 'x', name: 'Kapot', start: '2027-01-01', end: 'morgen' }])).toBeNull();
  });

  it('highlights a deadline passed in, in the phase it falls in', () => {
    const pdf = render('opdrachtkaart-deadline-opleveren.pdf', { ...lunchInput(), rubrics: [], deadline: '2027-01-29' });
    expect(pdf.reading).toContain('DEADLINE vr 29 jan 2027 Opleveren en presenteren Dan is alles af.');
    expect(squash(pdf.layout.join('\n'))).toMatch(/4 Opleveren en presenteren ma 25 jan – vr 29 jan 2027 deadline: vr 29 jan 2027 5 Evalueren/);
  });
});

describe('unusual opdrachten', () => {
  it('prints a concept with no client, phases, goals or rubric on one page', () => {
    const concept = {
      ...GEZONDE_LUNCH,
      title: 'Nieuwe opdracht',
      question: '',
      context: '',
      specifications: '',
      deliverables: ['  '],
      phases: [],
      nodeIds: ['bestaat-niet'],
      hours: null,
      location: '',
    };
    const pdf = render('opdrachtkaart-concept.pdf', { opdracht: concept, nodes: NODES_BY_ID });
    expect(pdf.layout).toHaveLength(1);
    expect(pdf.lines[0]).toContain('Nieuwe opdracht Schooljaar 2026-2027');
    for (const heading of ['Opdrachtgever', 'Een opdracht van', 'DEADLINE', 'Planning', 'Dit lever je op', 'Dit leer je', 'RUBRIC']) expect(pdf.reading).not.toContain(heading);
    expect(pdf.lines[0]).toContain('pagina 1 van 1');
  });

  it('puts the rubric under a short brief instead of leaving most of the page empty', () => {
    const short = { ...GEZONDE_LUNCH, question: 'Een lunch voor twaalf peuters.', context: '', specifications: '', deliverables: [], nodeIds: [], phases: [] };
    const pdf = render('opdrachtkaart-kort.pdf', { ...lunchInput(), opdracht: short });
    expect(pdf.lines[0]).toMatch(/Een lunch voor twaalf peuters\. RUBRIC Gezonde lunch verzorgen/);
    // The rubric's grid still reads from its header on; nothing is lost to the shared page.
    expect(pdf.reading).toContain(LUNCH_RUBRIC_VERSION.criteria[0]!.title);
  });

  it('prints a phase with a broken date as stored, and two rubrics each from a new page', () => {
    const opdracht = { ...GEZONDE_LUNCH, phases: [...GEZONDE_LUNCH.phases, { id: 'f-x', name: 'Nazorg', start: '2027-02-08', end: 'nog niet bekend' }] };
    const second = { title: 'Werken voor een klant', version: longRubric(4) };
    const pdf = render('opdrachtkaart-twee-rubrics.pdf', { ...lunchInput(), opdracht, rubrics: [...(lunchInput().rubrics ?? []), second] });
    expect(squash(pdf.layout.join('\n'))).toContain('6 Nazorg 2027-02-08 – nog niet bekend');
    const starts = pdf.lines.map((page, index) => (/RUBRIC (Gezonde lunch verzorgen|Werken voor een klant)/.test(page) ? index : -1)).filter((index) => index >= 0);
    expect(starts).toHaveLength(2);
    // The long rubric needs more than one page; every page still says which document it is.
    expect(pdf.layout.length).toBeGreaterThanOrEqual(5);
    pdf.layout.forEach((page, index) => expect(page).toContain(`pagina ${index + 1} van ${pdf.layout.length}`));
  });
});

const ENGLISH: OpdrachtkaartPdfLabels = {
  kicker: 'Assignment brief',
  forClient: (client) => `An assignment for ${client}`,
  client: 'Client',
  contact: 'Contact person',
  groups: (count) => (count === 1 ? 'Group' : 'Groups'),
  hours: 'Study load',
  hoursValue: (hours) => `${hours} hours`,
  location: 'Location',
  period: 'Period',
  schoolYear: 'School year',
  deadline: 'Deadline',
  deadlineNote: 'Everything is finished by then.',
  questionTitle: 'The client’s question',
  contextTitle: 'Background',
  specificationsTitle: 'Requirements',
  deliverablesTitle: 'What you deliver',
  deliverablesIntro: 'Tick off what is done.',
  phasesTitle: 'Planning',
  phase: 'Phase',
  phaseDates: 'When',
  phaseDeadline: (date) => `deadline: ${date}`,
  goalsTitle: 'What you learn',
  goalsIntro: 'In this assignment you work on these attainment targets and skills:',
  footer: (title) => `Assignment brief · ${title}`,
};

describe('labels', () => {
  it('has a Dutch text for every label', () => {
    expect(Object.keys(OPDRACHTKAART_PDF_LABELS_NL).sort()).toEqual(Object.keys(ENGLISH).sort());
  });

  it('prints English labels and dates when asked', () => {
    const rubricLabels: Partial<RubricPdfLabels> = { kicker: 'Rubric', version: (version) => `version ${version}`, maxPoints: (points) => `at most ${points} points` };
    const pdf = render('opdrachtkaart-english.pdf', {
      ...lunchInput(),
      language: 'en',
      labels: ENGLISH,
      rubricLabels,
      pageLabels: { pageOf: (page, pages) => `page ${page} of ${pages}`, issuedOn: (date) => `issued on ${date}` },
    });
    const text = squash(pdf.layout.join('\n'));
    expect(text).toContain('ASSIGNMENT BRIEF');
    expect(text).toMatch(/An assignment for Kinderopvang De Vlinder/);
    expect(text).toContain('School year 2026-2027');
    expect(text).toContain('Period Mon 30 Nov 2026 – Fri 5 Feb 2027');
    expect(text).toContain('Study load 24 hours');
    expect(text).toContain('2 Voorbereiden Mon 14 Dec 2026 – Fri 8 Jan 2027');
    expect(text).toContain('version 1 · at most 28 points');
    expect(text).toMatch(/issued on 16 November 2026 page 1 of 3/);
  });
});
