// @vitest-environment node
// Node, not jsdom: evidence rows hold Blobs, and jsdom's Blob cannot be stored and read back.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../renderer/src/db/db';
import { anonymiseCohort, deleteCohortForGood } from '../../../../renderer/src/db/repositories/cohort-retention';
import { loadDemoSchool } from '../../../../renderer/src/db/repositories/demo-school';
import { createObservaties, listObservatiesOfStudent, removeObservatieBatch, setObservatieDeleted, writeObservaties, type ObservatieInput } from '../../../../renderer/src/db/repositories/observaties';
import type { Observatie } from '../../../../shared/domain/observatie';
import { tallyObservations, type ObservatieTally } from '../../../../shared/growth/observation-tally';
import { cohort, group, observatie, student } from '../../shared/privacy/fixtures';

/**
 * observatieTallies must always be what the observations say, whatever wrote them: every test
 * writes observations (through the repository, or straight into observatieLijsten) one way and compares the stored tallies with the tallies computed afresh
 * from the stored observations (and, where it matters, with the numbers written out).
 */
async function storedTallies(): Promise<ObservatieTally[]> {
  return (await db.observatieTallies.toArray()).sort((a, b) => a.studentId.localeCompare(b.studentId));
}

async function expectedTallies(): Promise<ObservatieTally[]> {
  return tallyObservations((await db.observatieLijsten.toArray()).flatMap((list) => list.observaties)).sort((a, b) => a.studentId.localeCompare(b.studentId));
}

async function expectInStep(): Promise<void> {
  expect(await storedTallies()).toEqual(await expectedTallies());
}

const input = (overrides: Partial<ObservatieInput> = {}): ObservatieInput => ({
  nodeId: 'n1',
  level: 3,
  scaleSize: 4,
  date: '2026-11-20',
  note: '',
  opdrachtId: null,
  assessor: 'examinator',
  ...overrides,
});

beforeEach(async () => {
  db.close();
  await db.delete();
  await db.open();
});
afterEach(() => vi.restoreAllMocks());

describe('observation tallies kept with every write', () => {
  it('counts new observations per student and goal; notes without a goal or level do not count', async () => {
    await createObservaties(['s1', 's2'], input(), []);
    await createObservaties(['s1'], input(), []);
    await createObservaties(['s1'], input({ nodeId: 'n2' }), []);
    await createObservaties(['s1'], input({ nodeId: null }), []);
    await createObservaties(['s2'], input({ nodeId: 'n3', level: null }), []);
    expect(await storedTallies()).toEqual([
      { studentId: 's1', counts: { n1: 2, n2: 1 } },
      { studentId: 's2', counts: { n1: 1 } },
    ]);
    await expectInStep();
  });

  it('follows delete and undo (soft delete), and removes the row of a student with nothing left', async () => {
    const first = await createObservaties(['s1'], input(), []);
    const second = await createObservaties(['s1'], input(), []);
    await setObservatieDeleted(first.observaties[0]!, true);
    expect(await storedTallies()).toEqual([{ studentId: 's1', counts: { n1: 1 } }]);
    await setObservatieDeleted(second.observaties[0]!, true);
    expect(await storedTallies()).toEqual([]);
    await setObservatieDeleted(first.observaties[0]!, false);
    expect(await storedTallies()).toEqual([{ studentId: 's1', counts: { n1: 1 } }]);
    // Deleting twice, undoing twice: still one.
    await setObservatieDeleted(first.observaties[0]!, false);
    expect(await storedTallies()).toEqual([{ studentId: 's1', counts: { n1: 1 } }]);
    await expectInStep();
  });

  it('follows the undo of a new batch (removed for good)', async () => {
    await createObservaties(['s1'], input(), []);
    const batch = await createObservaties(['s1', 's2', 's3'], input({ nodeId: 'n2' }), []);
    await removeObservatieBatch(batch);
    expect(await storedTallies()).toEqual([{ studentId: 's1', counts: { n1: 1 } }]);
    expect(await db.observatieLijsten.count()).toBe(1);
    await expectInStep();
  });

  it('follows edits of the goal and the level, and puts of whole lists', async () => {
    const { observaties } = await createObservaties(['s1', 's2'], input(), []);
    const [a, b] = await Promise.all(observaties.map(async (ref) => (await listObservatiesOfStudent(ref.studentId))[0]!));
    await writeObservaties([{ ...a!, nodeId: 'n2' }, { ...b!, level: null }]);
    expect(await storedTallies()).toEqual([{ studentId: 's1', counts: { n2: 1 } }]);
    const list = (await db.observatieLijsten.get('s1'))!;
    await db.observatieLijsten.put({ ...list, observaties: [...list.observaties, { ...a!, id: 'new-1', nodeId: 'n9' }] });
    await db.observatieLijsten.bulkPut([{ studentId: 's3', observaties: [{ ...a!, id: 'new-2', studentId: 's3' }], lastCreatedAt: 1 }]);
    expect(await storedTallies()).toEqual([
      { studentId: 's1', counts: { n2: 1, n9: 1 } },
      { studentId: 's3', counts: { n1: 1 } },
    ]);
    await expectInStep();
  });

  it('follows modify() and delete() on collections, bulkUpdate, and clear()', async () => {
    await createObservaties(['s1', 's2', 's3', 's4'], input(), []);
    await createObservaties(['s1', 's2'], input({ nodeId: 'n2' }), []);
    await db.observatieLijsten.where('studentId').equals('s1').modify((list) => {
      list.observaties = list.observaties.map((o) => ({ ...o, nodeId: 'n5' }));
    });
    await expectInStep();
    const s2 = (await db.observatieLijsten.get('s2'))!;
    await db.observatieLijsten.bulkUpdate([{ key: 's2', changes: { observaties: s2.observaties.slice(1) } }]);
    await expectInStep();
    await db.observatieLijsten.where('studentId').equals('s3').delete();
    await expectInStep();
    // A delete by primary-key range (Dexie turns it into one deleteRange).
    await db.observatieLijsten.where('studentId').between('s4', 's4', true, true).delete();
    expect((await storedTallies()).map((t) => t.studentId)).toEqual(['s1', 's2']);
    await expectInStep();
    await db.observatieLijsten.clear();
    expect(await storedTallies()).toEqual([]);
  });

  it('keeps observations written one after another in one transaction', async () => {
    await createObservaties(['s1'], input(), []);
    const [row] = await listObservatiesOfStudent('s1');
    await db.transaction('rw', db.observatieLijsten, async () => {
      await writeObservaties([{ ...row!, id: 'x1', nodeId: 'n2' }]);
      await writeObservaties([{ ...row!, id: 'x2', nodeId: 'n2' }, { ...row!, nodeId: 'n3' }]);
    });
    expect(await storedTallies()).toEqual([{ studentId: 's1', counts: { n2: 2, n3: 1 } }]);
    await expectInStep();
  });

  it('changes nothing when a write fails or its transaction is rolled back', async () => {
    await createObservaties(['s1'], input(), []);
    const list = (await db.observatieLijsten.get('s1'))!;
    const [row] = list.observaties;
    // bulkAdd with an existing key: the new list is stored, the duplicate is not; the caller catches.
    await db.transaction('rw', db.observatieLijsten, async () => {
      await db.observatieLijsten.bulkAdd([{ ...list, studentId: 's2', observaties: [{ ...row!, studentId: 's2', nodeId: 'n2' }] }, { ...list, observaties: [{ ...row!, nodeId: 'n3' }] }]).catch(() => undefined);
    });
    expect(await storedTallies()).toEqual([
      { studentId: 's1', counts: { n1: 1 } },
      { studentId: 's2', counts: { n2: 1 } },
    ]);
    await expect(
      db.transaction('rw', db.observatieLijsten, async () => {
        await writeObservaties([{ ...row!, id: 'gone', nodeId: 'n4' }]);
        throw new Error('halverwege mis');
      }),
    ).rejects.toThrow('halverwege mis');
    expect(await storedTallies()).toEqual([
      { studentId: 's1', counts: { n1: 1 } },
      { studentId: 's2', counts: { n2: 1 } },
    ]);
    await expectInStep();
  });

  it('follows anonymising a cohort and deleting it for good (retention)', async () => {
    await db.cohorts.bulkAdd([cohort('c1'), cohort('c2')]);
    await db.groups.bulkAdd([group('g1', 'c1'), group('g2', 'c2')]);
    await db.students.bulkAdd([student('s1', 'g1'), student('s2', 'g1'), student('t1', 'g2')]);
    await writeObservaties([observatie('o1', 's1'), observatie('o2', 's1', { nodeId: 'n2' }), observatie('o3', 's2'), observatie('o4', 't1'), observatie('o5', 's2', { deletedAt: 9 })]);
    await expectInStep();
    await anonymiseCohort('c1');
    await expectInStep();
    await deleteCohortForGood('c1');
    expect(await storedTallies()).toEqual([{ studentId: 't1', counts: { n1: 1 } }]);
    await expectInStep();
  });

  it('counts the demo school as it is loaded', async () => {
    await loadDemoSchool('demo');
    expect(await db.observatieTallies.count()).toBeGreaterThan(10);
    await expectInStep();
  });
});

describe('a database of another schema version', () => {
  it('writes observations without tallies where the table does not exist yet (version 4)', async () => {
    const name = 'vakwerk-tally-v4';
    const { databaseAtVersion } = await import('./migration-harness');
    const old = databaseAtVersion(name, 4);
    await old.open();
    const row: Observatie = observatie('o1', 's1');
    await old.table('observaties').add(row);
    expect(await old.table('observaties').count()).toBe(1);
    old.close();
    await Dexie.delete(name);
  });
});
