import type { Team } from '../domain/opdracht';
import { compareStudentNames, type Student } from '../domain/student';

/** A row of the classroom grid: a team (its levels fill its members) or one student. */
export type ClassroomRow =
  | { kind: 'team'; teamId: string; name: string; memberIds: string[] }
  | { kind: 'student'; studentId: string; teamId: string | null };

export type ClassroomMode = 'team' | 'student';

/**
 * The rows of the classroom grid. Per team: each team row followed by its members (in name
 * order), then the students who are in no team. Per student: every student in name order.
 * Only students of the given list appear (a team member who left the group is not scored here).
 * `stops` are the rows Enter goes to: team rows and team-less students (per team), every row
 * (per student).
 */
export function classroomRows(students: readonly Student[], teams: readonly Team[], mode: ClassroomMode): { rows: ClassroomRow[]; stops: number[] } {
  const sorted = [...students].sort(compareStudentNames);
  if (mode === 'student') {
    const teamOf = new Map<string, string>();
    for (const team of teams) for (const id of team.studentIds) teamOf.set(id, team.id);
    const rows: ClassroomRow[] = sorted.map((student) => ({ kind: 'student', studentId: student.id, teamId: teamOf.get(student.id) ?? null }));
    return { rows, stops: rows.map((_, index) => index) };
  }
  const byId = new Map(sorted.map((student) => [student.id, student]));
  const rows: ClassroomRow[] = [];
  const stops: number[] = [];
  const placed = new Set<string>();
  for (const team of [...teams].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'nl', { numeric: true }))) {
    const members = team.studentIds.map((id) => byId.get(id)).filter((student): student is Student => student !== undefined && !placed.has(student.id)).sort(compareStudentNames);
    if (members.length === 0) continue;
    stops.push(rows.length);
    rows.push({ kind: 'team', teamId: team.id, name: team.name, memberIds: members.map((member) => member.id) });
    for (const member of members) {
      placed.add(member.id);
      rows.push({ kind: 'student', studentId: member.id, teamId: team.id });
    }
  }
  for (const student of sorted) {
    if (placed.has(student.id)) continue;
    stops.push(rows.length);
    rows.push({ kind: 'student', studentId: student.id, teamId: null });
  }
  return { rows, stops };
}
