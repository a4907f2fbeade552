import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../../shared/import/raw-table';
import { importFrameworkCsv } from '../../../../shared/frameworks/import-csv';
import { fixtureBytes, textBytes } from '../../../fixtures/read-fixture';
import { draftTree, problemsOf } from './helpers';

const bad = (name: string) => fixtureBytes(`frameworks/bad/${name}`);

describe('importFrameworkCsv', () => {
  it('reads code; omschrijving; bovenliggende code with types by depth and school text status', () => {
    const draft = importFrameworkCsv(
      textBytes('\uFEFFcode;omschrijving;bovenliggende code\r\nA;Praktijkgerichte opdrachten;\r\nA1;De leerling voert een opdracht uit.;A\r\nA1a;Hij maakt een plan van aanpak.;A1\r\nB;Vaardigheden;\r\n'),
      { fileName: 'pgv-kader.csv' },
    );
    expect(draftTree(draft)).toEqual([
      ['A', 'Praktijkgerichte opdrachten', 'domein', null, 0],
      ['A1', 'De leerling voert een opdracht uit.', 'eindterm', 'A', 0],
      ['A1a', 'Hij maakt een plan van aanpak.', 'subitem', 'A1', 0],
      ['B', 'Vaardigheden', 'domein', null, 1],
    ]);
    expect(draft.nodes.every((node) => node.textStatus === 'school' && node.key === node.code)).toBe(true);
    expect(draft).toMatchObject({ title: 'pgv-kader', family: 'other', source: { kind: 'csv', label: 'pgv-kader.csv' } });
  });

  it('reads a Windows-1252 file with commas, quotes, English headers and a type column', () => {
    const draft = importFrameworkCsv(fixtureBytes('frameworks/kader-windows-1252.csv'));
    expect(draftTree(draft)).toEqual([
      ['A', 'Oriëntatie op leren en werken', 'domein', null, 0],
      ['A1', 'De leerling oriënteert zich op beroepen, opleidingen en werkvelden.', 'eindterm', 'A', 0],
      ['A1a', 'Hij beschrijft twee beroepen in de zorg, met taken en opleiding.', 'subitem', 'A1', 0],
      ['B', 'Werken in opdracht', 'domein', null, 1],
      ['B1', 'De leerling voert een opdracht uit voor een externe opdrachtgever.', 'eindterm', 'B', 0],
    ]);
  });

  it('reads tab-separated text, children before their parents, and keeps sibling order of the rows', () => {
    const draft = importFrameworkCsv(textBytes('Code\tTekst\tOuder\tSoort\nB2\tTwee\tB\t\nB1\tEen\tB\tvaardigheid\nB\tDomein B\t\t\n'));
    expect(draftTree(draft)).toEqual([
      ['B', 'Domein B', 'domein', null, 0],
      ['B2', 'Twee', 'eindterm', 'B', 0],
      ['B1', 'Een', 'vaardigheid', 'B', 1],
    ]);
  });

  it('finds the header below a title line and counts rows as Excel does', () => {
    const problems = problemsOf(() => importFrameworkCsv(textBytes('Kader Zorg en Welzijn;;\ncode;omschrijving;bovenliggende code\nA;Domein;\nA1;Eindterm;X\n')));
    expect(problems).toEqual([
      {
        code: 'csv.unknown-parent',
        location: { kind: 'cell', row: 4, column: 'bovenliggende code' },
        params: { row: 4, column: 'bovenliggende code', code: 'X' },
      },
    ]);
  });

  it('accepts a list without parent column as a flat list of domeinen', () => {
    const draft = importFrameworkCsv(textBytes('code;omschrijving\nV1;Samenwerken\nV2;Plannen\n'), { textStatus: 'official' });
    expect(draftTree(draft).map(([code, , type, parent]) => [code, type, parent])).toEqual([
      ['V1', 'domein', null],
      ['V2', 'domein', null],
    ]);
    expect(draft.nodes[0]!.textStatus).toBe('official');
  });

  it('reads back cells that an export neutralised as formulas', () => {
    const draft = importFrameworkCsv(textBytes("code;omschrijving\n'-1;'=SOM is geen formule\n"));
    expect(draft.nodes[0]).toMatchObject({ code: '-1', text: '=SOM is geen formule' });
  });
});

describe('importFrameworkCsv: bad input', () => {
  it('names the row and column of a parent code that does not exist', () => {
    expect(problemsOf(() => importFrameworkCsv(bad('kader-onbekende-ouder.csv')))).toEqual([
      {
        code: 'csv.unknown-parent',
        location: { kind: 'cell', row: 5, column: 'bovenliggende code' },
        params: { row: 5, column: 'bovenliggende code', code: 'B9' },
      },
    ]);
  });

  it('names both rows of a duplicate code', () => {
    expect(problemsOf(() => importFrameworkCsv(bad('kader-dubbele-codes.csv')))).toEqual([
      { code: 'csv.duplicate-code', location: { kind: 'cell', row: 3, column: 'code' }, params: { row: 3, column: 'code', code: 'A1', otherRow: 5 } },
      { code: 'csv.duplicate-code', location: { kind: 'cell', row: 5, column: 'code' }, params: { row: 5, column: 'code', code: 'A1', otherRow: 3 } },
    ]);
  });

  it('names the codes of a cycle and its first row', () => {
    expect(problemsOf(() => importFrameworkCsv(bad('kader-cyclus.csv')))).toEqual([
      { code: 'csv.cycle', location: { kind: 'row', row: 4 }, params: { row: 4, codes: 'B1 → B2 → B1', count: 2 } },
    ]);
    expect(problemsOf(() => importFrameworkCsv(textBytes('code;omschrijving;bovenliggende code\nA;Zelf;A\n')))).toEqual([
      { code: 'csv.cycle', location: { kind: 'row', row: 2 }, params: { row: 2, codes: 'A → A', count: 1 } },
    ]);
  });

  it('names a missing code and a missing text', () => {
    expect(problemsOf(() => importFrameworkCsv(bad('kader-lege-cellen.csv')))).toEqual([
      { code: 'csv.missing-text', location: { kind: 'cell', row: 3, column: 'omschrijving' }, params: { row: 3, column: 'omschrijving', code: 'A1' } },
      { code: 'csv.missing-code', location: { kind: 'cell', row: 4, column: 'code' }, params: { row: 4, column: 'code' } },
    ]);
  });

  it('refuses an empty file and a file with only a header', () => {
    expect(problemsOf(() => importFrameworkCsv(new Uint8Array()))).toEqual([{ code: 'file.empty', location: { kind: 'file' }, params: {} }]);
    expect(problemsOf(() => importFrameworkCsv(textBytes('\uFEFF\r\n;;\r\n')))[0]!.code).toBe('file.empty');
    expect(problemsOf(() => importFrameworkCsv(bad('kader-kopregel-alleen.csv')))).toEqual([
      { code: 'csv.header-only', location: { kind: 'row', row: 1 }, params: { row: 1 } },
    ]);
  });

  it('refuses binary garbage and an oversized file', () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 131 + 7) % 256);
    expect(problemsOf(() => importFrameworkCsv(garbage))[0]!.code).toBe('file.binary');
    expect(problemsOf(() => importFrameworkCsv(new Uint8Array(MAX_IMPORT_BYTES + 1)))).toEqual([
      { code: 'file.too-large', location: { kind: 'file' }, params: { sizeMb: 5, maxMb: 5 } },
    ]);
  });

  it('refuses a file without a recognisable header, and names missing and doubled columns', () => {
    expect(problemsOf(() => importFrameworkCsv(textBytes('A;Domein A;\nA1;Eindterm;A\n')))).toEqual([
      { code: 'csv.no-header', location: { kind: 'row', row: 1 }, params: { row: 1 } },
    ]);
    expect(problemsOf(() => importFrameworkCsv(textBytes('code;bovenliggende code\nA;\n')))).toEqual([
      { code: 'csv.missing-column', location: { kind: 'row', row: 1 }, params: { row: 1, column: 'omschrijving' } },
    ]);
    expect(problemsOf(() => importFrameworkCsv(textBytes('code;omschrijving;titel\nA;Domein;Domein\n')))).toEqual([
      { code: 'csv.duplicate-column', location: { kind: 'row', row: 1 }, params: { row: 1, field: 'omschrijving', first: 'omschrijving', second: 'titel' } },
    ]);
  });

  it('names an unknown type and a row with more cells than columns', () => {
    expect(problemsOf(() => importFrameworkCsv(textBytes('code;omschrijving;type\nA;Domein;domein\nA1;Eindterm;hoofdstuk\nA2;Plannen; organiseren;eindterm\n')))).toEqual([
      { code: 'csv.unknown-type', location: { kind: 'cell', row: 3, column: 'type' }, params: { row: 3, column: 'type', value: 'hoofdstuk' } },
      { code: 'csv.too-many-columns', location: { kind: 'row', row: 4 }, params: { row: 4, expected: 3, actual: 4 } },
    ]);
  });

  it('ignores empty trailing cells, as spreadsheets write them', () => {
    expect(importFrameworkCsv(textBytes('code;omschrijving\nA;Domein;;\n')).nodes).toHaveLength(1);
  });
});
