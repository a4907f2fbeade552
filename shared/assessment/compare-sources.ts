import type { Assessor, Beoordeling } from '../domain/beoordeling';
import { isLive } from '../domain/record';
import type { RubricContent } from '../domain/rubric';

/** One assessor's level on one criterion, and how far it lies from the examinator's. */
export interface SourceLevel {
  assessor: Assessor;
  name: string;
  beoordelingId: string;
  levelId: string | null;
  /** Levels above (+) or below (−) the examinator's; null when either is unscored. */
  difference: number | null;
}

export interface CriterionComparison {
  criterionId: string;
  /** The examinator's level: the one that counts. */
  examinator: string | null;
  others: SourceLevel[];
  /** Some other source differs from the examinator's level. */
  differs: boolean;
}

const ORDER: Record<Assessor, number> = { examinator: 0, 'tweede-examinator': 1, zelf: 2, peer: 3, opdrachtgever: 4 };

/**
 * All sources side by side per criterion, for one student and one rubric version: the
 * examinator's level (the one that counts) and every other assessor's with its distance in
 * levels. Levels are compared by their position in this version's scale, lowest = 0. Pass the
 * beoordelingen of one student, rubric version and attempt; deleted ones are left out.
 */
export function compareSources(content: RubricContent, all: readonly Beoordeling[]): CriterionComparison[] {
  const beoordelingen = all.filter(isLive);
  const position = new Map(content.levels.map((level, index) => [level.id, index]));
  const examinator = beoordelingen.find((b) => b.assessor === 'examinator');
  const others = beoordelingen.filter((b) => b.assessor !== 'examinator').sort((a, b) => ORDER[a.assessor] - ORDER[b.assessor] || a.assessorName.localeCompare(b.assessorName, 'nl'));
  return content.criteria.map((criterion) => {
    const own = examinator?.scores[criterion.id] ?? null;
    const ownPosition = own == null ? undefined : position.get(own);
    const levels = others.map((b): SourceLevel => {
      const levelId = b.scores[criterion.id] ?? null;
      const at = levelId == null ? undefined : position.get(levelId);
      return { assessor: b.assessor, name: b.assessorName, beoordelingId: b.id, levelId, difference: at === undefined || ownPosition === undefined ? null : at - ownPosition };
    });
    return { criterionId: criterion.id, examinator: own, others: levels, differs: levels.some((level) => level.difference != null && level.difference !== 0) };
  });
}
