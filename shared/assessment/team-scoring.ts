import type { CriterionScores } from '../domain/rubric';

/**
 * Scoring a team: the team's level fills every member, and a member may deviate on a criterion
 * (an override). A member's record holds the member's own levels plus the criterion ids where
 * they deviate, so a later change of the team's level leaves the deviations alone.
 */
export interface MemberScores {
  studentId: string;
  scores: CriterionScores;
  overrides: readonly string[];
  conditionsMet: Readonly<Record<string, boolean>>;
  comments: Readonly<Record<string, string>>;
}

/**
 * The team's level on a criterion: the level shared by the members who follow the team there.
 * Null when nobody follows the team on it, when it is unscored, or when the followers differ
 * (members scored one by one before the team was): then there is no team level to show.
 */
export function teamLevel(members: readonly MemberScores[], criterionId: string): string | null {
  const levels = new Set(members.filter((member) => !member.overrides.includes(criterionId)).map((member) => member.scores[criterionId] ?? null));
  return levels.size === 1 ? [...levels][0]! : null;
}

/** Sets the team's level: every member who does not deviate on the criterion gets it. */
export function setTeamLevel<M extends MemberScores>(members: readonly M[], criterionId: string, levelId: string | null): M[] {
  return members.map((member) =>
    member.overrides.includes(criterionId) ? member : { ...member, scores: { ...member.scores, [criterionId]: levelId } },
  );
}

/**
 * Sets one member's level on a criterion. Choosing the team's level again ends the deviation;
 * any other level starts or changes one. Without a team level there is nothing to deviate from
 * (the member simply gets the level, and is not marked as deviating).
 */
export function setMemberLevel<M extends MemberScores>(member: M, criterionId: string, levelId: string | null, currentTeamLevel: string | null): M {
  const scores = { ...member.scores, [criterionId]: levelId };
  const others = member.overrides.filter((id) => id !== criterionId);
  const deviates = currentTeamLevel !== null && levelId !== currentTeamLevel;
  return { ...member, scores, overrides: deviates ? [...others, criterionId] : others };
}

/** Ends a member's deviation: back to the team's level. */
export function followTeam<M extends MemberScores>(member: M, criterionId: string, currentTeamLevel: string | null): M {
  return { ...member, scores: { ...member.scores, [criterionId]: currentTeamLevel }, overrides: member.overrides.filter((id) => id !== criterionId) };
}

/** A condition (voorwaardelijke eis) checked for the team holds for every member. */
export function setTeamCondition<M extends MemberScores>(members: readonly M[], conditionId: string, met: boolean): M[] {
  return members.map((member) => ({ ...member, conditionsMet: { ...member.conditionsMet, [conditionId]: met } }));
}

/** Whether every member has the condition met (the team row's checkbox). */
export function teamCondition(members: readonly MemberScores[], conditionId: string): boolean {
  return members.length > 0 && members.every((member) => member.conditionsMet[conditionId] === true);
}

/**
 * A comment written on the team row goes to every member whose comment on the criterion is
 * empty or still the team's previous comment; a member's own words stay.
 */
export function setTeamComment<M extends MemberScores>(members: readonly M[], criterionId: string, previousTeamComment: string, comment: string): M[] {
  return members.map((member) => {
    const own = member.comments[criterionId] ?? '';
    if (own !== '' && own !== previousTeamComment) return member;
    return { ...member, comments: { ...member.comments, [criterionId]: comment } };
  });
}

/** The team row's comment: the one most members share (ties: the first member's). */
export function teamComment(members: readonly MemberScores[], criterionId: string): string {
  const counts = new Map<string, number>();
  for (const member of members) {
    const text = member.comments[criterionId] ?? '';
    if (text !== '') counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  let best = '';
  let bestCount = 0;
  for (const [text, count] of counts) if (count > bestCount) [best, bestCount] = [text, count];
  return best;
}
