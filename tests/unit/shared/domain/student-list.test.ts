import { describe, expect, it } from 'vitest';
import type { Cohort } from '../../../../shared/domain/cohort';
import type { Group } from '../../../../shared/domain/group';
import type { Student } from '../../../../shared/domain/student';
import { buildStudentRows, filterStudentRows } from '../../../../shared/domain/student-list';

const cohorts: Cohort[] = [
  { id: 'c1', name: 'Cohort 2026-2028 tl', leerweg: 'tl', programme: 'Zorg en Welzijn', firstSchoolYear: '2026-2027', createdAt: 0, updatedAt: 0 },
  { id: 'c2', name: 'Cohort 2025-2027 tl', leerweg: 'tl', programme: 'Zorg en Welzijn', firstSchoolYear: '2025-2026', createdAt: 0, updatedAt: 0 },
];
const groups: Group[] = [
  { id: 'g1', cohortId: 'c1', name: '3T-A', createdAt: 0, updatedAt: 0 },
  { id: 'g2', cohortId: 'c2', name: '4T-A', createdAt: 0, updatedAt: 0 },
];
const make = (id: string, roepnaam: string, tussenvoegsel: string, achternaam: string, leerlingnummer: string, groupId: string, archivedAt: number | null = null): Student => ({
  id, roepnaam, tussenvoegsel, achternaam, leerlingnummer, groupId, archivedAt, createdAt: 0, updatedAt: 0,
});
const students = [
  make('1', 'Zoë', '', 'Bakker', '104233', 'g1'),
  make('2', 'Daniël', 'van der', 'Berg', '104234', 'g1'),
  make('3', 'Joëlle', '', 'Öztürk', '104240', 'g2'),
  make('4', 'René', '', 'Smit', '104243', 'g2', 123),
];
const rows = buildStudentRows(students, groups, cohorts);
const all = { search: '', cohortId: null, groupId: null, showArchived: false };
const ids = (filtered: ReturnType<typeof filterStudentRows>) => filtered.map((row) => row.student.id);

describe('student list', () => {
  it('joins group and cohort names', () => {
    expect(rows[2]).toMatchObject({ groupName: '4T-A', cohortName: 'Cohort 2025-2027 tl', fullName: 'Joëlle Öztürk' });
  });

  it('hides archived students unless asked', () => {
    expect(ids(filterStudentRows(rows, all))).toEqual(['1', '2', '3']);
    expect(ids(filterStudentRows(rows, { ...all, showArchived: true }))).toEqual(['1', '2', '3', '4']);
  });

  it('filters by cohort and by group', () => {
    expect(ids(filterStudentRows(rows, { ...all, cohortId: 'c2', showArchived: true }))).toEqual(['3', '4']);
    expect(ids(filterStudentRows(rows, { ...all, groupId: 'g1' }))).toEqual(['1', '2']);
  });

  it('searches without accents, by several words, and by number', () => {
    expect(ids(filterStudentRows(rows, { ...all, search: 'ozturk' }))).toEqual(['3']);
    expect(ids(filterStudentRows(rows, { ...all, search: 'van berg' }))).toEqual(['2']);
    expect(ids(filterStudentRows(rows, { ...all, search: '10423' }))).toEqual(['1', '2']);
    expect(ids(filterStudentRows(rows, { ...all, search: 'ZOE' }))).toEqual(['1']);
  });
});
