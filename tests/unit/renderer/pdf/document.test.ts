import { afterAll, describe, expect, it } from 'vitest';
import {
  addPage,
  createPdfDocument,
  drawChecklist,
  drawDocumentHeader,
  drawHeading,
  drawParagraph,
  drawTable,
  startSection,
  toBytes,
  type PdfDocument,
  type PdfDocumentOptions,
} from '../../../../renderer/src/pdf';
import { pdfFonts, pdfInfo, pdfPages, pdfText, pdfWarnings, pdfWorkspace, squash, testFonts } from './pdf-tools';

/** The shared PDF layer, read back with poppler-utils. */
const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());

const issuedOn = new Date(2026, 2, 3);

function open(options: Partial<PdfDocumentOptions> = {}): PdfDocument {
  return createPdfDocument({ fonts: testFonts(), title: 'Testdocument', issuedOn, ...options });
}

function save(name: string, pdf: PdfDocument) {
  const bytes = toBytes(pdf);
  const path = workspace.write(name, bytes);
  return { bytes, path, pages: pdfPages(path) };
}

const NAMES = 'Zoë Şahin, Işıl Yılmaz, Łukasz Ćwik, Anaïs Dupré, Noëlle van Dijk, Ömer Çelik, Ağça Öztürk, Jiří Dvořák';

describe('createPdfDocument', () => {
  it('makes an A4 document with its metadata, in portrait or landscape', () => {
    const portrait = save('portret.pdf', open({ subject: 'Opdrachtkaart', keywords: ['opdracht', 'klant'] }));
    const info = pdfInfo(portrait.path);
    expect(info['Page size']).toMatch(/^595\.2\d* x 841\.8\d* pts \(A4\)$/);
    expect(info.Title).toBe('Testdocument');
    expect(info.Subject).toBe('Opdrachtkaart');
    expect(info.Keywords).toBe('opdracht, klant');
    expect(info.Author).toBe('Vakwerk');
    expect(info.Creator).toBe('Vakwerk');
    const landscape = save('liggend.pdf', open({ orientation: 'landscape' }));
    expect(pdfInfo(landscape.path)['Page size']).toMatch(/^841\.8\d* x 595\.2\d* pts \(A4\)$/);
  });

  it('embeds only DejaVu Sans, as Identity-H CID fonts, so every name prints and copies as itself', () => {
    const pdf = open();
    drawHeading(pdf, `Groep 3B: ${NAMES}`);
    drawParagraph(pdf, `Leerlingen: ${NAMES}. Cijfer 5,5 — “goed” ‘zo’ € 12,50 ½ ≥ ≤ ×`);
    const { path } = save('tekens.pdf', pdf);
    const text = squash(pdfText(path));
    expect(text).toContain(`Groep 3B: ${NAMES}`);
    expect(text).toContain(`Leerlingen: ${NAMES}. Cijfer 5,5 — “goed” ‘zo’ € 12,50 ½ ≥ ≤ ×`);
    // jsPDF's CIDSystemInfo says Ordering (Identity-H); toBytes corrects it to (Identity).
    expect(pdfWarnings(path)).toBe('');
    const fonts = pdfFonts(path);
    expect(fonts).toHaveLength(2); // regular and bold, no unused standard fonts
    for (const font of fonts) {
      expect(font).toMatchObject({ name: 'DejaVuSans', type: 'CID TrueType', encoding: 'Identity-H', embedded: true });
    }
  });

  it('embeds the fonts subset: a page of text stays far below the 1.4 MB of the two TTFs', () => {
    const pdf = open();
    drawHeading(pdf, 'Kop');
    drawParagraph(pdf, NAMES.repeat(20));
    const { bytes } = save('subset.pdf', pdf);
    // Measured 43 KB (two subset fonts of ~20 KB each); see rubric-pdf.test.ts for the bound.
    expect(bytes.length).toBeLessThan(80_000);
  });

  it('is finished by toBytes: drawing afterwards is refused instead of silently lost', () => {
    const pdf = open();
    drawParagraph(pdf, 'Klaar.');
    const first = toBytes(pdf);
    expect(() => drawParagraph(pdf, 'Te laat')).toThrow(/finished/);
    expect(toBytes(pdf).length).toBe(first.length);
  });
});

describe('layout', () => {
  it('prints the header with kicker, title, subtitle and aside', () => {
    const pdf = open({ orientation: 'landscape' });
    drawDocumentHeader(pdf, { kicker: 'Opdrachtkaart', title: 'Een stand voor de open dag', subtitle: 'Groep 3B · periode 2', aside: ['Vakcollege De Brëek', null, 'dhr. Ł. Ćwik'] });
    const [page = ''] = save('kop.pdf', pdf).pages;
    expect(page).toMatch(/OPDRACHTKAART/);
    expect(page).toMatch(/Een stand voor de open dag\s+Vakcollege De Brëek/);
    expect(page).toMatch(/Groep 3B · periode 2\s+dhr\. Ł\. Ćwik/);
  });

  it('breaks running text across pages and numbers the pages "pagina x van y" with the date of issue', () => {
    const pdf = open();
    drawHeading(pdf, 'Verslag');
    const sentences = Array.from({ length: 160 }, (_, i) => `Zin ${i + 1} van het verslag van de opdracht.`);
    drawParagraph(pdf, sentences.join(' '));
    const { pages } = save('lopend.pdf', pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, index) => expect(page).toMatch(new RegExp(`uitgegeven op 3 maart 2026\\s+pagina ${index + 1} van ${pages.length}`)));
    const all = squash(pages.join(' '));
    expect(all).toContain('Zin 1 van het verslag');
    expect(all).toContain('Zin 160 van het verslag van de opdracht.');
  });

  it('numbers pages per section, so each student in a batch has "pagina 1 van n"', () => {
    const pdf = open();
    startSection(pdf, { footerText: 'Zoë Şahin · examendossier', runningTitle: 'Zoë Şahin · examendossier' });
    drawHeading(pdf, 'Examendossier Zoë Şahin');
    startSection(pdf, { footerText: 'Işıl Yılmaz · examendossier', runningTitle: 'Işıl Yılmaz · examendossier (vervolg)' });
    drawHeading(pdf, 'Examendossier Işıl Yılmaz');
    addPage(pdf);
    drawParagraph(pdf, 'Tweede pagina van Işıl.');
    startSection(pdf, { footerText: 'Łukasz Ćwik · examendossier' });
    drawHeading(pdf, 'Examendossier Łukasz Ćwik');
    const { pages } = save('batch.pdf', pdf);
    expect(pages).toHaveLength(4);
    expect(pages[0]).toMatch(/Zoë Şahin · examendossier\s+uitgegeven op 3 maart 2026\s+pagina 1 van 1/);
    expect(pages[1]).toMatch(/Işıl Yılmaz · examendossier\s+uitgegeven op 3 maart 2026\s+pagina 1 van 2/);
    expect(pages[2]).toMatch(/Işıl Yılmaz · examendossier\s+uitgegeven op 3 maart 2026\s+pagina 2 van 2/);
    expect(pages[3]).toMatch(/Łukasz Ćwik · examendossier\s+uitgegeven op 3 maart 2026\s+pagina 1 van 1/);
    // The running title only on a section's later pages.
    expect(pages[2]?.trimStart().startsWith('Işıl Yılmaz · examendossier (vervolg)')).toBe(true);
    expect(pages[1]).not.toContain('(vervolg)');
  });

  it('prints a checklist with one box per item, in columns when asked', () => {
    const pdf = open({ orientation: 'landscape' });
    drawChecklist(pdf, ['Veiligheidsbril op', 'Werkplek opgeruimd', 'Gereedschap terug'], { columns: 2 });
    const [page = ''] = save('checklist.pdf', pdf).pages;
    expect(page).toMatch(/Veiligheidsbril op\s+Werkplek opgeruimd/);
    expect(page).toContain('Gereedschap terug');
  });

  it('uses the labels and formats of another language', () => {
    const pdf = open({ language: 'en', labels: { pageOf: (page, pages) => `page ${page} of ${pages}`, issuedOn: (date) => `issued on ${date}` } });
    drawParagraph(pdf, 'English.');
    const [page = ''] = save('engels.pdf', pdf).pages;
    expect(page).toMatch(/issued on 3 March 2026\s+page 1 of 1/);
  });
});

describe('drawTable', () => {
  const row = (n: number, lines: number) => [
    { content: [{ text: `Rij ${n}`, style: 'bold' as const }, { text: 'tweede regel', gapBefore: 1 }] },
    Array.from({ length: lines }, (_, i) => `R${n} regel ${i + 1}.`).join(' '),
    `Einde rij ${n}`,
  ];

  it('repeats the header row on every page and never splits a row', () => {
    const pdf = open();
    drawHeading(pdf, 'Tabel');
    drawTable(pdf, {
      columns: [{ width: 40 }, { width: 'fill' }, { width: 30 }],
      head: ['Naam', { content: [{ text: 'Omschrijving', style: 'bold' }], fill: [0x93, 0xc4, 0x7d], align: 'center' }, 'Slot'],
      body: Array.from({ length: 30 }, (_, i) => row(i + 1, 6 + (i % 5) * 4)),
    });
    const { pages, path } = save('tabel.pdf', pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) expect(page).toMatch(/Naam\s+Omschrijving\s+Slot/);
    // Reading order keeps a cell's wrapped lines together.
    const flat = pdfPages(path, { layout: false }).map(squash);
    for (let n = 1; n <= 30; n += 1) {
      const start = flat.findIndex((page) => page.includes(`Rij ${n} `));
      const end = flat.findIndex((page) => page.includes(`Einde rij ${n}`));
      const last = flat.findIndex((page) => page.includes(`R${n} regel 6.`));
      expect(start, `row ${n}`).toBeGreaterThanOrEqual(0);
      expect(end, `row ${n}`).toBe(start);
      expect(last, `row ${n}`).toBe(start);
    }
  });

  it('lets a row taller than a page continue on the next page rather than lose text', () => {
    const pdf = open();
    drawTable(pdf, {
      columns: [{ width: 40 }, { width: 'fill' }],
      head: ['Criterium', 'Omschrijving'],
      body: [['Kort', 'Eén regel.'], row(2, 900).slice(0, 2), ['Na de lange rij', 'Klaar.']],
    });
    const { pages } = save('lange-rij.pdf', pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const all = squash(pages.join(' '));
    expect(all).toContain('R2 regel 1.');
    expect(all).toContain('R2 regel 900.');
    expect(all).toContain('Na de lange rij');
  });
});
