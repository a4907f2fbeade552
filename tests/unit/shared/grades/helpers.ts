import type { Beoordeling } from '../../../../shared/domain/beoordeling';
import type { PtaToets } from '../../../../shared/domain/pta';
import type { RubricContent } from '../../../../shared/domain/rubric';
import type { ToetsResultaat } from '../../../../shared/domain/toets-resultaat';

/** A graded, herkansbaar schriftelijke toets with weging 1; override what the test is about. */
export function makeToets(overrides: Partial<PtaToets> = {}): PtaToets {
  return {
    id: 't1',
    code: '311',
    name: 'Veilig werken',
    inhoud: 'Theorie veiligheid in de werkplaats',
    periode: '3.1',
    date: '2026-10-01',
    toetsvorm: 'S',
    duur: '60 min',
    weging: 1,
    herkansbaar: true,
    herkansingVorm: 'S',
    nodeIds: [],
    opdrachtId: null,
    rubricId: null,
    ...overrides,
  };
}

/** A handelingsopdracht: no cijfer, no weging, must be voldaan. */
export function makeHandelingsopdracht(overrides: Partial<PtaToets> = {}): PtaToets {
  return makeToets({ id: 'h1', code: '322', name: 'Stage-logboek', toetsvorm: 'handelingsopdracht', weging: null, herkansbaar: false, herkansingVorm: null, ...overrides });
}

/** A result row for student s1 on the first attempt at t1, with nothing filled in yet. */
export function makeResult(overrides: Partial<ToetsResultaat> = {}): ToetsResultaat {
  const result: ToetsResultaat = {
    id: 'r',
    createdAt: 1,
    updatedAt: 1,
    deletedAt: null,
    studentId: 's1',
    ptaId: 'p1',
    toetsId: 't1',
    attempt: 1,
    grade: null,
    override: null,
    voldaan: null,
    late: false,
    ...overrides,
  };
  if (overrides.id === undefined) result.id = `r-${result.studentId}-${result.toetsId}-${result.attempt}`;
  return result;
}

/** An examinator's beoordeling of s1 with rubric version v1 that delivers toets t2, attempt 1. */
export function makeBeoordeling(overrides: Partial<Beoordeling> = {}): Beoordeling {
  return {
    id: 'b1',
    createdAt: 1,
    updatedAt: 1,
    deletedAt: null,
    studentId: 's1',
    rubricId: 'rub1',
    rubricVersionId: 'v1',
    scores: {},
    conditionsMet: {},
    workDate: '2026-11-15',
    opdrachtId: 'o1',
    assessor: 'examinator',
    assessorName: 'M. de Vries',
    peerStudentId: null,
    teamId: null,
    overrides: [],
    comments: {},
    ptaToetsId: 't2',
    attempt: 1,
    ...overrides,
  };
}

/**
 * A rubric built by hand: levels D/C/B/A worth 1/2/3/4 points, criteria k1 and k2 (weight 1)
 * and k3 (weight 2), one voorwaardelijke eis v1, linear conversion with caesura 0.55.
 * Maximum: 4 · (1 + 1 + 2) = 16 points.
 */
export function handRubric(): RubricContent {
  return {
    levels: [
      { id: 'D', label: 'D minimaal', points: 1, color: '#F28B82' },
      { id: 'C', label: 'C basis', points: 2, color: '#F6B26B' },
      { id: 'B', label: 'B gevorderd', points: 3, color: '#FFE066' },
      { id: 'A', label: 'A expert', points: 4, color: '#93C47D' },
    ],
    criteria: [
      { id: 'k1', title: 'Werkvoorbereiding', weight: 1, descriptors: {}, nodeIds: [], clientInput: false },
      { id: 'k2', title: 'Werkhouding', weight: 1, descriptors: {}, nodeIds: [], clientInput: false },
      { id: 'k3', title: 'Vaardigheden', weight: 2, descriptors: {}, nodeIds: [], clientInput: false },
    ],
    conditions: [{ id: 'v1', text: 'Veiligheidsschoenen aan' }],
    conversion: { kind: 'linear', caesura: 0.55 },
    scalePreset: 'dcba',
  };
}

/**
 * k1 A (4), k2 B (3), k3 B (3 · 2 = 6): 13 of 16 points, r = 0.8125 > 0.55, so
 * 5.5 + 4.5 · (0.8125 − 0.55) / 0.45 = 5.5 + 4.5 · 0.2625 / 0.45 = 5.5 + 2.625 = 8.125 → 8.1.
 */
export const SCORES_81 = { k1: 'A', k2: 'B', k3: 'B' } as const;
/**
 * C everywhere: 2 + 2 + 4 = 8 of 16 points, r = 0.5 ≤ 0.55, so
 * 1 + 4.5 · 0.5 / 0.55 = 1 + 4.0909… = 5.0909… → 5.1.
 */
export const SCORES_51 = { k1: 'C', k2: 'C', k3: 'C' } as const;
