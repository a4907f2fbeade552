import { describe, expect, it } from 'vitest';
import { FileProblemError, MAX_IMPORT_BYTES } from '../../../../shared/import/raw-table';
import { detectDelimiter, readDelimited } from '../../../../shared/import/read-delimited';
import { fixtureBytes, textBytes } from '../../../fixtures/read-fixture';

function problemOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof FileProblemError) return error.problem;
    throw error;
  }
  throw new Error('expected a FileProblemError');
}

describe('readDelimited', () => {
  it('reads the Magister fixture: semicolons, BOM, 12 rows with row numbers as Excel shows them', () => {
    const table = readDelimited(fixtureBytes('leerlingen-magister.csv'));
    expect(table.header).toEqual(['Stamnr', 'Roepnaam', 'Tussenv.', 'Achternaam', 'Klas', 'Studie']);
    expect(table.format).toEqual({ kind: 'csv', delimiter: ';', encoding: 'utf-8', hadBom: true });
    expect(table.rows).toHaveLength(12);
    expect(table.rows[0]).toEqual({ rowNumber: 2, cells: ['104233', 'Zoë', '', 'Bakker', '3T-A', '3 TL'] });
    expect(table.rows[5]!.cells[3]).toBe("d'Souza");
    expect(table.rows[11]!.cells.slice(1, 4)).toEqual(['Ayşe', '', 'Yılmaz']);
  });

  it('reads the SOMtoday fixture: commas, quotes, Windows-1252', () => {
    const table = readDelimited(fixtureBytes('leerlingen-somtoday.csv'));
    expect(table.header).toEqual(['Leerlingnummer', 'Roepnaam', 'Voorvoegsel', 'Achternaam', 'Stamgroep']);
    expect(table.format).toMatchObject({ delimiter: ',', encoding: 'windows-1252' });
    expect(table.rows).toHaveLength(11);
    expect(table.rows[1]!.cells).toEqual(['104234', 'Daniël', 'van der', 'Berg', '3T-A']);
    expect(table.rows[7]!.cells[3]).toBe('Öztürk');
  });

  it('detects tab-separated files', () => {
    expect(detectDelimiter('Stamnr\tRoepnaam\tAchternaam\n1\tZoë\tBakker')).toBe('\t');
  });

  it('prefers ; over , when a name contains a comma', () => {
    expect(detectDelimiter('Stamnr;Naam;Klas\n1;Bakker, Zoë;3T-A\n2;Berg, Daniël;3T-A')).toBe(';');
  });

  it('skips blank lines but keeps the row numbers of the file', () => {
    const table = readDelimited(textBytes('Stamnr;Roepnaam;Achternaam\n\n1;Zoë;Bakker\n\n2;Sven;d\'Souza\n'));
    expect(table.rows.map((row) => row.rowNumber)).toEqual([3, 5]);
  });

  it('finds the header below a title line', () => {
    const table = readDelimited(textBytes('Leerlingen 3T-A;;\nStamnr;Roepnaam;Achternaam\n1;Zoë;Bakker\n'));
    expect(table.headerRowNumber).toBe(2);
    expect(table.rows).toHaveLength(1);
  });

  it('refuses an empty file', () => {
    expect(problemOf(() => readDelimited(new Uint8Array()))).toEqual({ code: 'empty-file' });
    expect(problemOf(() => readDelimited(textBytes(' \r\n\n')))).toEqual({ code: 'empty-file' });
  });

  it('refuses a file with only a header', () => {
    expect(problemOf(() => readDelimited(textBytes('Stamnr;Roepnaam;Achternaam\r\n')))).toEqual({ code: 'header-only', headerRowNumber: 1 });
  });

  it('refuses binary garbage', () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 131 + 7) % 256);
    expect(problemOf(() => readDelimited(garbage))).toEqual({ code: 'binary' });
  });

  it('refuses a file over the size limit before decoding it', () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1);
    expect(problemOf(() => readDelimited(big))).toMatchObject({ code: 'too-large', sizeBytes: MAX_IMPORT_BYTES + 1 });
  });
});
