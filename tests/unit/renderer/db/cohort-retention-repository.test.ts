// @vitest-environment node
// Node, not jsdom: evidence rows hold Blobs, and jsdom's Blob cannot be stored and read back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/db';
import { readObservatiesOf, writeObservaties } from '../../../../renderer/src/db/repositories/observaties';
import {
  anonymiseCohort,
  deleteCohortForGood,
  listRetentionSettings,
  previewCohortRetention,
  restoreRetention,
  saveRetentionEnd,
} from '../../../../renderer/src/db/repositories/cohort-retention';
import { retentionKey } from '../../../../shared/privacy';
import { audit, beoordeling, bewijs, cohort, group, observatie, opdracht, pta, resultaat, student, team } from '../../shared/privacy/fixtures';

const blob = () => new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' });
const withBlob = (row: ReturnType<typeof bewijs>) => ({ ...row, blob: blob(), thumbnail: null });

/** Two cohorts: c1 (to anonymise or delete) and c2 (must stay as it is), linked by a shared team, evidence and a peer assessment. */
async function seed(): Promise<void> {
  await db.cohorts.bulkAdd([cohort('c1'), cohort('c2')]);
  await db.groups.bulkAdd([group('g1', 'c1', '4T-A'), group('g2', 'c2', '3T-A')]);
  await db.students.bulkAdd([
    student('s1', 'g1', { roepnaam: 'Işıl', achternaam: 'Şahin' }),
    student('s2', 'g1', { roepnaam: 'Łukasz', achternaam: 'Ćwik', deletedAt: 1 }),
    student('t1', 'g2', { roepnaam: 'Zoë', achternaam: 'de Vries' }),
  ]);
  await writeObservaties([observatie('ob1', 's1', { evidenceIds: ['bw1'] }), observatie('ob2', 's2'), observatie('ob-t', 't1')]);
  await db.bewijs.bulkAdd([withBlob(bewijs('bw1', ['s1'])), withBlob(bewijs('bw-shared', ['s1', 't1'])), withBlob(bewijs('bw-t', ['t1']))]);
  await db.beoordelingen.bulkAdd([
    beoordeling('be1', 's1'),
    beoordeling('be2', 's2'),
    beoordeling('be-t', 't1'),
    beoordeling('be-peer', 't1', { assessor: 'peer', assessorName: 'Işıl Şahin', peerStudentId: 's1', comments: { c1: 'Voor Zoë' } }),
  ]);
  await db.resultaten.bulkAdd([resultaat('r1', 's1'), resultaat('r-t', 't1')]);
  await db.auditTrail.bulkAdd([audit('a1', 's1'), audit('a-t', 't1')]);
  await db.teams.bulkAdd([team('tm1', 'g1', ['s1', 's2']), team('tm-mixed', 'g2', ['t1', 's1'])]);
  await db.ptas.bulkAdd([pta('pta1', 'c1'), pta('pta2', 'c2')]);
  await db.opdrachten.bulkAdd([opdracht('o1', ['g1', 'g2'])]);
  await db.settings.bulkAdd([
    { key: retentionKey('c1'), value: { endDate: '2026-01-31' } },
    { key: retentionKey('c2'), value: { endDate: '2030-07-31' } },
  ]);
}

/** Every row of the database, blobs as their bytes, for comparing before and after. */
async function snapshot(): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = await table.toArray();
    result[table.name] = await Promise.all(
      rows.map(async (row: Record<string, unknown>) => {
        const copy: Record<string, unknown> = { ...row };
        for (const [key, value] of Object.entries(copy)) if (value instanceof Blob) copy[key] = [...new Uint8Array(await value.arrayBuffer())];
        return copy;
      }),
    );
  }
  return result;
}

/** The rows of cohort c2 and its student t1 (the other cohort), without the links c1 may drop. */
async function otherCohort() {
  return {
    cohort: await db.cohorts.get('c2'),
    group: await db.groups.get('g2'),
    student: await db.students.get('t1'),
    observaties: (await readObservatiesOf(['t1'])).flat(),
    bewijs: await db.bewijs.get('bw-t'),
    beoordeling: await db.beoordelingen.get('be-t'),
    resultaten: await db.resultaten.where('studentId').equals('t1').toArray(),
    audit: await db.auditTrail.where('studentId').equals('t1').toArray(),
    pta: await db.ptas.get('pta2'),
    setting: await db.settings.get(retentionKey('c2')),
  };
}

beforeEach(seed);
afterEach(() => {
  db.resultaten.hook('deleting').unsubscribe(failing);
  db.bewijs.hook('deleting').unsubscribe(failing);
});

function failing(): never {
  throw new Error('schijf vol (gesimuleerd)');
}

describe('retention settings', () => {
  it('lists, saves and restores the end date per cohort', async () => {
    expect((await listRetentionSettings()).get('c1')).toEqual({ endDate: '2026-01-31' });
    const previous = await saveRetentionEnd('c1', '2027-07-31');
    expect((await listRetentionSettings()).get('c1')).toEqual({ endDate: '2027-07-31' });
    await restoreRetention('c1', previous);
    expect((await listRetentionSettings()).get('c1')).toEqual({ endDate: '2026-01-31' });
    await restoreRetention('c3', await saveRetentionEnd('c3', '2027-07-31'));
    expect((await listRetentionSettings()).has('c3')).toBe(false);
  });
});

describe('deleteCohortForGood', () => {
  it('previews the counts the confirmation names', async () => {
    const preview = await previewCohortRetention('c1');
    expect(preview?.delete).toEqual({ groups: 1, students: 2, observaties: 2, bewijs: 2, beoordelingen: 2, resultaten: 1, audit: 1, teamMemberships: 3, ptas: 1 });
    expect(await previewCohortRetention('nope')).toBeNull();
  });

  it('removes the cohort with everything of its students and leaves the other cohort as it was', async () => {
    const before = await otherCohort();
    const counts = await deleteCohortForGood('c1');
    expect(counts.students).toBe(2);

    expect(await db.cohorts.get('c1')).toBeUndefined();
    expect(await db.groups.where('cohortId').equals('c1').count()).toBe(0);
    expect(await db.students.bulkGet(['s1', 's2'])).toEqual([undefined, undefined]);
    expect(await db.observatieLijsten.bulkGet(['s1', 's2'])).toEqual([undefined, undefined]);
    for (const table of [db.beoordelingen, db.resultaten, db.auditTrail]) {
      expect(await table.where('studentId').anyOf(['s1', 's2']).count()).toBe(0);
    }
    expect(await db.bewijs.get('bw1')).toBeUndefined();
    expect(await db.bewijs.where('studentIds').anyOf(['s1', 's2']).count()).toBe(0);
    expect(await db.teams.get('tm1')).toBeUndefined();
    expect(await db.ptas.get('pta1')).toBeUndefined();
    expect(await db.settings.get(retentionKey('c1'))).toBeUndefined();

    // The other cohort: unchanged, except that links to the deleted students are gone.
    expect(await otherCohort()).toEqual(before);
    expect((await db.bewijs.get('bw-shared'))?.studentIds).toEqual(['t1']);
    expect((await db.teams.get('tm-mixed'))?.studentIds).toEqual(['t1']);
    expect(await db.beoordelingen.get('be-peer')).toMatchObject({ peerStudentId: null, assessorName: '', comments: { c1: 'Voor Zoë' }, studentId: 't1' });
    expect((await db.opdrachten.get('o1'))?.groupIds).toEqual(['g2']);
  });

  it('a failure half-way leaves every table exactly as it was', async () => {
    const before = await snapshot();
    // Results are deleted after observations and evidence: a failure there is half-way.
    db.resultaten.hook('deleting', failing);
    await expect(deleteCohortForGood('c1')).rejects.toThrow(/schijf vol/);
    expect(await snapshot()).toEqual(before);
  });
});

describe('anonymiseCohort', () => {
  it('replaces names and numbers, empties free text, drops own evidence and keeps levels and cijfers', async () => {
    const before = await otherCohort();
    await anonymiseCohort('c1');
    const [s1, s2] = await db.students.bulkGet(['s1', 's2']);
    expect([s1, s2].map((s) => [s?.roepnaam, s?.achternaam, s?.leerlingnummer])).toEqual([
      ['Leerling', 'L-001', 'anon-c1-001'],
      ['Leerling', 'L-002', 'anon-c1-002'],
    ]);
    expect(s2?.deletedAt).toBe(1);
    expect((await readObservatiesOf(['s1'])).flat().find((o) => o.id === 'ob1')).toMatchObject({ note: '', level: 3, evidenceIds: [] });
    expect(await db.beoordelingen.get('be1')).toMatchObject({ comments: {}, scores: { c1: 'l3', c2: null }, assessorName: 'M. Jansen' });
    expect(await db.resultaten.get('r1')).toMatchObject({ grade: 6.5, override: { grade: 7, reason: '' } });
    expect(await db.auditTrail.get('a1')).toMatchObject({ reason: '', oldValue: '6,0', newValue: '6,5' });
    expect(await db.bewijs.get('bw1')).toBeUndefined();
    expect((await db.bewijs.get('bw-shared'))?.studentIds).toEqual(['t1']);
    expect(await db.groups.get('g1')).toMatchObject({ name: '4T-A' });
    expect(await db.teams.get('tm1')).toMatchObject({ studentIds: ['s1', 's2'] });
    expect((await db.settings.get(retentionKey('c1')))?.value).toMatchObject({ endDate: '2026-01-31', anonymisedAt: expect.any(Number) });
    expect(await otherCohort()).toEqual(before);
    // Nothing anywhere still carries the names.
    expect(JSON.stringify(await snapshot())).not.toMatch(/Işıl|Şahin|Łukasz|Ćwik/);
  });

  it('a failure half-way leaves every table exactly as it was', async () => {
    const before = await snapshot();
    // Evidence is deleted after names, notes, comments and reasons have been written.
    db.bewijs.hook('deleting', failing);
    await expect(anonymiseCohort('c1')).rejects.toThrow(/schijf vol/);
    expect(await snapshot()).toEqual(before);
  });
});
