import { describe, expect, it } from 'vitest';
import { dossierContents, type DossierGroupInput } from '../../../../shared/dossier/content';
import type { Observatie } from '../../../../shared/domain/observatie';
import type { Pta } from '../../../../shared/domain/pta';
import type { Student } from '../../../../shared/domain/student';
import type { EvidencePoint } from '../../../../shared/growth';
import { makeHandelingsopdracht, makeResult, makeToets } from '../grades/helpers';

const record = { createdAt: 1, updatedAt: 1, deletedAt: null };
const student = (id: string, roepnaam: string, achternaam: string, leerlingnummer: string): Student => ({
  id, roepnaam, tussenvoegsel: '', achternaam, leerlingnummer, groupId: 'g1', archivedAt: null, ...record,
});
const SUKRU = student('s1', 'Şükrü', 'Işıklı', '104233');
const ZOE = student('s2', 'Zoë Łukasz', 'Ćwik', '104234');

// Wegingen 1 + 2 + 2: 311 (herkansbaar), 312 (with an opdracht of a client), 321, and a handelingsopdracht.
const PTA: Pta = {
  id: 'p1', cohortId: 'c1', title: 'PTA Zorg en Welzijn', status: 'vastgesteld', log: [], ...record,
  toetsen: [
    makeToets({ id: 't1', code: '311', weging: 1, nodeIds: ['n1', 'n2', 'n1'], date: '2026-10-01' }),
    makeToets({ id: 't2', code: '312', name: 'Gezonde lunch', toetsvorm: 'PO', weging: 2, herkansbaar: false, herkansingVorm: null, nodeIds: ['n3', 'gone'], opdrachtId: 'o1', date: '2026-11-01' }),
    makeToets({ id: 't3', code: '321', name: 'Presentatie', toetsvorm: 'M', weging: 2, herkansbaar: true, nodeIds: ['n2'], date: '2027-03-01' }),
    makeHandelingsopdracht({ id: 'h1', code: 'LOB', nodeIds: [] }),
  ],
};

function input(overrides: Partial<DossierGroupInput> = {}): DossierGroupInput {
  return {
    students: [SUKRU, ZOE],
    group: { name: '3T-A' },
    cohort: { name: 'Cohort 2025-2027', leerweg: 'tl', programme: 'Zorg en Welzijn', firstSchoolYear: '2025-2026' },
    pta: PTA,
    results: [],
    rubricGrades: new Map(),
    settings: { schoolName: 'Vakcollege De Brëek', teacherName: 'mevr. Z. Kılıç', resitRule: 'highest', intermediateRounding: 'half-up', finalRoundingFrom: 'one-decimal' },
    today: '2026-12-01',
    nodes: new Map([
      ['n1', { code: 'A1', text: 'Oriëntatie op de beroepen' }],
      ['n2', { code: 'B2', text: 'Een   activiteit organiseren' }],
      ['n3', { code: 'C3', text: 'Gezonde voeding' }],
      ['n4', { code: 'D1', text: 'Hygiëne' }],
    ]),
    opdrachten: new Map([['o1', { title: 'Gezonde lunch voor De Zonnebloem', opdrachtgeverId: 'og1' }]]),
    opdrachtgevers: new Map([['og1', { name: 'Zorgcentrum De Zonnebloem' }]]),
    programme: { title: 'Zorg en Welzijn (vmbo)', eindtermIds: ['n1', 'n2', 'n3', 'n4'] },
    evidence: [],
    ...overrides,
  };
}

const result = (studentId: string, toetsId: string, attempt: 1 | 2, fields: Parameters<typeof makeResult>[0]) =>
  makeResult({ id: `${studentId}-${toetsId}-${attempt}`, studentId, toetsId, attempt, ptaId: 'p1', ...fields });

describe('dossierContents', () => {
  it('names the student, group, cohort, programme, school and examinator as stored', () => {
    const [sukru, zoe] = dossierContents(input());
    expect(sukru).toMatchObject({
      studentName: 'Şükrü Işıklı', leerlingnummer: '104233', groupName: '3T-A', cohortName: 'Cohort 2025-2027', leerweg: 'tl',
      programme: 'Zorg en Welzijn', school: 'Vakcollege De Brëek', examinator: 'mevr. Z. Kılıç', ptaTitle: 'PTA Zorg en Welzijn', ptaStatus: 'vastgesteld',
    });
    expect(zoe!.studentName).toBe('Zoë Łukasz Ćwik');
  });

  it('lists every toets with its opdracht, opdrachtgever and eindterm codes (once each, unknown ones skipped)', () => {
    const [dossier] = dossierContents(input());
    expect(dossier!.rows.map((row) => [row.code, row.eindtermen, row.opdracht, row.opdrachtgever, row.weging])).toEqual([
      ['311', ['A1', 'B2'], null, null, 1],
      ['312', ['C3'], 'Gezonde lunch voor De Zonnebloem', 'Zorgcentrum De Zonnebloem', 2],
      ['321', ['B2'], null, null, 2],
      ['LOB', [], null, null, null],
    ]);
  });

  it('without any cijfer: no SE-cijfer yet, every weighted toets missing, past toetsen flagged', () => {
    const [dossier] = dossierContents(input());
    expect(dossier!.se).toEqual({ ok: true, raw: null, oneDecimal: null, final: null, complete: false, missingCodes: ['311', '312', '321'] });
    // 311, 312 and the handelingsopdracht were due before today (2026-12-01); 321 is not due yet.
    expect(dossier!.rows.map((row) => row.missing)).toEqual([true, true, false, true]);
  });

  it('a missing grade makes the SE provisional over the toetsen graded so far', () => {
    const results = [result('s1', 't1', 1, { grade: 6 }), result('s1', 't2', 1, { grade: 7.5 })];
    const [dossier] = dossierContents(input({ results }));
    // (1 · 6 + 2 · 7,5) / 3 = 7
    expect(dossier!.se).toEqual({ ok: true, raw: 7, oneDecimal: 7, final: 7, complete: false, missingCodes: ['321'] });
  });

  it('applies the resit rule: highest counts, or the last one', () => {
    const results = [result('s1', 't1', 1, { grade: 4.2 }), result('s1', 't1', 2, { grade: 6.8 }), result('s1', 't3', 1, { grade: 7 }), result('s1', 't3', 2, { grade: 5 })];
    const [highest] = dossierContents(input({ results }));
    const rows = highest!.rows;
    expect(rows[0]).toMatchObject({ first: { grade: 4.2, source: 'entered' }, resit: { grade: 6.8, source: 'entered' }, grade: 6.8, counted: 2 });
    expect(rows[2]).toMatchObject({ first: { grade: 7 }, resit: { grade: 5 }, grade: 7, counted: 1 });
    const [last] = dossierContents(input({ results, settings: { ...input().settings, resitRule: 'last' } }));
    expect(last!.rows[2]).toMatchObject({ grade: 5, counted: 2 });
  });

  it('ignores a herkansing of a toets that is not herkansbaar', () => {
    const results = [result('s1', 't2', 1, { grade: 5 }), result('s1', 't2', 2, { grade: 8 })];
    const [dossier] = dossierContents(input({ results }));
    expect(dossier!.rows[1]).toMatchObject({ resit: null, grade: 5, counted: 1 });
  });

  it('rounds the SE-cijfer by the school\'s rules: 5,45 → 5,5 → 6 half up, 5,4 → 5 cut off', () => {
    // Chosen so the average is 5,45 on paper: (1 · 5,25 + 2 · 5,5 + 2 · 5,5) / 5 = 27,25 / 5.
    const results = [result('s1', 't1', 1, { grade: 5.25 }), result('s1', 't2', 1, { grade: 5.5 }), result('s1', 't3', 1, { grade: 5.5 })];
    const [halfUp] = dossierContents(input({ results }));
    expect(halfUp!.se).toMatchObject({ ok: true, oneDecimal: 5.5, final: 6, complete: true, missingCodes: [] });
    expect((halfUp!.se as { raw: number }).raw).toBeCloseTo(5.45, 10);
    const [cut] = dossierContents(input({ results, settings: { ...input().settings, intermediateRounding: 'truncate' } }));
    expect(cut!.se).toMatchObject({ oneDecimal: 5.4, final: 5 });
    const [fromRaw] = dossierContents(input({ results, settings: { ...input().settings, intermediateRounding: 'truncate', finalRoundingFrom: 'raw' } }));
    expect(fromRaw!.se).toMatchObject({ oneDecimal: 5.4, final: 5 });
  });

  it('an override wins over the entered cijfer and says so', () => {
    const results = [result('s1', 't1', 1, { grade: 5, override: { grade: 6.5, reason: 'herberekend' } })];
    const [dossier] = dossierContents(input({ results }));
    expect(dossier!.rows[0]!.first).toEqual({ grade: 6.5, source: 'override' });
  });

  it('says why an SE-cijfer is impossible, by toets code, and when there is no PTA', () => {
    const broken = { ...PTA, toetsen: PTA.toetsen.map((toets) => (toets.code === '312' ? { ...toets, weging: 0 } : toets)) };
    expect(dossierContents(input({ pta: broken }))[0]!.se).toEqual({ ok: false, reason: 'invalid-weging', toetsCodes: ['312'] });
    const [none] = dossierContents(input({ pta: null }));
    expect(none!.se).toEqual({ ok: false, reason: 'no-pta', toetsCodes: [] });
    expect(none!.rows).toEqual([]);
  });

  it('the handelingsdeel is voldaan only once the handelingsopdracht is', () => {
    expect(dossierContents(input())[0]!.handelingsdeelVoldaan).toBe(false);
    const results = [result('s1', 'h1', 1, { voldaan: true })];
    expect(dossierContents(input({ results }))[0]!.handelingsdeelVoldaan).toBe(true);
  });

  it('only counts results of this PTA and of this student', () => {
    const results = [result('s1', 't1', 1, { grade: 8, ptaId: 'other' }), result('s2', 't1', 1, { grade: 9 })];
    const [sukru, zoe] = dossierContents(input({ results }));
    expect(sukru!.rows[0]!.grade).toBeNull();
    expect(zoe!.rows[0]!.grade).toBe(9);
  });

  it('summarises eindterm coverage: closed by a result, formative evidence, or not seen', () => {
    const point = { studentId: 's1', nodeId: 'n4', summative: false } as EvidencePoint;
    const results = [result('s1', 't1', 1, { grade: 7 })];
    const [dossier] = dossierContents(input({ results, evidence: [point, { ...point, studentId: 's2', nodeId: 'n3' }] }));
    expect(dossier!.coverage.frameworkTitle).toBe('Zorg en Welzijn (vmbo)');
    expect(dossier!.coverage.entries.map((entry) => [entry.code, entry.state, entry.closedBy, entry.evidenceCount])).toEqual([
      ['A1', 'afgesloten', ['311'], 0],
      ['B2', 'afgesloten', ['311'], 0],
      ['C3', 'niet-gezien', [], 0],
      ['D1', 'formatief', [], 1],
    ]);
    expect(dossier!.coverage.entries[1]!.text).toBe('Een activiteit organiseren');
    expect(dossier!.coverage.counts).toEqual({ afgesloten: 2, formatief: 1, 'niet-gezien': 1 });
  });

  it('without an imported exam programme: no coverage list, said by a null title', () => {
    const [dossier] = dossierContents(input({ programme: null }));
    expect(dossier!.coverage).toEqual({ frameworkTitle: null, entries: [], counts: { afgesloten: 0, formatief: 0, 'niet-gezien': 0 } });
  });

  it('reflections and evidence only when asked for: the student\'s own notes, oldest first', () => {
    const observatie = (id: string, fields: Partial<Observatie>): Observatie => ({
      id, studentId: 's1', nodeId: null, level: null, scaleSize: 4, date: '2026-10-10', note: '', opdrachtId: null, assessor: 'zelf', batchId: id, evidenceIds: [], ...record, ...fields,
    });
    const observaties = [
      observatie('o2', { date: '2026-11-02', note: 'Ik   heb beter gepland.', nodeId: 'n2' }),
      observatie('o1', { date: '2026-10-01', note: 'Mijn eerste lunch was te zout.' }),
      observatie('o3', { note: 'Door de docent', assessor: 'examinator' }),
      observatie('o4', { note: '' }),
      observatie('o5', { note: 'verwijderd', deletedAt: 5 }),
    ];
    const bewijs = [
      { id: 'b2', studentIds: ['s1', 's2'], date: '2026-11-01', caption: ' Lunch ', fileName: 'lunch.jpg', thumbnail: {} },
      { id: 'b1', studentIds: ['s1'], date: '2026-10-01', caption: '', fileName: 'plan.pdf', thumbnail: null },
      { id: 'b3', studentIds: ['s1'], date: '2026-10-01', caption: '', fileName: 'weg.jpg', thumbnail: {}, deletedAt: 9 },
    ];
    expect(dossierContents(input({ observaties, bewijs }))[0]).toMatchObject({ reflections: [], evidence: [] });
    const [dossier, zoe] = dossierContents(input({ observaties, bewijs, includeExtras: true }));
    expect(dossier!.reflections).toEqual([
      { date: '2026-10-01', note: 'Mijn eerste lunch was te zout.', nodeCode: null },
      { date: '2026-11-02', note: 'Ik heb beter gepland.', nodeCode: 'B2' },
    ]);
    expect(dossier!.evidence).toEqual([
      { id: 'b1', date: '2026-10-01', caption: '', fileName: 'plan.pdf', hasThumbnail: false },
      { id: 'b2', date: '2026-11-01', caption: 'Lunch', fileName: 'lunch.jpg', hasThumbnail: true },
    ]);
    expect(zoe!.evidence.map((item) => item.id)).toEqual(['b2']);
  });
});
