// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { renderGrowthProfilePdf } from '../../../../renderer/src/features/growth-profile/pdf';
import type { EvidencePoint } from '../../../../shared/growth';
import { DEFAULT_MASTERY_SETTINGS } from '../../../../shared/growth';
import { buildGrowthProfile } from '../../../../shared/growth-profile';
import { pdfFonts, pdfPages, pdfText, pdfToPngs, pdfWarnings, pdfWorkspace, squash, testFonts } from './pdf-tools';

const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());

const SCALE = ['D minimaal', 'C basis', 'B gevorderd', 'A expert'];
const NAME = 'Işıl Łucja Ćwik-Şahin';

function points(goals: number, perGoal: number): EvidencePoint[] {
  const list: EvidencePoint[] = [];
  for (let g = 0; g < goals; g++) {
    for (let i = 0; i < perGoal; i++) {
      const level = 1 + ((g + i) % 4);
      list.push({
        key: `g${g}-${i}`,
        kind: i % 3 === 2 ? 'beoordeling' : 'observatie',
        sourceId: `s${g}-${i}`,
        studentId: 's1',
        nodeId: `n${g}`,
        recordedNodeId: `n${g}`,
        date: `2026-${String(9 + Math.floor(i / 3)).padStart(2, '0')}-${String(1 + ((i * 7) % 27)).padStart(2, '0')}`,
        enteredAt: i,
        level,
        scaleSize: 4,
        fraction: (level - 1) / 3,
        assessor: i === 1 ? 'zelf' : 'examinator',
        assessorName: i % 3 === 2 ? 'Noëlle Bakker' : '',
        summative: false,
        opdrachtId: 'o1',
        ptaToetsId: null,
        note: i === 0 ? 'Overlegt met Zoë over de taakverdeling; plant de week zelfstandig.' : '',
        evidenceIds: [],
      });
    }
  }
  return list;
}

function render(name: string, evidence: EvidencePoint[]) {
  const profile = buildGrowthProfile({
    points: evidence,
    studentId: 's1',
    goals: new Map(Array.from({ length: 12 }, (_, g) => [`n${g}`, { code: `B${g + 1}`, text: g === 0 ? 'Samenwerken met anderen' : `Vaardigheid ${g + 1}` }])),
    settingsOf: () => DEFAULT_MASTERY_SETTINGS,
    scale: SCALE,
    opdrachten: new Map([['o1', 'Gezonde lunch']]),
  });
  const bytes = renderGrowthProfilePdf({
    fonts: testFonts(),
    profile,
    studentName: NAME,
    leerlingnummer: '20417',
    group: '3T-A',
    cohort: 'Cohort 2025-2027',
    scale: SCALE,
    school: 'Vakcollege De Brëek',
    issuedOn: new Date(2026, 11, 3),
  });
  const path = workspace.write(name, bytes);
  return { path, pages: pdfPages(path), text: squash(pdfText(path, { layout: false })) };
}

// Rendering and reading back with poppler takes seconds on a loaded machine.
describe('groeiprofiel PDF', { timeout: 30_000 }, () => {
  it('says on every page that it is formative and not part of the PTA, with names printed right', () => {
    const { path, pages, text } = render('groeiprofiel.pdf', points(5, 7));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(squash(page)).toContain('Niet-summatief, geen onderdeel van het PTA');
      expect(squash(page)).toMatch(/pagina \d van \d/);
    }
    expect(text).toContain(NAME);
    expect(text).toContain('Vakcollege De Brëek');
    expect(text).toContain('B1 Samenwerken met anderen');
    expect(text).toMatch(/Nu: [ABCD] (minimaal|basis|gevorderd|expert)/);
    expect(text).toContain('Afnemend gemiddelde, uit 6 keer bewijs');
    expect(text).toContain('Overlegt met Zoë over de taakverdeling');
    expect(text).toContain('Examinator (Noëlle Bakker)');
    expect(text).toContain('Zelfbeoordeling');
    expect(pdfFonts(path).every((font) => font.embedded)).toBe(true);
    expect(pdfWarnings(path)).toBe('');
    if (process.env.VAKWERK_PDF_OUT_DIR) pdfToPngs(path);
  });

  it('says so when there is no evidence, on one page', () => {
    const { pages, text } = render('groeiprofiel-leeg.pdf', []);
    expect(pages).toHaveLength(1);
    expect(text).toContain('Nog geen bewijs');
    expect(text).toContain('Niet-summatief');
    expect(text).not.toContain('Nu:');
  });

  it('one piece of evidence gives a point and the note that a line needs more', () => {
    const { text } = render('groeiprofiel-een.pdf', points(1, 1));
    expect(text).toContain('Eén keer gezien: te weinig voor een lijn.');
  });
});
