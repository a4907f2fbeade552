import type { FrameworkNode } from '../domain/framework';
import type { Opdracht, OpdrachtStatus } from '../domain/opdracht';
import { isLive } from '../domain/record';
import type { SchoolYear } from '../domain/school-year';
import { startOf } from './phases';

/**
 * Plan coverage (issue 4, point 5): which eindtermen the planned opdrachten cover, how often,
 * and which no opdracht covers yet. The programme requires every eindterm to be covered and
 * afgesloten across the whole programme (domain.md, "Rules"); this is the planning side of that
 * question (the per-student side comes with the assessments).
 *
 * An opdracht covers an eindterm
 * - 'opdracht': directly, through its nodeIds;
 * - 'rubric': through a criterion of one of its rubrics whose nodeIds hold the eindterm;
 * - 'skill': through a leerdoel or vaardigheid (in its nodeIds or a criterion's) that the
 *   school linked to the eindterm (FrameworkNode.linkedNodeIds, given as `skillLinks`). One
 *   step only: links point from the school's nodes to eindtermen, not from node to node.
 * A link to a domein does not cover its eindtermen: "something of domein B" says nothing about
 * which eindterm is done.
 *
 * Counted: live opdrachten that are not templates and not gearchiveerd. Concepts count (a copied
 * year is all concepts until the teacher plans it); each entry carries its status so a screen
 * can show them apart.
 */
export type CoverageVia = 'opdracht' | 'rubric' | 'skill';

export interface CoveringOpdracht {
  opdrachtId: string;
  title: string;
  status: OpdrachtStatus;
  schoolYear: SchoolYear;
  /** How the opdracht covers the eindterm, in the order opdracht, rubric, skill. */
  via: CoverageVia[];
}

export interface EindtermCoverage {
  eindterm: FrameworkNode;
  /** How many opdrachten cover it (each opdracht once, however many links it has). */
  count: number;
  /** Sorted by start date (opdrachten without dates last), then title. */
  opdrachten: CoveringOpdracht[];
}

export interface PlanCoverage {
  /** One entry per eindterm, in the order given. */
  eindtermen: EindtermCoverage[];
  /** The eindtermen no opdracht covers yet, in the order given. */
  uncovered: FrameworkNode[];
  coveredCount: number;
  total: number;
}

/** Anything with criteria that carry nodeIds: a RubricVersion or RubricContent. */
export interface RubricLinks {
  criteria: readonly { nodeIds: readonly string[] }[];
}

export interface PlanCoverageInput {
  eindtermen: readonly FrameworkNode[];
  opdrachten: readonly Opdracht[];
  /** Rubric id → the version whose criteria count (usually the current one). */
  rubricsById: ReadonlyMap<string, RubricLinks>;
  /** Leerdoel or vaardigheid node id → the eindterm ids it serves (see skillLinksFromNodes). */
  skillLinks: ReadonlyMap<string, readonly string[]>;
  /** Only opdrachten this group does (a group's whole programme when no schoolYear is given). */
  groupId?: string;
  /** Only opdrachten of this school year. */
  schoolYear?: SchoolYear;
}

/** skillLinks from framework nodes: every node with linkedNodeIds (the school's leerdoelen and vaardigheden). */
export function skillLinksFromNodes(nodes: readonly FrameworkNode[]): Map<string, string[]> {
  const links = new Map<string, string[]>();
  for (const node of nodes) {
    if (isLive(node) && node.linkedNodeIds && node.linkedNodeIds.length > 0) links.set(node.id, [...node.linkedNodeIds]);
  }
  return links;
}

const VIA_BITS: Record<CoverageVia, number> = { opdracht: 1, rubric: 2, skill: 4 };
const VIA_ORDER: readonly CoverageVia[] = ['opdracht', 'rubric', 'skill'];

export function countsForCoverage(opdracht: Opdracht): boolean {
  return isLive(opdracht) && !opdracht.isTemplate && opdracht.status !== 'gearchiveerd';
}

/**
 * The eindterm ids one opdracht covers, with how (bit set of VIA_BITS). Work is linear in the
 * opdracht's links: 40 opdrachten × a few dozen links each is a few thousand map operations.
 */
function coveredBy(opdracht: Opdracht, input: PlanCoverageInput, wanted: ReadonlySet<string>): Map<string, number> {
  const covered = new Map<string, number>();
  const mark = (id: string, bit: number) => {
    if (wanted.has(id)) covered.set(id, (covered.get(id) ?? 0) | bit);
  };
  const viaSkill = (id: string) => {
    for (const eindtermId of input.skillLinks.get(id) ?? []) mark(eindtermId, VIA_BITS.skill);
  };
  for (const id of opdracht.nodeIds) {
    mark(id, VIA_BITS.opdracht);
    viaSkill(id);
  }
  for (const rubricId of new Set(opdracht.rubricIds)) {
    const rubric = input.rubricsById.get(rubricId);
    if (!rubric) continue;
    for (const criterion of rubric.criteria) {
      for (const id of criterion.nodeIds) {
        mark(id, VIA_BITS.rubric);
        viaSkill(id);
      }
    }
  }
  return covered;
}

export function planCoverage(input: PlanCoverageInput): PlanCoverage {
  const wanted = new Set(input.eindtermen.map((node) => node.id));
  const byEindterm = new Map<string, CoveringOpdracht[]>();
  const counted = input.opdrachten
    .filter(countsForCoverage)
    .filter((o) => (input.groupId === undefined || o.groupIds.includes(input.groupId)) && (input.schoolYear === undefined || o.schoolYear === input.schoolYear))
    .map((opdracht) => ({ opdracht, start: startOf(opdracht) }))
    .sort(
      (a, b) =>
        (a.start === null ? 1 : 0) - (b.start === null ? 1 : 0) ||
        (a.start ?? '').localeCompare(b.start ?? '') ||
        a.opdracht.title.localeCompare(b.opdracht.title, 'nl'),
    );
  for (const { opdracht } of counted) {
    for (const [eindtermId, bits] of coveredBy(opdracht, input, wanted)) {
      const entry: CoveringOpdracht = {
        opdrachtId: opdracht.id,
        title: opdracht.title,
        status: opdracht.status,
        schoolYear: opdracht.schoolYear,
        via: VIA_ORDER.filter((via) => (bits & VIA_BITS[via]) !== 0),
      };
      const list = byEindterm.get(eindtermId);
      if (list) list.push(entry);
      else byEindterm.set(eindtermId, [entry]);
    }
  }
  const eindtermen = input.eindtermen.map((eindterm) => {
    const opdrachten = byEindterm.get(eindterm.id) ?? [];
    return { eindterm, count: opdrachten.length, opdrachten };
  });
  const uncovered = eindtermen.filter((row) => row.count === 0).map((row) => row.eindterm);
  return { eindtermen, uncovered, coveredCount: eindtermen.length - uncovered.length, total: eindtermen.length };
}

/** Plan coverage per group (for the "per groep" view): group id → that group's coverage. */
export function planCoverageByGroup(input: Omit<PlanCoverageInput, 'groupId'>, groupIds: readonly string[]): Map<string, PlanCoverage> {
  return new Map(groupIds.map((groupId) => [groupId, planCoverage({ ...input, groupId })]));
}
