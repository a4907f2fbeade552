import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { rubricMessagesEn, rubricMessagesNl, rubricPresetMessagesEn, rubricPresetMessagesNl } from '../../../../renderer/src/i18n/rubric-messages';
import type { GradeConversion, RubricContent } from '../../../../shared/domain/rubric';
import { MAX_RUBRIC_CSV_BYTES, rubricFromCsv } from '../../../../shared/rubrics/csv';
import { SCALE_PRESET_IDS } from '../../../../shared/rubrics/presets';
import { RUBRIC_MESSAGE_CODES, RubricImportError, type RubricImportProblem } from '../../../../shared/rubrics/problems';
import { rubricWarnings, validateRubricContent } from '../../../../shared/rubrics/validate';
import { textBytes } from '../../../fixtures/read-fixture';
import { idCounter, sampleContent } from './helpers';

type Problem = { code: string; params: object };

const base = sampleContent();
const level = (index: number, patch: object): RubricContent => ({
  ...base,
  levels: base.levels.map((l, i) => (i === index ? { ...l, ...patch } : l)),
});
const criterion = (index: number, patch: object): RubricContent => ({
  ...base,
  criteria: base.criteria.map((c, i) => (i === index ? { ...c, ...patch } : c)),
});
const table = (rows: { minPoints: number; grade: number }[]): RubricContent => ({ ...base, conversion: { kind: 'table', rows } });

/** Rubrics that together produce every content problem and warning, each with and without a name. */
const badContents: RubricContent[] = [
  { ...base, levels: base.levels.slice(0, 1), criteria: base.criteria.map((c) => ({ ...c, descriptors: {} })) },
  { ...base, levels: [], criteria: base.criteria.map((c) => ({ ...c, descriptors: {} })) },
  level(1, { label: '' }),
  level(3, { label: 'C basis' }),
  level(1, { points: Number.NaN }),
  level(1, { points: Number.NaN, label: '' }),
  level(0, { points: -1 }),
  level(0, { points: -1.5, label: '' }),
  level(1, { points: 0.5 }),
  level(1, { points: 0.5, label: '' }),
  level(2, { points: 2 }),
  level(2, { points: 2, label: '' }),
  level(0, { color: 'rood' }),
  level(0, { color: 'rood', label: '' }),
  level(1, { id: 'l1' }),
  { ...base, criteria: [] },
  criterion(0, { title: '' }),
  criterion(0, { weight: 0 }),
  criterion(0, { weight: Number.NaN, title: '' }),
  criterion(1, { id: 'c1' }),
  criterion(1, { descriptors: { gone: 'x' } }),
  criterion(1, { descriptors: { gone: 'x' }, title: '' }),
  { ...base, conditions: [{ id: 'v1', text: '' }, { id: 'v1', text: 'x' }] },
  { ...base, levels: base.levels.map((l) => ({ ...l, points: 0 })) },
  { ...base, conversion: { kind: 'linear', caesura: 1.2 } },
  { ...base, conversion: { kind: 'linear', caesura: Number.NaN } },
  { ...base, conversion: { kind: 'curve' } as unknown as GradeConversion },
  table([]),
  table([{ minPoints: 2, grade: 1 }]),
  table([{ minPoints: 0, grade: 1 }, { minPoints: -1, grade: 2 }]),
  table([{ minPoints: 0, grade: 1 }, { minPoints: 6, grade: 5 }, { minPoints: 4, grade: 6 }]),
  table([{ minPoints: 0, grade: 1 }, { minPoints: 6, grade: 10.5 }]),
  table([{ minPoints: 0, grade: 1 }, { minPoints: 6, grade: Number.NaN }]),
  table([{ minPoints: 0, grade: 1 }, { minPoints: 6, grade: 6 }, { minPoints: 8, grade: 5.5 }]),
  table([{ minPoints: 0, grade: 1 }, { minPoints: 14, grade: 10 }]),
  criterion(1, { title: 'Samenwerken' }),
];

/** CSV files that together produce every import problem. */
const badFiles: Uint8Array[] = [
  new Uint8Array(MAX_RUBRIC_CSV_BYTES + 1),
  new Uint8Array(),
  new Uint8Array(4096).map((_, i) => (i * 131 + 7) % 256),
  textBytes('Criterium;Laag (1);Hoog (2)\n'),
  textBytes('Criterium;Gewicht;Omschrijving\na;1;b\n'),
  textBytes('Criterium;Gewicht;Laag (1);Midden;;Hoog (x);Weging;Opdrachtgever\na;1;b;c;d;e;1;misschien\n'),
  textBytes('Criterium;Gewicht;Laag (1);Hoog (2)\na;veel;b;c\nd;1;e\nf;1;g;h;i\nVoorwaarde;x;y\nCesuur;veel\n'),
  textBytes('Criterium;Laag (1);Hoog (2)\na;b;c\nCijfertabel;0;zes\nCesuur;55%\nKleur;#ffffff;#000000\nKleur;#ffffff;#000000\n'),
  textBytes('Criterium;Laag (1);Hoog (2)\na;b;c\nd;e\n'),
];

function importProblems(bytes: Uint8Array): readonly RubricImportProblem[] {
  try {
    rubricFromCsv(bytes, idCounter());
  } catch (error) {
    if (error instanceof RubricImportError) return error.problems;
    throw error;
  }
  return [];
}

const allProblems: Problem[] = [
  ...badContents.flatMap((content) => [...validateRubricContent(content), ...rubricWarnings(content)]),
  ...badFiles.flatMap(importProblems),
  { code: 'row-too-few-cells', params: { row: 5, count: 1, expected: 4 } },
  { code: 'row-too-many-cells', params: { row: 5, count: 1, expected: 0 } },
];

function keys(messages: object): string[] {
  return Object.keys(messages).sort();
}

describe('rubric problem messages', () => {
  const missing: string[] = [];
  let nl: TFunction;
  let en: TFunction;

  beforeAll(async () => {
    const instance = i18next.createInstance();
    await instance.init({
      lng: 'nl',
      resources: { nl: { translation: { rubricProblems: rubricMessagesNl } }, en: { translation: { rubricProblems: rubricMessagesEn } } },
      interpolation: { escapeValue: false },
      missingInterpolationHandler: (_text, value: unknown[]) => {
        missing.push(String(value[1]));
        return '';
      },
      showSupportNotice: false,
    });
    nl = instance.getFixedT('nl');
    en = instance.getFixedT('en');
  });

  const render = (t: TFunction, problem: Problem) => t(`rubricProblems.${problem.code}`, problem.params as Record<string, unknown>);
  /** As the import screen shows a located problem: "Rij 4: " + the message (import.where.row). */
  const shown = (problem: RubricImportProblem) => (problem.row ? `Rij ${problem.row}: ` : '') + render(nl, problem);

  it('has Dutch and English text for exactly the same keys, none empty', () => {
    expect(keys(rubricMessagesEn)).toEqual(keys(rubricMessagesNl));
    expect(Object.values(rubricMessagesNl).filter((text) => text.trim() === '')).toEqual([]);
    expect(Object.values(rubricMessagesEn).filter((text) => text.trim() === '')).toEqual([]);
  });

  it('has a message (or both plural forms) for every code, and nothing for codes that do not exist', () => {
    const messageKeys = new Set(Object.keys(rubricMessagesNl));
    for (const code of RUBRIC_MESSAGE_CODES) {
      expect(messageKeys.has(code) || (messageKeys.has(`${code}_one`) && messageKeys.has(`${code}_other`)), code).toBe(true);
    }
    const base = (key: string) => key.replace(/_(one|other|unnamed|missing)$/, '');
    expect([...messageKeys].filter((key) => !RUBRIC_MESSAGE_CODES.includes(base(key) as never))).toEqual([]);
  });

  it('every code is produced by the code under test (no dead codes), with every context variant', () => {
    const produced = new Set(allProblems.map((problem) => problem.code));
    expect(RUBRIC_MESSAGE_CODES.filter((code) => !produced.has(code))).toEqual([]);
    const contexts = new Set(allProblems.flatMap((p) => ('context' in p.params ? [`${p.code}_${String(p.params.context)}`] : [])));
    const contextKeys = Object.keys(rubricMessagesNl).filter((key) => /_(unnamed|missing)$/.test(key));
    expect([...contexts].sort()).toEqual(contextKeys.sort());
  });

  it('renders every produced problem in both languages with all its placeholders filled', () => {
    for (const problem of allProblems) {
      for (const t of [nl, en]) {
        const text = render(t, problem);
        expect(text, problem.code).not.toMatch(/\{\{|rubricProblems\.|undefined|NaN/);
      }
    }
    expect(missing).toEqual([]);
  });

  it('says what is wrong and where, in Dutch, with decimal commas', () => {
    const example = (code: string, params: object) => render(nl, { code, params });
    const fileProblem = (...lines: string[]) => importProblems(textBytes(lines.join('\r\n'))).map(shown);
    const header = 'Criterium;Gewicht;D minimaal (1);C basis (2);B gevorderd (3);A expert (4)';

    expect(fileProblem(header, 'a;1;b;c;d;e', 'f;1;g;h;i;j', 'Presenteren;1;Je leest voor.')).toEqual([
      'Rij 4: 3 cellen, de kopregel heeft er 6. Door een ontbrekende cel komen beschrijvingen onder het verkeerde niveau.',
    ]);
    expect(fileProblem(header, 'a;1;b;c;d;e', 'Presenteren')).toEqual([
      'Rij 3: 1 cel, de kopregel heeft er 6. Door een ontbrekende cel komen beschrijvingen onder het verkeerde niveau.',
    ]);
    expect(fileProblem('Criterium;Onvoldoende (1);Voldoende (x);Goed (3)', 'a;b;c;d')).toEqual([
      'Rij 1: In kolom C staat ‘Voldoende (x)’, maar tussen de haakjes hoort het aantal punten in plaats van ‘x’, zoals ‘Voldoende (3)’.',
    ]);
    expect(fileProblem('Criterium;Gewicht;Goed (3);Voldoende (2)', 'a;1;b;c')).toEqual([
      'Rij 1: Niveau ‘Voldoende’ geeft minder punten (2) dan het niveau ervoor (3). Zet de niveaus van laag naar hoog.',
    ]);
    expect(fileProblem('Criterium;Gewicht;Laag (1);Hoog (2)', 'Plannen;veel;a;b')).toEqual([
      'Rij 2: Het gewicht ‘veel’ is geen getal. Schrijf bijvoorbeeld 1 of 0,5.',
    ]);
    expect(fileProblem('Rubric;Leeg', header)).toEqual(['Het bestand heeft alleen een kopregel (rij 2) en geen criteria.']);

    const [decreasing] = validateRubricContent(level(1, { points: 0.5 }));
    expect(render(nl, decreasing!)).toBe('Niveau ‘C basis’ geeft minder punten (0,5) dan het niveau ervoor (1). Zet de niveaus van laag naar hoog.');
    const [unnamed] = validateRubricContent(level(1, { points: 0.5, label: '' })).filter((p) => p.code === 'level-points-decreasing');
    expect(render(nl, unnamed!)).toMatch(/^Niveau 2 geeft minder punten \(0,5\)/);
    expect(example('max-points-zero', {})).toBe(
      'Met deze punten is het maximum 0, dus er kan geen cijfer uit komen. Geef het hoogste niveau meer dan 0 punten.',
    );
    expect(example('caesura-out-of-range', { caesura: 1.2 })).toMatch(/^De cesuur staat op 120%\./);
    expect(example('caesura-out-of-range', { caesura: Number.NaN, context: 'missing' })).toMatch(/^De cesuur is niet ingevuld\./);
    expect(example('table-grade-out-of-range', { tableRow: 2, grade: 10.5 })).toBe(
      'Rij 2 van de cijfertabel geeft cijfer 10,5. Een cijfer ligt tussen 1,0 en 10,0.',
    );
    expect(example('too-few-levels', { count: 1 })).toBe('Een rubric heeft minstens 2 niveaus nodig; er is nu 1 niveau.');
    expect(example('too-few-levels', { count: 0 })).toBe('Een rubric heeft minstens 2 niveaus nodig; er zijn nu 0 niveaus.');
    expect(render(en, { code: 'table-grade-out-of-range', params: { tableRow: 2, grade: 10.5 } })).toBe(
      'Row 2 of the grade table gives grade 10.5. A grade is between 1.0 and 10.0.',
    );
  });
});

describe('preset names', () => {
  it('names every preset in both languages', () => {
    expect(keys(rubricPresetMessagesNl)).toEqual([...SCALE_PRESET_IDS].sort());
    expect(keys(rubricPresetMessagesEn)).toEqual([...SCALE_PRESET_IDS].sort());
  });
});
