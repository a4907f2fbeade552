import { describe, expect, it } from 'vitest';
import { looksLikeFormula, neutraliseFormula } from '../../../../shared/csv/formula';
import { writeCsv } from '../../../../shared/csv/write-csv';

describe('formula neutralisation', () => {
  it.each(['=1+1', '+31', '-2', '@SUM(A1)', '\t=x'])('neutralises %j', (value) => {
    expect(looksLikeFormula(value)).toBe(true);
    expect(neutraliseFormula(value)).toBe(`'${value}`);
  });

  it('leaves names alone', () => {
    expect(neutraliseFormula("d'Souza")).toBe("d'Souza");
  });
});

describe('writeCsv', () => {
  it('writes Dutch-Excel CSV: BOM, semicolons, CRLF, quotes where needed, formulas neutralised', () => {
    const csv = writeCsv([
      ['Naam', 'Klas'],
      ['Berg; van der', '3T-A'],
      ['Zeg "hoi"', '=HYPERLINK("x")'],
    ]);
    expect(csv).toBe('\uFEFFNaam;Klas\r\n"Berg; van der";3T-A\r\n"Zeg ""hoi""";"\'=HYPERLINK(""x"")"\r\n');
  });

  it('writes without BOM and with commas when asked', () => {
    expect(writeCsv([['a', 'b,c']], { delimiter: ',', bom: false })).toBe('a,"b,c"\r\n');
  });
});
