import { describe, expect, it } from 'vitest';
import { attemptKey, gradeTable, rubricGrades, type GradeTableInput } from '../../../../shared/grades/grade-table';
import { SCORES_51, SCORES_81, handRubric, makeBeoordeling, makeHandelingsopdracht, makeResult, makeToets } from './helpers';

type Rounding = GradeTableInput['settings'];
const HIGHEST: Rounding = { resitRule: 'highest', intermediateRounding: 'half-up', finalRoundingFrom: 'one-decimal' };
const LAST: Rounding = { ...HIGHEST, resitRule: 'last' };

const versions = new Map([['v1', handRubric()]]);
const met = { v1: true };

describe('rubricGrades: the cijfers the examinator\'s rubric scores give', () => {
  it('gives the linear conversion\'s cijfer per student, toets and attempt', () => {
    // 13 of 16 points at caesura 0.55: 5.5 + 4.5 · (0.8125 − 0.55) / 0.45 = 8.125 → 8.1 (helpers.ts).
    const grades = rubricGrades([makeBeoordeling({ scores: { ...SCORES_81 }, conditionsMet: met })], versions);
    expect([...grades]).toEqual([[attemptKey('s1', 't2', 1), 8.1]]);
    // 8 of 16 points: 1 + 4.5 · 0.5 / 0.55 = 5.09… → 5.1, on the herkansing.
    const resit = rubricGrades([makeBeoordeling({ scores: { ...SCORES_51 }, conditionsMet: met, attempt: 2 })], versions);
    expect(resit.get('s1|t2|2')).toBe(5.1);
  });

  it('counts only examinator beoordelingen that deliver a PTA toets', () => {
    const scored = { scores: { ...SCORES_81 }, conditionsMet: met };
    const grades = rubricGrades(
      [
        makeBeoordeling({ ...scored, id: 'zelf', studentId: 's1', assessor: 'zelf' }),
        makeBeoordeling({ ...scored, id: 'peer', studentId: 's2', assessor: 'peer', peerStudentId: 's9' }),
        makeBeoordeling({ ...scored, id: 'tweede', studentId: 's3', assessor: 'tweede-examinator' }),
        makeBeoordeling({ ...scored, id: 'klant', studentId: 's4', assessor: 'opdrachtgever' }),
        makeBeoordeling({ ...scored, id: 'oefen', studentId: 's5', ptaToetsId: null }), // formative practice
      ],
      versions,
    );
    expect(grades.size).toBe(0);
  });

  it('ignores a deleted beoordeling, even a newer one', () => {
    const grades = rubricGrades(
      [
        makeBeoordeling({ id: 'old', updatedAt: 10, scores: { ...SCORES_81 }, conditionsMet: met }),
        makeBeoordeling({ id: 'gone', updatedAt: 20, deletedAt: 25, scores: { ...SCORES_51 }, conditionsMet: met }),
      ],
      versions,
    );
    expect(grades.get('s1|t2|1')).toBe(8.1);
  });

  it('two for the same attempt: the last changed one counts, whatever the order', () => {
    const older = makeBeoordeling({ id: 'older', updatedAt: 10, scores: { ...SCORES_81 }, conditionsMet: met });
    const newer = makeBeoordeling({ id: 'newer', updatedAt: 20, scores: { ...SCORES_51 }, conditionsMet: met });
    expect(rubricGrades([older, newer], versions).get('s1|t2|1')).toBe(5.1);
    expect(rubricGrades([newer, older], versions).get('s1|t2|1')).toBe(5.1);
  });

  it('incomplete or blocked scores, or an unknown version, give null (the attempt is known, the cijfer not)', () => {
    const grades = rubricGrades(
      [
        makeBeoordeling({ id: 'incomplete', studentId: 's1', scores: { k1: 'A', k2: 'B', k3: null }, conditionsMet: met }),
        makeBeoordeling({ id: 'blocked', studentId: 's2', scores: { ...SCORES_81 }, conditionsMet: { v1: false } }),
        makeBeoordeling({ id: 'unchecked', studentId: 's3', scores: { ...SCORES_81 }, conditionsMet: {} }),
        makeBeoordeling({ id: 'unknown', studentId: 's4', scores: { ...SCORES_81 }, conditionsMet: met, rubricVersionId: 'v-missing' }),
      ],
      versions,
    );
    expect([...grades].sort()).toEqual([
      ['s1|t2|1', null],
      ['s2|t2|1', null],
      ['s3|t2|1', null],
      ['s4|t2|1', null],
    ]);
  });
});

describe('gradeTable: a small PTA', () => {
  // Three graded toetsen with weging 1, 2 and 3 and one handelingsopdracht.
  const t1 = makeToets({ id: 't1', code: '311', weging: 1, date: '2026-10-01', herkansbaar: true, herkansingVorm: 'S' });
  const t2 = makeToets({ id: 't2', code: '312', toetsvorm: 'PO', weging: 2, date: '2026-11-15', herkansbaar: false, herkansingVorm: null, rubricId: 'rub1' });
  const t3 = makeToets({ id: 't3', code: '321', toetsvorm: 'praktijkopdracht', weging: 3, date: '2027-01-20', herkansbaar: false, herkansingVorm: null });
  const h1 = makeHandelingsopdracht({ id: 'h1', date: '2026-12-01' });
  const toetsen = [t1, t2, t3, h1];
  const today = '2026-12-02'; // t1, t2 and h1 are due; t3 is not yet.

  const rubric = rubricGrades(
    [
      makeBeoordeling({ id: 'b-s1', studentId: 's1', scores: { ...SCORES_81 }, conditionsMet: met }), // 8.1
      makeBeoordeling({ id: 'b-s2', studentId: 's2', scores: { ...SCORES_81 }, conditionsMet: met }), // 8.1
      makeBeoordeling({ id: 'b-s3', studentId: 's3', scores: { ...SCORES_51 }, conditionsMet: met }), // 5.1
    ],
    versions,
  );
  const results = [
    // s1: 6,0 on t1 and a lower herkansing 5,0; the teacher overrides the rubric's 8,1 on t2 with 7,5.
    makeResult({ studentId: 's1', toetsId: 't1', attempt: 1, grade: 6.0 }),
    makeResult({ studentId: 's1', toetsId: 't1', attempt: 2, grade: 5.0 }),
    makeResult({ studentId: 's1', toetsId: 't2', attempt: 1, override: { grade: 7.5, reason: 'Presentatie niet in de rubric' } }),
    makeResult({ studentId: 's1', toetsId: 'h1', attempt: 1, voldaan: true }),
    // s2: nothing on t1 (missing), t2 handed in late (cijfer from the rubric), t3 early, h1 niet voldaan.
    makeResult({ studentId: 's2', toetsId: 't2', attempt: 1, late: true }),
    makeResult({ studentId: 's2', toetsId: 't3', attempt: 1, grade: 6.4 }),
    makeResult({ studentId: 's2', toetsId: 'h1', attempt: 1, voldaan: false }),
    // s3: everything done; a 4,0 on t1 with a herkansing of 6,5.
    makeResult({ studentId: 's3', toetsId: 't1', attempt: 1, grade: 4.0 }),
    makeResult({ studentId: 's3', toetsId: 't1', attempt: 2, grade: 6.5 }),
    makeResult({ studentId: 's3', toetsId: 't3', attempt: 1, grade: 5.0 }),
    makeResult({ studentId: 's3', toetsId: 'h1', attempt: 1, voldaan: true }),
  ];
  const input = (settings: Rounding): GradeTableInput => ({ studentIds: ['s1', 's2', 's3', 's4'], toetsen, results, rubricGrades: rubric, settings, today });

  it('keeps the order of the students and has a cell per toets', () => {
    const table = gradeTable(input(HIGHEST));
    expect(table.map((row) => row.studentId)).toEqual(['s1', 's2', 's3', 's4']);
    for (const row of table) expect(Object.keys(row.cells)).toEqual(['t1', 't2', 't3', 'h1']);
  });

  it('s1 under "highest": the better first attempt counts, the override beats the rubric', () => {
    const [s1] = gradeTable(input(HIGHEST));
    expect(s1!.cells.t1).toEqual({
      toetsId: 't1',
      first: { grade: 6, source: 'entered' },
      resit: { grade: 5, source: 'entered' },
      grade: 6,
      counted: 1,
      voldaan: null,
      late: false,
      missing: false,
    });
    expect(s1!.cells.t2).toMatchObject({ first: { grade: 7.5, source: 'override' }, resit: null, grade: 7.5, counted: 1, missing: false });
    expect(s1!.cells.t3).toMatchObject({ first: null, grade: null, counted: null, missing: false }); // not due yet
    expect(s1!.cells.h1).toMatchObject({ grade: null, counted: null, voldaan: true, missing: false });
    // Provisional SE over t1 and t2: (1 · 6.0 + 2 · 7.5) / 3 = 21 / 3 = 7.0 → 7.
    expect(s1!.se).toEqual({ ok: true, raw: 7, oneDecimal: 7, final: 7, complete: false, missingToetsIds: ['t3'] });
    expect(s1!.handelingsdeelVoldaan).toBe(true);
  });

  it('s1 under "last": the lower herkansing counts', () => {
    const [s1] = gradeTable(input(LAST));
    expect(s1!.cells.t1).toMatchObject({ grade: 5, counted: 2 });
    // (1 · 5.0 + 2 · 7.5) / 3 = 20 / 3 = 6.666… → 6.7 → 7.
    expect(s1!.se).toMatchObject({ ok: true, oneDecimal: 6.7, final: 7, complete: false });
  });

  it('s2: a toets past its date without a cijfer is missing, late is flagged, the rubric gives t2', () => {
    const [, s2] = gradeTable(input(HIGHEST));
    expect(s2!.cells.t1).toMatchObject({ first: null, resit: null, grade: null, missing: true });
    expect(s2!.cells.t2).toMatchObject({ first: { grade: 8.1, source: 'rubric' }, grade: 8.1, late: true, missing: false });
    expect(s2!.cells.t3).toMatchObject({ grade: 6.4, late: false, missing: false });
    expect(s2!.cells.h1).toMatchObject({ voldaan: false, missing: true }); // niet voldaan after its date
    // (2 · 8.1 + 3 · 6.4) / 5 = (16.2 + 19.2) / 5 = 35.4 / 5 = 7.08 → 7.1 → 7.
    expect(s2!.se).toMatchObject({ ok: true, oneDecimal: 7.1, final: 7, complete: false, missingToetsIds: ['t1'] });
    expect(s2!.handelingsdeelVoldaan).toBe(false);
  });

  it('s3: complete; the better herkansing counts under both rules', () => {
    for (const settings of [HIGHEST, LAST]) {
      const [, , s3] = gradeTable(input(settings));
      expect(s3!.cells.t1).toMatchObject({ first: { grade: 4, source: 'entered' }, resit: { grade: 6.5, source: 'entered' }, grade: 6.5, counted: 2 });
      expect(s3!.cells.t2).toMatchObject({ grade: 5.1, counted: 1 });
      // (1 · 6.5 + 2 · 5.1 + 3 · 5.0) / 6 = (6.5 + 10.2 + 15) / 6 = 31.7 / 6 = 5.2833… → 5.3 → 5.
      expect(s3!.se).toMatchObject({ ok: true, oneDecimal: 5.3, final: 5, complete: true, missingToetsIds: [] });
      expect(s3!.handelingsdeelVoldaan).toBe(true);
    }
  });

  it('s4 without any result: due toetsen are missing, no SE yet, handelingsdeel not voldaan', () => {
    const [, , , s4] = gradeTable(input(HIGHEST));
    expect(Object.values(s4!.cells).map((cell) => [cell.toetsId, cell.missing])).toEqual([
      ['t1', true],
      ['t2', true],
      ['t3', false],
      ['h1', true],
    ]);
    expect(s4!.se).toEqual({ ok: true, raw: null, oneDecimal: null, final: null, complete: false, missingToetsIds: ['t1', 't2', 't3'] });
    expect(s4!.handelingsdeelVoldaan).toBe(false);
  });
});

describe('gradeTable: details', () => {
  const one = (overrides: Partial<GradeTableInput>) => gradeTable({ studentIds: ['s1'], toetsen: [makeToets()], results: [], rubricGrades: new Map(), settings: HIGHEST, today: '2026-10-01', ...overrides })[0]!;

  it('missing only after the toets date, never on it and never without a date', () => {
    const toets = makeToets({ date: '2026-10-01' });
    expect(one({ toetsen: [toets], today: '2026-09-30' }).cells.t1!.missing).toBe(false);
    expect(one({ toetsen: [toets], today: '2026-10-01' }).cells.t1!.missing).toBe(false);
    expect(one({ toetsen: [toets], today: '2026-10-02' }).cells.t1!.missing).toBe(true);
    expect(one({ toetsen: [makeToets({ date: null })], today: '2030-01-01' }).cells.t1!.missing).toBe(false);
    // Graded after the date: not missing.
    expect(one({ toetsen: [toets], today: '2026-10-02', results: [makeResult({ grade: 6 })] }).cells.t1!.missing).toBe(false);
  });

  it('a herkansing of a toets that is not herkansbaar is ignored (not shown, not counted)', () => {
    const row = one({
      toetsen: [makeToets({ herkansbaar: false, herkansingVorm: null })],
      results: [makeResult({ attempt: 1, grade: 4.5 }), makeResult({ attempt: 2, grade: 8 })],
    });
    expect(row.cells.t1).toMatchObject({ first: { grade: 4.5, source: 'entered' }, resit: null, grade: 4.5, counted: 1 });
  });

  it('a late herkansing flags the toets late', () => {
    const row = one({ results: [makeResult({ attempt: 1, grade: 4.5 }), makeResult({ attempt: 2, grade: 6, late: true })] });
    expect(row.cells.t1!.late).toBe(true);
  });

  it('ignores a deleted result', () => {
    const row = one({ results: [makeResult({ grade: 3, deletedAt: 5 })] });
    expect(row.cells.t1).toMatchObject({ first: null, grade: null });
  });

  it('other students\' results and rubric grades do not leak into a row', () => {
    const row = one({ results: [makeResult({ studentId: 's2', grade: 9 })], rubricGrades: new Map([['s2|t1|1', 9]]) });
    expect(row.cells.t1!.grade).toBeNull();
  });

  it('a rubric that gives no cijfer yet (incomplete) leaves the entered cijfer to count', () => {
    const row = one({ results: [makeResult({ grade: 6.3 })], rubricGrades: new Map([['s1|t1|1', null]]) });
    expect(row.cells.t1!.first).toEqual({ grade: 6.3, source: 'entered' });
  });

  it('a graded toets with weging null makes the SE impossible, naming it', () => {
    const row = one({
      toetsen: [makeToets({ id: 'ok', weging: 2 }), makeToets({ id: 'geen-weging', code: '313', weging: null }), makeHandelingsopdracht()],
      results: [makeResult({ toetsId: 'ok', grade: 7 }), makeResult({ toetsId: 'geen-weging', grade: 6 })],
    });
    expect(row.se).toEqual({ ok: false, reason: 'invalid-weging', toetsIds: ['geen-weging'] });
  });

  it('a PTA of only handelingsopdrachten has no SE-cijfer; the handelingsdeel still counts', () => {
    const row = one({ toetsen: [makeHandelingsopdracht()], results: [makeResult({ toetsId: 'h1', voldaan: true })] });
    expect(row.se).toEqual({ ok: false, reason: 'no-weighted-toets', toetsIds: [] });
    expect(row.handelingsdeelVoldaan).toBe(true);
  });

  it('a handelingsopdracht voldaan at the herkansing is voldaan', () => {
    const row = one({
      toetsen: [makeHandelingsopdracht({ herkansbaar: true, herkansingVorm: 'handelingsopdracht' })],
      results: [makeResult({ toetsId: 'h1', attempt: 1, voldaan: false }), makeResult({ toetsId: 'h1', attempt: 2, voldaan: true })],
    });
    expect(row.cells.h1!.voldaan).toBe(true);
    expect(row.handelingsdeelVoldaan).toBe(true);
  });

  it('a handelingsopdracht once voldaan stays voldaan, whatever a later attempt says', () => {
    const row = one({
      toetsen: [makeHandelingsopdracht({ herkansbaar: true, herkansingVorm: 'handelingsopdracht' })],
      results: [makeResult({ toetsId: 'h1', attempt: 1, voldaan: true }), makeResult({ toetsId: 'h1', attempt: 2, voldaan: false })],
    });
    expect(row.cells.h1!.voldaan).toBe(true);
  });

  it('the herkansing of a handelingsopdracht that is not herkansbaar is ignored', () => {
    const row = one({
      toetsen: [makeHandelingsopdracht({ herkansbaar: false, herkansingVorm: null })],
      results: [makeResult({ toetsId: 'h1', attempt: 1, voldaan: false }), makeResult({ toetsId: 'h1', attempt: 2, voldaan: true, late: true })],
    });
    expect(row.cells.h1!.voldaan).toBe(false);
    expect(row.cells.h1!.late).toBe(false);
    expect(row.handelingsdeelVoldaan).toBe(false);
  });
});
