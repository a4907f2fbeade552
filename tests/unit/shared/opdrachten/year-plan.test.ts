import { describe, expect, it } from 'vitest';
import { dayOffset, dayOffsetToDate, monthTicks, schoolYearRange, todayOffset, yearPlanRows } from '../../../../shared/opdrachten/year-plan';
import { makeOpdracht, phase } from './helpers';

const groups = [
  { id: 'g1', name: '3T-A' },
  { id: 'g2', name: '3T-B' },
];

describe('day offsets', () => {
  it('counts days from 1 August', () => {
    expect(dayOffset('2026-08-01', '2026-2027')).toBe(0);
    expect(dayOffset('2027-03-01', '2026-2027')).toBe(212);
    expect(dayOffsetToDate(212, '2026-2027')).toBe('2027-03-01');
    expect(dayOffsetToDate(212.9, '2026-2027')).toBe('2027-03-01');
    expect(dayOffsetToDate(364, '2026-2027')).toBe('2027-07-31');
  });

  it('places today, or nothing outside the year', () => {
    expect(todayOffset('2026-09-01', '2026-2027')).toBe(31);
    expect(todayOffset('2027-07-31', '2026-2027')).toBe(364);
    expect(todayOffset('2027-08-01', '2026-2027')).toBeNull();
    expect(todayOffset('2026-07-31', '2026-2027')).toBeNull();
    expect(todayOffset('morgen', '2026-2027')).toBeNull();
  });

  it('gives twelve month ticks from August to July, with leap years', () => {
    const ticks = monthTicks('2027-2028');
    expect(ticks.map((t) => t.month)).toEqual([8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7]);
    expect(ticks[0]).toEqual({ offset: 0, days: 31, year: 2027, month: 8 });
    expect(ticks[5]).toEqual({ offset: 153, days: 31, year: 2028, month: 1 });
    expect(ticks[6]!.days).toBe(29);
    expect(ticks[11]!.offset + ticks[11]!.days).toBe(366);
    expect(schoolYearRange('2027-2028')).toEqual({ start: '2027-08-01', end: '2028-07-31', days: 366 });
  });
});

describe('yearPlanRows', () => {
  it('gives each group its bars with phases as day offsets (end exclusive)', () => {
    const rows = yearPlanRows([makeOpdracht()], groups, '2026-2027');
    expect(rows.map((r) => [r.groupId, r.groupName, r.bars.length, r.lanes])).toEqual([
      ['g1', '3T-A', 1, 1],
      ['g2', '3T-B', 0, 1],
    ]);
    const bar = rows[0]!.bars[0]!;
    expect(bar).toMatchObject({ opdrachtId: 'o1', title: 'Een gezonde lunch voor De Linde', status: 'gepland', opdrachtgeverId: 'c1', start: 212, end: 238, lane: 0 });
    expect(bar.phases.map((p) => [p.name, p.start, p.end])).toEqual([
      ['Oriënteren', 212, 215],
      ['Voorbereiden', 215, 221],
      ['Uitvoeren', 221, 231],
      ['Opleveren/presenteren', 233, 236],
      ['Evalueren', 236, 238],
    ]);
    expect(dayOffsetToDate(bar.end - 1, '2026-2027')).toBe('2027-03-26');
  });

  it('stacks overlapping opdrachten in lanes, and shows an opdracht in every group that does it', () => {
    const opdrachten = [
      makeOpdracht({ id: 'a', groupIds: ['g1', 'g2'], phases: [phase('p', 'Uitvoeren', '2026-09-01', '2026-10-15')] }),
      makeOpdracht({ id: 'b', groupIds: ['g1'], phases: [phase('p', 'Uitvoeren', '2026-10-01', '2026-11-01')] }),
      makeOpdracht({ id: 'c', groupIds: ['g1'], phases: [phase('p', 'Uitvoeren', '2026-10-16', '2026-12-01')] }),
    ];
    const [g1, g2] = yearPlanRows(opdrachten, groups, '2026-2027');
    expect(g1!.bars.map((b) => [b.opdrachtId, b.lane])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ]);
    expect(g1!.lanes).toBe(2);
    expect(g2!.bars.map((b) => b.opdrachtId)).toEqual(['a']);
  });

  it('clips phases at the year ends and flags it; leaves out invalid phases', () => {
    const [row] = yearPlanRows(
      [makeOpdracht({ phases: [phase('a', 'Oriënteren', '2026-07-25', '2026-08-03'), phase('b', 'Uitvoeren', '2027-07-20', '2027-08-10'), phase('c', 'Kapot', '2027-05-10', '')] })],
      groups.slice(0, 1),
      '2026-2027',
    );
    expect(row!.bars[0]!.phases.map((p) => [p.name, p.index, p.start, p.end, p.clippedStart, p.clippedEnd])).toEqual([
      ['Oriënteren', 0, 0, 3, true, false],
      ['Uitvoeren', 1, 353, 365, false, true],
    ]);
  });

  it('lists opdrachten without dated phases as unscheduled, adds a row for opdrachten without a group, skips what is not planned', () => {
    const rows = yearPlanRows(
      [
        makeOpdracht({ id: 'nodates', phases: [], status: 'concept' }),
        makeOpdracht({ id: 'nogroup', groupIds: [] }),
        makeOpdracht({ id: 'tpl', isTemplate: true }),
        makeOpdracht({ id: 'arch', status: 'gearchiveerd' }),
        makeOpdracht({ id: 'gone', deletedAt: 3 }),
        makeOpdracht({ id: 'other-year', schoolYear: '2027-2028' }),
      ],
      groups,
      '2026-2027',
    );
    expect(rows.map((r) => [r.groupId, r.bars.map((b) => b.opdrachtId), r.unscheduled.map((u) => u.opdrachtId)])).toEqual([
      ['g1', [], ['nodates']],
      ['g2', [], []],
      [null, ['nogroup'], []],
    ]);
  });
});
