import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { frameworkMessagesEn, frameworkMessagesNl } from '../../../../renderer/src/i18n/framework-messages';
import { importCase } from '../../../../shared/frameworks/import-case';
import { importFrameworkCsv } from '../../../../shared/frameworks/import-csv';
import { FRAMEWORK_PROBLEM_CODES, FRAMEWORK_PROBLEM_PARAMS, type FrameworkProblemCode } from '../../../../shared/frameworks/problems';
import { fixtureBytes } from '../../../fixtures/read-fixture';
import { problemsOf } from './helpers';

const NUMERIC = new Set(['count', 'row', 'otherRow', 'expected', 'actual', 'max', 'sizeMb', 'maxMb']);

function sampleParams(code: FrameworkProblemCode, count: number): Record<string, string | number> {
  return Object.fromEntries(FRAMEWORK_PROBLEM_PARAMS[code].map((name) => [name, name === 'count' ? count : NUMERIC.has(name) ? 7 : `‹${name}›`]));
}

function translator(language: 'nl' | 'en') {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { nl: { translation: { frameworkProblems: frameworkMessagesNl } }, en: { translation: { frameworkProblems: frameworkMessagesEn } } },
    lng: language,
    interpolation: { escapeValue: false },
    initImmediate: false,
    showSupportNotice: false,
  });
  return instance.t.bind(instance);
}

function rawMessages(messages: Record<string, Record<string, string>>, code: FrameworkProblemCode): string[] {
  const [group, key] = code.split('.') as [string, string];
  const table = messages[group] ?? {};
  return [table[key], table[`${key}_one`], table[`${key}_other`]].filter((message): message is string => typeof message === 'string');
}

describe.each([
  ['nl', frameworkMessagesNl],
  ['en', frameworkMessagesEn],
] as const)('framework problem messages (%s)', (language, messages) => {
  const t = translator(language);

  it.each(FRAMEWORK_PROBLEM_CODES)('%s has a message that interpolates only the params the importers give', (code) => {
    const raw = rawMessages(messages, code);
    expect(raw.length).toBeGreaterThan(0);
    const declared = new Set<string>(FRAMEWORK_PROBLEM_PARAMS[code]);
    for (const message of raw) {
      for (const [, name] of message.matchAll(/\{\{(\w+)\}\}/g)) expect(declared).toContain(name);
    }
    for (const count of [1, 3]) {
      const text = t(`frameworkProblems.${code}`, sampleParams(code, count));
      expect(text).not.toContain('frameworkProblems');
      expect(text).not.toMatch(/\{\{|\}\}/);
    }
  });

  it('has no messages for codes that do not exist', () => {
    const known = new Set<string>(FRAMEWORK_PROBLEM_CODES);
    for (const [group, table] of Object.entries(messages)) {
      for (const key of Object.keys(table)) expect(known).toContain(`${group}.${key.replace(/_(one|other)$/, '')}`);
    }
  });
});

describe('framework problem messages in use', () => {
  const t = translator('nl');

  it('say in Dutch what is wrong and where', () => {
    const [csvProblem] = problemsOf(() => importFrameworkCsv(fixtureBytes('frameworks/bad/kader-onbekende-ouder.csv')));
    expect(t(`frameworkProblems.${csvProblem!.code}`, csvProblem!.params)).toBe('Rij 5, kolom ‘bovenliggende code’: code B9 bestaat niet in het bestand.');
    const [caseProblem] = problemsOf(() => importCase(fixtureBytes('frameworks/bad/case-cyclus.json')));
    expect(t(`frameworkProblems.${caseProblem!.code}`, caseProblem!.params)).toBe(
      'CFAssociations[7]: 2 items zijn in een kring elkaars bovenliggende knoop: B3 → B4 → B3.',
    );
  });
});
