// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { createDossierDocument, drawDossier, DOSSIER_PDF_LABELS_NL, renderDossierPdf } from '../../../../renderer/src/features/dossier/pdf';
import { toBytes } from '../../../../renderer/src/pdf';
import { dossierContents, type DossierContent, type DossierGroupInput } from '../../../../shared/dossier/content';
import type { Pta } from '../../../../shared/domain/pta';
import type { Student } from '../../../../shared/domain/student';
import { makeHandelingsopdracht, makeResult, makeToets } from '../../shared/grades/helpers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfImages, pdfInfo, pdfPages, pdfText, pdfToPngs, pdfWarnings, pdfWorkspace, squash, testFonts } from './pdf-tools';

/**
 * The examendossier read back with poppler: names with Dutch, Turkish and Polish letters, the
 * PTA table with opdracht and opdrachtgever, the SE-cijfer by the rounding rule, coverage,
 * signature lines and "pagina x van y" per student; a long dossier breaks across pages with
 * the table header repeated.
 */
const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());
const issuedOn = new Date(2027, 5, 20);
const record = { createdAt: 1, updatedAt: 1, deletedAt: null };
const student = (id: string, roepnaam: string, tussenvoegsel: string, achternaam: string, leerlingnummer: string): Student => ({
  id, roepnaam, tussenvoegsel, achternaam, leerlingnummer, groupId: 'g1', archivedAt: null, ...record,
});

function group(toetsCount: number, eindtermCount: number): DossierGroupInput {
  const toetsen = Array.from({ length: toetsCount }, (_, index) =>
    makeToets({
      id: `t${index}`, code: String(311 + index), name: index === 1 ? 'Gezonde lunch voor de cliënten' : `Praktijkopdracht ${index + 1}`,
      toetsvorm: index % 3 === 1 ? 'PO' : 'S', weging: 1 + (index % 3), herkansbaar: index % 2 === 0, date: `2026-${String(9 + (index % 4)).padStart(2, '0')}-15`,
      nodeIds: [`n${index % eindtermCount}`, `n${(index + 1) % eindtermCount}`], opdrachtId: index % 3 === 1 ? 'o1' : null,
    }),
  );
  toetsen.push(makeHandelingsopdracht({ id: 'h1', code: 'LOB', name: 'Loopbaandossier', nodeIds: [] }));
  const pta: Pta = { id: 'p1', cohortId: 'c1', title: 'PTA Zorg en Welzijn', status: 'vastgesteld', log: [], toetsen, ...record };
  const results = [
    makeResult({ id: 'r1', studentId: 's1', ptaId: 'p1', toetsId: 't0', grade: 4.5 }),
    makeResult({ id: 'r2', studentId: 's1', ptaId: 'p1', toetsId: 't0', attempt: 2, grade: 6.3 }),
    makeResult({ id: 'r3', studentId: 's1', ptaId: 'p1', toetsId: 't1', grade: 5, override: { grade: 5.5, reason: 'herberekend' } }),
    makeResult({ id: 'r4', studentId: 's1', ptaId: 'p1', toetsId: 't2', grade: 5.4, late: true }),
    makeResult({ id: 'r5', studentId: 's1', ptaId: 'p1', toetsId: 'h1', voldaan: true }),
  ];
  return {
    students: [student('s1', 'Şükrü', '', 'Işıklı', '104233'), student('s2', 'Zoë Łukasz', 'van der', 'Ćwik', '104234')],
    group: { name: '3T-A' },
    cohort: { name: 'Cohort 2025-2027', leerweg: 'tl', programme: 'Zorg en Welzijn', firstSchoolYear: '2025-2026' },
    pta,
    results,
    rubricGrades: new Map(),
    settings: { schoolName: 'Vakcollege De Brëek', teacherName: 'mevr. Z. Kılıç', resitRule: 'highest', intermediateRounding: 'half-up', finalRoundingFrom: 'one-decimal' },
    today: '2026-12-20',
    nodes: new Map(Array.from({ length: eindtermCount }, (_, index) => [`n${index}`, { code: `${'ABCDE'[index % 5]}${Math.floor(index / 5) + 1}`, text: `De kandidaat kan ${index % 2 ? 'een activiteit voor een cliënt organiseren en uitvoeren, en daarbij rekening houden met hygiëne en veiligheid' : 'oriënteren op beroepen'}.` }])),
    opdrachten: new Map([['o1', { title: 'Gezonde lunch', opdrachtgeverId: 'og1' }]]),
    opdrachtgevers: new Map([['og1', { name: 'Zorgcentrum De Zonnebloem' }]]),
    programme: { title: 'Zorg en Welzijn (vmbo, 2026)', eindtermIds: Array.from({ length: eindtermCount }, (_, index) => `n${index}`) },
    evidence: [],
  };
}

function render(name: string, content: DossierContent) {
  const bytes = renderDossierPdf(content, { fonts: testFonts(), issuedOn });
  const path = workspace.write(name, bytes);
  return { bytes, path, pages: pdfPages(path), all: squash(pdfText(path)), reading: squash(pdfText(path, { layout: false })) };
}

describe('the examendossier PDF', () => {
  it('prints who and what, every toets, the SE-cijfer with its rounding, coverage and signature lines', () => {
    const [sukru] = dossierContents(group(6, 8));
    const pdf = render('dossier-sukru.pdf', sukru!);
    const text = pdf.all;
    for (const expected of ['EXAMENDOSSIER', 'Şükrü Işıklı', '104233', '3T-A', 'Cohort 2025-2027', 'Zorg en Welzijn', 'theoretische leerweg', 'Vakcollege De Brëek', 'mevr. Z. Kılıç', 'PTA Zorg en Welzijn']) {
      expect(text).toContain(expected);
    }
    // 311: 4,5 then a herkansing of 6,3 (highest counts); 312: overridden to 5,5 with its opdracht and client.
    expect(text).toMatch(/311 Praktijkopdracht 1 .*15 sep 2026 .*4,5 +6,3 +6,3/);
    expect(pdf.reading).toContain('Opdrachtgever: Zorgcentrum De Zonnebloem');
    expect(pdf.reading).toMatch(/5,5 aangepast/);
    expect(pdf.reading).toContain('te laat');
    // (1 · 6,3 + 2 · 5,5 + 3 · 5,4) / 6 = 33,5 / 6 = 5,58333 → 5,6 → 6, provisional (314-316 not graded).
    expect(text).toContain('SE-cijfer 5,6 (voorlopig) · nog geen eindcijfer');
    expect(text).not.toContain('eindcijfer 6');
    expect(text).toContain('Gewogen gemiddelde van de toetsen: 5,5833.');
    expect(pdf.reading).toContain('Voorlopig: nog geen cijfer voor 314, 315, 316.');
    expect(pdf.reading).toContain('Handelingsdeel: voldaan.');
    expect(pdf.reading).toMatch(/van de 8 eindtermen afgesloten/);
    expect(text).toContain('Examinator: mevr. Z. Kılıç');
    expect(text).toContain('Leerling: Şükrü Işıklı');
    expect(text).toContain('Handtekening');
    for (const [index, page] of pdf.pages.entries()) {
      expect(page).toContain(`pagina ${index + 1} van ${pdf.pages.length}`);
      expect(page).toContain('uitgegeven op 20 juni 2027');
      expect(page).toContain('Examendossier · Şükrü Işıklı (104233)');
    }
    expect(pdfWarnings(pdf.path)).toBe('');
    expect(pdfInfo(pdf.path)['Page size']).toMatch(/841\.89 x 595\.28/);
    if (process.env.VAKWERK_PDF_OUT_DIR) pdfToPngs(pdf.path);
  });

  it('once every toets has a cijfer: the eindcijfer by the rounding rule, 5,45 → 5,5 → 6', () => {
    const input = group(2, 4);
    const results = [
      makeResult({ id: 'a', studentId: 's1', ptaId: 'p1', toetsId: 't0', grade: 5.25 }),
      makeResult({ id: 'b', studentId: 's1', ptaId: 'p1', toetsId: 't1', grade: 5.55 }),
    ];
    // (1 · 5,25 + 2 · 5,55) / 3 = 16,35 / 3 = 5,45
    const [content] = dossierContents({ ...input, results });
    const pdf = render('dossier-compleet.pdf', content!);
    expect(pdf.all).toContain('SE-cijfer 5,5 · eindcijfer 6');
    expect(pdf.all).toContain('5,45 → 5,5 → 6');
    expect(pdf.all).not.toContain('Voorlopig');
  });

  it('a long dossier breaks across pages, repeats the table header and keeps the SE and signatures whole', () => {
    const [, zoe] = dossierContents(group(30, 60));
    const pdf = render('dossier-lang.pdf', zoe!);
    expect(pdf.pages.length).toBeGreaterThanOrEqual(4);
    const withHeader = pdf.pages.filter((page) => /Toets +Datum +Opdracht +Eindtermen +Weging +Cijfer +Herkansing +Telt/.test(page));
    expect(withHeader.length).toBeGreaterThanOrEqual(2);
    expect(pdf.pages.filter((page) => /Code +Eindterm +Stand +Afgesloten met/.test(page)).length).toBeGreaterThanOrEqual(2);
    const signPage = pdf.pages.find((page) => page.includes('Ondertekening'))!;
    expect(signPage).toContain('Leerling: Zoë Łukasz van der Ćwik');
    expect(pdf.all).toContain('Nog geen SE-cijfer: er is nog geen toets met een cijfer.');
    expect(pdf.all).toContain('0 van de 60 eindtermen afgesloten');
    for (const [index, page] of pdf.pages.entries()) expect(page).toContain(`pagina ${index + 1} van ${pdf.pages.length}`);
    if (process.env.VAKWERK_PDF_OUT_DIR) pdfToPngs(pdf.path);
  });

  it('with the extras: the student’s reflections, and evidence as thumbnails with date and caption, files by name', () => {
    const [sukru] = dossierContents(group(3, 4));
    const thumbnail = { data: new Uint8Array(readFileSync(join(process.cwd(), 'tests/fixtures/images/werkstuk-thumb.jpg'))), width: 64, height: 48 };
    const content: DossierContent = {
      ...sukru!,
      reflections: [{ date: '2026-10-02', note: 'Ik heb de lunch op tijd klaargezet; volgende keer vraag ik eerst naar diëten.', nodeCode: 'B2' }],
      evidence: [
        { id: 'f1', date: '2026-10-02', caption: 'Lunchtafel voor de cliënten', fileName: 'lunch.jpg', hasThumbnail: true },
        { id: 'f2', date: '2026-10-09', caption: 'Tweede ronde', fileName: 'ronde2.jpg', hasThumbnail: true },
        { id: 'p1', date: '2026-10-10', caption: 'Verslag', fileName: 'verslag-şükrü.pdf', hasThumbnail: false },
      ],
    };
    const bytes = renderDossierPdf(content, { fonts: testFonts(), issuedOn, thumbnails: new Map([['f1', thumbnail], ['f2', thumbnail]]) });
    const path = workspace.write('dossier-extras.pdf', bytes);
    const reading = squash(pdfText(path, { layout: false }));
    expect(reading).toContain('Reflecties van de leerling');
    expect(reading).toContain('volgende keer vraag ik eerst naar diëten.');
    expect(reading).toContain('2 okt 2026 · Lunchtafel voor de cliënten');
    expect(reading).toContain('10 okt 2026 · verslag-şükrü.pdf · Verslag');
    // Both photos are printed from their thumbnail (one image each, at its own pixel size).
    expect(pdfImages(path).map(({ width, height }) => `${width}×${height}`)).toEqual(['64×48', '64×48']);
    expect(pdfWarnings(path)).toBe('');

    // Without the extras: no images and no reflections.
    const plain = render('dossier-zonder-extras.pdf', sukru!);
    expect(pdfImages(plain.path)).toEqual([]);
    expect(plain.reading).not.toContain('Reflecties van de leerling');
    if (process.env.VAKWERK_PDF_OUT_DIR) pdfToPngs(path);
  });

  it('a group in one document: each student numbers their own pages, fonts embedded once', () => {
    const contents = dossierContents(group(6, 8));
    const pdf = createDossierDocument({ fonts: testFonts(), issuedOn }, 'Examendossiers 3T-A');
    for (const content of contents) drawDossier(pdf, content);
    const bytes = toBytes(pdf);
    const path = workspace.write('dossiers-groep.pdf', bytes);
    const pages = pdfPages(path);
    const sukru = pages.filter((page) => page.includes('Examendossier · Şükrü Işıklı (104233)'));
    const zoe = pages.filter((page) => page.includes('Examendossier · Zoë Łukasz van der Ćwik (104234)'));
    expect(sukru.length + zoe.length).toBe(pages.length);
    expect(zoe[0]).toContain(`pagina 1 van ${zoe.length}`);
    const single = renderDossierPdf(contents[0]!, { fonts: testFonts(), issuedOn });
    // The second student adds pages of text, not another copy of the fonts.
    expect(bytes.length).toBeLessThan(single.length * 1.6);
  });

  it('without a PTA or programme it says so instead of printing empty tables', () => {
    const input = group(3, 4);
    const [content] = dossierContents({ ...input, pta: null, programme: null });
    const pdf = render('dossier-leeg.pdf', content!);
    expect(pdf.reading).toContain(DOSSIER_PDF_LABELS_NL.noPta);
    expect(pdf.reading).toContain('Geen SE-cijfer: dit cohort heeft nog geen PTA.');
    expect(pdf.reading).toContain('Het examenprogramma van dit cohort is nog niet ingelezen');
  });
});
