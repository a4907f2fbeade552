import type { Opdracht, OpdrachtFase, Team } from '../../../../shared/domain/opdracht';
import type { Opdrachtgever } from '../../../../shared/domain/opdrachtgever';
import type { Student } from '../../../../shared/domain/student';

/** Deterministic ids: prefix-1, prefix-2, … (the app uses crypto.randomUUID). */
export function idCounter(prefix = 'id'): () => string {
  let next = 0;
  return () => `${prefix}-${++next}`;
}

export function phase(id: string, name: string, start: string, end: string): OpdrachtFase {
  return { id, name, start, end };
}

/** A planned opdracht of 2026-2027 for group g1, with five phases from 1 to 26 March 2027. */
export function makeOpdracht(overrides: Partial<Opdracht> = {}): Opdracht {
  return {
    id: 'o1',
    createdAt: 1,
    updatedAt: 1,
    deletedAt: null,
    title: 'Een gezonde lunch voor De Linde',
    opdrachtgeverId: 'c1',
    contactId: 'k1',
    question: 'Wij willen dat onze bewoners gezonder lunchen.',
    context: 'Zorgcentrum met 80 bewoners.',
    specifications: 'Budget € 4 per persoon.',
    deliverables: ['Menukaart', 'Presentatie'],
    phases: [
      phase('p1', 'Oriënteren', '2027-03-01', '2027-03-03'),
      phase('p2', 'Voorbereiden', '2027-03-04', '2027-03-09'),
      phase('p3', 'Uitvoeren', '2027-03-10', '2027-03-19'),
      phase('p4', 'Opleveren/presenteren', '2027-03-22', '2027-03-24'),
      phase('p5', 'Evalueren', '2027-03-25', '2027-03-26'),
    ],
    nodeIds: ['et-1', 'skill-plannen'],
    rubricIds: ['r1'],
    groupIds: ['g1'],
    hours: 24,
    location: 'Praktijklokaal',
    status: 'gepland',
    schoolYear: '2026-2027',
    isTemplate: false,
    copiedFromId: null,
    ...overrides,
  };
}

export function makeStudent(id: string, roepnaam: string, achternaam: string, groupId = 'g1', tussenvoegsel = ''): Student {
  return { id, roepnaam, tussenvoegsel, achternaam, leerlingnummer: id, groupId, createdAt: 1, updatedAt: 1, deletedAt: null, archivedAt: null };
}

export function makeTeam(id: string, name: string, studentIds: string[], overrides: Partial<Team> = {}): Team {
  return { id, name, studentIds, opdrachtId: 'o1', groupId: 'g1', order: 0, createdAt: 1, updatedAt: 1, deletedAt: null, ...overrides };
}

export function makeClient(overrides: Partial<Opdrachtgever> = {}): Opdrachtgever {
  return {
    id: 'c1',
    createdAt: 1,
    updatedAt: 1,
    deletedAt: null,
    name: 'Zorgcentrum De Linde',
    type: 'instelling',
    sector: 'Zorg',
    place: 'Zwolle',
    contacts: [{ id: 'k1', name: 'Anouk Visser', role: 'Teamleider', email: 'anouk.visser@example.nl', phone: '038-1234567' }],
    notes: '',
    tags: ['zorg'],
    status: 'actief',
    ...overrides,
  };
}
