import type { StoredRecord } from './record';

/**
 * A rubric: criteria (rows) × levels (columns), with a descriptor per cell in student
 * language, points per level, a weight per criterion, go/no-go conditions (voorwaardelijke
 * eisen) checked before scoring, and a conversion from points to a cijfer.
 *
 * A Rubric is the lineage the teacher sees ("Rubric presenteren"); each RubricVersion is an
 * immutable snapshot once an assessment has used it. Editing a used version creates a new
 * version; assessments stay pinned to the version they used (the Canvas complaint we solve).
 */
export interface Rubric extends StoredRecord {
  title: string;
  description: string;
  /** The version new assessments use and the editor opens. */
  currentVersionId: string;
  archivedAt?: number | null;
}

export interface RubricLevel {
  id: string;
  /** "D minimaal", "Voldoende". */
  label: string;
  /** Points this level earns on a criterion of weight 1. */
  points: number;
  /** CSS colour for screens and PDFs (hex), e.g. red/orange/yellow/green for D/C/B/A. */
  color: string;
}

export interface RubricCriterion {
  id: string;
  title: string;
  /** Multiplies the level points: weight 2 counts twice as heavy. Positive. */
  weight: number;
  /** Descriptor per level id, in student language. */
  descriptors: Record<string, string>;
  /** Framework node ids (eindtermen, vaardigheden, leerdoelen) this criterion assesses. */
  nodeIds: string[];
  /** Marked for the opdrachtgever's feedback form (their input is advisory). */
  clientInput: boolean;
}

/** A go/no-go condition: all must be met before the rubric is scored. */
export interface RubricCondition {
  id: string;
  text: string;
}

/**
 * How total points become a cijfer (1.0-10.0, one decimal):
 * - linear: the score at `caesura` (a fraction of the maximum, e.g. 0.55) gives 5.5; 0 points
 *   give 1.0 and the maximum gives 10.0, linear on both sides of the caesura;
 * - table: the highest row whose `minPoints` is at most the score gives the cijfer.
 */
export type GradeConversion =
  | { kind: 'linear'; caesura: number }
  | { kind: 'table'; rows: { minPoints: number; grade: number }[] };

export interface RubricVersion extends StoredRecord {
  rubricId: string;
  /** 1, 2, 3… in order of creation. */
  version: number;
  /** Levels from lowest to highest. */
  levels: RubricLevel[];
  criteria: RubricCriterion[];
  conditions: RubricCondition[];
  conversion: GradeConversion;
  /** The scale preset the levels came from, for display ("4 niveaus D-A"); 'custom' once changed. */
  scalePreset: ScalePresetId;
}

export type ScalePresetId = 'dcba' | 'beginnend-uitmuntend' | 'drie-niveaus' | 'custom';

/** The content of a rubric version without storage fields: what editors and importers produce. */
export type RubricContent = Pick<RubricVersion, 'levels' | 'criteria' | 'conditions' | 'conversion' | 'scalePreset'>;

/** A score on one criterion: the chosen level (null = not yet scored). */
export type CriterionScores = Record<string, string | null>;
