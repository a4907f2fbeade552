import { describe, expect, it } from 'vitest';
import type { Beoordeling } from '../../../../shared/domain/beoordeling';
import type { Framework, FrameworkNode } from '../../../../shared/domain/framework';
import type { Observatie } from '../../../../shared/domain/observatie';
import type { Pta } from '../../../../shared/domain/pta';
import type { RubricVersion } from '../../../../shared/domain/rubric';
import type { ToetsResultaat } from '../../../../shared/domain/toets-resultaat';
import { DEFAULT_MASTERY_SETTINGS, type MasterySettings } from '../../../../shared/growth';
import { computeStudentGrowth, retiredVersionResolver, seriesOf, type StudentGrowthInput } from '../../../../shared/profile/student-growth';

const record = { createdAt: 1, updatedAt: 1, deletedAt: null };

function framework(id: string, fields: Partial<Framework> = {}): Framework {
  return { id, lineageId: `lin-${id}`, title: id, family: 'vmbo-pgv', programme: 'Zorg en Welzijn', version: '2024', source: { kind: 'manual', label: '' }, status: 'active', ...record, ...fields };
}
function node(id: string, frameworkId: string, code: string, fields: Partial<FrameworkNode> = {}): FrameworkNode {
  return { id, frameworkId, parentId: null, type: 'eindterm', code, text: `tekst ${code}`, textStatus: 'official', order: 0, ...record, ...fields };
}
let stamp = 0;
function observatie(nodeId: string, date: string, level: number, fields: Partial<Observatie> = {}): Observatie {
  stamp++;
  return { id: `o${stamp}`, studentId: 's1', nodeId, level, scaleSize: 4, date, note: '', opdrachtId: null, assessor: 'examinator', batchId: `b${stamp}`, evidenceIds: [], ...record, createdAt: stamp, ...fields };
}

const programme = framework('zw');
const school = framework('school', { family: 'school', title: 'Vaardigheden' });
const A1 = node('a1', 'zw', 'A1');
const B2 = node('b2', 'zw', 'B2');
const B10 = node('b10', 'zw', 'B10');
const SAMENWERKEN = node('sw', 'school', 'V1', { type: 'vaardigheid' });

function input(fields: Partial<StudentGrowthInput>): StudentGrowthInput {
  const nodes = [A1, B2, B10, SAMENWERKEN];
  return {
    evidence: { observaties: [], beoordelingen: [], versionsById: new Map() },
    frameworks: [school, programme],
    nodes: new Map(nodes.map((n) => [n.id, n])),
    currentNodesOfRetired: [],
    settingsByLineage: new Map(),
    programme,
    eindtermen: [A1, B2, B10],
    pta: null,
    resultaten: [],
    ...fields,
  };
}

describe('computeStudentGrowth', () => {
  it('says there is nothing yet, with every eindterm not seen, when the student has no evidence', () => {
    const growth = computeStudentGrowth(input({}), 4);
    expect(growth.pointCount).toBe(0);
    expect(growth.frameworks).toEqual([]);
    expect(growth.firstDate).toBeNull();
    expect(growth.coverage?.map((entry) => entry.state)).toEqual(['niet-gezien', 'niet-gezien', 'niet-gezien']);
  });

  it('orders a goal by the date the work was done, puts the programme first and codes in natural order', () => {
    const observaties = [observatie('b10', '2026-03-01', 3), observatie('sw', '2026-01-10', 2), observatie('b2', '2026-02-01', 4), observatie('b2', '2025-10-01', 1)];
    const growth = computeStudentGrowth(input({ evidence: { observaties, beoordelingen: [], versionsById: new Map() } }), 4);
    expect(growth.frameworks.map((group) => group.framework?.id)).toEqual(['zw', 'school']);
    expect(growth.frameworks[0]!.goals.map((goal) => goal.node?.code)).toEqual(['B2', 'B10']);
    expect(growth.frameworks[0]!.goals[0]!.points.map((point) => point.date)).toEqual(['2025-10-01', '2026-02-01']);
    expect([growth.firstDate, growth.lastDate]).toEqual(['2025-10-01', '2026-03-01']);
  });

  it('computes mastery by the method chosen for the framework lineage, counting only its sources', () => {
    const mostRecent: MasterySettings = { method: { kind: 'most-recent' }, sources: ['examinator'] };
    const observaties = [observatie('a1', '2026-01-01', 4), observatie('a1', '2026-02-01', 2), observatie('a1', '2026-03-01', 4, { assessor: 'zelf' })];
    const growth = computeStudentGrowth(input({ evidence: { observaties, beoordelingen: [], versionsById: new Map() }, settingsByLineage: new Map([['lin-zw', mostRecent]]) }), 4);
    const goal = growth.frameworks[0]!.goals[0]!;
    expect(growth.frameworks[0]!.settings).toBe(mostRecent);
    // The self-assessment of 4 is plotted but does not count: the teacher's latest (2) does.
    expect(goal.points).toHaveLength(3);
    expect(goal.mastery).toMatchObject({ level: 2, count: 2 });
  });

  it('gives no mastery (not NaN) when only uncounted sources have evidence, and uses the default method elsewhere', () => {
    const observaties = [observatie('a1', '2026-01-01', 3, { assessor: 'zelf' })];
    const growth = computeStudentGrowth(input({ evidence: { observaties, beoordelingen: [], versionsById: new Map() } }), 4);
    expect(growth.frameworks[0]!.settings).toBe(DEFAULT_MASTERY_SETTINGS);
    expect(growth.frameworks[0]!.goals[0]!.mastery).toBeNull();
  });

  it('marks a goal with evidence on a scale of another size as normalised and places it by fraction', () => {
    const observaties = [observatie('a1', '2026-01-01', 2, { scaleSize: 3 }), observatie('a1', '2026-02-01', 4)];
    const goal = computeStudentGrowth(input({ evidence: { observaties, beoordelingen: [], versionsById: new Map() } }), 4).frameworks[0]!.goals[0]!;
    expect(goal.normalised).toBe(true);
    expect(goal.points[0]!.fraction).toBe(0.5);
  });

  it('shows evidence recorded on a retired framework version under the same goal of the current version, and says so', () => {
    const old = framework('zw-2020', { lineageId: 'lin-zw', status: 'retired', version: '2020' });
    const oldB2 = node('old-b2', 'zw-2020', 'B2', { sourceId: 'slo-b2' });
    const oldGone = node('old-b9', 'zw-2020', 'B9');
    const currentB2 = { ...B2, sourceId: 'slo-b2', code: 'B2' };
    const nodes = new Map([A1, currentB2, B10, SAMENWERKEN, oldB2, oldGone].map((n) => [n.id, n]));
    const observaties = [observatie('old-b2', '2025-05-01', 2), observatie('b2', '2026-02-01', 3), observatie('old-b9', '2025-06-01', 3)];
    const growth = computeStudentGrowth(
      input({ frameworks: [programme, old, school], nodes, currentNodesOfRetired: [A1, currentB2, B10], evidence: { observaties, beoordelingen: [], versionsById: new Map() } }),
      4,
    );
    const b2 = growth.frameworks.flatMap((group) => group.goals).find((goal) => goal.nodeId === 'b2')!;
    expect(b2.points.map((point) => point.recordedNodeId)).toEqual(['old-b2', 'b2']);
    expect(b2.retiredCodes).toEqual(['B2, 2020']);
    // B9 no longer exists in the new version: kept as recorded, and marked as on a retired version.
    expect(growth.frameworks.map((group) => group.framework?.id)).toEqual(['zw']);
    const b9 = growth.frameworks.flatMap((group) => group.goals).find((goal) => goal.nodeId === 'old-b9')!;
    expect(b9.retiredCodes).toEqual(['B9, 2020']);
    // The eindterm B2 counts as seen through the old version's evidence too.
    expect(growth.coverage?.find((entry) => entry.nodeId === 'b2')?.evidence).toHaveLength(2);
  });

  it('checks eindtermen off: a PTA result closes its toets’ eindtermen, an observation only shows them formatively', () => {
    const pta = { id: 'pta', cohortId: 'c', title: 'PTA', toetsen: [{ id: 't1', code: '311', name: 'Praktijkopdracht', nodeIds: ['b10'] }], ...record } as unknown as Pta;
    const result = { id: 'r', studentId: 's1', ptaId: 'pta', toetsId: 't1', attempt: 1, grade: 6.8, override: null, voldaan: null, late: false, ...record } as ToetsResultaat;
    const version = {
      id: 'v1',
      rubricId: 'r1',
      levels: [{ id: 'l1' }, { id: 'l2' }, { id: 'l3' }],
      criteria: [{ id: 'c1', nodeIds: ['b2'] }],
    } as unknown as RubricVersion;
    const summative = { id: 'bo', studentId: 's1', rubricVersionId: 'v1', scores: { c1: 'l3' }, workDate: '2026-03-01', assessor: 'examinator', assessorName: 'J. de Vries', ptaToetsId: 't9', opdrachtId: null, comments: { c1: 'Netjes' }, ...record } as unknown as Beoordeling;
    const growth = computeStudentGrowth(
      input({
        pta,
        resultaten: [result],
        evidence: { observaties: [observatie('a1', '2026-01-01', 2)], beoordelingen: [summative], versionsById: new Map([['v1', version]]) },
      }),
      4,
    );
    expect(growth.coverage?.map((entry) => [entry.nodeId, entry.state])).toEqual([
      ['a1', 'formatief'],
      ['b2', 'afgesloten'],
      ['b10', 'afgesloten'],
    ]);
    expect(growth.coverage?.[2]!.closures.map((closure) => closure.toetsCode)).toEqual(['311']);
    // The rubric point on a 3-level rubric is normalised onto the school's 4 levels, with its note.
    const b2 = growth.frameworks[0]!.goals.find((goal) => goal.nodeId === 'b2')!;
    expect(b2.normalised).toBe(true);
    expect(b2.points[0]).toMatchObject({ assessorName: 'J. de Vries', note: 'Netjes', summative: true });
  });

  it('has no checklist when the cohort has no programme framework', () => {
    expect(computeStudentGrowth(input({ programme: null, eindtermen: [] }), 4).coverage).toBeNull();
  });
});

describe('retiredVersionResolver', () => {
  it('matches by source identifier before code, and leaves goals of active versions alone', () => {
    const old = framework('old', { lineageId: 'lin', status: 'retired' });
    const current = framework('new', { lineageId: 'lin' });
    const renamed = node('old-x', 'old', 'X1', { sourceId: 'id-x' });
    const byCode = node('old-y', 'old', 'Y1');
    const newX = node('new-x', 'new', 'X2', { sourceId: 'id-x' });
    const newY = node('new-y', 'new', 'Y1');
    const resolve = retiredVersionResolver(new Map([renamed, byCode, newX, newY].map((n) => [n.id, n])), [old, current], [newX, newY]);
    expect([resolve('old-x'), resolve('old-y'), resolve('new-y'), resolve('unknown')]).toEqual(['new-x', 'new-y', 'new-y', 'unknown']);
  });
});

describe('seriesOf', () => {
  it('puts both examiners in the teacher series and the student apart', () => {
    expect(['examinator', 'tweede-examinator', 'zelf', 'peer', 'opdrachtgever'].map((assessor) => seriesOf(assessor as never))).toEqual(['docent', 'docent', 'zelf', 'anderen', 'anderen']);
  });
});
