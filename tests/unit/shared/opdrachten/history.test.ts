import { describe, expect, it } from 'vitest';
import { clientHistory } from '../../../../shared/opdrachten/history';
import { makeOpdracht, phase } from './helpers';

describe('clientHistory', () => {
  const groups = [
    { id: 'g1', name: '3T-A' },
    { id: 'g2', name: '4T-B' },
    { id: 'g10', name: '3T-C' },
  ];
  const opdrachten = [
    makeOpdracht({ id: 'lunch-2026', groupIds: ['g1', 'g-gone'], status: 'lopend' }),
    makeOpdracht({ id: 'beurs-2026', title: 'Beursstand', groupIds: ['g10'], phases: [phase('p', 'Uitvoeren', '2026-10-01', '2026-10-20')] }),
    makeOpdracht({ id: 'lunch-2025', schoolYear: '2025-2026', groupIds: ['g2'], status: 'afgerond', phases: [phase('p', 'Uitvoeren', '2026-03-01', '2026-03-20')] }),
    makeOpdracht({ id: 'idee', title: 'Idee', schoolYear: '2026-2027', phases: [], status: 'concept', groupIds: [] }),
    makeOpdracht({ id: 'tpl', isTemplate: true }),
    makeOpdracht({ id: 'gone', deletedAt: 4 }),
    makeOpdracht({ id: 'other-client', opdrachtgeverId: 'c2' }),
  ];

  it('lists the opdrachten for the client, newest year first, with groups, status and dates', () => {
    const history = clientHistory('c1', opdrachten, groups);
    expect(history.entries.map((e) => [e.opdrachtId, e.schoolYear, e.status, e.start, e.deadline])).toEqual([
      ['beurs-2026', '2026-2027', 'gepland', '2026-10-01', '2026-10-20'],
      ['lunch-2026', '2026-2027', 'lopend', '2027-03-01', '2027-03-26'],
      ['idee', '2026-2027', 'concept', null, null],
      ['lunch-2025', '2025-2026', 'afgerond', '2026-03-01', '2026-03-20'],
    ]);
    expect(history.entries[1]!.groups).toEqual([
      { id: 'g1', name: '3T-A' },
      { id: 'g-gone', name: null },
    ]);
    expect(history.entries[1]!.contactId).toBe('k1');
  });

  it('summarises years, groups (by name, numbers in order), statuses and templates', () => {
    const history = clientHistory('c1', opdrachten, groups);
    expect(history.schoolYears).toEqual(['2026-2027', '2025-2026']);
    expect(history.groups.map((g) => g.name)).toEqual(['3T-A', '3T-C', '4T-B']);
    expect(history.byStatus).toEqual({ concept: 1, gepland: 1, lopend: 1, afgerond: 1, gearchiveerd: 0 });
    expect(history.templates).toBe(1);
  });

  it('is empty for a client without opdrachten', () => {
    expect(clientHistory('nobody', opdrachten, groups)).toMatchObject({ entries: [], schoolYears: [], groups: [], templates: 0 });
  });
});
