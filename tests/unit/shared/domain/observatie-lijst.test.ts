import { describe, expect, it } from 'vitest';
import type { Observatie } from '../../../../shared/domain/observatie';
import { byWorkDate, packObservaties, withObservaties, withoutObservaties } from '../../../../shared/domain/observatie-lijst';

function observatie(id: string, studentId: string, createdAt: number, fields: Partial<Observatie> = {}): Observatie {
  return {
    id, studentId, nodeId: 'B3', level: 2, scaleSize: 4, date: '2026-10-01', note: '', opdrachtId: null, assessor: 'examinator', batchId: `b-${id}`, evidenceIds: [],
    createdAt, updatedAt: createdAt, deletedAt: null, ...fields,
  };
}

describe('a student’s observations as one list', () => {
  it('packs observations per student, in the order given, with the newest createdAt', () => {
    const rows = [observatie('o1', 's1', 10), observatie('o2', 's2', 30), observatie('o3', 's1', 50), observatie('o4', 's1', 20)];
    expect(packObservaties(rows)).toEqual([
      { studentId: 's1', observaties: [rows[0], rows[2], rows[3]], lastCreatedAt: 50 },
      { studentId: 's2', observaties: [rows[1]], lastCreatedAt: 30 },
    ]);
    expect(packObservaties([])).toEqual([]);
  });

  it('writes into a list: a known id is replaced where it stands, a new one goes at the end', () => {
    const [list] = packObservaties([observatie('o1', 's1', 10), observatie('o2', 's1', 20)]);
    const edited = observatie('o1', 's1', 10, { level: 4, updatedAt: 99 });
    const fresh = observatie('o3', 's1', 40);
    expect(withObservaties('s1', list, [fresh, edited])).toEqual({ studentId: 's1', observaties: [edited, list!.observaties[1], fresh], lastCreatedAt: 40 });
    expect(withObservaties('s2', undefined, [observatie('o9', 's2', 5)]).observaties.map((o) => o.id)).toEqual(['o9']);
  });

  it('refuses an observation of another student (it would be lost in the wrong list)', () => {
    expect(() => withObservaties('s1', undefined, [observatie('o1', 's2', 1)])).toThrow('hoort niet bij leerling s1');
  });

  it('removes observations; the list goes when nothing is left, and lastCreatedAt follows', () => {
    const [list] = packObservaties([observatie('o1', 's1', 10), observatie('o2', 's1', 20)]);
    expect(withoutObservaties(list!, new Set(['o2']))).toEqual({ studentId: 's1', observaties: [list!.observaties[0]], lastCreatedAt: 10 });
    expect(withoutObservaties(list!, new Set(['o1', 'o2']))).toBeNull();
  });

  it('orders by work date, and within a day by when it was written down', () => {
    const rows = [observatie('late', 's1', 30, { date: '2026-10-02' }), observatie('b', 's1', 20), observatie('a', 's1', 10)];
    expect([...rows].sort(byWorkDate).map((o) => o.id)).toEqual(['a', 'b', 'late']);
  });
});
