import { describe, expect, it } from 'vitest';
import type { FrameworkNode } from '../../../../shared/domain/framework';
import type { Opdracht } from '../../../../shared/domain/opdracht';
import { planCoverage, planCoverageByGroup, skillLinksFromNodes, type RubricLinks } from '../../../../shared/opdrachten/coverage';
import { makeOpdracht, phase } from './helpers';

function node(id: string, overrides: Partial<FrameworkNode> = {}): FrameworkNode {
  return { id, frameworkId: 'f', parentId: null, type: 'eindterm', code: id, text: id, textStatus: 'school', order: 0, createdAt: 1, updatedAt: 1, deletedAt: null, ...overrides };
}

const eindtermen = ['A1', 'A2', 'B1', 'B2', 'C1'].map((id) => node(id));
const skill = node('plannen', { type: 'vaardigheid', frameworkId: 'school', linkedNodeIds: ['B2'] });
const rubricsById = new Map<string, RubricLinks>([['r1', { criteria: [{ nodeIds: ['B1'] }, { nodeIds: [] }] }]]);
const skillLinks = skillLinksFromNodes([...eindtermen, skill]);

function opdracht(id: string, overrides: Partial<Opdracht>): Opdracht {
  return makeOpdracht({ id, title: id, nodeIds: [], rubricIds: [], ...overrides });
}

describe('planCoverage', () => {
  it('counts coverage directly, through a rubric criterion and through a linked skill, and lists what is uncovered', () => {
    const coverage = planCoverage({
      eindtermen,
      opdrachten: [
        opdracht('lunch', { nodeIds: ['A1', 'plannen'], rubricIds: ['r1'], phases: [phase('p', 'Uitvoeren', '2027-03-01', '2027-03-10')] }),
        opdracht('beurs', { nodeIds: ['A1'], phases: [phase('p', 'Uitvoeren', '2026-10-01', '2026-10-10')] }),
      ],
      rubricsById,
      skillLinks,
    });
    const summary = coverage.eindtermen.map((row) => [row.eindterm.id, row.count, row.opdrachten.map((o) => `${o.opdrachtId}:${o.via.join('+')}`)]);
    expect(summary).toEqual([
      ['A1', 2, ['beurs:opdracht', 'lunch:opdracht']],
      ['A2', 0, []],
      ['B1', 1, ['lunch:rubric']],
      ['B2', 1, ['lunch:skill']],
      ['C1', 0, []],
    ]);
    expect(coverage.uncovered.map((n) => n.id)).toEqual(['A2', 'C1']);
    expect(coverage).toMatchObject({ coveredCount: 3, total: 5 });
  });

  it('counts an opdracht once per eindterm, with every way it covers it', () => {
    const coverage = planCoverage({
      eindtermen,
      opdrachten: [opdracht('x', { nodeIds: ['B1', 'B1'], rubricIds: ['r1', 'r1', 'unknown-rubric'] })],
      rubricsById,
      skillLinks,
    });
    expect(coverage.eindtermen[2]).toMatchObject({ count: 1, opdrachten: [{ opdrachtId: 'x', via: ['opdracht', 'rubric'] }] });
  });

  it('follows a skill linked from a rubric criterion too', () => {
    const viaCriterion = new Map<string, RubricLinks>([['r2', { criteria: [{ nodeIds: ['plannen'] }] }]]);
    const coverage = planCoverage({ eindtermen, opdrachten: [opdracht('x', { rubricIds: ['r2'] })], rubricsById: viaCriterion, skillLinks });
    expect(coverage.eindtermen[3]!.opdrachten[0]!.via).toEqual(['skill']);
  });

  it('ignores templates, archived and deleted opdrachten; counts concepts', () => {
    const coverage = planCoverage({
      eindtermen,
      opdrachten: [
        opdracht('tpl', { nodeIds: ['A1'], isTemplate: true }),
        opdracht('old', { nodeIds: ['A2'], status: 'gearchiveerd' }),
        opdracht('gone', { nodeIds: ['B1'], deletedAt: 4 }),
        opdracht('idea', { nodeIds: ['C1'], status: 'concept' }),
      ],
      rubricsById,
      skillLinks,
    });
    expect(coverage.uncovered.map((n) => n.id)).toEqual(['A1', 'A2', 'B1', 'B2']);
    expect(coverage.eindtermen[4]!.opdrachten[0]).toMatchObject({ opdrachtId: 'idea', status: 'concept' });
  });

  it('narrows to one group or one school year, and gives every group its own coverage', () => {
    const opdrachten = [
      opdracht('g1-only', { nodeIds: ['A1'], groupIds: ['g1'] }),
      opdracht('both', { nodeIds: ['A2'], groupIds: ['g1', 'g2'] }),
      opdracht('next-year', { nodeIds: ['C1'], groupIds: ['g2'], schoolYear: '2027-2028' }),
    ];
    const input = { eindtermen, opdrachten, rubricsById, skillLinks };
    const covered = (c: ReturnType<typeof planCoverage>) => c.eindtermen.filter((r) => r.count > 0).map((r) => r.eindterm.id);
    expect(covered(planCoverage({ ...input, groupId: 'g2' }))).toEqual(['A2', 'C1']);
    expect(covered(planCoverage({ ...input, groupId: 'g2', schoolYear: '2026-2027' }))).toEqual(['A2']);
    const perGroup = planCoverageByGroup(input, ['g1', 'g2', 'g3']);
    expect([...perGroup].map(([id, c]) => [id, covered(c)])).toEqual([
      ['g1', ['A1', 'A2']],
      ['g2', ['A2', 'C1']],
      ['g3', []],
    ]);
  });

  const benchmark = () => {
    const many = Array.from({ length: 60 }, (_, i) => node(`E${i}`));
    const opdrachten = Array.from({ length: 40 }, (_, i) => opdracht(`o${i}`, { nodeIds: [`E${i}`, `E${(i + 1) % 60}`], rubricIds: ['r1'] }));
    return { eindtermen: many, opdrachten, rubricsById: new Map([['r1', { criteria: [{ nodeIds: ['E59'] }] }]]), skillLinks: new Map() };
  };

  it('gives the right totals at the benchmark size (40 opdrachten × 60 eindtermen)', () => {
    const coverage = planCoverage(benchmark());
    expect(coverage.coveredCount).toBe(42); // E0..E40 directly, E59 through the rubric
    expect(coverage.eindtermen[59]!.count).toBe(40);
    expect(coverage.eindtermen[1]!.count).toBe(2);
  });

  it('logs its time at the benchmark size (not asserted: the benchmark measures it in Chromium)', () => {
    const input = benchmark();
    const started = performance.now();
    for (let i = 0; i < 10; i++) planCoverage(input);
    console.log(`plan coverage 40 opdrachten × 60 eindtermen: ${((performance.now() - started) / 10).toFixed(2)} ms per run`);
  });
});
