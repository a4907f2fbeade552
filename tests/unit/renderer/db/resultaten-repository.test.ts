import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../../../shared/domain/beoordeling';
import { db } from '../../../../renderer/src/db/db';
import { newId } from '../../../../renderer/src/db/ids';
import { listAuditOfStudent, listAuditOfToets } from '../../../../renderer/src/db/repositories/audit';
import {
  InvalidGradeError,
  listResultsOfStudents,
  listResultsOfStudent,
  MissingReasonError,
  setResult,
} from '../../../../renderer/src/db/repositories/resultaten';

const target = { studentId: 's1', ptaId: 'p1', toetsId: 't311', attempt: 1 as Attempt };
const audit = { who: 'J. de Vries', reason: '', label: '311 Gezonde voeding' };

async function stored() {
  return { rows: await db.resultaten.toArray(), entries: await db.auditTrail.toArray() };
}

describe('entering a cijfer', () => {
  it('a new cijfer creates one row and one audit entry: who, old null, new "6.5", toets and label', async () => {
    const result = await setResult(target, { grade: 6.5 }, audit);
    const { rows, entries } = await stored();
    expect(rows).toEqual([result]);
    expect(result).toMatchObject({ ...target, grade: 6.5, override: null, voldaan: null, late: false, deletedAt: null });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      who: 'J. de Vries',
      studentId: 's1',
      toetsId: 't311',
      entityId: result.id,
      kind: 'grade',
      field: 'grade',
      label: '311 Gezonde voeding',
      oldValue: null,
      newValue: '6.5',
    });
  });

  it('changing it logs old → new on the same row', async () => {
    const first = await setResult(target, { grade: 6.5 }, audit);
    const second = await setResult(target, { grade: 7.2 }, { ...audit, reason: 'Nagekeken' });
    expect(second.id).toBe(first.id);
    expect(await listResultsOfStudent('s1')).toEqual([second]);
    const trail = await listAuditOfToets('t311');
    expect(trail).toHaveLength(2);
    expect(trail.map((entry) => [entry.oldValue, entry.newValue])).toContainEqual(['6.5', '7.2']);
    expect(trail.find((entry) => entry.newValue === '7.2')!.reason).toBe('Nagekeken');
  });

  it('entering the same cijfer again logs nothing new', async () => {
    await setResult(target, { grade: 6.5 }, audit);
    await setResult(target, { grade: 6.5 }, audit);
    expect(await db.auditTrail.count()).toBe(1);
  });

  it('clearing a cijfer is logged as well', async () => {
    await setResult(target, { grade: 6.5 }, audit);
    await setResult(target, { grade: null }, audit);
    expect((await db.resultaten.toArray())[0]!.grade).toBeNull();
    expect((await listAuditOfStudent('s1')).map((entry) => [entry.oldValue, entry.newValue])).toContainEqual(['6.5', null]);
  });

  it.each([0.9, 0, 10.1, 11, -5, 6.55, 7.25, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses cijfer %s with InvalidGradeError and stores nothing',
    async (grade) => {
      await expect(setResult(target, { grade }, audit)).rejects.toBeInstanceOf(InvalidGradeError);
      expect(await stored()).toEqual({ rows: [], entries: [] });
    },
  );

  it('accepts the edges 1.0 and 10.0', async () => {
    await setResult(target, { grade: 1 }, audit);
    await setResult({ ...target, toetsId: 't312' }, { grade: 10 }, audit);
    expect((await db.resultaten.toArray()).map((row) => row.grade).sort()).toEqual([1, 10]);
  });

  it('an invalid change of an existing cijfer leaves the stored cijfer and trail as they were', async () => {
    await setResult(target, { grade: 6.5 }, audit);
    const before = await stored();
    await expect(setResult(target, { grade: 6.45 }, audit)).rejects.toBeInstanceOf(InvalidGradeError);
    expect(await stored()).toEqual(before);
  });
});

describe('overriding the rubric’s cijfer', () => {
  it.each(['', '   '])('refuses an override with reason %j (MissingReasonError) and stores nothing', async (reason) => {
    await expect(setResult(target, { override: { grade: 7, reason } }, audit)).rejects.toBeInstanceOf(MissingReasonError);
    expect(await stored()).toEqual({ rows: [], entries: [] });
  });

  it('refuses an override with an impossible cijfer, even with a reason', async () => {
    await expect(setResult(target, { override: { grade: 10.5, reason: 'Extra punt' } }, audit)).rejects.toBeInstanceOf(InvalidGradeError);
    expect(await stored()).toEqual({ rows: [], entries: [] });
  });

  it('stores an override with a reason; its audit entry carries that reason', async () => {
    const reason = 'Mondelinge toelichting niet in de rubric meegenomen';
    const result = await setResult(target, { override: { grade: 7, reason } }, audit);
    expect((await db.resultaten.get(result.id))!.override).toEqual({ grade: 7, reason });
    const entries = await db.auditTrail.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ kind: 'override', field: 'override', oldValue: null, reason, who: 'J. de Vries', toetsId: 't311', label: '311 Gezonde voeding' });
    expect(entries[0]!.newValue).toContain('7');
    expect(entries[0]!.newValue).toContain(reason);
  });

  it('stores the reason trimmed, as the trail shows it', async () => {
    const result = await setResult(target, { override: { grade: 7, reason: '  Ziek tijdens de toets  ' } }, audit);
    expect((await db.resultaten.get(result.id))!.override).toEqual({ grade: 7, reason: 'Ziek tijdens de toets' });
    expect((await db.auditTrail.toArray())[0]!.newValue).toBe('7 (Ziek tijdens de toets)');
  });

  it('a new reason for the same override cijfer is a change in the trail', async () => {
    await setResult(target, { override: { grade: 7, reason: 'Eerste reden' } }, audit);
    await setResult(target, { override: { grade: 7, reason: 'Betere reden' } }, audit);
    const entries = (await db.auditTrail.toArray()).filter((entry) => entry.kind === 'override');
    expect(entries).toHaveLength(2);
    expect(entries.map((entry) => entry.reason).sort()).toEqual(['Betere reden', 'Eerste reden']);
  });
});

describe('late and voldaan', () => {
  it('logs a handelingsopdracht going from not judged to voldaan', async () => {
    await setResult(target, { voldaan: false }, audit);
    await setResult(target, { voldaan: true }, audit);
    const entries = (await db.auditTrail.toArray()).filter((entry) => entry.kind === 'voldaan');
    expect(entries.map((entry) => [entry.oldValue, entry.newValue])).toEqual(expect.arrayContaining([[null, 'false'], ['false', 'true']]));
    expect(entries).toHaveLength(2);
  });

  it('logs the late flag being set and cleared', async () => {
    await setResult(target, { grade: 6 }, audit);
    await setResult(target, { late: true }, audit);
    await setResult(target, { late: false }, audit);
    const late = (await db.auditTrail.toArray()).filter((entry) => entry.kind === 'late');
    expect(late.map((entry) => [entry.oldValue, entry.newValue])).toEqual(expect.arrayContaining([['false', 'true'], ['true', 'false']]));
    expect(late).toHaveLength(2);
    // The cijfer was not touched by the late flag.
    expect((await db.resultaten.toArray())[0]!.grade).toBe(6);
  });

  it('a new result handed in late logs the late flag too', async () => {
    await setResult(target, { grade: 5.8, late: true }, audit);
    const kinds = (await db.auditTrail.toArray()).map((entry) => entry.kind).sort();
    expect(kinds).toEqual(['grade', 'late']);
  });
});

describe('two windows', () => {
  it('two changes started together end with one row holding the later value and two chained audit entries', async () => {
    const [a, b] = await Promise.all([setResult(target, { grade: 5.5 }, audit), setResult(target, { grade: 8 }, { ...audit, who: 'A. Bakker' })]);
    expect(a.id).toBe(b.id);
    const rows = await db.resultaten.toArray();
    expect(rows).toHaveLength(1);

    const entries = (await db.auditTrail.toArray()).filter((entry) => entry.kind === 'grade');
    expect(entries).toHaveLength(2);
    const first = entries.find((entry) => entry.oldValue === null)!;
    const second = entries.find((entry) => entry.oldValue !== null)!;
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    // Whichever ran first, the second replaced exactly what the first wrote…
    expect(second.oldValue).toBe(first.newValue);
    expect(second.newValue).not.toBe(first.newValue);
    // …and the row holds the value of the one that ran last.
    expect(String(rows[0]!.grade)).toBe(second.newValue);
  });

  it('ten changes at once still leave one row and an unbroken chain', async () => {
    const grades = [5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5, 9, 9.5];
    await Promise.all(grades.map((grade) => setResult(target, { grade }, audit)));
    const rows = await db.resultaten.toArray();
    expect(rows).toHaveLength(1);
    const entries = await db.auditTrail.toArray();
    expect(entries).toHaveLength(grades.length);
    // Follow the chain from null: every value is replaced exactly once, ending at the stored one.
    let value: string | null = null;
    for (let step = 0; step < grades.length; step++) {
      const next = entries.filter((entry) => entry.oldValue === value);
      expect(next).toHaveLength(1);
      value = next[0]!.newValue;
    }
    expect(value).toBe(String(rows[0]!.grade));
  });
});

describe('one row per student, toets and attempt', () => {
  it('the unique index refuses a second row for the same attempt', async () => {
    const result = await setResult(target, { grade: 6.5 }, audit);
    await expect(db.resultaten.add({ ...result, id: newId(), grade: 4 })).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await db.resultaten.count()).toBe(1);
  });

  it('the herkansing, another toets and another student each get their own row', async () => {
    await setResult(target, { grade: 4.5 }, audit);
    await setResult({ ...target, attempt: 2 }, { grade: 6.1 }, { ...audit, label: '311 Gezonde voeding (herkansing)' });
    await setResult({ ...target, toetsId: 't312' }, { grade: 7 }, audit);
    await setResult({ ...target, studentId: 's2' }, { grade: 8 }, audit);
    expect(await db.resultaten.count()).toBe(4);
    expect((await listResultsOfStudent('s1')).map((row) => [row.toetsId, row.attempt, row.grade]).sort()).toEqual([
      ['t311', 1, 4.5],
      ['t311', 2, 6.1],
      ['t312', 1, 7],
    ]);
    expect(await listResultsOfStudents(['s1', 's2'], 'p1')).toHaveLength(4);
    expect(await listResultsOfStudents(['s2'], 'p1')).toHaveLength(1);
    expect(await listResultsOfStudents(['s1', 's2'], 'p2')).toEqual([]);
    expect(await listResultsOfStudents([], 'p1')).toEqual([]);
  });
});
