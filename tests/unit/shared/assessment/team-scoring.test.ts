import { describe, expect, it } from 'vitest';
import {
  followTeam,
  setMemberLevel,
  setTeamComment,
  setTeamCondition,
  setTeamLevel,
  teamComment,
  teamCondition,
  teamLevel,
  type MemberScores,
} from '../../../../shared/assessment/team-scoring';

/** A member record as the classroom screen keeps it: the beoordeling's id beside the scores. */
interface Member extends MemberScores {
  beoordelingId: string;
}

function member(studentId: string, overrides: Partial<Member> = {}): Member {
  return { beoordelingId: `b-${studentId}`, studentId, scores: {}, overrides: [], conditionsMet: {}, comments: {}, ...overrides };
}

const team = () => [member('s1'), member('s2'), member('s3')];
const levels = (members: readonly MemberScores[], criterionId: string) => members.map((m) => m.scores[criterionId] ?? null);

describe('team levels and members who deviate', () => {
  it('the team\'s level fills every member', () => {
    const scored = setTeamLevel(team(), 'k1', 'B');
    expect(levels(scored, 'k1')).toEqual(['B', 'B', 'B']);
    expect(teamLevel(scored, 'k1')).toBe('B');
    expect(scored.map((m) => m.overrides)).toEqual([[], [], []]);
    expect(scored[0]!.beoordelingId).toBe('b-s1'); // the rest of the record is kept
  });

  it('a member who deviates keeps that level when the team\'s level changes later', () => {
    let members = setTeamLevel(team(), 'k1', 'B');
    members = members.map((m) => (m.studentId === 's2' ? setMemberLevel(m, 'k1', 'A', teamLevel(members, 'k1')) : m));
    expect(members[1]!.overrides).toEqual(['k1']);
    members = setTeamLevel(members, 'k1', 'C');
    expect(levels(members, 'k1')).toEqual(['C', 'A', 'C']);
    expect(teamLevel(members, 'k1')).toBe('C');
  });

  it('choosing the team\'s level again ends the deviation', () => {
    let members = setTeamLevel(team(), 'k1', 'B');
    const s2 = setMemberLevel(members[1]!, 'k1', 'A', 'B');
    expect(s2.overrides).toEqual(['k1']);
    const back = setMemberLevel(s2, 'k1', 'B', 'B');
    expect(back.scores.k1).toBe('B');
    expect(back.overrides).toEqual([]);
    // …so the next team level reaches the member again.
    members = setTeamLevel([members[0]!, back, members[2]!], 'k1', 'D');
    expect(levels(members, 'k1')).toEqual(['D', 'D', 'D']);
  });

  it('followTeam puts the member back on the team\'s level', () => {
    const s2 = setMemberLevel(member('s2', { scores: { k1: 'B' } }), 'k1', 'D', 'B');
    const back = followTeam(s2, 'k1', 'B');
    expect(back.scores.k1).toBe('B');
    expect(back.overrides).toEqual([]);
  });

  it('ending one deviation leaves the member\'s other deviations alone', () => {
    const s2 = member('s2', { scores: { k1: 'A', k2: 'D' }, overrides: ['k1', 'k2'] });
    expect(followTeam(s2, 'k1', 'B').overrides).toEqual(['k2']);
    expect(setMemberLevel(s2, 'k1', 'B', 'B').overrides).toEqual(['k2']);
    expect(setMemberLevel(s2, 'k1', 'C', 'B').overrides).toEqual(['k2', 'k1']);
  });

  it('without a team level there is nothing to deviate from', () => {
    const s1 = setMemberLevel(member('s1'), 'k1', 'A', null);
    expect(s1.scores.k1).toBe('A');
    expect(s1.overrides).toEqual([]);
    // So a team level set afterwards fills this member too.
    expect(levels(setTeamLevel([s1, member('s2')], 'k1', 'C'), 'k1')).toEqual(['C', 'C']);
  });

  it('clearing a member\'s level under a team level is a deviation: the team level does not refill it', () => {
    const s2 = setMemberLevel(member('s2', { scores: { k1: 'B' } }), 'k1', null, 'B');
    expect(s2.scores.k1).toBeNull();
    expect(s2.overrides).toEqual(['k1']);
    expect(levels(setTeamLevel([member('s1', { scores: { k1: 'B' } }), s2], 'k1', 'A'), 'k1')).toEqual(['A', null]);
  });

  it('teamLevel is null when unscored or when every member deviates', () => {
    expect(teamLevel(team(), 'k1')).toBeNull();
    expect(teamLevel([member('s1', { scores: { k1: 'A' }, overrides: ['k1'] }), member('s2', { scores: { k1: 'D' }, overrides: ['k1'] })], 'k1')).toBeNull();
    // A follower defines the team's level, not a deviating first member.
    expect(teamLevel([member('s1', { scores: { k1: 'A' }, overrides: ['k1'] }), member('s2', { scores: { k1: 'C' } })], 'k1')).toBe('C');
  });

  it('teamLevel is null when the followers differ (scored one by one): no team level to show', () => {
    // Only s1 was scored, individually: the team row must not claim the whole team has "A".
    expect(teamLevel([member('s1', { scores: { k1: 'A' } }), member('s2'), member('s3')], 'k1')).toBeNull();
    expect(teamLevel([member('s1', { scores: { k1: 'A' } }), member('s2', { scores: { k1: 'B' } })], 'k1')).toBeNull();
  });

  it('does not change the records it was given', () => {
    const members = team();
    setTeamLevel(members, 'k1', 'B');
    setMemberLevel(members[0]!, 'k1', 'A', 'B');
    expect(levels(members, 'k1')).toEqual([null, null, null]);
    expect(members[0]!.overrides).toEqual([]);
  });
});

describe('team conditions', () => {
  it('a condition checked on the team row holds for every member', () => {
    const members = setTeamCondition(team(), 'v1', true);
    expect(members.map((m) => m.conditionsMet.v1)).toEqual([true, true, true]);
    expect(teamCondition(members, 'v1')).toBe(true);
    expect(teamCondition(setTeamCondition(members, 'v1', false), 'v1')).toBe(false);
  });

  it('the team row is checked only when every member has it met', () => {
    const members = [member('s1', { conditionsMet: { v1: true } }), member('s2', { conditionsMet: { v1: false } }), member('s3', { conditionsMet: { v1: true } })];
    expect(teamCondition(members, 'v1')).toBe(false);
    expect(teamCondition([member('s1', { conditionsMet: { v1: true } }), member('s2')], 'v1')).toBe(false); // unchecked is not met
    expect(teamCondition([], 'v1')).toBe(false);
  });
});

describe('team comments', () => {
  it('a team comment reaches every member without a comment of their own', () => {
    const members = setTeamComment([member('s1'), member('s2', { comments: { k1: 'Jij had de leiding, top.' } }), member('s3')], 'k1', '', 'Goed samengewerkt.');
    expect(members.map((m) => m.comments.k1)).toEqual(['Goed samengewerkt.', 'Jij had de leiding, top.', 'Goed samengewerkt.']);
    expect(teamComment(members, 'k1')).toBe('Goed samengewerkt.');
  });

  it('changing the team comment replaces it where it was the team\'s, and a member\'s own words stay', () => {
    const before = [
      member('s1', { comments: { k1: 'Goed samengewerkt.' } }),
      member('s2', { comments: { k1: 'Jij had de leiding, top.' } }),
      member('s3', { comments: { k1: 'Goed samengewerkt.', k2: 'Netjes.' } }),
    ];
    const after = setTeamComment(before, 'k1', 'Goed samengewerkt.', 'Taken goed verdeeld.');
    expect(after.map((m) => m.comments.k1)).toEqual(['Taken goed verdeeld.', 'Jij had de leiding, top.', 'Taken goed verdeeld.']);
    expect(after[2]!.comments.k2).toBe('Netjes.'); // other criteria untouched
  });

  it('teamComment: the comment most members share; a tie goes to the first member\'s; none is empty', () => {
    const members = [
      member('s1', { comments: { k1: 'Eigen opmerking.' } }),
      member('s2', { comments: { k1: 'Taken goed verdeeld.' } }),
      member('s3', { comments: { k1: 'Taken goed verdeeld.' } }),
    ];
    expect(teamComment(members, 'k1')).toBe('Taken goed verdeeld.');
    expect(teamComment([member('s1', { comments: { k1: 'Eerste.' } }), member('s2', { comments: { k1: 'Tweede.' } })], 'k1')).toBe('Eerste.');
    expect(teamComment([member('s1', { comments: { k1: '' } }), member('s2')], 'k1')).toBe('');
  });
});
