import type { AuditEntry } from '../../../../shared/domain/audit';
import type { Beoordeling } from '../../../../shared/domain/beoordeling';
import type { Bewijs } from '../../../../shared/domain/bewijs';
import type { Cohort } from '../../../../shared/domain/cohort';
import type { Group } from '../../../../shared/domain/group';
import type { Observatie } from '../../../../shared/domain/observatie';
import type { Opdracht, Team } from '../../../../shared/domain/opdracht';
import type { Pta } from '../../../../shared/domain/pta';
import type { Student } from '../../../../shared/domain/student';
import type { ToetsResultaat } from '../../../../shared/domain/toets-resultaat';

/** Small rows for the privacy tests; the same shapes the repositories store. */
const T = Date.UTC(2026, 8, 1, 8, 0);
const stored = (id: string) => ({ id, createdAt: T, updatedAt: T, deletedAt: null });

export const cohort = (id: string, overrides: Partial<Cohort> = {}): Cohort => ({
  ...stored(id),
  name: `Cohort ${id}`,
  leerweg: 'tl',
  programme: 'Zorg en Welzijn',
  firstSchoolYear: '2025-2026',
  archivedAt: null,
  ...overrides,
});
export const group = (id: string, cohortId: string, name = id): Group => ({ ...stored(id), cohortId, name });
export const student = (id: string, groupId: string, overrides: Partial<Student> = {}): Student => ({
  ...stored(id),
  roepnaam: 'Işıl',
  tussenvoegsel: '',
  achternaam: 'Şahin',
  leerlingnummer: `nr-${id}`,
  groupId,
  archivedAt: null,
  ...overrides,
});
export const observatie = (id: string, studentId: string, overrides: Partial<Observatie> = {}): Observatie => ({
  ...stored(id),
  studentId,
  nodeId: 'n1',
  level: 3,
  scaleSize: 4,
  date: '2026-10-01',
  note: 'Werkt goed samen, was wel ziek vorige week.',
  opdrachtId: 'o1',
  assessor: 'examinator',
  batchId: `b-${id}`,
  evidenceIds: [],
  ...overrides,
});
export const beoordeling = (id: string, studentId: string, overrides: Partial<Beoordeling> = {}): Beoordeling => ({
  ...stored(id),
  studentId,
  rubricId: 'r1',
  rubricVersionId: 'rv1',
  scores: { c1: 'l3', c2: null },
  conditionsMet: { k1: true },
  workDate: '2026-10-05',
  opdrachtId: 'o1',
  assessor: 'examinator',
  assessorName: 'M. Jansen',
  peerStudentId: null,
  teamId: null,
  overrides: [],
  comments: { c1: 'Goede planning.' },
  ptaToetsId: 't1',
  attempt: 1,
  ...overrides,
});
export const resultaat = (id: string, studentId: string, overrides: Partial<ToetsResultaat> = {}): ToetsResultaat => ({
  ...stored(id),
  studentId,
  ptaId: 'pta1',
  toetsId: 't1',
  attempt: 1,
  grade: 6.5,
  override: { grade: 7, reason: 'Thuissituatie meegewogen' },
  voldaan: null,
  late: false,
  ...overrides,
});
export const audit = (id: string, studentId: string, overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  id,
  at: T,
  who: 'M. Jansen',
  studentId,
  toetsId: 't1',
  kind: 'grade',
  entityId: 'res1',
  field: 'grade',
  label: 'Cijfer',
  oldValue: '6,0',
  newValue: '6,5',
  reason: 'Herberekend na gesprek',
  ...overrides,
});
export const bewijs = (id: string, studentIds: string[], overrides: Partial<Omit<Bewijs, 'blob' | 'thumbnail'>> = {}): Omit<Bewijs, 'blob' | 'thumbnail'> => ({
  ...stored(id),
  studentIds,
  kind: 'foto',
  fileName: 'menukaart.jpg',
  mimeType: 'image/jpeg',
  size: 1234,
  width: 800,
  height: 600,
  date: '2026-10-01',
  caption: 'Menukaart',
  opdrachtId: 'o1',
  ...overrides,
});
export const team = (id: string, groupId: string, studentIds: string[], overrides: Partial<Team> = {}): Team => ({
  ...stored(id),
  opdrachtId: 'o1',
  groupId,
  name: `Team ${id}`,
  studentIds,
  order: 0,
  ...overrides,
});
export const pta = (id: string, cohortId: string): Pta => ({
  ...stored(id),
  cohortId,
  title: 'PTA Zorg en Welzijn',
  toetsen: [
    {
      id: 't1',
      code: '312',
      name: 'Gezonde lunch',
      inhoud: '',
      periode: '3.1',
      date: '2026-10-10',
      toetsvorm: 'PO',
      duur: '',
      weging: 1,
      herkansbaar: false,
      herkansingVorm: null,
      nodeIds: [],
      opdrachtId: 'o1',
      rubricId: 'r1',
    },
  ],
  status: 'vastgesteld',
  log: [],
});
export const opdracht = (id: string, groupIds: string[], overrides: Partial<Opdracht> = {}): Opdracht => ({
  ...stored(id),
  title: 'Gezonde lunch',
  opdrachtgeverId: 'og1',
  contactId: null,
  question: '',
  context: '',
  specifications: '',
  deliverables: [],
  phases: [],
  nodeIds: [],
  rubricIds: [],
  groupIds,
  hours: null,
  location: '',
  status: 'lopend',
  schoolYear: '2026-2027',
  isTemplate: false,
  ...overrides,
});
