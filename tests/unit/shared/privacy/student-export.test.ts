import { describe, expect, it } from 'vitest';
import type { RubricVersion } from '../../../../shared/domain/rubric';
import type { FrameworkNode } from '../../../../shared/domain/framework';
import { buildStudentExport, safeArchiveName, STUDENT_EXPORT_FORMAT, type StudentDataRows } from '../../../../shared/privacy';
import { audit, beoordeling, bewijs, cohort, group, observatie, opdracht, pta, resultaat, student, team } from './fixtures';

const SCALE = ['D minimaal', 'C basis', 'B gevorderd', 'A expert'];

const version: RubricVersion = {
  id: 'rv1',
  createdAt: 0,
  updatedAt: 0,
  rubricId: 'r1',
  version: 2,
  levels: [
    { id: 'l1', label: 'Onvoldoende', points: 0, color: '#d93025' },
    { id: 'l2', label: 'Matig', points: 1, color: '#f80' },
    { id: 'l3', label: 'Goed', points: 2, color: '#0a0' },
  ],
  criteria: [
    { id: 'c1', title: 'Planning', weight: 1, descriptors: {}, nodeIds: [], clientInput: false },
    { id: 'c2', title: 'Uitvoering', weight: 1, descriptors: {}, nodeIds: [], clientInput: false },
  ],
  conditions: [{ id: 'k1', text: 'Veilig gewerkt' }],
  conversion: { kind: 'linear', caesura: 0.55 },
  scalePreset: 'custom',
};

function rows(overrides: Partial<StudentDataRows> = {}): StudentDataRows {
  const node = { id: 'n1', code: 'B2', text: 'Samenwerken' } as FrameworkNode;
  return {
    student: student('s1', 'g1', { roepnaam: 'Łukasz', achternaam: 'Ćwik' }),
    group: group('g1', 'c1', '3T-A'),
    cohort: cohort('c1'),
    observaties: [observatie('ob2', 's1', { date: '2026-11-01', evidenceIds: ['bw1'] }), observatie('ob1', 's1', { date: '2026-09-20', nodeId: null, level: null, note: 'Algemeen' })],
    beoordelingen: [beoordeling('be1', 's1', { teamId: 'tm1', overrides: ['c1'] }), beoordeling('be2', 's1', { assessor: 'peer', assessorName: 'Noëlle Bakker', peerStudentId: 's9', ptaToetsId: null })],
    rubricVersions: new Map([['rv1', version]]),
    rubrics: new Map([['r1', { id: 'r1', title: 'Rubric lunch', description: '', currentVersionId: 'rv1', createdAt: 0, updatedAt: 0 }]]),
    resultaten: [resultaat('res1', 's1')],
    ptas: [pta('pta1', 'c1')],
    audit: [audit('a2', 's1', { at: Date.UTC(2026, 9, 2) }), audit('a1', 's1', { at: Date.UTC(2026, 9, 1) })],
    bewijs: [bewijs('bw1', ['s1', 's2'], { fileName: 'foto/../menu:kaart.jpg' }), bewijs('bw0', ['s1'], { date: '2026-09-01', fileName: 'verslag.pdf', kind: 'pdf' })],
    teams: [team('tm1', 'g1', ['s1', 's2', 's3'])],
    opdrachten: [opdracht('o1', ['g1'])],
    opdrachtgevers: new Map([['og1', { id: 'og1', name: 'Zorgcentrum De Linde' } as never]]),
    nodes: new Map([['n1', node]]),
    groups: new Map([['g1', group('g1', 'c1', '3T-A')]]),
    ...overrides,
  };
}

const exportedAt = new Date(Date.UTC(2026, 11, 3, 12, 0));

describe('buildStudentExport', () => {
  const result = buildStudentExport(rows(), { exportedAt, observationScale: SCALE });

  it('names its format and version, and holds the student as stored', () => {
    expect(result).toMatchObject({ format: STUDENT_EXPORT_FORMAT, version: 1, exportedAt: '2026-12-03T12:00:00.000Z' });
    expect(result.student).toMatchObject({ roepnaam: 'Łukasz', achternaam: 'Ćwik', leerlingnummer: 'nr-s1', deletedAt: null });
    expect(result.group).toEqual({ id: 'g1', name: '3T-A' });
    expect(result.cohort).toMatchObject({ name: 'Cohort c1', programme: 'Zorg en Welzijn' });
  });

  it('lists observations by date with the goal and the level’s name on the school scale', () => {
    expect(result.observations.map((o) => o.id)).toEqual(['ob1', 'ob2']);
    expect(result.observations[1]).toMatchObject({ goal: { code: 'B2', text: 'Samenwerken' }, level: 3, levelLabel: 'B gevorderd', opdracht: { name: 'Gezonde lunch' }, evidenceIds: ['bw1'] });
    expect(result.observations[0]).toMatchObject({ goal: null, level: null, levelLabel: null, note: 'Algemeen' });
  });

  it('writes beoordelingen out with rubric, criterion and level names, conditions, toets and team', () => {
    const [examinator] = result.beoordelingen;
    expect(examinator).toMatchObject({
      rubric: { title: 'Rubric lunch', version: 2 },
      ptaToets: { code: '312', name: 'Gezonde lunch' },
      team: { name: 'Team tm1' },
      conditions: [{ text: 'Veilig gewerkt', met: true }],
      criteria: [
        { title: 'Planning', level: { label: 'Goed' }, comment: 'Goede planning.', deviatesFromTeam: true },
        { title: 'Uitvoering', level: null, comment: '', deviatesFromTeam: false },
      ],
    });
  });

  it('does not give away another student: a peer’s name, team members’ names', () => {
    const peer = result.beoordelingen.find((b) => b.assessor === 'peer')!;
    expect(peer.assessorName).toBe('');
    expect(JSON.stringify(result)).not.toContain('Noëlle');
    expect(JSON.stringify(result)).not.toContain('s9');
    expect(result.teams).toEqual([{ id: 'tm1', name: 'Team tm1', opdracht: { id: 'o1', name: 'Gezonde lunch' }, group: { id: 'g1', name: '3T-A' }, size: 3 }]);
  });

  it('keeps results with overrides and the audit trail in time order, with toets codes', () => {
    expect(result.results).toEqual([expect.objectContaining({ toets: { id: 't1', code: '312', name: 'Gezonde lunch' }, grade: 6.5, override: { grade: 7, reason: 'Thuissituatie meegewogen' } })]);
    expect(result.auditTrail.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(result.auditTrail[0]).toMatchObject({ at: '2026-10-01T00:00:00.000Z', toets: { code: '312' }, oldValue: '6,0', newValue: '6,5' });
  });

  it('gives each evidence file a unique, safe path in date order and marks shared files', () => {
    expect(result.evidence.map((e) => [e.id, e.path, e.shared])).toEqual([
      ['bw0', 'bewijs/01-verslag.pdf', false],
      ['bw1', 'bewijs/02-foto_.._menu_kaart.jpg', true],
    ]);
  });

  it('names the opdrachtgever of each opdracht but none of its contact persons', () => {
    expect(result.opdrachten).toEqual([{ id: 'o1', title: 'Gezonde lunch', schoolYear: '2026-2027', status: 'lopend', opdrachtgever: 'Zorgcentrum De Linde' }]);
  });

  it('includes rows deleted but still kept for undo, marked with their date', () => {
    const withDeleted = buildStudentExport(rows({ observaties: [observatie('ob9', 's1', { deletedAt: Date.UTC(2026, 10, 30) })] }), { exportedAt, observationScale: SCALE });
    expect(withDeleted.observations[0]).toMatchObject({ id: 'ob9', deletedAt: '2026-11-30T00:00:00.000Z' });
  });

  it('is plain JSON: it survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('works for a student with nothing recorded', () => {
    const empty = buildStudentExport(
      rows({ observaties: [], beoordelingen: [], resultaten: [], audit: [], bewijs: [], teams: [], opdrachten: [], group: null, cohort: null }),
      { exportedAt, observationScale: SCALE },
    );
    expect(empty).toMatchObject({ group: null, cohort: null, observations: [], beoordelingen: [], results: [], auditTrail: [], evidence: [], teams: [], opdrachten: [] });
  });
});

describe('safeArchiveName', () => {
  it('keeps readable names and removes what zip tools refuse', () => {
    expect(safeArchiveName('Zoë’s werk.jpg')).toBe('Zoë’s werk.jpg');
    expect(safeArchiveName('..\\a/b:c')).toBe('a_b_c');
    expect(safeArchiveName('...')).toBe('bestand');
  });
});
