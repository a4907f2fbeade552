import { describe, expect, it } from 'vitest';
import {
  anonymousCode,
  defaultRetentionEnd,
  isIsoDate,
  isRetentionDue,
  planCohortAnonymise,
  planCohortDelete,
  retentionOf,
  type CohortRows,
} from '../../../../shared/privacy';
import { audit, beoordeling, bewijs, cohort, group, observatie, opdracht, pta, resultaat, student, team } from './fixtures';

function rows(): CohortRows {
  return {
    cohort: cohort('c1'),
    groups: [group('g1', 'c1', '4T-A'), group('g2', 'c1', '4T-B')],
    students: [student('s1', 'g1'), student('s2', 'g2', { roepnaam: 'Zoë', achternaam: 'Kowalczyk', deletedAt: 5 })],
    observaties: [observatie('ob1', 's1', { evidenceIds: ['bw-own', 'bw-shared'] }), observatie('ob2', 's2', { note: '' })],
    bewijs: [bewijs('bw-own', ['s1', 's2']), bewijs('bw-shared', ['s1', 'x1'])],
    beoordelingen: [beoordeling('be1', 's1'), beoordeling('be2', 's2', { assessor: 'zelf', assessorName: 'Zoë Kowalczyk', comments: {} })],
    peerBeoordelingen: [beoordeling('be-x', 'x1', { assessor: 'peer', assessorName: 'Işıl Şahin', peerStudentId: 's1', comments: { c1: 'Over x1' } })],
    resultaten: [resultaat('r1', 's1'), resultaat('r2', 's2', { override: null })],
    audit: [audit('a1', 's1'), audit('a2', 's2', { reason: '' })],
    teams: [team('tm-own', 'g1', ['s1', 'x2']), team('tm-elsewhere', 'gx', ['x1', 's2', 'x3'])],
    ptas: [pta('pta1', 'c1')],
    opdrachten: [opdracht('o1', ['g1', 'gx'])],
  };
}

describe('retention dates', () => {
  it('defaults to two years after the cohort’s last schooljaar (leerjaar 4) ends on 31 July', () => {
    expect(defaultRetentionEnd({ firstSchoolYear: '2025-2026' })).toBe('2029-07-31');
  });

  it('uses the stored date when there is a valid one, else the default', () => {
    expect(retentionOf({ firstSchoolYear: '2025-2026' }, { endDate: '2027-01-31' })).toEqual({ endDate: '2027-01-31', isDefault: false });
    expect(retentionOf({ firstSchoolYear: '2025-2026' }, { endDate: '2027-02-30' })).toMatchObject({ endDate: '2029-07-31', isDefault: true });
    expect(retentionOf({ firstSchoolYear: '2025-2026' }, undefined)).toMatchObject({ endDate: '2029-07-31', isDefault: true });
  });

  it('reminds only after the end date and until the cohort is anonymised', () => {
    expect(isRetentionDue({ endDate: '2026-12-03' }, '2026-12-03')).toBe(false);
    expect(isRetentionDue({ endDate: '2026-12-02' }, '2026-12-03')).toBe(true);
    expect(isRetentionDue({ endDate: '2026-12-02', anonymisedAt: 1 }, '2026-12-03')).toBe(false);
  });

  it('recognises real calendar dates only', () => {
    expect(['2028-02-29', '2027-02-29', '2027-13-01', '31-07-2029'].map(isIsoDate)).toEqual([true, false, false, false]);
  });
});

describe('planCohortDelete', () => {
  const plan = planCohortDelete(rows());

  it('removes the cohort’s groups, students (deleted ones too) and everything of them', () => {
    expect(plan.delete).toEqual({
      groups: ['g1', 'g2'],
      students: ['s1', 's2'],
      observaties: ['ob1', 'ob2'],
      bewijs: ['bw-own'],
      beoordelingen: ['be1', 'be2'],
      resultaten: ['r1', 'r2'],
      audit: ['a1', 'a2'],
      teams: ['tm-own'],
      ptas: ['pta1'],
    });
  });

  it('only unlinks this cohort from rows of others: shared evidence, a team elsewhere, a peer assessment, an opdracht', () => {
    expect(plan.update.bewijs).toEqual([{ id: 'bw-shared', changes: { studentIds: ['x1'] } }]);
    expect(plan.update.teams).toEqual([{ id: 'tm-elsewhere', changes: { studentIds: ['x1', 'x3'] } }]);
    expect(plan.update.beoordelingen).toEqual([{ id: 'be-x', changes: { peerStudentId: null, assessorName: '' } }]);
    expect(plan.update.opdrachten).toEqual([{ id: 'o1', changes: { groupIds: ['gx'] } }]);
  });

  it('counts per kind what the teacher is asked to confirm', () => {
    expect(plan.counts).toEqual({ groups: 2, students: 2, observaties: 2, bewijs: 2, beoordelingen: 2, resultaten: 2, audit: 2, teamMemberships: 2, ptas: 1 });
  });
});

describe('planCohortAnonymise', () => {
  const plan = planCohortAnonymise(rows());

  it('replaces names and numbers with neutral codes that are unique and say nothing of the name', () => {
    expect(plan.update.students).toEqual([
      { id: 's1', changes: { roepnaam: 'Leerling', tussenvoegsel: '', achternaam: 'L-001', leerlingnummer: 'anon-c1-001' } },
      { id: 's2', changes: { roepnaam: 'Leerling', tussenvoegsel: '', achternaam: 'L-002', leerlingnummer: 'anon-c1-002' } },
    ]);
    expect(anonymousCode(12, 1500)).toBe('L-0012');
  });

  it('empties free text about the student and keeps levels, scores and cijfers', () => {
    expect(plan.update.observaties).toEqual([{ id: 'ob1', changes: { note: '', evidenceIds: ['bw-shared'] } }]);
    expect(plan.update.beoordelingen).toEqual([
      { id: 'be1', changes: { comments: {} } },
      { id: 'be2', changes: { assessorName: '' } },
      { id: 'be-x', changes: { peerStudentId: null, assessorName: '' } },
    ]);
    expect(plan.update.resultaten).toEqual([{ id: 'r1', changes: { override: { grade: 7, reason: '' } } }]);
    expect(plan.update.audit).toEqual([{ id: 'a1', changes: { reason: '' } }]);
    for (const change of [...plan.update.observaties, ...plan.update.beoordelingen, ...plan.update.resultaten]) {
      expect(Object.keys(change.changes)).not.toContain('level');
      expect(Object.keys(change.changes)).not.toContain('scores');
      expect(Object.keys(change.changes)).not.toContain('grade');
    }
  });

  it('does not touch the comments another student received from a peer of this cohort', () => {
    const other = plan.update.beoordelingen.find((change) => change.id === 'be-x')!;
    expect(other.changes).not.toHaveProperty('comments');
  });

  it('deletes evidence only this cohort has and unlinks shared evidence', () => {
    expect(plan.delete.bewijs).toEqual(['bw-own']);
    expect(plan.update.bewijs).toEqual([{ id: 'bw-shared', changes: { studentIds: ['x1'] } }]);
  });

  it('counts what changes and what is kept', () => {
    expect(plan.counts).toEqual({ students: 2, notes: 2, reasons: 2, bewijs: 2, keptObservaties: 2, keptBeoordelingen: 2, keptResultaten: 2 });
  });

  it('an empty cohort plans nothing', () => {
    const empty = planCohortAnonymise({ ...rows(), groups: [], students: [], observaties: [], bewijs: [], beoordelingen: [], peerBeoordelingen: [], resultaten: [], audit: [], teams: [], ptas: [], opdrachten: [] });
    expect(empty.update.students).toEqual([]);
    expect(empty.counts.students).toBe(0);
  });
});
