import { describe, expect, it } from 'vitest';
import type { EvidencePoint, MasterySettings } from '../../../../shared/growth';
import { buildGrowthProfile, chartPosition, dayNumber, type GrowthProfileInput } from '../../../../shared/growth-profile';

const SCALE = ['D minimaal', 'C basis', 'B gevorderd', 'A expert'];
const DECAYING: MasterySettings = { method: { kind: 'decaying-average', newestWeight: 0.65 }, sources: ['examinator', 'tweede-examinator'] };

let sequence = 0;
function point(overrides: Partial<EvidencePoint> & Pick<EvidencePoint, 'nodeId' | 'date' | 'level'>): EvidencePoint {
  sequence += 1;
  const scaleSize = overrides.scaleSize ?? 4;
  return {
    key: `p${sequence}`,
    kind: 'observatie',
    sourceId: `o${sequence}`,
    studentId: 's1',
    recordedNodeId: overrides.nodeId,
    enteredAt: sequence,
    scaleSize,
    fraction: scaleSize <= 1 ? 1 : (overrides.level - 1) / (scaleSize - 1),
    assessor: 'examinator',
    assessorName: '',
    summative: false,
    opdrachtId: null,
    ptaToetsId: null,
    note: '',
    evidenceIds: [],
    ...overrides,
  };
}

function input(points: EvidencePoint[], overrides: Partial<GrowthProfileInput> = {}): GrowthProfileInput {
  return {
    points,
    studentId: 's1',
    goals: new Map([
      ['n-samen', { code: 'B2', text: 'Samenwerken' }],
      ['n-plan', { code: 'B10', text: 'Plannen' }],
      ['n-pres', { code: 'B3', text: 'Presenteren' }],
    ]),
    settingsOf: () => DECAYING,
    scale: SCALE,
    opdrachten: new Map([['o-lunch', 'Gezonde lunch']]),
    ...overrides,
  };
}

describe('buildGrowthProfile', () => {
  it('says there is nothing when the student has no evidence (another student’s points do not count)', () => {
    const profile = buildGrowthProfile(input([point({ nodeId: 'n-samen', date: '2026-10-01', level: 3, studentId: 'other' })]));
    expect(profile).toEqual({ goals: [], evidenceCount: 0, firstDate: null, lastDate: null });
  });

  it('groups evidence per goal in code order (B2, B3, B10), oldest work first, with the mastery of the goal’s method', () => {
    const profile = buildGrowthProfile(
      input([
        point({ nodeId: 'n-plan', date: '2026-11-02', level: 2 }),
        point({ nodeId: 'n-samen', date: '2026-12-01', level: 4, opdrachtId: 'o-lunch', note: ' Verdeelt de taken. ' }),
        point({ nodeId: 'n-samen', date: '2026-09-15', level: 2 }),
        point({ nodeId: 'n-pres', date: '2026-10-10', level: 1 }),
      ]),
    );
    expect(profile.goals.map((goal) => goal.code)).toEqual(['B2', 'B3', 'B10']);
    const samen = profile.goals[0]!;
    expect(samen.points.map((p) => [p.date, p.levelLabel, p.opdracht, p.note])).toEqual([
      ['2026-09-15', 'C basis', null, ''],
      ['2026-12-01', 'A expert', 'Gezonde lunch', 'Verdeelt de taken.'],
    ]);
    // Decaying average 65/35: 1/3 · 0.35 + 1 · 0.65 = 0.7667 → level round(0.7667·3)+1 = 3.
    expect(samen.mastery).toMatchObject({ level: 3, levelLabel: 'B gevorderd', count: 2, method: { kind: 'decaying-average' } });
    expect(samen.mastery!.fraction).toBeCloseTo(0.35 / 3 + 0.65, 10);
    expect(profile.evidenceCount).toBe(4);
    expect([profile.firstDate, profile.lastDate]).toEqual(['2026-09-15', '2026-12-01']);
  });

  it('shows evidence of sources the method does not count, without mastery from them', () => {
    const profile = buildGrowthProfile(input([point({ nodeId: 'n-samen', date: '2026-10-01', level: 4, assessor: 'zelf' })]));
    expect(profile.goals[0]!.points[0]).toMatchObject({ counted: false, assessor: 'zelf' });
    expect(profile.goals[0]!.mastery).toBeNull();
  });

  it('converts evidence on a 3-level rubric scale to the school’s 4 levels and says so', () => {
    const profile = buildGrowthProfile(
      input([point({ nodeId: 'n-samen', date: '2026-10-01', level: 2, scaleSize: 3, kind: 'beoordeling', assessorName: 'J. de Vries' })], {
        settingsOf: () => ({ method: { kind: 'most-recent' }, sources: ['examinator'] }),
      }),
    );
    const goal = profile.goals[0]!;
    // Middle of 3 levels = fraction 0.5 → round(1.5)+1 = level 3 of 4.
    expect(goal.points[0]).toMatchObject({ converted: true, level: 3, levelLabel: 'B gevorderd', assessorName: 'J. de Vries' });
    expect(goal.mastery).toMatchObject({ normalised: true, method: { kind: 'most-recent' } });
  });

  it('keeps goals it no longer knows, last and marked unknown', () => {
    const profile = buildGrowthProfile(input([point({ nodeId: 'gone', date: '2026-10-01', level: 2 }), point({ nodeId: 'n-plan', date: '2026-10-01', level: 2 })]));
    expect(profile.goals.map((g) => [g.code, g.known])).toEqual([
      ['B10', true],
      ['', false],
    ]);
  });
});

describe('chartPosition', () => {
  const span = { first: '2026-09-01', last: '2026-09-11' };
  it('places by date across the width and by level from the bottom', () => {
    expect(chartPosition({ date: '2026-09-01', fraction: 0 }, span, 100, 40)).toEqual({ x: 0, y: 40 });
    expect(chartPosition({ date: '2026-09-06', fraction: 1 }, span, 100, 40)).toEqual({ x: 50, y: 0 });
    expect(chartPosition({ date: '2026-09-11', fraction: 0.5 }, span, 100, 40)).toEqual({ x: 100, y: 20 });
  });
  it('puts everything of a single day in the middle rather than dividing by zero', () => {
    expect(chartPosition({ date: '2026-09-01', fraction: 0.5 }, { first: '2026-09-01', last: '2026-09-01' }, 100, 40)).toEqual({ x: 50, y: 20 });
  });
  it('counts days across the change to winter time without a fraction', () => {
    expect(dayNumber('2026-10-26') - dayNumber('2026-10-24')).toBe(2);
  });
});
