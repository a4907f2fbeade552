import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderRubricPdf, type RubricPdfInput, type RubricPdfLabels } from '../../../../renderer/src/features/rubrics/pdf';
import { longRubric, NODES, presentationRubric, smallRubric } from '../../../fixtures/pdf/rubrics';
import { pdfInfo, pdfPages, pdfText, pdfToPngs, pdfWorkspace, squash, testFonts } from './pdf-tools';

/**
 * The printed rubric, read back with poppler the way a student or opdrachtgever reads it:
 * pdftotext -layout for lines (header, footer, the conversion sentence), pdftotext's reading
 * order for the text inside table cells (a descriptor wraps over several lines of its cell).
 */
const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());

const issuedOn = new Date(2026, 2, 3);

function render(name: string, input: Omit<RubricPdfInput, 'fonts'>) {
  const bytes = renderRubricPdf({ fonts: testFonts(), issuedOn, ...input });
  const path = workspace.write(name, bytes);
  return { bytes, path, layout: pdfPages(path), reading: squash(pdfText(path, { layout: false })) };
}

describe('a rubric of six criteria with voorwaardelijke eisen', () => {
  let pdf: ReturnType<typeof render>;
  beforeAll(() => {
    pdf = render('presentatie.pdf', {
      title: 'Presenteren aan de opdrachtgever',
      description: 'Met deze rubric beoordelen we je presentatie van het product aan de opdrachtgever.',
      version: presentationRubric,
      nodes: NODES,
      school: 'Vakcollege De Brëek',
      teacher: 'mevr. Z. Kılıç',
    });
  });

  it('is landscape A4 with the title and author in its metadata', () => {
    const info = pdfInfo(pdf.path);
    expect(info['Page size']).toMatch(/^841\.8\d* x 595\.2\d* pts \(A4\)$/);
    expect(info.Title).toBe('Presenteren aan de opdrachtgever (versie 2)');
    expect(info.Author).toBe('Vakwerk');
  });

  it('prints the title, version, maximum, school and teacher in the header', () => {
    const first = squash(pdf.layout[0] ?? '');
    expect(first).toContain('RUBRIC');
    expect(first).toContain('Presenteren aan de opdrachtgever');
    expect(first).toContain('versie 2 · maximaal 32 punten');
    expect(first).toContain('Vakcollege De Brëek');
    expect(first).toContain('mevr. Z. Kılıç');
    expect(first).toContain('Met deze rubric beoordelen we je presentatie van het product aan de opdrachtgever.');
  });

  it('heads the level columns with label and points, lowest level first, on every page', () => {
    for (const page of pdf.layout) {
      // "Criterium" is centred on the two lines of the level headers.
      expect(page).toMatch(/D minimaal\s+C basis\s+B gevorderd\s+A expert\s+Criterium\s+1 punt\s+2 punten\s+3 punten\s+4 punten/);
    }
  });

  it('lists the voorwaardelijke eisen above the grid', () => {
    const text = pdf.reading;
    const conditions = text.indexOf('Voorwaardelijke eisen');
    const grid = text.indexOf('D minimaal');
    expect(conditions).toBeGreaterThan(-1);
    expect(conditions).toBeLessThan(grid);
    for (const condition of presentationRubric.conditions) expect(text).toContain(condition.text);
  });

  it('prints every criterion with its weight, its linked codes and every descriptor', () => {
    const text = pdf.reading;
    for (const criterion of presentationRubric.criteria) {
      expect(text).toContain(criterion.title);
      for (const descriptor of Object.values(criterion.descriptors)) expect(text).toContain(descriptor);
    }
    expect(text).toContain('weging 2 · max. 8 punten');
    expect(text).toContain('P/ZW/2.1, VA-PRES');
  });

  it('keeps names with ë ş ı ł ć intact', () => {
    expect(pdf.reading).toContain('Contact met de opdrachtgever (Zoë Şahin, Łukasz Ćwik)');
    expect(pdf.reading).toContain('bij mevrouw Kılıç.');
  });

  it('describes the conversion in words and explains the linked codes once, at the end', () => {
    const text = squash(pdf.layout.join('\n'));
    expect(text).toContain('Van punten naar cijfer');
    expect(text).toContain('Cijfer = lineair, 55 % van de punten geeft 5,5 (17,6 punten); maximaal 32 punten.');
    expect(text).toMatch(/Eindtermen en vaardigheden P\/ZW\/1\.2 Informatie verzamelen over de wensen van een opdrachtgever P\/ZW\/2\.1/);
    // A node id that is not in the lookup (deleted from its framework) prints nothing.
    expect(text).not.toContain('node-unknown');
  });

  it('numbers its pages and dates the issue in the footer', () => {
    const count = pdf.layout.length;
    pdf.layout.forEach((page, index) => {
      expect(page).toMatch(new RegExp(`Presenteren aan de opdrachtgever · versie 2\\s+uitgegeven op 3 maart 2026\\s+pagina ${index + 1} van ${count}`));
    });
  });
});

describe('a rubric with many long criteria', () => {
  it('breaks between criteria, never inside one, and says "pagina 1 van 2"', () => {
    const pdf = render('lang-2.pdf', { title: 'Werken voor een klant', version: longRubric(4), nodes: NODES });
    expect(pdf.layout).toHaveLength(2);
    expect(pdf.layout[0]).toMatch(/pagina 1 van 2/);
    expect(pdf.layout[1]).toMatch(/pagina 2 van 2/);
    expect(squash(pdf.layout[1] ?? '')).toContain(
      'Cijfer volgens de tabel (maximaal 16 punten): vanaf 0 punten: 1,0 · vanaf 8 punten: 4,0 · vanaf 10 punten: 5,5 · vanaf 13 punten: 7,0 · vanaf 16 punten: 10,0',
    );
  });

  it('repeats the header row and keeps each criterion whole on one page, over many pages', () => {
    const rubric = longRubric(12);
    const pdf = render('lang-12.pdf', { title: 'Werken voor een klant', version: rubric, nodes: NODES });
    const pages = pdf.layout.map(squash);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    pages.forEach((page, index) => {
      expect(page).toMatch(/D minimaal C basis B gevorderd A expert Criterium 1 punt/);
      expect(page).toContain(`pagina ${index + 1} van ${pages.length}`);
      if (index > 0) expect(page.startsWith('Werken voor een klant · versie 1')).toBe(true);
    });
    for (const [index, criterion] of rubric.criteria.entries()) {
      const markers = ['D', 'C', 'B', 'A'].map((level) => `(${index + 1}${level})`);
      const onPages = new Set(markers.map((marker) => pages.findIndex((page) => page.includes(marker))));
      expect(onPages.size, `${criterion.title} is split over pages`).toBe(1);
      const page = [...onPages][0] ?? -1;
      expect(page).toBeGreaterThanOrEqual(0);
      expect(pages[page]).toContain(`Criterium ${index + 1}:`);
    }
  });

  it('looks like a document: every page renders', () => {
    const pdf = render('lang-4-png.pdf', { title: 'Werken voor een klant', version: longRubric(4) });
    expect(pdfToPngs(pdf.path, 30)).toHaveLength(2);
  });
});

describe('drafts and unusual rubrics', () => {
  it('prints six custom levels, a dark level colour with white text and a broken colour in grey', () => {
    const levels = [
      { id: 'l1', label: 'Niet', points: 0, color: '#000000' },
      { id: 'l2', label: 'Nauwelijks', points: 1, color: 'rood' },
      { id: 'l3', label: 'Matig', points: 2, color: '#0a5a8a' },
      { id: 'l4', label: 'Redelijk', points: 3, color: '#FFE066' },
      { id: 'l5', label: 'Goed', points: 4, color: '#93C47D' },
      { id: 'l6', label: 'Uitstekend', points: 5, color: '#fff' },
    ];
    const version = {
      ...smallRubric,
      scalePreset: 'custom' as const,
      levels,
      criteria: smallRubric.criteria.map((criterion) => ({
        ...criterion,
        descriptors: Object.fromEntries(levels.map((level) => [level.id, `${criterion.title}: ${level.label.toLowerCase()}.`])),
      })),
    };
    const pdf = render('zes-niveaus.pdf', { title: 'Zes niveaus', version });
    expect(pdf.layout).toHaveLength(1);
    expect(pdf.layout[0]).toMatch(/Niet\s+Nauwelijks\s+Matig\s+Redelijk\s+Goed\s+Uitstekend/);
    expect(pdf.layout[0]).toMatch(/0 punten\s+1 punt\s+2 punten\s+3 punten\s+4 punten\s+5 punten/);
    expect(pdf.reading).toContain('Samenwerken: uitstekend.');
  });

  it('prints an empty draft and characters the font lacks without failing', () => {
    const draft = { ...smallRubric, levels: [], criteria: [], conditions: [{ id: 'c', text: '   ' }] };
    const empty = render('leeg.pdf', { title: 'Nieuwe rubric', version: draft });
    expect(squash(empty.layout[0] ?? '')).toContain('Nieuwe rubric versie 1 · maximaal 0 punten');
    expect(empty.reading).not.toContain('Voorwaardelijke eisen');
    const odd = render('tekens.pdf', { title: 'Samenwerken 👍 日本', version: smallRubric });
    expect(odd.reading).toContain('Samenwerken');
  });
});

const ENGLISH: RubricPdfLabels = {
  kicker: 'Rubric',
  version: (version) => `version ${version}`,
  maxPoints: (points) => `at most ${points} points`,
  criterion: 'Criterion',
  levelPoints: (points) => (points === '1' ? '1 point' : `${points} points`),
  criterionWeight: (weight, maxPoints) => `weight ${weight} · up to ${maxPoints} points`,
  linkedNodes: 'Goals and skills',
  conditionsTitle: 'Preconditions',
  conditionsIntro: 'Your work is assessed with this rubric only when it meets all of these requirements.',
  conversionTitle: 'From points to grade',
  conversionLinear: ({ caesura, passGrade, passPoints, maxPoints }) =>
    `Grade = linear, ${caesura}% of the points gives ${passGrade} (${passPoints} points); at most ${maxPoints} points.`,
  conversionTable: (maxPoints) => `Grade from the table (at most ${maxPoints} points):`,
  conversionTableRow: (minPoints, grade) => `from ${minPoints} points: ${grade}`,
};

describe('size and other languages', () => {
  it('keeps a one-page rubric small: the fonts are subset', () => {
    const pdf = render('klein.pdf', { title: 'Werkhouding', version: smallRubric, nodes: NODES });
    expect(pdf.layout).toHaveLength(1);
    expect(pdf.layout[0]).toMatch(/pagina 1 van 1/);
    expect(pdf.reading).toContain('Cijfer = lineair, 50 % van de punten geeft 5,5 (6 punten); maximaal 12 punten.');
    // Measured 50 KB: DejaVu Sans regular and bold at ~20 KB each (jsPDF subsets the glyph
    // outlines to the characters used but copies loca, hmtx and cmap for all 6,000 glyphs) and
    // ~10 KB of page content. Bound 80 KB: room for longer texts, and it fails if the font is
    // embedded whole (the TTFs are 740 + 690 KB) or without slimTrueType (110 KB).
    expect(pdf.bytes.length).toBeLessThan(80_000);
  });

  it('prints English labels, numbers and dates when asked', () => {
    const pdf = render('english.pdf', {
      title: 'Teamwork',
      language: 'en',
      nodes: NODES,
      labels: ENGLISH,
      pageLabels: { pageOf: (page, pages) => `page ${page} of ${pages}`, issuedOn: (date) => `issued on ${date}` },
      version: { ...smallRubric, conversion: { kind: 'linear', caesura: 0.55 } },
    });
    const text = squash(pdf.layout.join('\n'));
    expect(text).toContain('version 1 · at most 12 points');
    expect(text).toMatch(/Onvoldoende Voldoende Goed Criterion 1 point 2 points 3 points/);
    expect(text).toContain('weight 2 · up to 6 points');
    expect(text).toContain('Goals and skills');
    expect(text).toContain('Grade = linear, 55% of the points gives 5.5 (6.6 points); at most 12 points.');
    expect(text).toMatch(/issued on 3 March 2026 page 1 of 1/);
  });
});
