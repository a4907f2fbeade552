import { describe, expect, it } from 'vitest';
import { checkGradeFileColumns, formatGradeForImport, gradeFile, type GradeFileRow } from '../../../../shared/grades/grade-file';

const row = (leerlingnummer: string, roepnaam: string, tussenvoegsel: string, achternaam: string, grade: number | null): GradeFileRow => ({
  leerlingnummer, roepnaam, tussenvoegsel, achternaam, grade,
});
const ROWS = [
  row('104233', 'Şükrü', '', 'Işıklı', 6.5),
  row('104234', 'Daniël', 'van der', 'Berg', 7),
  row('104235', 'Zoë', '', 'Ćwik', null),
  row('104236', 'Noëlle', '', "d'Souza; Jansen", 5.45),
];

describe('gradeFile', () => {
  it('Magister: Stamnummer;Naam;Cijfer, decimal comma, UTF-8 BOM, CRLF, students without a cijfer left out', () => {
    const file = gradeFile(ROWS, { preset: 'magister' });
    expect(file.text).toBe(
      '\uFEFFStamnummer;Naam;Cijfer\r\n' +
        '104233;Işıklı, Şükrü;6,5\r\n' +
        '104234;Berg, Daniël van der;7,0\r\n' +
        // A delimiter inside a name is quoted, so the row keeps three cells.
        '104236;"d\'Souza; Jansen, Noëlle";5,5\r\n',
    );
    expect(file.written).toBe(3);
    expect(file.withoutGrade.map((r) => r.leerlingnummer)).toEqual(['104235']);
    // The BOM is the UTF-8 one once encoded, and the names survive as UTF-8.
    const bytes = new TextEncoder().encode(file.text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('Işıklı, Şükrü');
  });

  it('SOMtoday: Leerlingnummer and Resultaat', () => {
    expect(gradeFile(ROWS.slice(0, 1), { preset: 'somtoday' }).text).toBe('\uFEFFLeerlingnummer;Naam;Resultaat\r\n104233;Işıklı, Şükrü;6,5\r\n');
  });

  it('takes the columns the teacher chose, in that order, with or without a header row', () => {
    expect(gradeFile(ROWS.slice(0, 2), { preset: 'magister', columns: ['cijfer', 'leerlingnummer'] }).text).toBe('\uFEFFCijfer;Stamnummer\r\n6,5;104233\r\n7,0;104234\r\n');
    expect(gradeFile(ROWS.slice(0, 1), { preset: 'somtoday', columns: ['leerlingnummer', 'cijfer'], header: false }).text).toBe('\uFEFF104233;6,5\r\n');
  });

  it('refuses a column choice without leerlingnummer or cijfer, or with a column twice', () => {
    expect(checkGradeFileColumns(['naam', 'cijfer'])).toBe('missing-leerlingnummer-column');
    expect(checkGradeFileColumns(['leerlingnummer', 'naam'])).toBe('missing-cijfer-column');
    expect(checkGradeFileColumns(['leerlingnummer', 'cijfer', 'cijfer'])).toBe('duplicate-column');
    expect(checkGradeFileColumns(['leerlingnummer', 'cijfer'])).toBeNull();
    expect(() => gradeFile(ROWS, { preset: 'magister', columns: ['naam', 'cijfer'] })).toThrow(/missing-leerlingnummer-column/);
  });

  it('neutralises cells a spreadsheet would run as a formula (=, +, -, @)', () => {
    const evil = [
      row('=1+1', 'Jan', '', 'Jansen', 6),
      row('104240', '+31', '', 'Plus', 6),
      row('104241', 'Min', '', '-Streep', 6),
      row('@SUM(A1)', 'At', '', 'Apenstaart', 6),
      row('104242', 'Eva', '', '=HYPERLINK("http://x")', 6),
    ];
    const lines = gradeFile(evil, { preset: 'magister', columns: ['leerlingnummer', 'naam', 'cijfer'], header: false }).text.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines).toEqual([
      "'=1+1;Jansen, Jan;6,0",
      "104240;Plus, +31;6,0",
      "104241;'-Streep, Min;6,0",
      "'@SUM(A1);Apenstaart, At;6,0",
      '104242;"\'=HYPERLINK(""http://x""), Eva";6,0',
    ]);
  });

  it('writes a cijfer with one decimal, rounded half up without float surprises', () => {
    expect(formatGradeForImport(6.5)).toBe('6,5');
    expect(formatGradeForImport(10)).toBe('10,0');
    expect(formatGradeForImport(5.45)).toBe('5,5');
    expect(formatGradeForImport(8.125)).toBe('8,1');
    expect(formatGradeForImport(1.05)).toBe('1,1');
  });

  it('no student with a cijfer: only the header row', () => {
    const file = gradeFile([row('1', 'A', '', 'B', null)], { preset: 'magister' });
    expect(file.text).toBe('\uFEFFStamnummer;Naam;Cijfer\r\n');
    expect(file.written).toBe(0);
  });
});
