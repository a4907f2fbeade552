import { describe, expect, it } from 'vitest';
import { generateSchoolContent } from '../../../../shared/demo/generate-content';
import { generateSchool } from '../../../../shared/demo/generate-school';
import { validateRubricContent } from '../../../../shared/rubrics';
import { validateOpdracht } from '../../../../shared/opdrachten';

const NOW = new Date(2026, 10, 23).getTime();

describe('generateSchoolContent', () => {
  const school = generateSchool('demo', { now: NOW });
  const content = generateSchoolContent(school, 'demo', { now: NOW });

  it('links everything the way a teacher would: rubric criteria and opdrachten to stored eindtermen', () => {
    const nodeIds = new Set(content.nodes.map((node) => node.id));
    const rubricIds = new Set(content.rubrics.map((rubric) => rubric.id));
    const groupIds = new Set(school.groups.map((group) => group.id));
    for (const version of content.rubricVersions) for (const criterion of version.criteria) expect(criterion.nodeIds.every((id) => nodeIds.has(id))).toBe(true);
    for (const opdracht of content.opdrachten) {
      expect(opdracht.nodeIds.every((id) => nodeIds.has(id))).toBe(true);
      expect(opdracht.rubricIds.every((id) => rubricIds.has(id))).toBe(true);
      expect(opdracht.groupIds.every((id) => groupIds.has(id))).toBe(true);
    }
  });

  it('never marks invented eindterm texts as official', () => {
    expect(content.nodes.filter((node) => node.type === 'eindterm').every((node) => node.textStatus !== 'official')).toBe(true);
  });

  it('makes rubrics that yield a cijfer and opdrachten without errors', () => {
    for (const version of content.rubricVersions) expect(validateRubricContent(version)).toEqual([]);
    for (const opdracht of content.opdrachten) {
      expect(validateOpdracht(opdracht, { schoolYear: opdracht.schoolYear }).filter((p) => p.severity === 'error')).toEqual([]);
    }
  });

  it('puts only students of an opdracht’s group in its teams', () => {
    const groupOf = new Map(school.students.map((student) => [student.id, student.groupId]));
    for (const team of content.teams) expect(team.studentIds.every((id) => groupOf.get(id) === team.groupId)).toBe(true);
  });

  it('gives the large school the sizes of quality.md: 60 opdrachtgevers, 40 opdrachten, rubrics of 8 criteria', () => {
    const large = generateSchool('large', { now: NOW });
    const big = generateSchoolContent(large, 'large', { now: NOW });
    expect(big.opdrachtgevers).toHaveLength(60);
    expect(big.opdrachten).toHaveLength(40);
    expect(big.rubricVersions.every((version) => version.criteria.length === 8)).toBe(true);
  });
});
