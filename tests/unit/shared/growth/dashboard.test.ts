import { describe, expect, it } from 'vitest';
import type { Beoordeling } from '../../../../shared/domain/beoordeling';
import type { Cohort } from '../../../../shared/domain/cohort';
import type { Opdracht, OpdrachtFase, Team } from '../../../../shared/domain/opdracht';
import type { Pta, PtaToets } from '../../../../shared/domain/pta';
import type { Closure } from '../../../../shared/growth/coverage';
import {
  dashboardWeek,
  dueItems,
  gapCohortsOf,
  isoWeekNumber,
  rankStudentsWithGaps,
  waitingForGrading,
} from '../../../../shared/growth/dashboard';
import type { EvidencePoint } from '../../../../shared/growth/evidence';

const record = { createdAt: 0, updatedAt: 0, deletedAt: null };
const phase = (id: string, name: string, start: string, end: string): OpdrachtFase => ({ id, name, start, end });

function opdracht(id: string, phases: OpdrachtFase[], fields: Partial<Opdracht> = {}): Opdracht {
  return {
    id,
    title: `Opdracht ${id}`,
    opdrachtgeverId: null,
    contactId: null,
    question: '',
    context: '',
    specifications: '',
    deliverables: [],
    phases,
    nodeIds: [],
    rubricIds: ['r1'],
    groupIds: ['g1'],
    hours: null,
    location: '',
    status: 'lopend',
    schoolYear: '2026-2027',
    isTemplate: false,
    ...record,
    ...fields,
  };
}

function toets(id: string, date: string | null): PtaToets {
  return { id, code: id, name: `Toets ${id}`, inhoud: '', periode: '', date, toetsvorm: 'S', duur: '', weging: 1, herkansbaar: false, herkansingVorm: null, nodeIds: [], opdrachtId: null, rubricId: null };
}
const pta = (toetsen: PtaToets[]): Pta => ({ id: 'p1', cohortId: 'c1', title: 'PTA', toetsen, status: 'concept', log: [], ...record });

// Wednesday 2 December 2026, ISO week 49.
const WEEK = dashboardWeek('2026-12-02');

describe('dashboardWeek', () => {
  it('runs Monday to Sunday around today, with the next week after it', () => {
    expect(WEEK).toEqual({ today: '2026-12-02', start: '2026-11-30', end: '2026-12-06', nextEnd: '2026-12-13', number: 49, nextNumber: 50 });
  });

  it('keeps a Monday and a Sunday in their own week, across a year end', () => {
    expect(dashboardWeek('2026-11-30').start).toBe('2026-11-30');
    expect(dashboardWeek('2026-12-06').start).toBe('2026-11-30');
    expect(dashboardWeek('2027-01-01')).toMatchObject({ start: '2026-12-28', end: '2027-01-03', number: 53, nextNumber: 1 });
  });

  it('numbers weeks as ISO 8601 does: week 1 holds the first Thursday', () => {
    expect(isoWeekNumber('2027-01-04')).toBe(1);
    expect(isoWeekNumber('2025-12-29')).toBe(1); // Monday of the week with 1 January 2026 (a Thursday)
    expect(isoWeekNumber('2021-01-03')).toBe(53);
  });

  it('refuses something that is not a date', () => {
    expect(() => dashboardWeek('2 december')).toThrow(RangeError);
  });
});

describe('dueItems', () => {
  const phases = [
    phase('a', 'Oriënteren', '2026-11-23', '2026-11-29'),
    phase('b', 'Uitvoeren', '2026-11-30', '2026-12-04'),
    phase('c', 'Opleveren', '2026-12-09', '2026-12-11'),
  ];

  it('puts phase starts, a phase end without a follower, and the deadline in this or next week', () => {
    const items = dueItems({ opdrachten: [opdracht('o1', phases)], ptas: [], week: WEEK });
    expect(items.map((item) => [item.kind, item.date, item.bucket, item.kind === 'toets' ? '' : item.phaseName])).toEqual([
      ['phase-start', '2026-11-30', 'this-week', 'Uitvoeren'],
      // Uitvoeren ends on Friday and opleveren starts only the next Wednesday: worth saying.
      ['phase-end', '2026-12-04', 'this-week', 'Uitvoeren'],
      ['phase-start', '2026-12-09', 'next-week', 'Opleveren'],
      ['deadline', '2026-12-11', 'next-week', 'Opleveren'],
    ]);
  });

  it('leaves out a phase end that the next phase start the day after already announces', () => {
    const back2back = [phase('a', 'Voorbereiden', '2026-11-30', '2026-12-01'), phase('b', 'Uitvoeren', '2026-12-02', '2026-12-20')];
    const items = dueItems({ opdrachten: [opdracht('o1', back2back)], ptas: [], week: WEEK });
    expect(items.map((item) => item.kind)).toEqual(['phase-start', 'phase-start']);
  });

  it('lists a passed deadline as overdue only while the opdracht is still open', () => {
    const past = [phase('a', 'Uitvoeren', '2026-10-01', '2026-11-20')];
    const open = dueItems({ opdrachten: [opdracht('o1', past, { status: 'lopend' })], ptas: [], week: WEEK });
    expect(open).toMatchObject([{ kind: 'deadline', bucket: 'overdue', date: '2026-11-20' }]);
    expect(dueItems({ opdrachten: [opdracht('o1', past, { status: 'afgerond' })], ptas: [], week: WEEK })).toEqual([]);
  });

  it('keeps a deadline earlier this week in this week once the opdracht is afgerond, and overdue when not', () => {
    const monday = [phase('a', 'Opleveren', '2026-11-23', '2026-11-30')];
    expect(dueItems({ opdrachten: [opdracht('o1', monday, { status: 'afgerond' })], ptas: [], week: WEEK })).toMatchObject([{ kind: 'deadline', bucket: 'this-week' }]);
    expect(dueItems({ opdrachten: [opdracht('o1', monday, { status: 'lopend' })], ptas: [], week: WEEK })).toMatchObject([{ kind: 'deadline', bucket: 'overdue' }]);
  });

  it('skips templates, concepts, archived and deleted opdrachten, and phases without real dates', () => {
    const dated = [phase('a', 'Uitvoeren', '2026-12-01', '2026-12-03')];
    const skipped = [
      opdracht('t', dated, { isTemplate: true }),
      opdracht('c', dated, { status: 'concept' }),
      opdracht('x', dated, { status: 'gearchiveerd' }),
      opdracht('d', dated, { deletedAt: 5 }),
      opdracht('n', [phase('a', 'Uitvoeren', '', '')]),
    ];
    expect(dueItems({ opdrachten: skipped, ptas: [], week: WEEK })).toEqual([]);
  });

  it('adds PTA toetsen dated in the window, and nothing before Monday, after next Sunday or undated', () => {
    const items = dueItems({
      opdrachten: [],
      ptas: [pta([toets('311', '2026-11-29'), toets('312', '2026-11-30'), toets('313', '2026-12-13'), toets('314', '2026-12-14'), toets('315', null)])],
      week: WEEK,
    });
    expect(items.map((item) => (item.kind === 'toets' ? [item.code, item.bucket, item.cohortId] : null))).toEqual([
      ['312', 'this-week', 'c1'],
      ['313', 'next-week', 'c1'],
    ]);
  });

  it('orders by date, and on one day the deadline before a toets before phases', () => {
    const sameDay = [phase('a', 'Uitvoeren', '2026-12-03', '2026-12-03')];
    const withStart = [phase('a', 'Oriënteren', '2026-12-03', '2026-12-10')];
    const items = dueItems({ opdrachten: [opdracht('s', withStart), opdracht('d', sameDay)], ptas: [pta([toets('311', '2026-12-03'), toets('300', '2026-12-01')])], week: WEEK });
    expect(items.map((item) => `${item.date} ${item.kind}`)).toEqual([
      '2026-12-01 toets',
      '2026-12-03 deadline',
      '2026-12-03 toets',
      '2026-12-03 phase-start',
      '2026-12-03 phase-start',
      '2026-12-10 deadline',
    ]);
  });
});

describe('gapCohortsOf', () => {
  const cohort = (id: string, firstSchoolYear: Cohort['firstSchoolYear'], fields: Partial<Cohort> = {}): Cohort => ({
    id,
    name: id,
    leerweg: 'tl',
    programme: 'Zorg en Welzijn',
    firstSchoolYear,
    archivedAt: null,
    ...record,
    ...fields,
  });

  it('takes the cohorts in their exam year (leerjaar 4)', () => {
    const cohorts = [cohort('lj3', '2026-2027'), cohort('lj4', '2025-2026'), cohort('done', '2024-2025'), cohort('next', '2027-2028')];
    expect(gapCohortsOf(cohorts, '2026-2027').map((c) => c.id)).toEqual(['lj4']);
  });

  it('falls back to leerjaar 3 when no cohort is in its exam year, and skips archived or deleted ones', () => {
    const cohorts = [cohort('lj3', '2026-2027'), cohort('lj4-archived', '2025-2026', { archivedAt: 1 }), cohort('lj4-deleted', '2025-2026', { deletedAt: 1 })];
    expect(gapCohortsOf(cohorts, '2026-2027').map((c) => c.id)).toEqual(['lj3']);
    expect(gapCohortsOf([cohort('old', '2020-2021')], '2026-2027')).toEqual([]);
  });
});

describe('rankStudentsWithGaps', () => {
  const point = (studentId: string, nodeId: string, summative = false): EvidencePoint => ({
    key: `${studentId}-${nodeId}-${summative}`,
    kind: summative ? 'beoordeling' : 'observatie',
    sourceId: 'x',
    studentId,
    nodeId,
    recordedNodeId: nodeId,
    date: '2026-11-01',
    enteredAt: 0,
    level: 2,
    scaleSize: 4,
    fraction: 1 / 3,
    assessor: 'examinator',
    assessorName: '',
    summative,
    opdrachtId: null,
    ptaToetsId: null,
    note: '',
    evidenceIds: [],
  });
  const closure = (studentId: string, nodeIds: string[]): Closure => ({ studentId, toetsId: 't', toetsCode: '311', toetsName: 'PO', nodeIds });
  const eindtermen = ['e1', 'e2', 'e3', 'e4'];
  const students = [
    { id: 'ann', name: 'Ann' },
    { id: 'bo', name: 'Bo' },
    { id: 'cas', name: 'Cas' },
    { id: 'dex', name: 'Dex' },
  ];

  it('ranks by eindtermen not seen, then by those only formative, then by name', () => {
    const points = [
      point('ann', 'e1'),
      point('ann', 'e2'), // Ann: 2 not seen, 2 formative
      point('bo', 'e1', true), // Bo: 3 not seen, 0 formative (e1 closed by a summative score)
      point('cas', 'e1'), // Cas: 3 not seen, 1 formative
      point('dex', 'e1', true),
      point('dex', 'e2', true),
      point('dex', 'e3'),
    ];
    const closures = [closure('dex', ['e4'])]; // Dex: nothing unseen, 1 formative
    const ranking = rankStudentsWithGaps([{ cohortId: 'c1', eindtermIds: eindtermen, students }], points, closures, 10);
    expect(ranking.top.map((gap) => [gap.name, gap.notSeen, gap.formative, gap.total])).toEqual([
      ['Cas', 3, 1, 4],
      ['Bo', 3, 0, 4],
      ['Ann', 2, 2, 4],
      ['Dex', 0, 1, 4],
    ]);
    expect(ranking).toMatchObject({ counted: 4, withGaps: 4 });
  });

  it('leaves out students who closed everything, and cuts the list at the limit', () => {
    const all = eindtermen.map((nodeId) => point('ann', nodeId, true));
    const ranking = rankStudentsWithGaps([{ cohortId: 'c1', eindtermIds: eindtermen, students }], all, [], 2);
    expect(ranking.top.map((gap) => gap.name)).toEqual(['Bo', 'Cas']); // both 4 not seen; by name
    expect(ranking).toMatchObject({ counted: 4, withGaps: 3 });
  });

  it('counts each cohort against its own programme and ignores evidence on other goals', () => {
    const ranking = rankStudentsWithGaps(
      [
        { cohortId: 'zw', eindtermIds: ['e1', 'e2'], students: [{ id: 'ann', name: 'Ann' }] },
        { cohortId: 'tt', eindtermIds: ['t1'], students: [{ id: 'bo', name: 'Bo' }] },
        { cohortId: 'leeg', eindtermIds: [], students: [{ id: 'cas', name: 'Cas' }] },
      ],
      [point('ann', 't1'), point('bo', 't1')],
      [],
      10,
    );
    expect(ranking.top.map((gap) => [gap.name, gap.cohortId, gap.notSeen, gap.formative, gap.total])).toEqual([
      ['Ann', 'zw', 2, 0, 2],
      ['Bo', 'tt', 0, 1, 1],
    ]);
    // A cohort without eindtermen has nothing to count: its students are not "without gaps".
    expect(ranking.counted).toBe(2);
  });
});

describe('waitingForGrading', () => {
  const scored = (studentId: string, opdrachtId: string, fields: Partial<Beoordeling> = {}): Beoordeling => ({
    id: `${studentId}-${opdrachtId}-${fields.rubricId ?? 'r1'}-${fields.assessor ?? 'examinator'}`,
    studentId,
    rubricId: 'r1',
    rubricVersionId: 'v1',
    scores: { k1: 'l2', k2: null },
    conditionsMet: {},
    workDate: '2026-11-20',
    opdrachtId,
    assessor: 'examinator',
    assessorName: '',
    peerStudentId: null,
    teamId: null,
    overrides: [],
    comments: {},
    ptaToetsId: null,
    attempt: 1,
    ...record,
    ...fields,
  });
  const team = (id: string, opdrachtId: string, studentIds: string[]): Team => ({ id, opdrachtId, groupId: 'g1', name: id, studentIds, order: 0, ...record });
  const students = new Map([
    ['g1', ['s1', 's2', 's3', 's4']],
    ['g2', ['s5']],
  ]);
  const studentsOf = (groupId: string) => students.get(groupId) ?? [];
  const ended = opdracht('ended', [phase('a', 'Uitvoeren', '2026-11-02', '2026-11-20')], { status: 'afgerond' });

  it('lists an opdracht past its deadline with the students and teams the examinator has not scored', () => {
    const waiting = waitingForGrading({
      opdrachten: [ended],
      teams: [team('t1', 'ended', ['s1', 's2']), team('t2', 'ended', ['s3', 's4'])],
      beoordelingen: [scored('s1', 'ended'), scored('s2', 'ended'), scored('s3', 'ended')],
      studentsOf,
      today: '2026-12-02',
    });
    expect(waiting).toEqual([
      { opdrachtId: 'ended', title: 'Opdracht ended', deadline: '2026-11-20', reason: 'deadline-passed', students: 1, teams: 1, groups: [{ groupId: 'g1', rubricId: 'r1', students: 1, teams: 1 }] },
    ]);
  });

  it('counts only examinator scores with a level filled in, on every rubric of the opdracht', () => {
    const two = { ...ended, rubricIds: ['r1', 'r2'] };
    const waiting = waitingForGrading({
      opdrachten: [two],
      teams: [],
      beoordelingen: [
        ...['s1', 's2', 's3', 's4'].map((id) => scored(id, 'ended')),
        scored('s1', 'ended', { rubricId: 'r2' }),
        scored('s2', 'ended', { rubricId: 'r2', assessor: 'zelf' }), // the student's own view does not count
        scored('s3', 'ended', { rubricId: 'r2', scores: { k1: null } }), // opened, nothing scored
        scored('s4', 'ended', { rubricId: 'r2', deletedAt: 9 }),
      ],
      studentsOf,
      today: '2026-12-02',
    });
    expect(waiting[0]!.groups).toEqual([{ groupId: 'g1', rubricId: 'r2', students: 3, teams: 0 }]);
  });

  it('includes an opdracht in its opleveren phase, not one still being carried out', () => {
    const phases = [phase('a', 'Uitvoeren', '2026-11-02', '2026-11-30'), phase('b', 'Opleveren/presenteren', '2026-12-01', '2026-12-04'), phase('c', 'Evalueren', '2026-12-07', '2026-12-09')];
    const handing = opdracht('hand', phases);
    const busy = opdracht('busy', [phase('a', 'Uitvoeren', '2026-11-20', '2026-12-20')]);
    const waiting = waitingForGrading({ opdrachten: [handing, busy], teams: [], beoordelingen: [], studentsOf, today: '2026-12-02' });
    expect(waiting.map((w) => [w.opdrachtId, w.reason, w.deadline, w.students])).toEqual([['hand', 'handing-in', '2026-12-09', 4]]);
  });

  it('drops fully scored opdrachten, those without rubrics, concepts and templates; oldest deadline first', () => {
    const older = opdracht('older', [phase('a', 'Uitvoeren', '2026-10-01', '2026-10-09')], { groupIds: ['g2'] });
    const done = opdracht('done', [phase('a', 'Uitvoeren', '2026-10-01', '2026-10-09')], { groupIds: ['g2'] });
    const waiting = waitingForGrading({
      opdrachten: [ended, older, done, { ...ended, id: 'norubric', rubricIds: [] }, { ...ended, id: 'concept', status: 'concept' }, { ...ended, id: 'tpl', isTemplate: true }],
      teams: [],
      beoordelingen: [scored('s5', 'done')],
      studentsOf,
      today: '2026-12-02',
    });
    expect(waiting.map((w) => w.opdrachtId)).toEqual(['older', 'ended']);
  });
});
