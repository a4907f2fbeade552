import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { planStudentImport } from '../../../../shared/import/plan-student-import';
import type { FileProblemError } from '../../../../shared/import/raw-table';
import { readDelimited } from '../../../../shared/import/read-delimited';
import { guessMapping } from '../../../../shared/import/student-columns';
import { fileProblemMessage, issueMessage, summaryLine } from '../../../../renderer/src/features/import/messages';
import { textBytes } from '../../../fixtures/read-fixture';

const t = i18next.getFixedT('nl');

function planFor(text: string) {
  const table = readDelimited(textBytes(text));
  return planStudentImport({ table, mapping: guessMapping(table.header), existingStudents: [], groups: [], cohortId: 'c', defaultGroupId: null });
}

describe('import messages in Dutch', () => {
  it('summarises as "N toegevoegd, M overgeslagen: rij 7, leerlingnummer ontbreekt"', () => {
    const rows = ['Stamnr;Roepnaam;Achternaam;Klas', '1;Zoë;Bakker;3T-A', '2;Sven;Smit;3T-A', '3;Fleur;Dijk;3T-A', '4;Bram;Horst;3T-A', '5;René;Smit;3T-A', ';Ayşe;Yılmaz;3T-A'];
    expect(summaryLine(t, planFor(rows.join('\n')))).toBe('5 toegevoegd, 1 overgeslagen: rij 7, leerlingnummer ontbreekt');
  });

  it('names row and column of every problem', () => {
    const plan = planFor('Stamnr;Roepnaam;Achternaam;Klas\n1;=HYPERLINK("x");Bakker;3T-A');
    expect(issueMessage(t, plan.issues[0]!)).toBe(
      'Rij 2, kolom ‘Roepnaam’: ‘=HYPERLINK("x")’ begint met =, +, - of @ en lijkt een spreadsheetformule; niet geïmporteerd.',
    );
  });

  it('names the file in file-level problems', () => {
    try {
      readDelimited(textBytes('Stamnr;Roepnaam\n'));
    } catch (error) {
      expect(fileProblemMessage(t, 'klas.csv', (error as FileProblemError).problem)).toBe('klas.csv bevat alleen een kopregel (rij 1) en geen leerlingen.');
      return;
    }
    throw new Error('expected a problem');
  });

  it('reports a 50 MB file in megabytes with a decimal comma', () => {
    expect(fileProblemMessage(t, 'groot.csv', { code: 'too-large', sizeBytes: 52_428_800, maxBytes: 5 * 1024 * 1024 })).toBe(
      'groot.csv is te groot (50 MB). Een leerlingenlijst mag hoogstens 5 MB zijn.',
    );
  });
});
