import type { RubricContent, RubricCriterion, RubricLevel, ScalePresetId } from '../domain/rubric';

/** A level as a preset defines it; ids are given when content is made from it. */
export interface PresetLevel {
  label: string;
  points: number;
  color: string;
}

export interface ScalePreset {
  id: ScalePresetId;
  /** Lowest level first. */
  levels: readonly PresetLevel[];
}

/**
 * Default caesura of a new rubric: 55 % of the maximum gives 5.5, the common "55 % is
 * voldoende" rule of Dutch schools. Every rubric can set its own.
 */
export const DEFAULT_CAESURA = 0.55;

// Colours: light tints of red, orange, yellow and green (SLO / T&T's D-C-B-A colours, see
// ../shared/domain.md "Assessment practice") with at least 7:1 contrast for the app's dark
// text #1c1c1e, so labels stay readable on screen and in print (WCAG AA asks 4.5:1; tested).
const RED = '#F28B82';
const ORANGE = '#F6B26B';
const YELLOW = '#FFE066';
const GREEN = '#93C47D';

/**
 * The scales teachers use (../shared/domain.md, "Assessment practice"). Level labels are
 * stored rubric content that students read, so they are Dutch data here and not UI text; the
 * names of the presets themselves are UI text (rubricPresetMessagesNl in the renderer).
 *
 * Points start at 1, not 0: the lowest level still describes work the student did, and with
 * 0 as the lowest level a three-level scale would turn "Voldoende" on every criterion into a
 * 5.1 under the default caesura (1/2 of the maximum). With 1-based points "Voldoende"
 * everywhere gives 6.7 (drie-niveaus) or 7.5 (beginnend-uitmuntend). Note for D-C-B-A: "C
 * basis" everywhere is 50 % of the maximum, a 5.1 at caesura 55 %; a school that counts C as
 * voldoende sets the caesura to 50 %. All of this is tested.
 */
export const SCALE_PRESETS: Readonly<Record<ScalePresetId, ScalePreset>> = {
  dcba: {
    id: 'dcba',
    levels: [
      { label: 'D minimaal', points: 1, color: RED },
      { label: 'C basis', points: 2, color: ORANGE },
      { label: 'B gevorderd', points: 3, color: YELLOW },
      { label: 'A expert', points: 4, color: GREEN },
    ],
  },
  'beginnend-uitmuntend': {
    id: 'beginnend-uitmuntend',
    levels: [
      { label: 'Beginnend', points: 1, color: RED },
      { label: 'In ontwikkeling', points: 2, color: ORANGE },
      { label: 'Voldoende', points: 3, color: YELLOW },
      { label: 'Uitmuntend', points: 4, color: GREEN },
    ],
  },
  'drie-niveaus': {
    id: 'drie-niveaus',
    levels: [
      { label: 'Onvoldoende', points: 1, color: RED },
      { label: 'Voldoende', points: 2, color: YELLOW },
      { label: 'Goed', points: 3, color: GREEN },
    ],
  },
  // The starting point of a scale of the teacher's own: neutral blue-grey tints (also ≥ 7:1
  // with dark text), labels meant to be renamed.
  custom: {
    id: 'custom',
    levels: [
      { label: 'Niveau 1', points: 1, color: '#CFD8E3' },
      { label: 'Niveau 2', points: 2, color: '#B4C4DA' },
      { label: 'Niveau 3', points: 3, color: '#99B0D1' },
      { label: 'Niveau 4', points: 4, color: '#7F9CC8' },
    ],
  },
};

export const SCALE_PRESET_IDS = Object.keys(SCALE_PRESETS) as ScalePresetId[];

/** Colour of a level the teacher adds to a scale: the neutral tint of a custom scale. */
export const NEW_LEVEL_COLOR = '#CFD8E3';

/** Criteria a new rubric starts with: an empty grid with a few rows to fill in. */
export const DEFAULT_CRITERIA = 3;

/**
 * The preset whose labels and points these levels have (same order), or 'custom'. Colours do
 * not count: a teacher who picks another green still uses the D-C-B-A scale.
 */
export function matchingPreset(levels: readonly Pick<RubricLevel, 'label' | 'points'>[]): ScalePresetId {
  for (const preset of SCALE_PRESET_IDS) {
    if (preset === 'custom') continue;
    const presetLevels = SCALE_PRESETS[preset].levels;
    if (
      presetLevels.length === levels.length &&
      presetLevels.every((level, index) => level.label === levels[index]!.label && level.points === levels[index]!.points)
    ) {
      return preset;
    }
  }
  return 'custom';
}

/** An empty criterion with an empty descriptor for every level, weight 1. */
export function emptyCriterion(id: string, levels: readonly RubricLevel[]): RubricCriterion {
  return {
    id,
    title: '',
    weight: 1,
    descriptors: Object.fromEntries(levels.map((level) => [level.id, ''])),
    nodeIds: [],
    clientInput: false,
  };
}

/**
 * A new rubric's content: the preset's levels, `criteria` empty criteria (default 3), no
 * voorwaardelijke eisen, linear conversion at the default caesura. Ids come from `newId`
 * (crypto.randomUUID in the app, a counter in tests), levels first, then criteria.
 */
export function createRubricContent(
  preset: ScalePresetId,
  newId: () => string,
  options: { criteria?: number } = {},
): RubricContent {
  const count = options.criteria ?? DEFAULT_CRITERIA;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`criteria must be a whole number ≥ 0, got ${count}`);
  const levels: RubricLevel[] = SCALE_PRESETS[preset].levels.map((level) => ({ id: newId(), ...level }));
  const criteria = Array.from({ length: count }, () => emptyCriterion(newId(), levels));
  return { levels, criteria, conditions: [], conversion: { kind: 'linear', caesura: DEFAULT_CAESURA }, scalePreset: preset };
}

/**
 * Replaces the levels with a preset's. The level at each position that still exists keeps its
 * id, so its descriptors stay in place (and a later version still lines up with an earlier
 * one); added positions get new ids and empty descriptors; descriptors of positions that no
 * longer exist are dropped. 'custom' keeps the levels as they are and only marks them custom.
 */
export function applyScalePreset(content: RubricContent, preset: ScalePresetId, newId: () => string): RubricContent {
  if (preset === 'custom') return { ...content, scalePreset: 'custom' };
  const levels: RubricLevel[] = SCALE_PRESETS[preset].levels.map((level, index) => ({
    id: content.levels[index]?.id ?? newId(),
    ...level,
  }));
  return {
    ...content,
    levels,
    criteria: content.criteria.map((criterion) => ({
      ...criterion,
      descriptors: Object.fromEntries(levels.map((level) => [level.id, criterion.descriptors[level.id] ?? ''])),
    })),
    scalePreset: preset,
  };
}
