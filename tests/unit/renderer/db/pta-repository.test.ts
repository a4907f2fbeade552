import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Pta, PtaToets } from '../../../../shared/domain/pta';
import { db } from '../../../../renderer/src/db/db';
import {
  createPta,
  getPta,
  getPtaOfCohort,
  newToetsId,
  ontgrendelPta,
  PtaLockedError,
  restorePta,
  updatePta,
  vaststellenPta,
} from '../../../../renderer/src/db/repositories/pta';

const T0 = Date.UTC(2026, 8, 20, 9, 0);

function toets(overrides: Partial<PtaToets> = {}): PtaToets {
  return {
    id: newToetsId(),
    code: '311',
    name: 'Gezonde voeding',
    inhoud: 'Voedingsstoffen en de Schijf van Vijf',
    periode: '3.1',
    date: '2026-11-30',
    toetsvorm: 'S',
    duur: '60 min',
    weging: 2,
    herkansbaar: false,
    herkansingVorm: null,
    nodeIds: [],
    opdrachtId: null,
    rubricId: null,
    ...overrides,
  };
}

/** A PTA that can be vastgesteld: two graded toetsen and a handelingsopdracht. */
async function readyPta(): Promise<Pta> {
  return createPta('c1', 'Zorg en Welzijn tl 2026-2028', [
    toets({ code: '311' }),
    toets({ code: '312', name: 'Presentatie', toetsvorm: 'PO', weging: 3 }),
    toets({ code: '313', name: 'Stage', toetsvorm: 'handelingsopdracht', weging: null }),
  ]);
}

/** Moves the clock a minute on, so every log entry has its own moment. */
function tick(): number {
  const next = Date.now() + 60_000;
  vi.setSystemTime(next);
  return next;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('creating a PTA', () => {
  it('gives a cohort one PTA: creating it twice returns the same one', async () => {
    const first = await createPta('c1', 'Zorg en Welzijn tl');
    const second = await createPta('c1', 'Een andere titel', [toets()]);
    expect(second).toEqual(first);
    expect(await db.ptas.count()).toBe(1);
    expect((await getPtaOfCohort('c1'))!.title).toBe('Zorg en Welzijn tl');
  });

  it('also when two windows create it at the same moment', async () => {
    const [a, b] = await Promise.all([createPta('c1', 'Venster 1'), createPta('c1', 'Venster 2')]);
    expect(a.id).toBe(b.id);
    expect(await db.ptas.count()).toBe(1);
  });

  it('starts as a concept with an empty log; another cohort gets its own PTA', async () => {
    const pta = await createPta('c1', 'Zorg en Welzijn tl');
    const other = await createPta('c2', 'Zorg en Welzijn kb');
    expect(pta.status).toBe('concept');
    expect(pta.log).toEqual([]);
    expect(other.id).not.toBe(pta.id);
    expect(await db.ptas.count()).toBe(2);
  });
});

describe('changing a concept PTA', () => {
  it('updatePta changes the toetsen and returns the PTA as it was; restorePta puts it back', async () => {
    const pta = await readyPta();
    tick();
    const previous = await updatePta(pta.id, (current) => ({ title: current.title, toetsen: [...current.toetsen, toets({ code: '321', name: 'Mondeling' })] }));
    expect(previous).toEqual(pta);
    const changed = (await getPta(pta.id))!;
    expect(changed.toetsen.map((t) => t.code)).toEqual(['311', '312', '313', '321']);
    expect(changed.updatedAt).toBeGreaterThan(pta.updatedAt);

    tick();
    await restorePta(previous);
    const restored = (await getPta(pta.id))!;
    expect(restored.toetsen).toEqual(pta.toetsen);
    expect(restored.title).toBe(pta.title);
    expect(restored.status).toBe('concept');
  });

  it('updatePta touches only title and toetsen: a change function cannot rewrite the log or the status', async () => {
    const pta = await readyPta();
    expect((await vaststellenPta(pta.id, 'J. de Vries')).ok).toBe(true);
    tick();
    expect((await ontgrendelPta(pta.id, 'J. de Vries', 'Weging 312 was verkeerd overgenomen')).ok).toBe(true);
    const logged = (await getPta(pta.id))!.log;
    await updatePta(pta.id, (current) => {
      const sneaky = { title: current.title, toetsen: current.toetsen, log: [], status: 'vastgesteld' };
      return sneaky;
    });
    const stored = (await getPta(pta.id))!;
    expect(stored.log).toEqual(logged);
    expect(stored.status).toBe('concept');
  });
});

describe('vaststellen', () => {
  it.each([
    { what: 'no toetsen', toetsen: [] as PtaToets[], problem: 'no-weighted-toets' },
    { what: 'a graded toets without weging', toetsen: [toets({ code: '311' }), toets({ code: '312', weging: null })], problem: 'weging-missing' },
    { what: 'two toetsen with one code', toetsen: [toets({ code: '311' }), toets({ code: ' 311 ', name: 'Herhaling' })], problem: 'code-duplicate' },
  ])('refuses a PTA with $what and stores nothing', async ({ toetsen, problem }) => {
    const pta = await createPta('c1', 'Zorg en Welzijn tl', toetsen);
    tick();
    const result = await vaststellenPta(pta.id, 'J. de Vries');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.code)).toContain(problem);
    expect(await getPta(pta.id)).toEqual(pta);
  });

  it('locks a valid PTA and logs who and when', async () => {
    const pta = await readyPta();
    const at = tick();
    const result = await vaststellenPta(pta.id, 'J. de Vries');
    expect(result.ok).toBe(true);
    const stored = (await getPta(pta.id))!;
    expect(stored.status).toBe('vastgesteld');
    expect(stored.log).toEqual([{ action: 'vastgesteld', at, who: 'J. de Vries', reason: '' }]);
  });

  it('refuses to vaststellen twice, and the log keeps one entry', async () => {
    const pta = await readyPta();
    await vaststellenPta(pta.id, 'J. de Vries');
    tick();
    const again = await vaststellenPta(pta.id, 'J. de Vries');
    expect(again.ok).toBe(false);
    expect((await getPta(pta.id))!.log).toHaveLength(1);
  });
});

describe('a vastgesteld PTA', () => {
  it('refuses updatePta with PtaLockedError and the stored row is unchanged', async () => {
    const pta = await readyPta();
    await vaststellenPta(pta.id, 'J. de Vries');
    const locked = (await getPta(pta.id))!;
    tick();
    const change = vi.fn((current: Pta) => ({ title: 'Gewijzigd', toetsen: current.toetsen.slice(1) }));
    await expect(updatePta(pta.id, change)).rejects.toBeInstanceOf(PtaLockedError);
    expect(change).not.toHaveBeenCalled();
    expect(await getPta(pta.id)).toEqual(locked);
  });

  it('refuses an undo (restorePta) as well', async () => {
    const pta = await readyPta();
    const previous = await updatePta(pta.id, (current) => ({ title: current.title, toetsen: current.toetsen.slice(0, 2) }));
    await vaststellenPta(pta.id, 'J. de Vries');
    const locked = (await getPta(pta.id))!;
    await expect(restorePta(previous)).rejects.toBeInstanceOf(PtaLockedError);
    expect(await getPta(pta.id)).toEqual(locked);
  });

  it('refuses a change that was started together with the vaststellen in another window', async () => {
    const pta = await readyPta();
    const [locked, changed] = await Promise.allSettled([
      vaststellenPta(pta.id, 'J. de Vries'),
      updatePta(pta.id, (current) => ({ title: current.title, toetsen: [] })),
    ]);
    expect(locked.status === 'fulfilled' && locked.value.ok).toBe(true);
    expect(changed.status).toBe('rejected');
    expect(changed.status === 'rejected' && changed.reason).toBeInstanceOf(PtaLockedError);
    expect((await getPta(pta.id))!.toetsen).toHaveLength(3);
  });

  it.each(['', '   ', '\n\t'])('refuses to unlock with reason %j and stays locked', async (reason) => {
    const pta = await readyPta();
    await vaststellenPta(pta.id, 'J. de Vries');
    const locked = (await getPta(pta.id))!;
    tick();
    const result = await ontgrendelPta(pta.id, 'J. de Vries', reason);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.code)).toEqual(['unlock-reason-empty']);
    expect(await getPta(pta.id)).toEqual(locked);
    await expect(updatePta(pta.id, (current) => ({ title: current.title, toetsen: [] }))).rejects.toBeInstanceOf(PtaLockedError);
  });

  it('unlocks with a reason; the log holds both steps in order with who, when and why', async () => {
    const pta = await readyPta();
    const lockedAt = tick();
    await vaststellenPta(pta.id, 'J. de Vries');
    const unlockedAt = tick();
    const result = await ontgrendelPta(pta.id, 'A. Bakker', '  Toets 312 verschoven naar periode 3.2  ');
    expect(result.ok).toBe(true);
    const stored = (await getPta(pta.id))!;
    expect(stored.status).toBe('concept');
    expect(stored.log).toEqual([
      { action: 'vastgesteld', at: lockedAt, who: 'J. de Vries', reason: '' },
      { action: 'ontgrendeld', at: unlockedAt, who: 'A. Bakker', reason: 'Toets 312 verschoven naar periode 3.2' },
    ]);
    // Unlocked, it can be changed again.
    await updatePta(pta.id, (current) => ({ title: current.title, toetsen: current.toetsen.map((t) => (t.code === '312' ? { ...t, periode: '3.2' } : t)) }));
    expect((await getPta(pta.id))!.toetsen[1]!.periode).toBe('3.2');
  });

  it('never shortens the log: changes, undo and a second lock cycle only add to it', async () => {
    const pta = await readyPta();
    const beforeLock = await updatePta(pta.id, (current) => ({ title: current.title, toetsen: current.toetsen }));
    tick();
    await vaststellenPta(pta.id, 'J. de Vries');
    tick();
    await ontgrendelPta(pta.id, 'J. de Vries', 'Datum 311 gewijzigd');
    const afterCycle = (await getPta(pta.id))!.log;
    expect(afterCycle).toHaveLength(2);

    tick();
    await updatePta(pta.id, (current) => ({ title: 'Nieuwe titel', toetsen: current.toetsen.map((t) => ({ ...t, date: '2026-12-07' })) }));
    await restorePta(beforeLock); // undo to a state from before the first lock
    expect((await getPta(pta.id))!.log).toEqual(afterCycle);

    tick();
    await vaststellenPta(pta.id, 'J. de Vries');
    tick();
    await ontgrendelPta(pta.id, 'J. de Vries', 'Tweede wijziging');
    tick();
    await vaststellenPta(pta.id, 'J. de Vries');
    const log = (await getPta(pta.id))!.log;
    expect(log.map((entry) => entry.action)).toEqual(['vastgesteld', 'ontgrendeld', 'vastgesteld', 'ontgrendeld', 'vastgesteld']);
    expect(log.slice(0, 2)).toEqual(afterCycle);
    const times = log.map((entry) => entry.at);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});
