import { describe, expect, it } from 'vitest';
import { duplicateMappedColumns, findHeaderRow, guessMapping, missingRequiredFields } from '../../../../shared/import/student-columns';

describe('guessMapping', () => {
  it('recognises the Magister headers', () => {
    expect(guessMapping(['Stamnr', 'Roepnaam', 'Tussenv.', 'Achternaam', 'Klas', 'Studie'])).toEqual({
      leerlingnummer: 0,
      roepnaam: 1,
      tussenvoegsel: 2,
      achternaam: 3,
      groep: 4,
    });
  });

  it('recognises the SOMtoday headers', () => {
    expect(guessMapping(['Leerlingnummer', 'Roepnaam', 'Voorvoegsel', 'Achternaam', 'Stamgroep'])).toEqual({
      leerlingnummer: 0,
      roepnaam: 1,
      tussenvoegsel: 2,
      achternaam: 3,
      groep: 4,
    });
  });

  it.each([
    ['Stamnummer', 'leerlingnummer'],
    ['Voornaam', 'roepnaam'],
    ['Tussenvoegsel', 'tussenvoegsel'],
    ['Lesgroep', 'groep'],
    [' KLAS ', 'groep'],
  ])('maps "%s" to %s', (header, field) => {
    const mapping = guessMapping(['x', header]);
    expect(mapping[field as keyof typeof mapping]).toBe(1);
  });

  it('leaves unknown columns unmapped and the first of two synonyms wins', () => {
    const mapping = guessMapping(['Stamgroep', 'Klas', 'Geboortedatum']);
    expect(mapping.groep).toBe(0);
    expect(missingRequiredFields(mapping)).toEqual(['leerlingnummer', 'roepnaam', 'achternaam']);
  });
});

describe('mapping checks', () => {
  it('reports a column chosen for two fields', () => {
    expect(duplicateMappedColumns({ leerlingnummer: 0, roepnaam: 1, tussenvoegsel: null, achternaam: 1, groep: null })).toEqual([1]);
  });

  it('finds the header row among the first rows', () => {
    expect(findHeaderRow([['Klassenlijst'], ['Stamnr', 'Roepnaam', 'Achternaam']])).toBe(1);
    expect(findHeaderRow([['a', 'b'], ['c', 'd']])).toBe(0);
  });
});
