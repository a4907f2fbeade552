import type { Assessor, Beoordeling } from '../../../../shared/domain/beoordeling';
import type { Framework, FrameworkNode } from '../../../../shared/domain/framework';
import type { Observatie } from '../../../../shared/domain/observatie';
import type { RubricVersion } from '../../../../shared/domain/rubric';
import { levelFraction, type EvidencePoint } from '../../../../shared/growth';

/** One piece of evidence on goal et-1 of student s1, by the examinator on a 4-level scale unless told. */
export function point(key: string, level: number, date: string, overrides: Partial<EvidencePoint> = {}): EvidencePoint {
  const scaleSize = overrides.scaleSize ?? 4;
  return {
    key,
    kind: 'observatie',
    sourceId: key,
    studentId: 's1',
    nodeId: 'et-1',
    recordedNodeId: 'et-1',
    date,
    enteredAt: 1,
    level,
    scaleSize,
    fraction: levelFraction(level, scaleSize),
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

export function observatie(id: string, overrides: Partial<Observatie> = {}): Observatie {
  return {
    id,
    createdAt: 100,
    updatedAt: 100,
    deletedAt: null,
    studentId: 's1',
    nodeId: 'et-1',
    level: 3,
    scaleSize: 4,
    date: '2026-10-01',
    note: '',
    opdrachtId: null,
    assessor: 'examinator' as Assessor,
    batchId: `batch-${id}`,
    evidenceIds: [],
    ...overrides,
  };
}

/** A 3-level rubric (Onvoldoende, Voldoende, Goed) with criterion c1 on et-1 and et-2, c2 on nothing. */
export const RUBRIC_V1: RubricVersion = {
  id: 'rv1',
  rubricId: 'r1',
  version: 1,
  createdAt: 1,
  updatedAt: 1,
  deletedAt: null,
  levels: [
    { id: 'l1', label: 'Onvoldoende', points: 1, color: '#f00' },
    { id: 'l2', label: 'Voldoende', points: 2, color: '#ff0' },
    { id: 'l3', label: 'Goed', points: 3, color: '#0f0' },
  ],
  criteria: [
    { id: 'c1', title: 'Plannen', weight: 1, descriptors: {}, nodeIds: ['et-1', 'et-2'], clientInput: false },
    { id: 'c2', title: 'Netheid', weight: 1, descriptors: {}, nodeIds: [], clientInput: false },
    { id: 'c3', title: 'Presenteren', weight: 1, descriptors: {}, nodeIds: ['et-3'], clientInput: false },
  ],
  conditions: [],
  conversion: { kind: 'linear', caesura: 0.55 },
  scalePreset: 'drie-niveaus',
};

export function beoordeling(id: string, overrides: Partial<Beoordeling> = {}): Beoordeling {
  return {
    id,
    createdAt: 200,
    updatedAt: 200,
    deletedAt: null,
    studentId: 's1',
    rubricId: 'r1',
    rubricVersionId: 'rv1',
    scores: { c1: 'l2', c2: 'l3', c3: null },
    conditionsMet: {},
    workDate: '2026-11-05',
    opdrachtId: 'o1',
    assessor: 'examinator',
    assessorName: 'J. de Vries',
    peerStudentId: null,
    teamId: null,
    overrides: [],
    comments: { c1: 'Goed gepland.' },
    ptaToetsId: null,
    attempt: 1,
    ...overrides,
  };
}

export function framework(id: string, overrides: Partial<Framework> = {}): Framework {
  return {
    id,
    createdAt: 1,
    updatedAt: 1,
    deletedAt: null,
    lineageId: 'lin-zw',
    title: 'Zorg en Welzijn',
    family: 'vmbo-pgv',
    programme: 'Zorg en Welzijn',
    version: '2024',
    source: { kind: 'builtin', label: 'test' },
    status: 'active',
    previousVersionId: null,
    archivedAt: null,
    ...overrides,
  };
}

export function node(id: string, frameworkId: string, code: string, overrides: Partial<FrameworkNode> = {}): FrameworkNode {
  return {
    id,
    createdAt: 1,
    updatedAt: 1,
    deletedAt: null,
    frameworkId,
    parentId: null,
    type: 'eindterm',
    code,
    text: `Eindterm ${code}`,
    textStatus: 'official',
    order: 0,
    sourceId: null,
    linkedNodeIds: [],
    ...overrides,
  };
}
