// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PTA_PDF_LABELS_EN, PTA_PDF_LABELS_NL, renderPtaPdf, type PtaPdfInput } from '../../../../renderer/src/features/pta/pdf';
import type { Pta } from '../../../../shared/domain/pta';
import { COHORT_ZW, EINDTERMEN_BY_ID, longToetsen, OPDRACHT_TITLES, PTA_ZW, RULES_DEFAULT, TOETSEN_ZW } from '../../../fixtures/pdf/pta';
import { pdfFonts, pdfInfo, pdfPages, pdfText, pdfToPngs, pdfWarnings, pdfWorkspace, squash, testFonts } from './pdf-tools';

/**
 * The PTA, read back with poppler the way a student, a parent or the Inspectie reads it:
 * pdftotext -layout for what stands on one line (the column headers, the first line of each
 * row, the footer), pdftotext's reading order for text that wraps inside a cell.
 */
const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());

const issuedOn = new Date(2026, 9, 1);

/** What the screen will pass: the stored records as they are. */
function ptaInput(): Omit<PtaPdfInput, 'fonts'> {
  return {
    pta: PTA_ZW,
    cohort: COHORT_ZW,
    nodes: EINDTERMEN_BY_ID,
    opdrachten: OPDRACHT_TITLES,
    rules: RULES_DEFAULT,
    school: 'Vakcollege De Brëek',
    teacher: 'mevr. Z. Kılıç',
  };
}

function render(name: string, input: Omit<PtaPdfInput, 'fonts'>) {
  const bytes = renderPtaPdf({ fonts: testFonts(), issuedOn, ...input });
  const path = workspace.write(name, bytes);
  const layout = pdfPages(path);
  return { bytes, path, layout, lines: layout.map(squash), all: squash(layout.join('\n')), reading: squash(pdfText(path, { layout: false })) };
}

const HEADER_ROW = /^ *Tijdvak +Eindtermen +Inhoud +Toetsvorm +Weging +Herkansing +Berekening SE *$/m;

/**
 * The first line of each toets's row, as pdftotext -layout prints it: the cells side by side,
 * each with its first line ("ja, praktische opdracht" wraps after "praktische"). The shares are worked
 * out by hand: the wegingen add up to 1 + 2 + 2 + 3 + 1,5 + 1,5 + 1 = 12, so
 * weging 1 → 1/12 = 8,33… % → 8,3 %; 2 → 2/12 = 16,66… % → 16,7 %; 3 → 3/12 = 25 %;
 * 1,5 → 1,5/12 = 12,5 %. The handelingsopdracht has no weging and counts for nothing.
 */
const ROWS: Record<string, RegExp> = {
  '311': /^ *3\.1 +A1, A2 +311 Kennistoets Mens en gezondheid +schriftelijk +1 +ja, schriftelijk +8,3 % *$/m,
  '312': /^ *3\.1 +A2, B2, C3 +312 Gezonde lunch +praktische opdracht +2 +nee +16,7 % *$/m,
  // The node id "bestaat-niet" is not in the framework: skipped, B1 stands alone.
  '321': /^ *3\.2 +B1 +321 Presentatie beroepen in zorg en welzijn +mondeling +2 +ja, mondeling +16,7 % *$/m,
  '331': /^ *3\.3 +C1, C3, B2 +331 Zorgplan voor een cliënt +praktijkopdracht +3 +ja, praktische +25 % *$/m,
  '411': /^ *4\.1 +C3, D1 +411 Hygiëne, veiligheid en EHBO +schriftelijk +1,5 +ja, mondeling +12,5 % *$/m,
  '412': /^ *4\.1 +D2, B2 +412 Activiteit organiseren +praktijkopdracht +1,5 +nee +12,5 % *$/m,
  '421': /^ *4\.2 +B1, E1 +421 Eindgesprek en reflectie +mondeling +1 +ja, mondeling +8,3 % *$/m,
  LOB: /^ *3\.1 – 4\.2 +E1 +LOB Loopbaandossier +handelingsopdracht +— +nee +telt niet mee; *$/m,
};

describe('the PTA Zorg en Welzijn tl, cohort 2025-2027', () => {
  let pdf: ReturnType<typeof render>;
  beforeAll(() => {
    pdf = render('pta-zorg-en-welzijn.pdf', ptaInput());
  });

  it('is A4 landscape with the title in its metadata, and poppler reads it without complaint', () => {
    const info = pdfInfo(pdf.path);
    expect(info['Page size']).toMatch(/^841\.8\d* x 595\.2\d* pts \(A4\)$/);
    expect(info.Title).toBe('PTA Zorg en Welzijn tl, cohort 2025-2027');
    expect(info.Subject).toBe('PTA');
    expect(pdfWarnings(pdf.path)).toBe('');
  });

  it('has six toetsen on the first page; the last two, the rules and the eindtermen on the second', () => {
    expect(pdf.layout).toHaveLength(2);
    expect(pdf.layout[0]).toMatch(ROWS['412']!);
    expect(pdf.layout[1]).toMatch(ROWS['421']!);
    expect(pdf.lines[1]).toMatch(/Loopbaandossier .* Berekening van het SE-cijfer .* Eindtermen A1 /);
  });

  it('opens with the kind of document, the title, programme, leerweg written out and cohort, school and teacher', () => {
    const first = pdf.lines[0] ?? '';
    expect(first).toMatch(/^PTA PTA Zorg en Welzijn tl, cohort 2025-2027 Vakcollege De Brëek Zorg en Welzijn · theoretische leerweg · Cohort 2025-2027 mevr\. Z\. Kılıç/);
    expect(pdf.all).not.toMatch(/concept/i);
  });

  it('says when it was vastgesteld: the last time, after it was unlocked once', () => {
    expect(pdf.lines[0]).toContain('Vastgesteld op 28 september 2026 Tijdvak');
    expect(pdf.all).not.toContain('22 september 2025');
  });

  it('prints the column headers in order on one line, on every page', () => {
    for (const page of pdf.layout) expect(page).toMatch(HEADER_ROW);
  });

  it('prints one row per toets in PTA order: tijdvak, eindtermen, code and name, toetsvorm, weging, herkansing and share', () => {
    const text = pdf.layout.join('\n');
    for (const toets of TOETSEN_ZW) expect(text, toets.code).toMatch(ROWS[toets.code]!);
    const order = TOETSEN_ZW.map((toets) => text.search(ROWS[toets.code]!));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // Cells that wrap, read whole.
    expect(pdf.reading).toContain('praktische opdracht');
    expect(pdf.reading).toContain('ja, praktische opdracht');
    expect(pdf.reading).toContain('telt niet mee; moet voldaan zijn');
  });

  it('prints what each toets tests, the opdracht that delivers it and its duur', () => {
    const text = pdf.reading;
    expect(text).toContain('Bouw en werking van het lichaam, gezonde leefstijl en de Schijf van Vijf. Duur: 60 min');
    expect(text).toContain(
      '312 Gezonde lunch Met je team plan, bereid en presenteer je een week lunches voor de peuters, met aandacht voor allergieën. Opdracht: Gezonde lunch voor de kinderopvang Duur: 8 weken',
    );
    expect(text).toContain('Opdracht: Een dag bij Thuiszorg Şahin Duur: 6 weken');
    // 412 has an opdracht and no duur.
    expect(text).toMatch(/een café-quiz\. Opdracht: Ontmoetingsochtend in buurthuis Łąka (?!Duur)/);
    expect(text).toContain('naïeve fouten die je voorkomt.');
  });

  it('states the rules of the SE-cijfer in plain Dutch', () => {
    const text = pdf.all;
    expect(text).toContain('Berekening van het SE-cijfer Het SE-cijfer is het gewogen gemiddelde van de cijfers van de toetsen hierboven');
    expect(text).toContain('Binnen het SE wordt het SE-cijfer afgerond op één decimaal: 5,45 wordt 5,5.');
    expect(text).toContain('Het eindcijfer is een heel getal, afgerond vanaf het SE-cijfer met één decimaal: 5,45 → 5,5 → 6.');
    expect(text).toContain('Na een herkansing telt het hoogste cijfer van de toets en de herkansing.');
    expect(text).toContain('Een handelingsopdracht krijgt geen cijfer en telt niet mee in het gemiddelde, maar moet wel voldaan zijn.');
  });

  it('explains the eindterm codes that are used, each once, sorted, and no others', () => {
    const legend = (pdf.layout[1] ?? '').slice((pdf.layout[1] ?? '').indexOf('\nEindtermen'));
    const codes = [...legend.matchAll(/^ *([A-E]\d) {2,}\S/gm)].map((match) => match[1]);
    expect(codes).toEqual(['A1', 'A2', 'B1', 'B2', 'C1', 'C3', 'D1', 'D2', 'E1']);
    expect(squash(legend)).toContain('C3 Je werkt hygiënisch en veilig volgens de regels (HACCP, ergonomie).');
    expect(pdf.all).not.toContain('wassen en aankleden'); // C2 is in no toets
  });

  it('numbers its pages and dates the issue in the footer, with the title on top of page 2', () => {
    pdf.layout.forEach((page, index) => {
      expect(page).toMatch(new RegExp(`PTA Zorg en Welzijn tl, cohort 2025-2027\\s+uitgegeven op 1 oktober 2026\\s+pagina ${index + 1} van 2\\s*$`));
    });
    expect(pdf.layout[1]).toMatch(/^PTA Zorg en Welzijn tl, cohort 2025-2027\n/);
  });

  it('embeds its two fonts, subset, and stays small', () => {
    const fonts = pdfFonts(pdf.path);
    expect(fonts).toHaveLength(2);
    for (const font of fonts) expect(font).toMatchObject({ name: 'DejaVuSans', type: 'CID TrueType', encoding: 'Identity-H', embedded: true });
    // Measured 60 KB: two subset fonts of ~20 KB each and two pages of text; a font embedded
    // whole (740 + 690 KB) fails this.
    expect(pdf.bytes.length).toBeLessThan(100_000);
  });

  it('renders every page as an image', () => {
    expect(pdfToPngs(pdf.path)).toHaveLength(2);
  });
});

describe('a concept', () => {
  let pdf: ReturnType<typeof render>;
  beforeAll(() => {
    // A concept with the weging of 421 not filled in yet.
    const toetsen = TOETSEN_ZW.map((toets) => (toets.code === '421' ? { ...toets, weging: null } : toets));
    const concept: Pta = { ...PTA_ZW, status: 'concept', toetsen, log: [...PTA_ZW.log, { action: 'ontgrendeld', at: Date.UTC(2026, 9, 5), who: 'Z. Kılıç', reason: 'Nieuwe toets' }] };
    pdf = render('pta-concept.pdf', { ...ptaInput(), pta: concept });
  });

  it('is unmistakable: in the header, on a band under it, in the footer of every page and in the metadata', () => {
    expect(pdf.lines[0]).toMatch(/^PTA · CONCEPT PTA Zorg en Welzijn tl, cohort 2025-2027 /);
    expect(pdf.all).toContain('Concept: dit PTA is nog niet vastgesteld. Toetsen, wegingen en regels kunnen nog veranderen.');
    expect(pdf.layout.length).toBeGreaterThan(1);
    pdf.layout.forEach((page, index) => expect(page).toMatch(new RegExp(`Concept · PTA Zorg en Welzijn tl, cohort 2025-2027\\s+uitgegeven op 1 oktober 2026\\s+pagina ${index + 1} van`)));
    expect(pdfInfo(pdf.path).Title).toBe('PTA Zorg en Welzijn tl, cohort 2025-2027 (concept)');
  });

  it('is not vastgesteld, even though its log says it once was', () => {
    expect(pdf.all).not.toContain('Vastgesteld op');
  });

  it('says that a missing weging is not decided yet, and has no share for it', () => {
    // 421 without weging: the others add up to 11, so 311 (weging 1) is 1/11 = 9,09… % → 9,1 %.
    expect(pdf.all).toMatch(/421 Eindgesprek en reflectie mondeling nog niet ja, mondeling —/);
    expect(pdf.reading).toContain('nog niet bepaald');
    expect(pdf.layout.join('\n')).toMatch(/311 Kennistoets Mens en gezondheid +schriftelijk +1 +ja, schriftelijk +9,1 %/);
  });
});

describe('the school’s rules', () => {
  it('says a cut-off SE-cijfer, an eindcijfer from the raw average and the last cijfer after a herkansing', () => {
    const pdf = render('pta-andere-regels.pdf', { ...ptaInput(), rules: { intermediateRounding: 'truncate', finalRoundingFrom: 'raw', resitRule: 'last' } });
    const text = pdf.all;
    expect(text).toContain('Binnen het SE wordt het SE-cijfer na één decimaal afgekapt, niet afgerond: 5,49 wordt 5,4.');
    expect(text).toContain('Het eindcijfer is een heel getal, afgerond vanaf het gemiddelde zonder afronding: 5,49 wordt 5.');
    expect(text).toContain('Na een herkansing telt het laatst behaalde cijfer, ook als dat lager is.');
    for (const sentence of ['5,45 wordt 5,5', '5,45 → 5,5 → 6', 'het hoogste cijfer']) expect(text).not.toContain(sentence);
  });

  it('says a cut-off SE-cijfer with the eindcijfer from it: 5,49 → 5,4 → 5', () => {
    const pdf = render('pta-afkappen.pdf', { ...ptaInput(), rules: { ...RULES_DEFAULT, intermediateRounding: 'truncate' } });
    expect(pdf.all).toContain('afgerond vanaf het SE-cijfer met één decimaal: 5,49 → 5,4 → 5.');
  });

  it('leaves out the herkansing and handelingsopdracht rules when no toets has them', () => {
    const toetsen = TOETSEN_ZW.filter((toets) => toets.toetsvorm !== 'handelingsopdracht').map((toets) => ({ ...toets, herkansbaar: false, herkansingVorm: null }));
    const pdf = render('pta-zonder-herkansing.pdf', { ...ptaInput(), pta: { ...PTA_ZW, toetsen } });
    expect(pdf.all).toContain('5,45 → 5,5 → 6.');
    expect(pdf.all).not.toContain('Na een herkansing');
    expect(pdf.all).not.toContain('handelingsopdracht');
  });
});

describe('a long PTA of 30 toetsen', () => {
  it('breaks between whole rows, repeats the header row and numbers every page', () => {
    const toetsen = longToetsen(30);
    const pdf = render('pta-lang.pdf', { ...ptaInput(), pta: { ...PTA_ZW, toetsen } });
    expect(pdf.layout.length).toBeGreaterThanOrEqual(4);
    const count = pdf.layout.length;
    pdf.layout.forEach((page, index) => {
      expect(page, `page ${index + 1}`).toMatch(HEADER_ROW);
      expect(page).toMatch(new RegExp(`pagina ${index + 1} van ${count}\\s*$`));
      // Each row that starts on a page ends on it: its title and its last line (the duur).
      const titles = page.match(/Toets \d+: onderdeel \d+/g) ?? [];
      const ends = page.match(/Duur: 45 min/g) ?? [];
      expect(ends.length, `page ${index + 1}`).toBe(titles.length);
    });
    const titles = pdf.layout.join('\n').match(/Toets \d+: onderdeel \d+/g) ?? [];
    expect(titles).toEqual(toetsen.map((toets) => toets.name));
    expect(pdf.lines.at(-1)).toContain('Berekening van het SE-cijfer');
  });
});

describe('other cohorts and an empty PTA', () => {
  it('writes out the gemengde leerweg and adds the first schooljaar to a cohort name without it', () => {
    const pdf = render('pta-gl.pdf', { ...ptaInput(), cohort: { ...COHORT_ZW, leerweg: 'gl', name: 'Zorg A' } });
    expect(pdf.all).toContain('Zorg en Welzijn · gemengde leerweg · cohort Zorg A (vanaf 2025-2026)');
  });

  it('lists an eindterm whose text is still a placeholder by its code in the row only', () => {
    const nodes = new Map(EINDTERMEN_BY_ID).set('et-e1', { code: 'E1', text: 'Tekst volgt', textStatus: 'placeholder' });
    const pdf = render('pta-placeholder.pdf', { ...ptaInput(), nodes });
    expect(pdf.layout.join('\n')).toMatch(ROWS.LOB!);
    expect(pdf.all).toContain('D2 Je organiseert een activiteit');
    expect(pdf.all).not.toContain('Tekst volgt');
    expect(pdf.all).not.toMatch(/\bE1 Je houdt/);
  });

  it('prints a clear sentence instead of an empty table', () => {
    const pdf = render('pta-leeg.pdf', { ...ptaInput(), pta: { ...PTA_ZW, status: 'concept', toetsen: [] } });
    expect(pdf.layout).toHaveLength(1);
    expect(pdf.all).toContain('Dit PTA heeft nog geen toetsen.');
    for (const absent of ['Tijdvak', 'Berekening van het SE-cijfer', 'Eindtermen']) expect(pdf.all).not.toContain(absent);
    expect(pdf.all).toContain('pagina 1 van 1');
    expect(pdfWarnings(pdf.path)).toBe('');
  });
});

describe('labels', () => {
  it('has an English text for every Dutch one', () => {
    expect(Object.keys(PTA_PDF_LABELS_EN).sort()).toEqual(Object.keys(PTA_PDF_LABELS_NL).sort());
  });

  it('prints English labels, numbers and dates when asked', () => {
    const pdf = render('pta-english.pdf', {
      ...ptaInput(),
      language: 'en',
      labels: PTA_PDF_LABELS_EN,
      pageLabels: { pageOf: (page, pages) => `page ${page} of ${pages}`, issuedOn: (date) => `issued on ${date}` },
    });
    const text = pdf.layout.join('\n');
    expect(text).toMatch(/^ *Period +Targets +Content +Form +Weight +Resit +Share of SE *$/m);
    expect(text).toMatch(/^ *3\.1 +A1, A2 +311 Kennistoets Mens en gezondheid +written +1 +yes, written +8\.3% *$/m);
    expect(text).toMatch(/^ *4\.1 +C3, D1 +411 Hygiëne, veiligheid en EHBO +written +1\.5 +yes, oral +12\.5% *$/m);
    expect(pdf.all).toContain('Zorg en Welzijn · theoretical track (tl) · Cohort 2025-2027');
    expect(pdf.all).toContain('Adopted on 28 September 2026');
    expect(pdf.all).toContain('How the SE grade is calculated');
    expect(pdf.all).toContain('rounded: 5.45 becomes 5.5.');
    expect(pdf.all).toContain('Attainment targets A1');
    expect(pdf.reading).toContain('does not count; must be passed');
    expect(pdf.all).toMatch(/issued on 1 October 2026 page 1 of 2/);
  });
});
