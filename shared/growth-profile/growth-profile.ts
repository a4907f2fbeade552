import type { Assessor } from '../domain/beoordeling';
import type { IsoDate } from '../domain/opdracht';
import { byWorkDate, fractionToLevel, masteryOf, type EvidencePoint, type MasteryMethod, type MasterySettings } from '../growth';

/**
 * The content of a student's groeiprofiel: per goal with evidence, the evidence over time on
 * the school's observation scale, the current mastery by the goal's method and the list of the
 * evidence itself. Formative only: it is never part of the PTA, so summative points are shown
 * as evidence like any other (they are the same work), but nothing here is a cijfer.
 */

/** What the profile prints of a goal: its code and text (a FrameworkNode fits). */
export interface GrowthProfileGoalInfo {
  code: string;
  text: string;
}

export interface GrowthProfileInput {
  /** The student's evidence (any order; other students' points are ignored). */
  points: readonly EvidencePoint[];
  studentId: string;
  goals: ReadonlyMap<string, GrowthProfileGoalInfo>;
  /** The mastery method of the goal's framework. */
  settingsOf: (nodeId: string) => MasterySettings;
  /** The school's observation scale, lowest level first: the target scale of every level shown. */
  scale: readonly string[];
  /** Opdracht titles by id. */
  opdrachten: ReadonlyMap<string, string>;
}

export interface GrowthProfilePoint {
  key: string;
  date: IsoDate;
  kind: EvidencePoint['kind'];
  /** 0 = lowest level, 1 = highest. */
  fraction: number;
  /** 1-based level on the school's scale (rounded when the evidence was on another scale). */
  level: number;
  levelLabel: string;
  /** Evidence on a scale of another size, converted. */
  converted: boolean;
  assessor: Assessor;
  assessorName: string;
  opdracht: string | null;
  note: string;
  /** Counted for mastery (its assessor is one of the method's sources). */
  counted: boolean;
}

export interface GrowthProfileMastery {
  level: number;
  levelLabel: string;
  fraction: number;
  count: number;
  method: MasteryMethod;
  normalised: boolean;
}

export interface GrowthProfileGoal {
  nodeId: string;
  /** Empty when the goal is no longer known (its framework was removed). */
  code: string;
  text: string;
  known: boolean;
  /** Oldest work first. */
  points: GrowthProfilePoint[];
  /** Null when none of the evidence is from a source the method counts. */
  mastery: GrowthProfileMastery | null;
  sources: readonly Assessor[];
}

export interface GrowthProfile {
  goals: GrowthProfileGoal[];
  evidenceCount: number;
  /** The span of all evidence, for a common time axis; null without evidence. */
  firstDate: IsoDate | null;
  lastDate: IsoDate | null;
}

const codeCollator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

export function buildGrowthProfile(input: GrowthProfileInput): GrowthProfile {
  const scaleSize = Math.max(1, input.scale.length);
  const byGoal = new Map<string, EvidencePoint[]>();
  for (const point of input.points) {
    if (point.studentId !== input.studentId) continue;
    const list = byGoal.get(point.nodeId);
    if (list) list.push(point);
    else byGoal.set(point.nodeId, [point]);
  }

  const goals: GrowthProfileGoal[] = [];
  let evidenceCount = 0;
  let firstDate: IsoDate | null = null;
  let lastDate: IsoDate | null = null;
  for (const [nodeId, raw] of byGoal) {
    const ordered = [...raw].sort(byWorkDate);
    const settings = input.settingsOf(nodeId);
    const sources = new Set(settings.sources);
    const mastery = masteryOf(ordered, settings, scaleSize);
    const info = input.goals.get(nodeId);
    const points = ordered.map((point): GrowthProfilePoint => {
      const level = fractionToLevel(point.fraction, scaleSize);
      return {
        key: point.key,
        date: point.date,
        kind: point.kind,
        fraction: point.fraction,
        level,
        levelLabel: labelOf(input.scale, level),
        converted: point.scaleSize !== scaleSize,
        assessor: point.assessor,
        assessorName: point.assessorName,
        opdracht: point.opdrachtId == null ? null : (input.opdrachten.get(point.opdrachtId) ?? null),
        note: point.note.trim(),
        counted: sources.has(point.assessor),
      };
    });
    evidenceCount += points.length;
    const first = points[0]!.date;
    const last = points[points.length - 1]!.date;
    if (firstDate === null || first < firstDate) firstDate = first;
    if (lastDate === null || last > lastDate) lastDate = last;
    goals.push({
      nodeId,
      code: info?.code ?? '',
      text: info?.text ?? '',
      known: info !== undefined,
      points,
      mastery: mastery && {
        level: mastery.level,
        levelLabel: labelOf(input.scale, mastery.level),
        fraction: mastery.fraction,
        count: mastery.count,
        method: settings.method,
        normalised: mastery.normalised,
      },
      sources: settings.sources,
    });
  }
  // Known goals in the order of their codes (A1, A2, … A10), unknown ones last.
  goals.sort((a, b) => Number(b.known) - Number(a.known) || codeCollator.compare(a.code, b.code) || codeCollator.compare(a.text, b.text));
  return { goals, evidenceCount, firstDate, lastDate };
}

function labelOf(scale: readonly string[], level: number): string {
  return scale[level - 1] ?? String(level);
}

/** Days since 1970 of an ISO date (UTC, so no daylight-saving hour shifts the axis). */
export function dayNumber(date: IsoDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/**
 * Where a point sits in a chart of `width` × `height` (origin top left): x by date over the
 * span first..last (one point alone, or all on one day, in the middle), y by level with the
 * lowest level at the bottom.
 */
export function chartPosition(point: Pick<GrowthProfilePoint, 'date' | 'fraction'>, span: { first: IsoDate; last: IsoDate }, width: number, height: number): { x: number; y: number } {
  const from = dayNumber(span.first);
  const days = dayNumber(span.last) - from;
  const x = days <= 0 ? width / 2 : ((dayNumber(point.date) - from) / days) * width;
  return { x, y: (1 - point.fraction) * height };
}
