import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { GrowthSection } from '../../../../renderer/src/features/student/components/GrowthSection';
import type { PointWords } from '../../../../renderer/src/features/student/point-words';
import type { Framework, FrameworkNode } from '../../../../shared/domain/framework';
import type { Observatie } from '../../../../shared/domain/observatie';
import { computeStudentGrowth } from '../../../../shared/profile/student-growth';

const record = { createdAt: 1, updatedAt: 1, deletedAt: null };
const SCALE = ['D', 'C', 'B', 'A'];
const programme: Framework = {
  id: 'zw',
  lineageId: 'lin-zw',
  title: 'Zorg en Welzijn',
  family: 'vmbo-pgv',
  programme: 'Zorg en Welzijn',
  version: '2024',
  source: { kind: 'manual', label: '' },
  status: 'active',
  ...record,
};

/** A student with two observations on each of `goals` eindtermen. */
function growthOf(goals: number) {
  const nodes: FrameworkNode[] = Array.from({ length: goals }, (_, index) => ({
    id: `n${index + 1}`,
    frameworkId: 'zw',
    parentId: null,
    type: 'eindterm',
    code: `A${index + 1}`,
    text: `Eindterm ${index + 1}`,
    textStatus: 'official',
    order: index,
    ...record,
  }));
  let stamp = 0;
  const observaties: Observatie[] = nodes.flatMap((node) =>
    ['2026-01-10', '2026-03-02'].map((date, index) => ({
      id: `o${++stamp}`,
      studentId: 's1',
      nodeId: node.id,
      level: index + 2,
      scaleSize: 4,
      date,
      note: '',
      opdrachtId: null,
      assessor: 'examinator' as const,
      batchId: `b${stamp}`,
      evidenceIds: [],
      ...record,
      createdAt: stamp,
    })),
  );
  return computeStudentGrowth(
    {
      evidence: { observaties, beoordelingen: [], versionsById: new Map() },
      frameworks: [programme],
      nodes: new Map(nodes.map((node) => [node.id, node])),
      currentNodesOfRetired: [],
      settingsByLineage: new Map(),
      programme,
      eindtermen: nodes,
      pta: null,
      resultaten: [],
    },
    4,
  );
}

const words: PointWords = {
  date: (point) => point.date,
  level: (point) => SCALE[point.level - 1]!,
  assessor: () => 'Examinator',
  opdracht: () => 'Zonder opdracht',
  kind: () => 'Observatie',
  scaleLabel: (level) => SCALE[level - 1]!,
};

describe('GrowthSection', () => {
  it('shows every goal at once and draws the charts of the first ones; the others follow, each with its tab stop and table', async () => {
    const { container } = render(<GrowthSection growth={growthOf(20)} scale={SCALE} words={words} onObserve={vi.fn()} />);
    const section = screen.getByRole('region', { name: 'Groei per vaardigheid' });
    const cards = () => [...container.querySelectorAll('article.growth-goal')];
    // Every goal's card with heading and mastery straight away.
    expect(cards()).toHaveLength(20);
    expect(within(section).getAllByRole('heading', { level: 4 })).toHaveLength(20);
    expect(container.querySelectorAll('.growth-mastery strong')).toHaveLength(20);
    expect(container.querySelector('.growth-mastery strong')?.textContent).toMatch(/^Nu: [DCBA]$/);
    const drawnAtFirst = cards().filter((card) => card.getAttribute('data-chart') === 'drawn');
    expect(drawnAtFirst.length).toBeGreaterThan(0);
    expect(drawnAtFirst.length).toBeLessThan(20);
    expect(cards().slice(0, drawnAtFirst.length)).toEqual(drawnAtFirst);
    for (const card of cards()) {
      const drawn = card.getAttribute('data-chart') === 'drawn';
      expect(card.querySelector('.growth-chart svg') !== null).toBe(drawn);
      expect(card.querySelector('table') !== null).toBe(drawn);
      expect(card.querySelector('.growth-chart-pending') !== null).toBe(!drawn);
    }
    expect(section.getAttribute('data-charts')).toBe('some');

    await waitFor(() => expect(section.getAttribute('data-charts')).toBe('all'));
    for (const card of cards()) {
      expect(card.getAttribute('data-chart')).toBe('drawn');
      expect(card.querySelectorAll('.growth-point')).toHaveLength(2);
      expect(card.querySelectorAll('.growth-point[tabindex="0"]')).toHaveLength(1);
      expect(card.querySelectorAll('table tbody tr')).toHaveLength(2);
    }
  });
});
