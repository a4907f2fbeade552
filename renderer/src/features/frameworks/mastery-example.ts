import type { Assessor } from '../../../../shared/domain/beoordeling';
import {
  fractionToLevel,
  levelFraction,
  MASTERY_METHOD_KINDS,
  masteryOf,
  methodOfKind,
  type EvidencePoint,
  type Mastery,
  type MasteryMethod,
  type MasteryMethodKind,
  type MasterySettings,
} from '../../../../shared/growth';

/**
 * One student's evidence on one goal over a school year, for the worked example beside the
 * mastery settings: a weak start, a self-assessment and a client's view that are kinder than
 * the teacher's, a peak, and a slight dip at the end, so the methods visibly differ. Levels
 * are given on a 4-level scale and put on the school's own scale.
 */
const EXAMPLE: readonly { date: string; assessor: Assessor; levelOf4: number }[] = [
  { date: '2026-09-14', assessor: 'examinator', levelOf4: 1 },
  { date: '2026-10-05', assessor: 'zelf', levelOf4: 3 },
  { date: '2026-11-09', assessor: 'examinator', levelOf4: 1 },
  { date: '2027-01-18', assessor: 'opdrachtgever', levelOf4: 4 },
  { date: '2027-02-15', assessor: 'examinator', levelOf4: 4 },
  { date: '2027-03-22', assessor: 'examinator', levelOf4: 3 },
];

export interface ExampleRow {
  point: EvidencePoint;
  counted: boolean;
}

export interface ExampleResult {
  kind: MasteryMethodKind;
  method: MasteryMethod;
  mastery: Mastery | null;
  /** The result as a position on the scale, 1 = lowest level (e.g. 2.65 of 4). */
  position: number | null;
}

/** The example's evidence on a scale of `scaleSize` levels, oldest first. */
export function examplePoints(scaleSize: number): EvidencePoint[] {
  const size = Math.max(1, scaleSize);
  return EXAMPLE.map(({ date, assessor, levelOf4 }, index) => {
    const level = fractionToLevel(levelFraction(levelOf4, 4), size);
    return {
      key: `voorbeeld-${index + 1}`,
      kind: 'observatie',
      sourceId: `voorbeeld-${index + 1}`,
      studentId: 'voorbeeld',
      nodeId: 'voorbeeld',
      recordedNodeId: 'voorbeeld',
      date,
      enteredAt: index,
      level,
      scaleSize: size,
      fraction: levelFraction(level, size),
      assessor,
      assessorName: '',
      summative: false,
      opdrachtId: null,
      ptaToetsId: null,
      note: '',
      evidenceIds: [],
    };
  });
}

/**
 * The example worked out under every method, with the chosen method's parameter for that
 * method (the default parameter for the others) and the chosen sources for all.
 */
export function workedExample(settings: MasterySettings, scaleSize: number): { rows: ExampleRow[]; results: ExampleResult[] } {
  const points = examplePoints(scaleSize);
  const sources = new Set(settings.sources);
  const rows = points.map((point) => ({ point, counted: sources.has(point.assessor) }));
  const size = points[0]?.scaleSize ?? 1;
  const results = MASTERY_METHOD_KINDS.map((kind) => {
    const method = methodOfKind(kind, settings.method);
    const mastery = masteryOf(points, { method, sources: settings.sources }, size);
    return { kind, method, mastery, position: mastery ? 1 + mastery.fraction * (size - 1) : null };
  });
  return { rows, results };
}
