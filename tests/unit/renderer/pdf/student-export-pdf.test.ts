// @vitest-environment node
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { renderStudentExportPdf } from '../../../../renderer/src/features/privacy/pdf';
import { zipStudentExport } from '../../../../renderer/src/features/privacy/zip-student-export';
import type { FrameworkNode } from '../../../../shared/domain/framework';
import { buildStudentExport, type StudentDataRows } from '../../../../shared/privacy';
import { audit, beoordeling, bewijs, cohort, group, observatie, opdracht, pta, resultaat, student, team } from '../../shared/privacy/fixtures';
import { pdfFonts, pdfText, pdfToPngs, pdfWarnings, pdfWorkspace, squash, testFonts } from './pdf-tools';

const workspace = pdfWorkspace();
afterAll(() => workspace.cleanup());

function rows(overrides: Partial<StudentDataRows> = {}): StudentDataRows {
  return {
    student: student('s1', 'g1', { roepnaam: 'Işıl', tussenvoegsel: 'van', achternaam: 'Ćwik-Łęcka' }),
    group: group('g1', 'c1', '3T-A'),
    cohort: cohort('c1'),
    observaties: [observatie('ob1', 's1', { evidenceIds: ['bw1'] })],
    beoordelingen: [beoordeling('be1', 's1', { rubricVersionId: 'missing' })],
    rubricVersions: new Map(),
    rubrics: new Map([['r1', { id: 'r1', title: 'Rubric lunch', description: '', currentVersionId: 'rv1', createdAt: 0, updatedAt: 0 }]]),
    resultaten: [resultaat('res1', 's1')],
    ptas: [pta('pta1', 'c1')],
    audit: [audit('a1', 's1')],
    bewijs: [bewijs('bw1', ['s1'])],
    teams: [team('tm1', 'g1', ['s1', 's2'])],
    opdrachten: [opdracht('o1', ['g1'])],
    opdrachtgevers: new Map(),
    nodes: new Map([['n1', { id: 'n1', code: 'B2', text: 'Samenwerken' } as FrameworkNode]]),
    groups: new Map(),
    ...overrides,
  };
}

// Rendering and reading back with poppler takes seconds on a loaded machine.
describe('AVG export PDF and zip', { timeout: 30_000 }, () => {
  const data = buildStudentExport(rows(), { exportedAt: new Date(Date.UTC(2026, 11, 3)), observationScale: ['D', 'C', 'B', 'A'] });
  const pdf = renderStudentExportPdf({ fonts: testFonts(), data, issuedOn: new Date(2026, 11, 3) });
  const path = workspace.write('avg.pdf', pdf);

  it('prints every section with the student’s data, names right', () => {
    const text = squash(pdfText(path, { layout: false }));
    expect(text).toContain('Işıl van Ćwik-Łęcka');
    for (const heading of ['Leerling', 'Observaties (1)', 'Beoordelingen (1)', 'Toetsresultaten (1)', 'Wijzigingen in cijfers en scores (1)', 'Bewijs (1)', 'Teams (1)', 'Opdrachten (1)']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Werkt goed samen, was wel ziek vorige week.');
    expect(text).toContain('7,0 · Thuissituatie meegewogen');
    expect(text).toContain('bewijs/01-menukaart.jpg');
    expect(text).toContain('2 leerlingen');
    expect(pdfFonts(path).every((font) => font.embedded)).toBe(true);
    expect(pdfWarnings(path)).toBe('');
    if (process.env.VAKWERK_PDF_OUT_DIR) pdfToPngs(path);
  });

  it('an empty section says "Geen." instead of disappearing', () => {
    const empty = buildStudentExport(rows({ observaties: [], bewijs: [] }), { exportedAt: new Date(), observationScale: [] });
    const emptyPath = workspace.write('avg-leeg.pdf', renderStudentExportPdf({ fonts: testFonts(), data: empty }));
    expect(squash(pdfText(emptyPath, { layout: false }))).toMatch(/Observaties \(0\) Geen\./);
  });

  it('zips student.json, the PDF and each evidence file at the path the JSON names', () => {
    const photo = new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]);
    const files = unzipSync(zipStudentExport(data, pdf, new Map([['bw1', photo]])));
    expect(Object.keys(files).sort()).toEqual(['bewijs/01-menukaart.jpg', 'gegevens.pdf', 'student.json']);
    expect(JSON.parse(strFromU8(files['student.json']!))).toEqual(data);
    expect([...files['bewijs/01-menukaart.jpg']!]).toEqual([...photo]);
    expect(files['gegevens.pdf']!.byteLength).toBe(pdf.byteLength);
  });
});
