import { describe, expect, it } from 'vitest';
import type { Group } from '../../../../shared/domain/group';
import type { Student } from '../../../../shared/domain/student';
import { planStudentImport, type PlanInput } from '../../../../shared/import/plan-student-import';
import type { RawTable } from '../../../../shared/import/raw-table';
import { readDelimited } from '../../../../shared/import/read-delimited';
import { guessMapping } from '../../../../shared/import/student-columns';
import { fixtureBytes, textBytes } from '../../../fixtures/read-fixture';

const COHORT = 'cohort-1';
const group = (id: string, name: string, cohortId = COHORT): Group => ({ id, name, cohortId, createdAt: 0, updatedAt: 0, deletedAt: null });
const student = (overrides: Partial<Student>): Student => ({
  id: 's1',
  roepnaam: 'Zoë',
  tussenvoegsel: '',
  achternaam: 'Bakker',
  leerlingnummer: '104233',
  groupId: 'g-3ta',
  createdAt: 0,
  updatedAt: 0,
  deletedAt: null,
  archivedAt: null,
  ...overrides,
});

function plan(table: RawTable, overrides: Partial<PlanInput> = {}) {
  return planStudentImport({
    table,
    mapping: guessMapping(table.header),
    existingStudents: [],
    groups: [],
    cohortId: COHORT,
    defaultGroupId: null,
    ...overrides,
  });
}

const csv = (text: string) => readDelimited(textBytes(text));

describe('planStudentImport', () => {
  it('adds all 12 Magister students to an empty cohort and creates their 3 groups', () => {
    const result = plan(readDelimited(fixtureBytes('leerlingen-magister.csv')));
    expect(result.counts).toEqual({ add: 12, update: 0, unchanged: 0, skip: 0 });
    expect([...result.newGroups.values()]).toEqual(['3T-A', '3T-B', '3G-A']);
    const daniel = result.rows.find((row) => row.kind === 'add' && row.values.leerlingnummer === '104234');
    expect(daniel).toMatchObject({ values: { roepnaam: 'Daniël', tussenvoegsel: 'van der', achternaam: 'Berg', group: { kind: 'new', key: '3T-A' } } });
  });

  it('matches group names in the cohort case-insensitively and ignores other cohorts', () => {
    const table = csv('Stamnr;Roepnaam;Achternaam;Klas\n1;Zoë;Bakker;3t-a\n2;Sven;Smit;3T-B');
    const result = plan(table, { groups: [group('g-3ta', '3T-A'), group('other', '3T-B', 'cohort-2')] });
    expect(result.rows[0]).toMatchObject({ kind: 'add', values: { group: { kind: 'existing', groupId: 'g-3ta' } } });
    expect(result.rows[1]).toMatchObject({ kind: 'add', values: { group: { kind: 'new', key: '3T-B' } } });
  });

  it('updates an existing student by leerlingnummer, reports unchanged ones, and never deletes', () => {
    const existing = [
      student({ id: 'a', leerlingnummer: '1', roepnaam: 'Zoe', achternaam: 'Bakker', groupId: 'g-3ta' }),
      student({ id: 'b', leerlingnummer: '2', roepnaam: 'Sven', achternaam: "d'Souza", groupId: 'g-3ta' }),
      student({ id: 'c', leerlingnummer: '3', roepnaam: 'Fleur', achternaam: 'Dijk', groupId: 'g-3ta' }),
    ];
    const table = csv("Stamnr;Roepnaam;Achternaam;Klas\n1;Zoë;Bakker;3T-A\n2;Sven;d'Souza;3T-A");
    const result = plan(table, { existingStudents: existing, groups: [group('g-3ta', '3T-A')] });
    expect(result.rows[0]).toMatchObject({ kind: 'update', existingId: 'a', changed: ['roepnaam'] });
    expect(result.rows[1]).toMatchObject({ kind: 'unchanged', existingId: 'b' });
    expect(result.counts).toEqual({ add: 0, update: 1, unchanged: 1, skip: 0 });
    expect(result.notInFile).toEqual([{ groupId: 'g-3ta', count: 1 }]);
  });

  it('keeps the stored tussenvoegsel when the file has no such column', () => {
    const existing = [student({ id: 'a', leerlingnummer: '1', roepnaam: 'Daniël', tussenvoegsel: 'van der', achternaam: 'Berg' })];
    const result = plan(csv('Stamnr;Roepnaam;Achternaam;Klas\n1;Daniël;Berg;3T-A'), { existingStudents: existing, groups: [group('g-3ta', '3T-A')] });
    expect(result.rows[0]).toMatchObject({ kind: 'unchanged' });
  });

  it('moves a student to the group the file names', () => {
    const existing = [student({ id: 'a', leerlingnummer: '1', groupId: 'g-3ta' })];
    const result = plan(csv('Stamnr;Roepnaam;Achternaam;Klas\n1;Zoë;Bakker;3T-B'), {
      existingStudents: existing,
      groups: [group('g-3ta', '3T-A'), group('g-3tb', '3T-B')],
    });
    expect(result.rows[0]).toMatchObject({ kind: 'update', changed: ['groep'], values: { group: { kind: 'existing', groupId: 'g-3tb' } } });
  });

  it('restores a deleted student who appears in the file again', () => {
    const existing = [student({ id: 'a', leerlingnummer: '1', deletedAt: 5 })];
    const result = plan(csv('Stamnr;Roepnaam;Achternaam;Klas\n1;Zoë;Bakker;3T-A'), { existingStudents: existing, groups: [group('g-3ta', '3T-A')] });
    expect(result.rows[0]).toMatchObject({ kind: 'update', existingId: 'a', restore: true });
  });

  it('skips a row without leerlingnummer or name, naming row and column', () => {
    const result = plan(csv('Stamnr;Roepnaam;Achternaam;Klas\n1;Zoë;Bakker;3T-A\n;Sven;Smit;3T-A\n3;;Dijk;3T-A'));
    expect(result.counts).toEqual({ add: 1, update: 0, unchanged: 0, skip: 2 });
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'missing-value', rowNumber: 3, column: 'Stamnr', field: 'leerlingnummer' }),
      expect.objectContaining({ code: 'missing-value', rowNumber: 4, column: 'Roepnaam', field: 'roepnaam' }),
    ]);
  });

  it('skips every row of a leerlingnummer that appears twice in the file', () => {
    const result = plan(csv('Stamnr;Roepnaam;Achternaam;Klas\n7;Zoë;Bakker;3T-A\n8;Sven;Smit;3T-A\n7;Fleur;Dijk;3T-A'));
    expect(result.counts.add).toBe(1);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'duplicate-in-file', rowNumber: 2, otherRowNumber: 4, column: 'Stamnr', value: '7' }),
      expect.objectContaining({ code: 'duplicate-in-file', rowNumber: 4, otherRowNumber: 2 }),
    ]);
  });

  it('refuses a leerlingnummer that belongs to a stored student with a different name', () => {
    const existing = [student({ id: 'a', leerlingnummer: '1', roepnaam: 'Mohammed', achternaam: 'El Amrani' })];
    const result = plan(csv('Stamnr;Roepnaam;Achternaam;Klas\n1;Zoë;Bakker;3T-A'), { existingStudents: existing });
    expect(result.issues).toEqual([expect.objectContaining({ code: 'clash-existing', rowNumber: 2, existingName: 'Mohammed El Amrani' })]);
  });

  it('refuses a spreadsheet formula in a name', () => {
    const result = plan(csv('Stamnr;Roepnaam;Achternaam;Klas\n1;"=HYPERLINK(""http://x"",""klik"")";Bakker;3T-A'));
    expect(result.issues).toEqual([expect.objectContaining({ code: 'formula', rowNumber: 2, column: 'Roepnaam', value: '=HYPERLINK("http://x","klik")' })]);
    expect(result.counts.add).toBe(0);
  });

  it('refuses a row with too few columns when a mapped column is missing', () => {
    const result = plan(csv('Stamnr;Roepnaam;Achternaam;Klas\n1;Zoë;Bakker;3T-A\n2;Sven\n'));
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'too-few-columns', rowNumber: 3, column: 'Achternaam', expectedColumns: 4, actualColumns: 2 }),
    ]);
  });

  it('refuses a row with extra filled cells (a delimiter inside a name shifts the columns)', () => {
    const result = plan(csv('Stamnr,Roepnaam,Achternaam\n1,Zoë,Bakker\n2,Sven,Berg, van den\n'), { defaultGroupId: 'g', groups: [group('g', '3T-A')] });
    expect(result.issues).toEqual([expect.objectContaining({ code: 'too-many-columns', rowNumber: 3 })]);
  });

  it('puts rows without a class into the chosen default group, or skips them when none is chosen', () => {
    const table = csv('Stamnr;Roepnaam;Achternaam\n1;Zoë;Bakker');
    expect(plan(table).issues).toEqual([expect.objectContaining({ code: 'no-group', rowNumber: 2 })]);
    expect(plan(table, { defaultGroupId: 'g', groups: [group('g', '3T-A')] }).rows[0]).toMatchObject({
      kind: 'add',
      values: { group: { kind: 'existing', groupId: 'g' } },
    });
  });

  it('rejects a leerlingnummer with characters a student number never has', () => {
    const result = plan(csv('Stamnr;Roepnaam;Achternaam;Klas\n12 34;Zoë;Bakker;3T-A'));
    expect(result.issues).toEqual([expect.objectContaining({ code: 'invalid-leerlingnummer', value: '12 34' })]);
  });
});
