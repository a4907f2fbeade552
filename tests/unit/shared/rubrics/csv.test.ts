import { describe, expect, it } from 'vitest';
import type { RubricContent } from '../../../../shared/domain/rubric';
import { addLevel, updateCriterion, updateLevel } from '../../../../shared/rubrics/edit';
import { MAX_RUBRIC_CSV_BYTES, rubricFromCsv, rubricToCsv } from '../../../../shared/rubrics/csv';
import { createRubricContent, SCALE_PRESETS } from '../../../../shared/rubrics/presets';
import { RubricImportError, type RubricImportProblem } from '../../../../shared/rubrics/problems';
import { fixtureBytes, textBytes } from '../../../fixtures/read-fixture';
import { idCounter, sampleContent, withoutIds } from './helpers';

function problemsOf(bytes: Uint8Array): readonly RubricImportProblem[] {
  try {
    rubricFromCsv(bytes, idCounter());
  } catch (error) {
    if (error instanceof RubricImportError) return error.problems;
    throw error;
  }
  throw new Error('expected a RubricImportError');
}

const csv = (...lines: string[]) => textBytes(lines.join('\r\n') + '\r\n');
const read = (bytes: Uint8Array) => rubricFromCsv(bytes, idCounter('r'));
/** Content as the CSV carries it: framework links are ids of this installation and are not exported. */
const withoutLinks = (content: RubricContent): RubricContent => ({ ...content, criteria: content.criteria.map((c) => ({ ...c, nodeIds: [] })) });

describe('rubricToCsv', () => {
  it('writes Dutch Excel CSV: BOM, semicolons, CRLF, a title line, header, criteria, colours, conditions, caesura', () => {
    const text = rubricToCsv('Presenteren', sampleContent());
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n')).toEqual([
      '\uFEFFRubric;Presenteren;;;;;',
      'Criterium;Gewicht;Opdrachtgever;D minimaal (1);C basis (2);B gevorderd (3);A expert (4)',
      'Samenwerken;1;nee;Je werkt alleen.;Je helpt als het gevraagd wordt.;Je verdeelt taken.;Je stuurt de groep bij.',
      // Quotes for ; and " and line breaks; the formula-like descriptor gets a leading '.
      'Plannen;2;ja;Geen planning.;"Een planning; ""grof"".";"Planning met tijden; je houdt je eraan.";"\'=Je stelt bij\nen legt uit."',
      'Kleur;;;#F28B82;#F6B26B;#FFE066;#93C47D',
      'Voorwaarde;Je draagt veiligheidsschoenen;;;;;',
      'Cesuur;55%;;;;;',
      '',
    ]);
  });

  it('writes decimal commas for weights and points, and a table instead of a caesura', () => {
    let content = updateCriterion(sampleContent(), 1, { weight: 0.5 });
    content = updateLevel(content, 1, { points: 2.5 });
    content = { ...content, conversion: { kind: 'table', rows: [{ minPoints: 0, grade: 1 }, { minPoints: 4.5, grade: 5.5 }] } };
    const lines = rubricToCsv('X', content).split('\r\n');
    expect(lines[1]).toContain(';C basis (2,5);');
    expect(lines[3]!.startsWith('Plannen;0,5;ja;')).toBe(true);
    expect(lines.slice(-3)).toEqual(['Cijfertabel;0;1;;;;', 'Cijfertabel;4,5;5,5;;;;', '']);
  });

  it('writes a caesura that is no whole percentage as a fraction, so it comes back exactly', () => {
    const third = { ...sampleContent(), conversion: { kind: 'linear' as const, caesura: 1 / 3 } };
    expect(rubricToCsv('X', third)).toContain('Cesuur;0,3333333333333333;');
    expect(rubricToCsv('X', { ...third, conversion: { kind: 'linear', caesura: 0.575 } })).toContain('Cesuur;57,5%;');
    expect(read(textBytes(rubricToCsv('X', third))).content.conversion).toEqual({ kind: 'linear', caesura: 1 / 3 });
  });
});

describe('round trip: rubricFromCsv(rubricToCsv(x)) equals x except ids', () => {
  const cases: [string, RubricContent][] = [
    ['the sample (quotes, ;, line break, formula-like text, weights, condition)', sampleContent()],
    ['each preset, empty', createRubricContent('beginnend-uitmuntend', idCounter(), { criteria: 1 })],
    ['three levels', createRubricContent('drie-niveaus', idCounter(), { criteria: 2 })],
    ['a custom scale with fractional points and own colours', updateLevel(addLevel(sampleContent(), () => 'l5'), 4, { label: 'A+ (top)', points: 4.5, color: '#1f3a93' })],
    ['a table conversion', sampleContent({ conversion: { kind: 'table', rows: [{ minPoints: 0, grade: 1 }, { minPoints: 5.5, grade: 5.5 }, { minPoints: 12, grade: 10 }] } })],
    ['a caesura of 57 %', sampleContent({ conversion: { kind: 'linear', caesura: 0.57 } })],
    ['weights of ⅓ and ⅔ (Platform BWI)', updateCriterion(updateCriterion(sampleContent(), 0, { weight: 1 / 3 }), 1, { weight: 2 / 3 })],
    ['no conditions', sampleContent({ conditions: [] })],
  ];

  it.each(cases)('%s', (_, original) => {
    const named = { ...original, criteria: original.criteria.map((c, i) => (c.title ? c : { ...c, title: `Criterium ${i + 1}` })) };
    const result = read(textBytes(rubricToCsv('Mijn rubric', named)));
    expect(result.title).toBe('Mijn rubric');
    expect(withoutIds(result.content)).toEqual(withoutIds(withoutLinks(named)));
    expect(result.warnings).toEqual([]);
  });

  it('the export of an imported Vakwerk file is the same file, byte for byte', () => {
    const bytes = fixtureBytes('rubrics/presenteren.csv');
    const { content, title } = read(bytes);
    expect(textBytes(rubricToCsv(title!, content))).toEqual(bytes);
  });

  it('survives a second round trip unchanged (ids aside)', () => {
    const once = read(textBytes(rubricToCsv('R', sampleContent())));
    const twice = read(textBytes(rubricToCsv('R', once.content)));
    expect(withoutIds(twice.content)).toEqual(withoutIds(once.content));
  });
});

describe('rubricFromCsv reads what teachers make', () => {
  it('reads the Vakwerk export: title, levels, weights, opdrachtgever, descriptors, colours, conditions, caesura', () => {
    const { content, title, warnings } = rubricFromCsv(fixtureBytes('rubrics/presenteren.csv'), idCounter('r'));
    expect(title).toBe('Presentatie voor de opdrachtgever');
    expect(warnings).toEqual([]);
    expect(content.scalePreset).toBe('dcba');
    expect(content.levels).toEqual(SCALE_PRESETS.dcba.levels.map((level, i) => ({ id: `r-${i + 1}`, ...level })));
    expect(content.criteria.map((c) => [c.id, c.title, c.weight, c.clientInput])).toEqual([
      ['r-5', 'Voorbereiding', 1, false],
      ['r-6', 'Inhoud', 2, true],
      ['r-7', 'Bronnen', 0.5, false],
      ['r-8', 'Contact met het publiek', 1, true],
    ]);
    expect(content.criteria[1]!.descriptors['r-3']).toBe('Je vertelt wat je hebt gemaakt; waarom, en wat je hebt geleerd.');
    expect(content.criteria[2]!.descriptors['r-1']).toBe('- geen bronnen'); // the export's ' is taken off again
    expect(content.criteria[3]!.descriptors['r-4']).toBe('Je betrekt het publiek, bijvoorbeeld met een vraag: "Wie heeft dit eerder gezien?"');
    expect(content.conditions).toEqual([
      { id: 'r-9', text: 'Je presentatie duurt 5 tot 8 minuten' },
      { id: 'r-10', text: "Je levert je dia's een dag vooraf in" },
    ]);
    expect(content.conversion).toEqual({ kind: 'linear', caesura: 0.55 });
  });

  it('reads a hand-made Windows-1252 file: Weging, "(2 punten)", no colours, no title, Cesuur 60%', () => {
    const { content, title } = read(fixtureBytes('rubrics/handgemaakt-windows1252.csv'));
    expect(title).toBeUndefined();
    expect(content.scalePreset).toBe('drie-niveaus');
    expect(content.levels.map((l) => [l.label, l.points, l.color])).toEqual(
      SCALE_PRESETS['drie-niveaus'].levels.map((l) => [l.label, l.points, l.color]),
    );
    expect(content.criteria.map((c) => [c.title, c.weight, c.clientInput])).toEqual([
      ['Veiligheid', 2, false],
      ['Materiaalgebruik', 1, false],
      ['Afwerking', 1.5, false],
      ['Creatief idee', 1, false],
    ]);
    // é and ë here; the punctuation in 0x80-0x9F (’ “ –) is covered by the decode-text tests.
    expect(content.criteria[3]!.descriptors[content.levels[2]!.id]).toBe('Je idee is origineel en je licht het toe in één zin.');
    expect(content.conditions.map((c) => c.text)).toEqual(['Je draagt werkkleding en veiligheidsschoenen']);
    expect(content.conversion).toEqual({ kind: 'linear', caesura: 0.6 });
  });

  it('reads a comma-separated file with a line break in a cell and a grade table', () => {
    const { content } = read(fixtureBytes('rubrics/cijfertabel-komma.csv'));
    expect(content.scalePreset).toBe('custom');
    expect(content.levels.map((l) => [l.label, l.points, l.color])).toEqual([
      ['Start', 0, '#CFD8E3'],
      ['Op weg', 1, '#CFD8E3'],
      ['Gehaald', 2, '#CFD8E3'],
    ]);
    expect(content.criteria.map((c) => c.title)).toEqual(['Communicatie met de opdrachtgever', 'Verwerking van feedback', 'Compleetheid']);
    expect(content.criteria[0]!.descriptors[content.levels[1]!.id]).toBe('Je mailt op tijd, maar\nzonder duidelijke vraag.');
    expect(content.criteria.every((c, i) => c.clientInput === i < 2)).toBe(true);
    expect(content.conversion).toEqual({
      kind: 'table',
      rows: [
        { minPoints: 0, grade: 1 },
        { minPoints: 3, grade: 4.5 },
        { minPoints: 4, grade: 5.5 },
        { minPoints: 6, grade: 7.5 },
        { minPoints: 8, grade: 10 },
      ],
    });
  });

  it('imports two criteria with the same title, with a warning that names both rows', () => {
    const { content, warnings } = read(fixtureBytes('rubrics/dubbele-titels.csv'));
    expect(content.criteria).toHaveLength(3);
    expect(warnings).toEqual([
      { code: 'criterion-title-duplicate', row: 4, column: 1, params: { criterion: 3, otherCriterion: 1, title: 'Veiligheid' } },
    ]);
  });

  it('takes a file without Gewicht and Opdrachtgever columns as weight 1 and no opdrachtgever', () => {
    const { content } = read(csv('Aspect;Laag (1);Hoog (2)', 'Netheid;rommelig;netjes'));
    expect(content.criteria).toEqual([{ id: 'r-3', title: 'Netheid', weight: 1, clientInput: false, nodeIds: [], descriptors: { 'r-1': 'rommelig', 'r-2': 'netjes' } }]);
    expect(content.conversion).toEqual({ kind: 'linear', caesura: 0.55 });
  });

  it('reads an empty weight as 1, "x" as opdrachtgever yes, and the columns in any order', () => {
    const { content } = read(csv('Criterium;Laag (1);Opdrachtgever;Hoog (2);Gewicht', 'Netheid;a;x;b;', 'Tempo;c;;d;3'));
    expect(content.criteria.map((c) => [c.title, c.weight, c.clientInput, Object.values(c.descriptors)])).toEqual([
      ['Netheid', 1, true, ['a', 'b']],
      ['Tempo', 3, false, ['c', 'd']],
    ]);
  });

  it('ignores blank lines and empty cells beyond the header, but keeps the row numbers', () => {
    const { content } = read(csv('Criterium;Laag (1);Hoog (2);;', '', 'Netheid;a;b;;', ';;;;', 'Tempo;c;d'));
    expect(content.criteria.map((c) => c.title)).toEqual(['Netheid', 'Tempo']);
    expect(problemsOf(csv('Criterium;Laag (1);Hoog (2)', '', 'Netheid;a;b', 'Tempo;c'))).toEqual([
      { code: 'row-too-few-cells', row: 4, column: null, params: { row: 4, count: 2, expected: 3 } },
    ]);
  });

  it('counts a cell with a line break as one row, as Excel does', () => {
    expect(problemsOf(csv('Criterium;Laag (1);Hoog (2)', 'Netheid;"a\nb";c', 'Tempo;c'))).toEqual([
      { code: 'row-too-few-cells', row: 3, column: null, params: { row: 3, count: 2, expected: 3 } },
    ]);
  });

  it('reads a criterion called Kleur as a criterion, and a tab-separated file', () => {
    const { content } = read(csv('Criterium;Laag (1);Hoog (2)', 'Kleur;Je kiest willekeurig.;Je kiest een kleurenschema.'));
    expect(content.criteria.map((c) => c.title)).toEqual(['Kleur']);
    const tabs = read(textBytes('Criterium\tLaag (1)\tHoog (2)\nNetheid\trommelig; vies\tnetjes, schoon\n'));
    expect(Object.values(tabs.content.criteria[0]!.descriptors)).toEqual(['rommelig; vies', 'netjes, schoon']);
  });

  it('chooses ; when descriptors are full of commas', () => {
    const { content } = read(csv('Criterium;Laag (1);Hoog (2)', 'Netheid;rommelig, vies, slordig;netjes, schoon, af'));
    expect(Object.values(content.criteria[0]!.descriptors)).toEqual(['rommelig, vies, slordig', 'netjes, schoon, af']);
  });

  it('reads "55", "0,55" and "55 %" as the same caesura', () => {
    for (const value of ['55', '0,55', '55%', '0.55']) {
      expect(read(csv('Criterium;Laag (1);Hoog (2)', 'Netheid;a;b', `Cesuur;${value}`)).content.conversion).toEqual({ kind: 'linear', caesura: 0.55 });
    }
  });
});

describe('rubricFromCsv refuses bad files, saying what and where', () => {
  it('an empty file', () => {
    expect(problemsOf(new Uint8Array())).toEqual([{ code: 'empty-file', row: null, column: null, params: {} }]);
    expect(problemsOf(textBytes('\uFEFF \r\n;;\r\n'))).toEqual([{ code: 'empty-file', row: null, column: null, params: {} }]);
  });

  it('binary garbage and a file that is too large', () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 131 + 7) % 256);
    expect(problemsOf(garbage)).toEqual([{ code: 'not-text', row: null, column: null, params: {} }]);
    const big = new Uint8Array(MAX_RUBRIC_CSV_BYTES + 1);
    expect(problemsOf(big)).toEqual([
      { code: 'too-large', row: null, column: null, params: { sizeBytes: MAX_RUBRIC_CSV_BYTES + 1, maxBytes: MAX_RUBRIC_CSV_BYTES, maxMegabytes: 1 } },
    ]);
  });

  it('a header only (bad/kopregel-alleen.csv), and a title line only', () => {
    expect(problemsOf(fixtureBytes('rubrics/bad/kopregel-alleen.csv'))).toEqual([{ code: 'header-only', row: null, column: null, params: { row: 2 } }]);
    expect(problemsOf(csv('Rubric;Leeg'))).toEqual([{ code: 'header-only', row: null, column: null, params: { row: 1 } }]);
  });

  it('a header without level columns (bad/geen-niveaus.csv)', () => {
    expect(problemsOf(fixtureBytes('rubrics/bad/geen-niveaus.csv'))).toEqual([{ code: 'no-level-columns', row: 1, column: null, params: { row: 1 } }]);
    expect(problemsOf(csv('Stamnr;Roepnaam;Achternaam', '1;Zoë;Bakker'))).toEqual([{ code: 'no-level-columns', row: 1, column: null, params: { row: 1 } }]);
  });

  it('level points that are not a number (bad/punten-geen-getal.csv)', () => {
    expect(problemsOf(fixtureBytes('rubrics/bad/punten-geen-getal.csv'))).toEqual([
      { code: 'level-points-not-number', row: 1, column: 3, params: { row: 1, columnLetter: 'C', header: 'Voldoende (x)', value: 'x' } },
    ]);
  });

  it('a level column without points, an empty header cell, a second Gewicht column', () => {
    expect(problemsOf(csv('Criterium;Gewicht;Laag (1);Midden;;Hoog (3);Weging', 'a;1;b;c;d;e;1'))).toEqual([
      { code: 'duplicate-column', row: 1, column: 7, params: { row: 1, columnLetter: 'G', header: 'Weging' } },
      { code: 'level-header-no-points', row: 1, column: 4, params: { row: 1, columnLetter: 'D', header: 'Midden' } },
      { code: 'level-header-empty', row: 1, column: 5, params: { row: 1, columnLetter: 'E' } },
    ]);
  });

  it('a row with fewer cells than the header (bad/rij-te-weinig-cellen.csv)', () => {
    expect(problemsOf(fixtureBytes('rubrics/bad/rij-te-weinig-cellen.csv'))).toEqual([
      { code: 'row-too-few-cells', row: 4, column: null, params: { row: 4, count: 3, expected: 6 } },
    ]);
  });

  it('a row with more filled cells than the header (bad/rij-te-veel-cellen.csv)', () => {
    expect(problemsOf(fixtureBytes('rubrics/bad/rij-te-veel-cellen.csv'))).toEqual([
      { code: 'row-too-many-cells', row: 3, column: 6, params: { row: 3, count: 6, expected: 5 } },
    ]);
  });

  it('a weight that is not a number (bad/gewicht-geen-getal.csv)', () => {
    expect(problemsOf(fixtureBytes('rubrics/bad/gewicht-geen-getal.csv'))).toEqual([
      { code: 'weight-not-number', row: 3, column: 2, params: { row: 3, title: 'Plannen', value: 'veel' } },
    ]);
  });

  it('levels whose points go down (bad/punten-aflopend.csv): the content problem, pointed at the header cell', () => {
    expect(problemsOf(fixtureBytes('rubrics/bad/punten-aflopend.csv'))).toEqual([
      {
        code: 'level-points-decreasing',
        row: 1,
        column: 4,
        params: { level: 2, label: 'Voldoende', points: 2, previousLabel: 'Goed', previousPoints: 3 },
      },
      {
        code: 'level-points-decreasing',
        row: 1,
        column: 5,
        params: { level: 3, label: 'Onvoldoende', points: 1, previousLabel: 'Voldoende', previousPoints: 2 },
      },
    ]);
  });

  it('an opdrachtgever cell that is not ja or nee', () => {
    expect(problemsOf(csv('Criterium;Opdrachtgever;Laag (1);Hoog (2)', 'Netheid;misschien;a;b'))).toEqual([
      { code: 'client-input-invalid', row: 2, column: 2, params: { row: 2, title: 'Netheid', value: 'misschien' } },
    ]);
  });

  it('bad conversion rows: not a number, caesura and table together, a row with extra cells', () => {
    const header = 'Criterium;Laag (1);Hoog (2)';
    expect(problemsOf(csv(header, 'a;b;c', 'Cesuur;veel'))).toEqual([
      { code: 'caesura-not-number', row: 3, column: 2, params: { row: 3, value: 'veel' } },
    ]);
    expect(problemsOf(csv(header, 'a;b;c', 'Cijfertabel;0;1', 'Cijfertabel;1;zes'))).toEqual([
      { code: 'table-row-not-number', row: 4, column: 3, params: { row: 4, value: 'zes' } },
    ]);
    expect(problemsOf(csv(header, 'a;b;c', 'Cijfertabel;0;1', 'Cesuur;55%'))).toEqual([
      { code: 'conversion-conflict', row: 4, column: 1, params: { row: 4, otherRow: 3 } },
    ]);
    expect(problemsOf(csv(header, 'a;b;c', 'Cesuur;55%', 'Cesuur;60%'))).toEqual([
      { code: 'conversion-conflict', row: 4, column: 1, params: { row: 4, otherRow: 3 } },
    ]);
    expect(problemsOf(csv(header, 'a;b;c', 'Voorwaarde;Schoenen; en een bril'))).toEqual([
      { code: 'meta-row-extra-cells', row: 3, column: 3, params: { row: 3, keyword: 'Voorwaarde' } },
    ]);
  });

  it('two Kleur rows', () => {
    expect(problemsOf(csv('Criterium;Laag (1);Hoog (2)', 'a;b;c', 'Kleur;#ffffff;#000000', 'Kleur;#ffffff;#000000'))).toEqual([
      { code: 'duplicate-meta-row', row: 4, column: 1, params: { row: 4, otherRow: 3, keyword: 'Kleur' } },
    ]);
  });

  it('content that cannot give a cijfer, each problem at its cell', () => {
    const problems = problemsOf(
      csv(
        'Criterium;Gewicht;Laag (0);Hoog (0)',
        'Netheid;0;a;b',
        ';1;c;d',
        'Kleur;;#fff;#000000',
        'Voorwaarde;',
        'Cijfertabel;2;11',
      ),
    );
    expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['level-color-invalid', 4, 3],
      ['level-points-equal', 1, 4],
      ['criterion-weight-invalid', 2, 2],
      ['criterion-title-empty', 3, 1],
      ['condition-text-empty', 5, 2],
      ['table-first-row-not-zero', 6, 2],
      ['table-grade-out-of-range', 6, 3],
    ]);
  });

  it('reports all problems of a file at once, not just the first', () => {
    const problems = problemsOf(csv('Criterium;Gewicht;Laag (1);Hoog (2)', 'a;x;b;c', 'd;1;e', 'f;y;g;h'));
    expect(problems.map((p) => [p.code, p.row])).toEqual([
      ['weight-not-number', 2],
      ['row-too-few-cells', 3],
      ['weight-not-number', 4],
    ]);
  });
});
