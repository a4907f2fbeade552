import { describe, expect, it } from 'vitest';
import { generateSchool } from '../../../../shared/demo/generate-school';

const NOW = new Date(2026, 10, 23).getTime();

describe('generateSchool', () => {
  it('makes one teacher\'s load for the demo: 3 cohorts, 5 groups, 120 students', () => {
    const school = generateSchool('demo', { now: NOW });
    expect(school.cohorts.map((c) => c.name)).toEqual(['Cohort 2025-2027 tl', 'Cohort 2026-2028 tl', 'Cohort 2026-2028 gl']);
    expect(school.groups.map((g) => g.name)).toEqual(['4T-A', '4T-B', '3T-A', '3T-B', '3G-A']);
    expect(school.students).toHaveLength(120);
  });

  it('makes the benchmark school of quality.md: 1,000 students in 40 groups over 5 cohorts', () => {
    const school = generateSchool('large', { now: NOW });
    expect(school.cohorts).toHaveLength(5);
    expect(school.groups).toHaveLength(40);
    expect(school.students).toHaveLength(1000);
  });

  it('is deterministic, with unique ids and leerlingnummers, and every student in an existing group', () => {
    const a = generateSchool('large', { now: NOW });
    const b = generateSchool('large', { now: NOW });
    expect(a).toEqual(b);
    const numbers = new Set(a.students.map((s) => s.leerlingnummer));
    expect(numbers.size).toBe(1000);
    const ids = new Set([...a.cohorts, ...a.groups, ...a.students].map((r) => r.id));
    expect(ids.size).toBe(1045);
    const groupIds = new Set(a.groups.map((g) => g.id));
    expect(a.students.every((s) => groupIds.has(s.groupId))).toBe(true);
  });

  it('uses names with the diacritics real class lists have', () => {
    const names = generateSchool('demo', { now: NOW }).students.map((s) => `${s.roepnaam} ${s.achternaam}`).join(' ');
    expect(names).toMatch(/[ëéïöşıç]/);
  });
});
