import type { Group } from '../domain/group';
import type { Team } from '../domain/opdracht';
import { compareStudentNames, fullName, type Student } from '../domain/student';
import { createRandom } from '../demo/random';
import { opdrachtProblem, type TeamProblem } from './problems';

/**
 * Teams within a group for an opdracht (issue 4, point 3): automatic splits, the checks before
 * saving, and the pure move behind drag and drop. Typical teams are 3-5 students (domain.md).
 */

/** A team before it is stored: the caller adds opdrachtId and groupId. */
export interface TeamDraft {
  id: string;
  name: string;
  studentIds: string[];
  order: number;
}

export type SplitMode = 'size' | 'count' | 'random' | 'balanced';

export interface SplitOptions {
  /**
   * - 'size': teams of at most `size`, sizes as even as possible, in the order the students are
   *   given (e.g. by name); one exception: pairs with an odd number make one trio, not a solo;
   * - 'count': exactly `count` teams (fewer when there are fewer students), in the given order;
   * - 'random': shuffled with a seeded PRNG, then as 'size' (or 'count' when count is given);
   * - 'balanced': team averages of `scoreOf` as close as possible (see splitIntoTeams).
   */
  mode: SplitMode;
  /** Maximum team size; for 'random' and 'balanced' the default when no count is given is 4. */
  size?: number;
  count?: number;
  /** Seed for 'random' (default 1), and for breaking ties between equal scores in 'balanced'. */
  seed?: number;
  newId: () => string;
  /** Team names by position; default "Team 1", "Team 2"… (names are data the teacher edits). */
  names?: readonly string[] | ((index: number) => string);
  /** For 'balanced': a student's score (previous grade, level); missing or NaN counts as the average. */
  scoreOf?: (studentId: string) => number | null | undefined;
}

const DEFAULT_SIZE = 4;

function requirePositiveInteger(value: number | undefined, name: string): number {
  if (value === undefined || !Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a whole number of 1 or more, got ${value}`);
  return value;
}

/** How many teams: from `count` when given (never more than the students), else from `size`. */
function teamCount(students: number, options: SplitOptions): number {
  if (options.mode === 'count' || (options.mode !== 'size' && options.count !== undefined)) {
    return Math.min(requirePositiveInteger(options.count, 'count'), students);
  }
  const size = options.mode === 'size' ? requirePositiveInteger(options.size, 'size') : requirePositiveInteger(options.size ?? DEFAULT_SIZE, 'size');
  const teams = Math.ceil(students / size);
  // Only with pairs can even sizes leave someone alone (7 in pairs: 2, 2, 2, 1). Working alone
  // is not teamwork, so that student joins a pair: 2, 2, 3, one team over the maximum.
  if (size >= 2 && teams > 1 && Math.floor(students / teams) < 2) return teams - 1;
  return teams;
}

/**
 * Team sizes as even as possible: 25 students in teams of at most 4 → 7 teams, four of 4 and
 * three of 3. With ceil(n / size) teams the sizes differ by at most one, so there is never a
 * team of 1 next to teams of 4 (see teamCount for pairs; size 1 asks for solo work).
 */
function evenSizes(students: number, teams: number): number[] {
  const base = Math.floor(students / teams);
  const extra = students % teams;
  return Array.from({ length: teams }, (_, i) => base + (i < extra ? 1 : 0));
}

function chunk(ids: readonly string[], sizes: readonly number[]): string[][] {
  let from = 0;
  return sizes.map((size) => {
    const part = ids.slice(from, from + size);
    from += size;
    return part;
  });
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = createRandom(seed);
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/**
 * Balanced teams: students sorted by score, dealt out in a snake draft (1 2 3 3 2 1 …, skipping
 * full teams) so each team gets a strong and a weaker student; then pairs of students in
 * different teams are swapped as long as a swap brings the team averages closer together
 * (lower sum of squared differences from the overall average). The swaps fix what the draft
 * cannot: with uneven team sizes or clustered scores, a plain snake leaves the averages apart.
 */
function balancedTeams(ids: readonly string[], sizes: readonly number[], options: SplitOptions): string[][] {
  const raw = ids.map((id) => options.scoreOf?.(id));
  const known = raw.filter((s): s is number => typeof s === 'number' && Number.isFinite(s));
  const mean = known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : 0;
  const scoreById = new Map(ids.map((id, i) => [id, typeof raw[i] === 'number' && Number.isFinite(raw[i]) ? raw[i] : mean]));
  const order = options.seed === undefined ? [...ids] : shuffled(ids, options.seed);
  // Array.prototype.sort is stable: equal scores keep the (given or shuffled) order.
  order.sort((a, b) => scoreById.get(b)! - scoreById.get(a)!);

  const teams: string[][] = sizes.map(() => []);
  let forward = true;
  let next = 0;
  while (next < order.length) {
    const round = forward ? teams.map((_, i) => i) : teams.map((_, i) => teams.length - 1 - i);
    for (const t of round) {
      if (next >= order.length) break;
      if (teams[t]!.length < sizes[t]!) teams[t]!.push(order[next++]!);
    }
    forward = !forward;
  }

  const sums = teams.map((team) => team.reduce((sum, id) => sum + scoreById.get(id)!, 0));
  const target = order.reduce((sum, id) => sum + scoreById.get(id)!, 0) / Math.max(1, order.length);
  const cost = (sum: number, size: number) => (size === 0 ? 0 : (sum / size - target) ** 2);
  // Each accepted swap strictly lowers the cost, so this ends; the cap only bounds the work.
  for (let pass = 0; pass < 100; pass++) {
    let improved = false;
    for (let a = 0; a < teams.length; a++) {
      for (let b = a + 1; b < teams.length; b++) {
        const teamA = teams[a]!;
        const teamB = teams[b]!;
        for (let i = 0; i < teamA.length; i++) {
          for (let j = 0; j < teamB.length; j++) {
            const delta = scoreById.get(teamB[j]!)! - scoreById.get(teamA[i]!)!;
            if (delta === 0) continue;
            const before = cost(sums[a]!, teamA.length) + cost(sums[b]!, teamB.length);
            const after = cost(sums[a]! + delta, teamA.length) + cost(sums[b]! - delta, teamB.length);
            if (after < before - 1e-12) {
              [teamA[i], teamB[j]] = [teamB[j]!, teamA[i]!];
              sums[a]! += delta;
              sums[b]! -= delta;
              improved = true;
            }
          }
        }
      }
    }
    if (!improved) break;
  }
  return teams;
}

function teamName(options: SplitOptions, index: number): string {
  if (typeof options.names === 'function') return options.names(index);
  return options.names?.[index] ?? `Team ${index + 1}`;
}

/**
 * Splits the students of a group into teams. Every student lands in exactly one team; team sizes
 * differ by at most one. Invalid sizes or counts (0, negative, fractions, missing for their
 * mode) throw RangeError: the screen offers whole numbers of 1 or more.
 */
export function splitIntoTeams(students: readonly Pick<Student, 'id'>[], options: SplitOptions): TeamDraft[] {
  const ids = [...new Set(students.map((student) => student.id))];
  const count = teamCount(ids.length, options);
  if (ids.length === 0) return [];
  const sizes = evenSizes(ids.length, count);
  let members: string[][];
  switch (options.mode) {
    case 'size':
    case 'count':
      members = chunk(ids, sizes);
      break;
    case 'random':
      members = chunk(shuffled(ids, options.seed ?? 1), sizes);
      break;
    case 'balanced':
      members = balancedTeams(ids, sizes, options);
      break;
  }
  return members.map((studentIds, index) => ({ id: options.newId(), name: teamName(options, index), studentIds, order: index }));
}

export type TeamLike = Pick<Team, 'id' | 'name' | 'studentIds'>;
export type TeamStudent = Pick<Student, 'id' | 'roepnaam' | 'tussenvoegsel' | 'achternaam' | 'groupId'> & {
  deletedAt?: number | null;
  archivedAt?: number | null;
};

function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase('nl');
}

/**
 * Checks the teams of one group for one opdracht before they are saved:
 * - every team has a name, and no two the same name (without case): errors;
 * - every member is a live student of `group` (a student of another group names the student
 *   and both groups; a deleted or unknown student is reported by id): errors;
 * - no student is in two teams: error (reported once per extra team);
 * - an empty team: warning (normal halfway through dragging);
 * - students of the group in no team: one warning with their names, only once there are teams.
 * `studentsById` should hold at least the group's students and the teams' members;
 * `groupNames` names other groups in messages (id → name).
 */
export function validateTeams(
  teams: readonly TeamLike[],
  studentsById: ReadonlyMap<string, TeamStudent>,
  group: Pick<Group, 'id' | 'name'>,
  groupNames: ReadonlyMap<string, string> = new Map(),
): TeamProblem[] {
  const problems: TeamProblem[] = [];
  const firstByName = new Map<string, number>();
  const teamOf = new Map<string, number>();
  teams.forEach((team, index) => {
    const position = index + 1;
    const where = (studentId?: string) => ({ kind: 'team' as const, teamId: team.id, index, ...(studentId === undefined ? {} : { studentId }) });
    const name = team.name.trim();
    if (name === '') problems.push(opdrachtProblem('team.name-empty', where(), { team: position }));
    else {
      const first = firstByName.get(nameKey(name));
      if (first === undefined) firstByName.set(nameKey(name), position);
      else problems.push(opdrachtProblem('team.name-duplicate', where(), { team: position, otherTeam: first, name }));
    }
    if (team.studentIds.length === 0) problems.push(opdrachtProblem('team.empty', where(), { team: position, name }));
    const seenHere = new Set<string>();
    for (const studentId of team.studentIds) {
      if (seenHere.has(studentId)) continue;
      seenHere.add(studentId);
      const student = studentsById.get(studentId);
      if (!student || student.deletedAt != null) {
        problems.push(opdrachtProblem('team.student-unknown', where(studentId), { team: position, teamName: name, studentId }));
        continue;
      }
      if (student.groupId !== group.id) {
        problems.push(
          opdrachtProblem('team.student-other-group', where(studentId), {
            team: position,
            teamName: name,
            student: fullName(student),
            group: group.name,
            studentGroup: groupNames.get(student.groupId) ?? '',
          }),
        );
      }
      const other = teamOf.get(studentId);
      if (other === undefined) teamOf.set(studentId, position);
      else {
        problems.push(
          opdrachtProblem('team.student-twice', where(studentId), {
            student: fullName(student),
            team: position,
            teamName: name,
            otherTeam: other,
            otherTeamName: teams[other - 1]!.name.trim(),
          }),
        );
      }
    }
  });
  if (teams.length > 0) {
    const without = [...studentsById.values()]
      .filter((s) => s.groupId === group.id && s.deletedAt == null && s.archivedAt == null && !teamOf.has(s.id))
      .sort(compareStudentNames);
    if (without.length > 0) {
      problems.push(
        opdrachtProblem(
          'team.students-without-team',
          { kind: 'group', groupId: group.id, studentIds: without.map((s) => s.id) },
          { count: without.length, students: without.map(fullName), group: group.name },
        ),
      );
    }
  }
  return problems;
}

/**
 * Drag and drop: moves a student into a team (at `index` among its members, default at the
 * end), out of every other team it was in. `teamId` null takes the student out of all teams.
 * Teams that do not change are returned as the same objects, so a screen re-renders only the
 * two teams involved. An unknown team id changes nothing.
 */
export function moveStudentToTeam<T extends Pick<Team, 'id' | 'studentIds'>>(teams: readonly T[], studentId: string, teamId: string | null, index?: number): T[] {
  if (teamId !== null && !teams.some((team) => team.id === teamId)) return [...teams];
  return teams.map((team) => {
    const without = team.studentIds.filter((id) => id !== studentId);
    if (team.id !== teamId) return without.length === team.studentIds.length ? team : { ...team, studentIds: without };
    const at = index === undefined ? without.length : Math.max(0, Math.min(index, without.length));
    const studentIds = [...without.slice(0, at), studentId, ...without.slice(at)];
    const same = studentIds.length === team.studentIds.length && studentIds.every((id, i) => id === team.studentIds[i]);
    return same ? team : { ...team, studentIds };
  });
}
