import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { opdrachtMessagesEn, opdrachtMessagesNl, registerOpdrachtFormats } from '../../../../renderer/src/i18n/opdracht-messages';
import { MAX_IMPORT_BYTES } from '../../../../shared/import/raw-table';
import { validateOpdrachtgever } from '../../../../shared/opdrachten/opdrachtgever';
import { opdrachtgeversFromCsv } from '../../../../shared/opdrachten/opdrachtgever-csv';
import { validateOpdracht } from '../../../../shared/opdrachten/phases';
import { OPDRACHT_MESSAGE_CODES, OPDRACHT_PROBLEM_INFO, OpdrachtgeverCsvError, type AnyOpdrachtProblem } from '../../../../shared/opdrachten/problems';
import { validateTeams } from '../../../../shared/opdrachten/teams';
import { fixtureBytes, textBytes } from '../../../fixtures/read-fixture';
import { idCounter, makeClient, makeOpdracht, makeStudent, phase } from './helpers';

type Messages = Record<string, Record<string, string>>;

/** "group.key" for every message, plural and context suffixes included. */
function flatKeys(messages: Messages): string[] {
  return Object.entries(messages)
    .flatMap(([group, table]) => Object.keys(table).map((key) => `${group}.${key}`))
    .sort();
}
const baseCode = (key: string) => key.replace(/_(one|other|unnamed)$/, '');

function csvProblems(bytes: Uint8Array): AnyOpdrachtProblem[] {
  try {
    return opdrachtgeversFromCsv(bytes, { newId: idCounter(), existing: [makeClient({ id: 'a', name: 'Albert Heijn' }), makeClient({ id: 'b', name: 'albert heijn' })] }).problems;
  } catch (error) {
    if (error instanceof OpdrachtgeverCsvError) return error.problems;
    throw error;
  }
}

const year = { schoolYear: '2026-2027' } as const;
const withPhases = (...phases: ReturnType<typeof phase>[]) => makeOpdracht({ phases });
const daniel = makeStudent('s9', 'Daniël', 'Berg', 'g2', 'van der');
const students = new Map([makeStudent('s1', 'Zoë', 'Bakker'), makeStudent('s2', 'Sem', 'Kok'), makeStudent('s3', 'Noëlle', 'Smit'), daniel].map((s) => [s.id, s]));
const group = { id: 'g1', name: '3T-A' };

/** Inputs that together produce every code (and context variant) the shared code has. */
const allProblems: AnyOpdrachtProblem[] = [
  ...validateOpdracht(makeOpdracht({ title: '', hours: -1 }), year),
  ...validateOpdracht(makeOpdracht({ hours: Number.NaN, phases: [] }), year),
  ...validateOpdracht(withPhases(phase('a', 'Uitvoeren', '2027-03-10', '2027-03-03')), year),
  ...validateOpdracht(withPhases(phase('a', '', '2027-03-10', '2027-03-03')), year),
  ...validateOpdracht(withPhases(phase('a', 'A', 'x', 'y'), phase('b', '', 'x', 'y')), year),
  ...validateOpdracht(withPhases(phase('a', 'Uitvoeren', '2027-03-10', '2027-03-20'), phase('b', 'Oriënteren', '2027-03-01', '2027-03-05')), year),
  ...validateOpdracht(withPhases(phase('a', 'Uitvoeren', '2027-03-10', '2027-03-20'), phase('b', '', '2027-03-01', '2027-03-05')), year),
  ...validateOpdracht(withPhases(phase('a', 'Voorbereiden', '2027-03-01', '2027-03-10'), phase('b', 'Uitvoeren', '2027-03-08', '2027-03-20')), year),
  ...validateOpdracht(withPhases(phase('a', 'Voorbereiden', '2027-03-01', '2027-03-10'), phase('b', '', '2027-03-08', '2027-03-20')), year),
  ...validateOpdracht(withPhases(phase('a', 'Uitvoeren', '2027-03-01', '2027-03-10'), phase('b', 'uitvoeren', '2027-03-11', '2027-03-20')), year),
  ...validateOpdracht(withPhases(phase('a', 'Oriënteren', '2026-07-20', '2026-08-05'), phase('b', '', '2026-07-01', '2026-08-06'), phase('c', 'Opleveren', '2027-08-01', '2027-08-14')), year),
  ...validateTeams(
    [
      { id: 't1', name: 'Team 1', studentIds: ['s1', 's9', 'ghost'] },
      { id: 't2', name: 'team 1', studentIds: ['s1'] },
      { id: 't3', name: '', studentIds: [] },
    ],
    students,
    group,
    new Map([['g2', '3T-B']]),
  ),
  ...validateTeams([{ id: 't1', name: 'Team 1', studentIds: ['s1', 's2'] }], students, group),
  ...validateOpdrachtgever({ ...makeClient({ name: '' }), type: 'winkel', status: 'misschien' }),
  ...validateOpdrachtgever(makeClient({ name: 'Zorgcentrum De Linde', id: 'other' }), { existing: [makeClient()] }),
  ...validateOpdrachtgever(
    makeClient({
      contacts: [
        { id: 'k1', name: 'Jan', role: '', email: 'jan@', phone: 'bel' },
        { id: 'k2', name: 'jan', role: '', email: '', phone: '' },
        { id: 'k3', name: '', role: '', email: 'x@', phone: '12' },
      ],
    }),
  ),
  ...['zonder-naam', 'dubbele-naam', 'fout-email', 'onbekende-waarden', 'formule', 'contact-zonder-naam', 'geen-naamkolom', 'alleen-kopregel', 'leeg'].flatMap((name) =>
    csvProblems(fixtureBytes(`opdrachtgevers/bad/${name}.csv`)),
  ),
  ...csvProblems(textBytes('Naam;Organisatie\r\nA;B\r\n')),
  ...csvProblems(textBytes('Naam\r\nAlbert Heijn\r\n')),
  ...csvProblems(new Uint8Array(4096).map((_, i) => (i * 131 + 7) % 256)),
  ...csvProblems(new Uint8Array(MAX_IMPORT_BYTES + 1)),
  ...csvProblems(textBytes(`Naam\r\n${'x\r\n'.repeat(20_001)}`)),
];

describe('opdracht problem messages', () => {
  const missing: string[] = [];
  let nl: TFunction;
  let en: TFunction;

  beforeAll(async () => {
    const instance = i18next.createInstance();
    await instance.init({
      lng: 'nl',
      resources: { nl: { translation: { opdrachtProblems: opdrachtMessagesNl } }, en: { translation: { opdrachtProblems: opdrachtMessagesEn } } },
      interpolation: { escapeValue: false },
      missingInterpolationHandler: (_text, value: unknown[]) => {
        missing.push(String(value[1]));
        return '';
      },
      showSupportNotice: false,
    });
    registerOpdrachtFormats(instance);
    nl = instance.getFixedT('nl');
    en = instance.getFixedT('en');
  });

  const render = (t: TFunction, problem: { code: string; params: object }) => t(`opdrachtProblems.${problem.code}`, problem.params as Record<string, unknown>);

  it('has Dutch and English text for exactly the same keys, none empty', () => {
    expect(flatKeys(opdrachtMessagesEn)).toEqual(flatKeys(opdrachtMessagesNl));
    for (const messages of [opdrachtMessagesNl, opdrachtMessagesEn] as Messages[]) {
      expect(Object.values(messages).flatMap((table) => Object.values(table)).filter((text) => text.trim() === '')).toEqual([]);
    }
  });

  it('has a message (or both plural forms) for every code, and nothing for codes that do not exist', () => {
    const keys = new Set(flatKeys(opdrachtMessagesNl));
    for (const code of OPDRACHT_MESSAGE_CODES) {
      expect(keys.has(code) || (keys.has(`${code}_one`) && keys.has(`${code}_other`)), code).toBe(true);
    }
    expect([...keys].filter((key) => !OPDRACHT_MESSAGE_CODES.includes(baseCode(key) as never))).toEqual([]);
  });

  it('interpolates only the params each code declares', () => {
    for (const messages of [opdrachtMessagesNl, opdrachtMessagesEn] as Messages[]) {
      for (const key of flatKeys(messages)) {
        const [group, name] = key.split(/\.(.*)/s) as [string, string];
        const declared = new Set<string>(OPDRACHT_PROBLEM_INFO[baseCode(key) as keyof typeof OPDRACHT_PROBLEM_INFO].params as readonly string[]);
        for (const [, param] of messages[group]![name]!.matchAll(/\{\{\s*(\w+)/g)) expect(declared, `${key}: ${param}`).toContain(param);
      }
    }
  });

  it('every code is produced by the code under test (no dead codes), with every context variant', () => {
    const produced = new Set(allProblems.map((problem) => problem.code));
    expect(OPDRACHT_MESSAGE_CODES.filter((code) => !produced.has(code))).toEqual([]);
    const contexts = new Set(allProblems.flatMap((p) => ('context' in p.params && p.params.context ? [`${p.code}_${p.params.context}`] : [])));
    const contextKeys = flatKeys(opdrachtMessagesNl).filter((key) => key.endsWith('_unnamed'));
    expect([...contexts].sort()).toEqual(contextKeys);
  });

  it('gives every problem the severity its code declares', () => {
    for (const problem of allProblems) expect(problem.severity, problem.code).toBe(OPDRACHT_PROBLEM_INFO[problem.code].severity);
  });

  it('renders every produced problem in both languages with all placeholders filled and dates written out', () => {
    for (const problem of allProblems) {
      for (const t of [nl, en]) {
        const text = render(t, problem);
        expect(text, problem.code).not.toMatch(/\{\{|opdrachtProblems\.|undefined|NaN|\d{4}-\d{2}-\d{2}/);
      }
    }
    expect(missing).toEqual([]);
  });

  it('says in Dutch what is wrong and where', () => {
    const first = (problems: AnyOpdrachtProblem[], code: string) => render(nl, problems.find((p) => p.code === code)!);

    expect(first(csvProblems(fixtureBytes('opdrachtgevers/bad/fout-email.csv')), 'csv.email-invalid')).toBe("Rij 3, kolom ‘E-mail’: ‘jan@’ is geen geldig e-mailadres.");
    expect(first(validateOpdracht(withPhases(phase('a', 'Uitvoeren', '2027-03-10', '2027-03-03')), year), 'phase.end-before-start')).toBe(
      'Fase ‘Uitvoeren’ eindigt (3 maart) vóór hij begint (10 maart).',
    );
    expect(first(validateOpdracht(withPhases(phase('a', 'Opleveren', '2027-07-20', '2027-08-14')), year), 'opdracht.deadline-outside-school-year')).toBe(
      'De deadline 14 augustus 2027 valt buiten schooljaar 2026-2027. Dat schooljaar loopt van 1 augustus 2026 tot en met 31 juli 2027.',
    );
    expect(first(validateTeams([{ id: 't1', name: 'Team 2', studentIds: ['s9'] }], students, group), 'team.student-other-group')).toBe(
      'Daniël van der Berg zit niet in groep 3T-A. Haal de leerling uit team ‘Team 2’.',
    );
    expect(first(validateTeams([{ id: 't1', name: 'Team 1', studentIds: ['s1'] }], students, group), 'team.students-without-team')).toBe(
      '2 leerlingen van 3T-A zitten nog niet in een team: Sem Kok en Noëlle Smit.',
    );
    expect(first(csvProblems(fixtureBytes('opdrachtgevers/bad/dubbele-naam.csv')), 'csv.name-duplicate')).toBe(
      'Rij 2, kolom ‘Naam’: ‘Café Noëlle’ staat ook in rij 4. Beide rijen zijn overgeslagen; laat de opdrachtgever één keer staan.',
    );
    expect(render(nl, { code: 'opdracht.hours-negative', params: { hours: -2.5 } })).toBe('Het aantal uren (-2,5) kan niet negatief zijn.');
    expect(render(en, { code: 'phase.end-before-start', params: { phase: 1, name: 'Uitvoeren', start: '2027-03-10', end: '2027-03-03' } })).toBe(
      'Phase ‘Uitvoeren’ ends (3 March) before it starts (10 March).',
    );
  });
});
