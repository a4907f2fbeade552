import { describe, expect, it } from 'vitest';
import { moveStudentToTeam, splitIntoTeams, validateTeams, type TeamDraft } from '../../../../shared/opdrachten/teams';
import { idCounter, makeStudent } from './helpers';

const students = (n: number, groupId = 'g1') => Array.from({ length: n }, (_, i) => makeStudent(`s${i + 1}`, `Leerling${i + 1}`, 'Jansen', groupId));
const sizes = (teams: TeamDraft[]) => teams.map((t) => t.studentIds.length);
const everyone = (teams: TeamDraft[]) => teams.flatMap((t) => t.studentIds).sort();

describe('splitIntoTeams', () => {
  it("'size': 25 students in teams of at most 4 give 7 teams of 3-4, never a team of 1", () => {
    const teams = splitIntoTeams(students(25), { mode: 'size', size: 4, newId: idCounter('t') });
    expect(sizes(teams)).toEqual([4, 4, 4, 4, 3, 3, 3]);
    expect(teams.map((t) => t.name)).toEqual(['Team 1', 'Team 2', 'Team 3', 'Team 4', 'Team 5', 'Team 6', 'Team 7']);
    expect(teams.map((t) => t.order)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(teams[0]).toEqual({ id: 't-1', name: 'Team 1', studentIds: ['s1', 's2', 's3', 's4'], order: 0 });
  });

  it("'size': for every class size and team size, everyone exactly once, sizes within one, at most the size, no solo", () => {
    for (let n = 2; n <= 32; n++) {
      for (let size = 2; size <= 6; size++) {
        const teams = splitIntoTeams(students(n), { mode: 'size', size, newId: idCounter() });
        const s = sizes(teams);
        expect(everyone(teams)).toEqual(students(n).map((x) => x.id).sort());
        expect(Math.max(...s) - Math.min(...s), `${n}/${size}`).toBeLessThanOrEqual(1);
        expect(Math.min(...s), `${n}/${size}`).toBeGreaterThanOrEqual(2);
        // Only pairs with an odd class may go one over: a trio instead of someone alone.
        expect(Math.max(...s), `${n}/${size}`).toBeLessThanOrEqual(size === 2 && n % 2 === 1 ? 3 : size);
      }
    }
    expect(sizes(splitIntoTeams(students(7), { mode: 'size', size: 2, newId: idCounter() }))).toEqual([3, 2, 2]);
    expect(sizes(splitIntoTeams(students(3), { mode: 'size', size: 1, newId: idCounter() }))).toEqual([1, 1, 1]);
  });

  it("'count': exactly that many teams, or one per student when there are fewer", () => {
    expect(sizes(splitIntoTeams(students(25), { mode: 'count', count: 6, newId: idCounter() }))).toEqual([5, 4, 4, 4, 4, 4]);
    expect(sizes(splitIntoTeams(students(3), { mode: 'count', count: 5, newId: idCounter() }))).toEqual([1, 1, 1]);
    expect(splitIntoTeams([], { mode: 'count', count: 5, newId: idCounter() })).toEqual([]);
  });

  it("'random': shuffled, the same for the same seed, different for another", () => {
    const a = splitIntoTeams(students(24), { mode: 'random', seed: 7, newId: idCounter() });
    const b = splitIntoTeams(students(24), { mode: 'random', seed: 7, newId: idCounter() });
    const c = splitIntoTeams(students(24), { mode: 'random', seed: 8, newId: idCounter() });
    expect(a).toEqual(b);
    expect(a.map((t) => t.studentIds)).not.toEqual(c.map((t) => t.studentIds));
    expect(a[0]!.studentIds).not.toEqual(['s1', 's2', 's3', 's4']);
    expect(sizes(a)).toEqual([4, 4, 4, 4, 4, 4]);
    expect(everyone(a)).toEqual(students(24).map((s) => s.id).sort());
    expect(sizes(splitIntoTeams(students(24), { mode: 'random', count: 5, newId: idCounter() }))).toEqual([5, 5, 5, 5, 4]);
  });

  const average = (team: TeamDraft, score: (id: string) => number) => team.studentIds.reduce((sum, id) => sum + score(id), 0) / team.studentIds.length;
  const spread = (teams: TeamDraft[], score: (id: string) => number) => {
    const averages = teams.map((t) => average(t, score));
    return Math.max(...averages) - Math.min(...averages);
  };

  it("'balanced': team averages close together, much closer than teams in list order", () => {
    // Scores rise with the list order: teams in order would be weak, middle and strong.
    const grade = (id: string) => 4 + Number(id.slice(1)) * 0.2;
    const balanced = splitIntoTeams(students(24), { mode: 'balanced', size: 4, scoreOf: grade, newId: idCounter() });
    const inOrder = splitIntoTeams(students(24), { mode: 'size', size: 4, newId: idCounter() });
    expect(spread(inOrder, grade)).toBeGreaterThan(3);
    expect(spread(balanced, grade)).toBeLessThan(0.01);
    expect(everyone(balanced)).toEqual(students(24).map((s) => s.id).sort());
  });

  it("'balanced': improves on a plain snake draft with uneven sizes and clustered scores", () => {
    const scores = [9, 9, 9, 8.5, 6, 6, 5.5, 5.5, 5.5, 5, 5, 4, 3.5, 3, 3, 3, 2.5];
    const score = (id: string) => scores[Number(id.slice(1)) - 1]!;
    const teams = splitIntoTeams(students(scores.length), { mode: 'balanced', size: 4, scoreOf: score, newId: idCounter() });
    expect(sizes(teams).sort()).toEqual([3, 3, 3, 4, 4]);
    const overall = scores.reduce((a, b) => a + b, 0) / scores.length;
    // A plain snake draft leaves one team 0.53 above the overall average and one 0.47 below.
    for (const team of teams) expect(Math.abs(average(team, score) - overall)).toBeLessThan(0.25);
  });

  it("'balanced': a student without a score counts as the average", () => {
    const score = (id: string) => (id === 's1' ? Number.NaN : id === 's2' ? 10 : 2);
    const teams = splitIntoTeams(students(4), { mode: 'balanced', count: 2, scoreOf: score, newId: idCounter() });
    expect(teams.find((t) => t.studentIds.includes('s2'))!.studentIds).not.toContain('s1');
  });

  it('takes team names from a list or a function', () => {
    expect(splitIntoTeams(students(6), { mode: 'count', count: 3, names: ['Rood', 'Blauw'], newId: idCounter() }).map((t) => t.name)).toEqual(['Rood', 'Blauw', 'Team 3']);
    expect(splitIntoTeams(students(4), { mode: 'count', count: 2, names: (i) => `Groep ${String.fromCharCode(65 + i)}`, newId: idCounter() }).map((t) => t.name)).toEqual([
      'Groep A',
      'Groep B',
    ]);
  });

  it('refuses sizes and counts that are not whole numbers of 1 or more', () => {
    for (const options of [{ mode: 'size' as const }, { mode: 'size' as const, size: 0 }, { mode: 'count' as const, count: 2.5 }, { mode: 'random' as const, size: -1 }]) {
      expect(() => splitIntoTeams(students(5), { ...options, newId: idCounter() })).toThrow(RangeError);
    }
  });
});

describe('validateTeams', () => {
  const daniel = makeStudent('s9', 'Daniël', 'Berg', 'g2', 'van der');
  const byId = new Map([...students(4), daniel].map((s) => [s.id, s]));
  const group = { id: 'g1', name: '3T-A' };
  const groupNames = new Map([['g2', '3T-B']]);

  it('accepts teams of the group that hold everyone once', () => {
    expect(validateTeams([{ id: 't1', name: 'Team 1', studentIds: ['s1', 's2'] }, { id: 't2', name: 'Team 2', studentIds: ['s3', 's4'] }], byId, group)).toEqual([]);
  });

  it('names the student from another group and both groups', () => {
    const problems = validateTeams([{ id: 't1', name: 'Team 1', studentIds: ['s1', 's2', 's3', 's4', 's9'] }], byId, group, groupNames);
    expect(problems).toEqual([
      {
        code: 'team.student-other-group',
        severity: 'error',
        location: { kind: 'team', teamId: 't1', index: 0, studentId: 's9' },
        params: { team: 1, teamName: 'Team 1', student: 'Daniël van der Berg', group: '3T-A', studentGroup: '3T-B' },
      },
    ]);
  });

  it('finds a student in two teams, empty teams, duplicate and missing names, unknown students and students without a team', () => {
    const problems = validateTeams(
      [
        { id: 't1', name: 'Team 1', studentIds: ['s1', 's2', 'ghost'] },
        { id: 't2', name: 'team 1 ', studentIds: ['s2'] },
        { id: 't3', name: '', studentIds: [] },
      ],
      byId,
      group,
    );
    expect(problems.map((p) => [p.code, p.severity, p.params])).toEqual([
      ['team.student-unknown', 'error', { team: 1, teamName: 'Team 1', studentId: 'ghost' }],
      ['team.name-duplicate', 'error', { team: 2, otherTeam: 1, name: 'team 1' }],
      ['team.student-twice', 'error', { student: 'Leerling2 Jansen', team: 2, teamName: 'team 1', otherTeam: 1, otherTeamName: 'Team 1' }],
      ['team.name-empty', 'error', { team: 3 }],
      ['team.empty', 'warning', { team: 3, name: '' }],
      ['team.students-without-team', 'warning', { count: 2, students: ['Leerling3 Jansen', 'Leerling4 Jansen'], group: '3T-A' }],
    ]);
    expect(problems.at(-1)!.location).toEqual({ kind: 'group', groupId: 'g1', studentIds: ['s3', 's4'] });
  });

  it('treats a deleted student as unknown, and leaves archived students out of "without a team"', () => {
    const deleted = new Map(byId);
    deleted.set('s1', { ...byId.get('s1')!, deletedAt: 3 });
    deleted.set('s4', { ...byId.get('s4')!, archivedAt: 3 });
    const problems = validateTeams([{ id: 't1', name: 'Team 1', studentIds: ['s1', 's2', 's3'] }], deleted, group);
    expect(problems.map((p) => p.code)).toEqual(['team.student-unknown']);
  });

  it('does not ask for teams before there are any', () => {
    expect(validateTeams([], byId, group)).toEqual([]);
  });
});

describe('moveStudentToTeam', () => {
  const teams = [
    { id: 't1', studentIds: ['s1', 's2'] },
    { id: 't2', studentIds: ['s3'] },
    { id: 't3', studentIds: ['s4'] },
  ];

  it('moves a student out of its team into another, at the end or at a position', () => {
    const moved = moveStudentToTeam(teams, 's1', 't2');
    expect(moved.map((t) => t.studentIds)).toEqual([['s2'], ['s3', 's1'], ['s4']]);
    expect(moved[2]).toBe(teams[2]); // untouched teams keep their identity
    expect(moveStudentToTeam(teams, 's1', 't2', 0)[1]!.studentIds).toEqual(['s1', 's3']);
    expect(moveStudentToTeam(teams, 's2', 't1', 0)[0]!.studentIds).toEqual(['s2', 's1']);
  });

  it('takes a student out of every team with null, and adds a student who was in none', () => {
    expect(moveStudentToTeam(teams, 's3', null).map((t) => t.studentIds)).toEqual([['s1', 's2'], [], ['s4']]);
    expect(moveStudentToTeam(teams, 's8', 't3')[2]!.studentIds).toEqual(['s4', 's8']);
  });

  it('changes nothing for an unknown team or a drop on the same place', () => {
    expect(moveStudentToTeam(teams, 's1', 'nope')).toEqual(teams);
    const same = moveStudentToTeam(teams, 's2', 't1');
    expect(same[0]).toBe(teams[0]);
  });
});
