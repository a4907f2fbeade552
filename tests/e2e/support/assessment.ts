import { expect, type Locator, type Page } from '@playwright/test';
import { DATABASE_NAME, putRows, readStore } from './db';

/**
 * Assessment (issue 5): a small class seeded straight into IndexedDB, page objects for
 * #/beoordelen, #/cijfers and #/pta, a key counter for the effort target, and the SE-cijfer
 * written out by hand (never with the app's own functions).
 *
 * The class: cohort "Cohort 2025-2027 tl" with group 3T-A; team "Team Zon" of four students
 * and one student without a team; opdracht "Gezonde lunch voor de buurt" for client Buurthuis
 * De Linde (contact Mevrouw Öztürk) scored with an 8-criterion D-C-B-A rubric (weights 1 or 2,
 * linear conversion with caesura 55 %); a PTA whose toets 311 is delivered by that rubric.
 */

export const COHORT = { id: 'e2e-cohort', name: 'Cohort 2025-2027 tl' } as const;
export const GROUP = { id: 'e2e-group', name: '3T-A' } as const;
export const TEAM = { id: 'e2e-team', name: 'Team Zon' } as const;
export const OPDRACHT = { id: 'e2e-opdracht', title: 'Gezonde lunch voor de buurt' } as const;
export const CLIENT = { id: 'e2e-client', name: 'Buurthuis De Linde', contact: 'Mevrouw Öztürk' } as const;
export const TEACHER = 'Mevr. Kaya';

export interface SeedStudent {
  id: string;
  leerlingnummer: string;
  roepnaam: string;
  tussenvoegsel: string;
  achternaam: string;
}

const student = (n: number, roepnaam: string, tussenvoegsel: string, achternaam: string): SeedStudent => ({
  id: `e2e-student-${n}`,
  leerlingnummer: `90000${n}`,
  roepnaam,
  tussenvoegsel,
  achternaam,
});

/** The team, in the grid's order (by achternaam). */
export const TEAM_MEMBERS: readonly SeedStudent[] = [
  student(1, 'Zoë', '', 'Bakker'),
  student(2, 'Daniël', 'van der', 'Berg'),
  student(3, 'Noëlle', 'de', 'Vries'),
  student(4, 'Ahmet', '', 'Yılmaz'),
];
/** Not in a team. */
export const SOLO = student(5, 'Fleur', '', 'Jansen');
export const STUDENTS: readonly SeedStudent[] = [...TEAM_MEMBERS, SOLO];

export const nameOf = (s: Pick<SeedStudent, 'roepnaam' | 'tussenvoegsel' | 'achternaam'>) => [s.roepnaam, s.tussenvoegsel, s.achternaam].filter(Boolean).join(' ');
/** "Berg, Daniël van der": how the grade table names a student. */
export const sortName = (s: SeedStudent) => `${s.achternaam}, ${[s.roepnaam, s.tussenvoegsel].filter(Boolean).join(' ')}`;

/** D-C-B-A, 1 to 4 points. A digit key n picks LEVELS[n - 1]. */
export const LEVELS = [
  { id: 'e2e-level-d', label: 'D minimaal', points: 1, color: '#f8d7da' },
  { id: 'e2e-level-c', label: 'C basis', points: 2, color: '#ffe5b4' },
  { id: 'e2e-level-b', label: 'B gevorderd', points: 3, color: '#fff3b0' },
  { id: 'e2e-level-a', label: 'A expert', points: 4, color: '#d4edda' },
] as const;

export const CRITERIA = [
  { id: 'e2e-crit-1', title: 'Oriënteren', weight: 1 },
  { id: 'e2e-crit-2', title: 'Plannen', weight: 1 },
  { id: 'e2e-crit-3', title: 'Uitvoeren', weight: 2 },
  { id: 'e2e-crit-4', title: 'Hygiëne', weight: 1 },
  { id: 'e2e-crit-5', title: 'Samenwerken', weight: 1 },
  { id: 'e2e-crit-6', title: 'Eindproduct', weight: 2 },
  { id: 'e2e-crit-7', title: 'Presenteren', weight: 1 },
  { id: 'e2e-crit-8', title: 'Reflecteren', weight: 1 },
] as const;

export const RUBRIC = { id: 'e2e-rubric', versionId: 'e2e-rubric-v1', title: 'Praktijkopdracht lunch', caesura: 0.55 } as const;
/** Σ weight × 4 = 10 × 4. */
export const MAX_POINTS = CRITERIA.reduce((sum, c) => sum + c.weight * 4, 0);

export interface SeedToets {
  id: string;
  code: string;
  name: string;
  toetsvorm: 'S' | 'M' | 'PO' | 'praktijkopdracht' | 'handelingsopdracht';
  weging: number | null;
  herkansbaar: boolean;
  herkansingVorm: string | null;
  periode: string;
  opdrachtId: string | null;
  rubricId: string | null;
}

export const TOETSEN: readonly SeedToets[] = [
  { id: 'e2e-toets-311', code: '311', name: 'Praktijkopdracht 1', toetsvorm: 'praktijkopdracht', weging: 3, herkansbaar: true, herkansingVorm: 'praktijkopdracht', periode: '3.1', opdrachtId: OPDRACHT.id, rubricId: RUBRIC.id },
  { id: 'e2e-toets-321', code: '321', name: 'Kennistoets voeding', toetsvorm: 'S', weging: 1, herkansbaar: true, herkansingVorm: 'S', periode: '3.2', opdrachtId: null, rubricId: null },
  { id: 'e2e-toets-332', code: '332', name: 'Presentatie', toetsvorm: 'M', weging: 2, herkansbaar: false, herkansingVorm: null, periode: '3.3', opdrachtId: null, rubricId: null },
  { id: 'e2e-toets-341', code: '341', name: 'Loopbaandossier', toetsvorm: 'handelingsopdracht', weging: null, herkansbaar: false, herkansingVorm: null, periode: '3.4', opdrachtId: null, rubricId: null },
];
export const PTA_ID = 'e2e-pta';
/** When a PTA seeded as vastgesteld was locked: 28 september 2026, noon in Amsterdam. */
export const VASTGESTELD_AT = Date.UTC(2026, 8, 28, 10, 0);
export const toets = (code: string) => TOETSEN.find((t) => t.code === code)!;

/** Points of a set of levels (1–4 per criterion, in CRITERIA order): Σ weight × points. */
export function pointsOf(levels: readonly number[]): number {
  expect(levels).toHaveLength(CRITERIA.length);
  return levels.reduce((sum, level, index) => sum + CRITERIA[index]!.weight * LEVELS[level - 1]!.points, 0);
}

/** "28 / 40" as the grid writes the running points. */
export const pointsText = (points: number) => `${points} / ${MAX_POINTS}`;

/**
 * The SE-cijfer by hand: Σ weging × cijfer / Σ weging; within the SE one decimal, half up
 * (5,45 → 5,5), the eindcijfer whole from that (5,5 → 6): the defaults of "School en cijfers".
 * Worked in hundredths of integers so 5.45 stays 5.45.
 */
export function handSeCijfer(items: readonly { weging: number; grade: number }[]): { raw: number; oneDecimal: number; final: number } {
  const weights = items.reduce((sum, item) => sum + item.weging, 0);
  const weightedTenths = items.reduce((sum, item) => sum + item.weging * Math.round(item.grade * 10), 0);
  const raw = weightedTenths / 10 / weights;
  // One decimal, half up, in integer arithmetic: tenths×weights compared at the half.
  const oneDecimalTenths = Math.floor((weightedTenths * 10 + 5 * weights) / (10 * weights));
  const oneDecimal = oneDecimalTenths / 10;
  const final = Math.floor((oneDecimalTenths + 5) / 10);
  return { raw, oneDecimal, final };
}

/**
 * Seeds the class into the app's database (the app must have created it: open a screen first),
 * then reloads so Dexie's live queries read it (`reload: false` when more is seeded first).
 * `pta: false` leaves the cohort without a PTA; `pta: 'vastgesteld'` seeds it locked (by Dhr. De Wit).
 */
export async function seedClass(page: Page, options: { pta?: boolean | 'vastgesteld'; teacherName?: string; reload?: boolean } = {}): Promise<void> {
  const stamp = Date.now();
  const record = { createdAt: stamp, updatedAt: stamp, deletedAt: null };
  const rows: Record<string, Record<string, unknown>[]> = {};
  const add = (store: string, list: Record<string, unknown>[]) => {
    (rows[store] ??= []).push(...list);
  };
  add('cohorts', [{ id: COHORT.id, name: COHORT.name, leerweg: 'tl', programme: 'Zorg en Welzijn', firstSchoolYear: '2025-2026', archivedAt: null, ...record }]);
  add('groups', [{ id: GROUP.id, cohortId: COHORT.id, name: GROUP.name, ...record }]);
  add('students', STUDENTS.map((s) => ({ ...s, groupId: GROUP.id, archivedAt: null, ...record })));
  add('opdrachtgevers', [
    {
      id: CLIENT.id,
      name: CLIENT.name,
      type: 'instelling',
      sector: 'Welzijn',
      place: 'Utrecht',
      contacts: [{ id: 'e2e-contact', name: CLIENT.contact, role: 'coördinator', email: '', phone: '' }],
      notes: '',
      tags: [],
      status: 'actief',
      ...record,
    },
  ]);
  add('rubrics', [{ id: RUBRIC.id, title: RUBRIC.title, description: '', currentVersionId: RUBRIC.versionId, archivedAt: null, ...record }]);
  add('rubricVersions', [
    {
      id: RUBRIC.versionId,
      rubricId: RUBRIC.id,
      version: 1,
      levels: LEVELS.map((level) => ({ ...level })),
      criteria: CRITERIA.map((c) => ({ ...c, descriptors: Object.fromEntries(LEVELS.map((level) => [level.id, `${c.title}: ${level.label}`])), nodeIds: [], clientInput: c.id === 'e2e-crit-6' })),
      conditions: [],
      conversion: { kind: 'linear', caesura: RUBRIC.caesura },
      scalePreset: 'dcba',
      ...record,
    },
  ]);
  add('opdrachten', [
    {
      id: OPDRACHT.id,
      title: OPDRACHT.title,
      opdrachtgeverId: CLIENT.id,
      contactId: 'e2e-contact',
      question: 'Wij willen een gezonde lunch voor de ouderen in de buurt.',
      context: '',
      specifications: '',
      deliverables: ['Menukaart', 'Lunch voor 20 personen'],
      phases: [{ id: 'e2e-phase-1', name: 'Uitvoeren', start: '2026-09-07', end: '2026-10-16' }],
      nodeIds: [],
      rubricIds: [RUBRIC.id],
      groupIds: [GROUP.id],
      hours: 24,
      location: 'Praktijklokaal',
      status: 'lopend',
      schoolYear: '2026-2027',
      isTemplate: false,
      copiedFromId: null,
      ...record,
    },
  ]);
  add('teams', [{ id: TEAM.id, opdrachtId: OPDRACHT.id, groupId: GROUP.id, name: TEAM.name, studentIds: TEAM_MEMBERS.map((m) => m.id), order: 0, ...record }]);
  if (options.pta !== false) {
    add('ptas', [
      {
        id: PTA_ID,
        cohortId: COHORT.id,
        title: `PTA Zorg en Welzijn tl, ${COHORT.name}`,
        toetsen: TOETSEN.map((t) => ({ ...t, inhoud: `Inhoud van ${t.name}`, date: null, duur: '', nodeIds: [] })),
        status: options.pta === 'vastgesteld' ? 'vastgesteld' : 'concept',
        log: options.pta === 'vastgesteld' ? [{ action: 'vastgesteld', at: VASTGESTELD_AT, who: 'Dhr. De Wit', reason: '' }] : [],
        ...record,
      },
    ]);
  }
  add('settings', [{ key: 'school', value: { teacherName: options.teacherName ?? TEACHER } }]);
  await putAll(page, rows);
  if (options.reload !== false) await page.reload();
}

/** Like db.ts putRows, for several stores in one transaction (seeding in one round trip). */
async function putAll(page: Page, rows: Record<string, Record<string, unknown>[]>): Promise<void> {
  expect(page.url(), 'open the app before writing to its database').toMatch(/^https?:/);
  await page.evaluate(
    async ({ name, rows }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(Object.keys(rows), 'readwrite');
          for (const [store, list] of Object.entries(rows)) for (const row of list) tx.objectStore(store).put(row);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
        });
      } finally {
        db.close();
      }
    },
    { name: DATABASE_NAME, rows },
  );
}

/** A beoordeling as the classroom screen stores it (the examinator's unless told otherwise). */
export async function seedScores(page: Page, input: { student: SeedStudent; levels: readonly number[]; assessor?: string; assessorName?: string; toetsId?: string | null }): Promise<void> {
  const stamp = Date.now();
  await putRows(page, 'beoordelingen', [
    {
      id: `e2e-b-${input.student.id}-${input.assessor ?? 'examinator'}`,
      studentId: input.student.id,
      rubricId: RUBRIC.id,
      rubricVersionId: RUBRIC.versionId,
      scores: Object.fromEntries(CRITERIA.map((c, i) => [c.id, LEVELS[input.levels[i]! - 1]!.id])),
      conditionsMet: {},
      workDate: '2026-10-16',
      opdrachtId: OPDRACHT.id,
      assessor: input.assessor ?? 'examinator',
      assessorName: input.assessorName ?? TEACHER,
      peerStudentId: null,
      teamId: null,
      overrides: [],
      comments: {},
      ptaToetsId: input.toetsId === undefined ? toets('311').id : input.toetsId,
      attempt: 1,
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
    },
  ]);
}

/** Entered cijfers (toets results) for toetsen without a rubric. */
export async function seedGrades(page: Page, rows: readonly { student: SeedStudent; code: string; grade: number }[]): Promise<void> {
  const stamp = Date.now();
  await putRows(
    page,
    'resultaten',
    rows.map((row) => ({
      id: `e2e-r-${row.student.id}-${row.code}`,
      studentId: row.student.id,
      ptaId: PTA_ID,
      toetsId: toets(row.code).id,
      attempt: 1,
      grade: row.grade,
      override: null,
      voldaan: null,
      late: false,
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
    })),
  );
}

/**
 * Sends keys one by one and counts them per purpose, so a test can state exactly how many
 * keystrokes scoring took ("score") apart from getting to the right cell ("navigate").
 */
export class KeyCounter {
  readonly counts = { score: 0, navigate: 0 };
  readonly log: string[] = [];

  constructor(readonly page: Page) {}

  async press(key: string, purpose: 'score' | 'navigate'): Promise<void> {
    await this.page.keyboard.press(key);
    this.counts[purpose]++;
    this.log.push(`${purpose}:${key}`);
  }

  /** Several keys for the same purpose: digits of levels, or moves. */
  async type(keys: readonly (string | number)[], purpose: 'score' | 'navigate'): Promise<void> {
    for (const key of keys) await this.press(String(key), purpose);
  }

  reset(): void {
    this.counts.score = 0;
    this.counts.navigate = 0;
    this.log.length = 0;
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** #/beoordelen. */
export class ClassroomScreen {
  readonly main: Locator;
  readonly grid: Locator;
  readonly saveState: Locator;
  readonly assessor: Locator;
  readonly mode: Locator;
  readonly context: Locator;
  readonly sources: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.grid = this.main.getByRole('grid', { name: `Scores met ${RUBRIC.title} voor ${GROUP.name}` });
    this.saveState = this.main.locator('.save-state');
    this.assessor = this.main.getByLabel('Wie beoordeelt');
    this.mode = this.main.getByLabel('Scoren', { exact: true });
    this.context = this.main.locator('.classroom-context');
    this.sources = this.main.getByRole('region', { name: /^Alle bronnen voor / });
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`/#/beoordelen${query}`);
    await expect(this.main.getByRole('heading', { level: 1, name: 'Beoordelen' })).toBeVisible();
    await expect(this.grid).toBeVisible();
  }

  /** The row of a student ("Zoë Bakker") or a team ("Team Zon (4 leerlingen)"). */
  row(label: string): Locator {
    return this.grid.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) });
  }

  /** A criterion cell; its accessible name is "<row>, <criterion>: <level>[, wijkt af van het team]". */
  cell(label: string, criterion: string): Locator {
    return this.grid.getByRole('gridcell', { name: new RegExp(`^${escape(label)}, ${escape(criterion)}: `) });
  }

  points(label: string): Locator {
    return this.row(label).locator('td.score-points');
  }

  result(label: string): Locator {
    return this.row(label).locator('td.score-result');
  }

  /** The cell that has keyboard focus's place in the roving tabindex. */
  get focusable(): Locator {
    return this.grid.locator('[role="gridcell"][tabindex="0"]');
  }

  async waitSaved(): Promise<void> {
    await expect(this.saveState).toHaveText('Alles is bewaard');
  }

  /** The sources table's row of one criterion: criterion, examinator, then the others. */
  sourceRow(criterion: string): Locator {
    return this.sources.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: criterion, exact: true }) });
  }
}

export const teamLabel = `${TEAM.name} (4 leerlingen)`;

/** #/cijfers. */
export class GradesScreen {
  readonly main: Locator;
  readonly table: Locator;
  readonly panel: Locator;
  readonly rules: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.table = this.main.getByRole('grid', { name: 'Cijfers' });
    this.panel = this.main.getByRole('complementary', { name: 'Details van het gekozen cijfer' });
    this.rules = this.main.getByText(/^Herkansing: .*Eindcijfer: /);
  }

  async open(): Promise<void> {
    await this.page.goto('/#/cijfers');
    await expect(this.main.getByRole('heading', { level: 1, name: 'Cijfers' })).toBeVisible();
    await expect(this.table).toBeVisible();
  }

  row(s: SeedStudent): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: sortName(s), exact: true }) });
  }

  /** The cijfer cell of a toets, by its column position (after the name). */
  cell(s: SeedStudent, code: string): Locator {
    return this.row(s).getByRole('gridcell').nth(TOETSEN.findIndex((t) => t.code === code));
  }

  se(s: SeedStudent): Locator {
    return this.row(s).locator('td.grade-se');
  }

  final(s: SeedStudent): Locator {
    return this.row(s).locator('td.grade-final');
  }

  raw(s: SeedStudent): Locator {
    return this.row(s).locator('td.grade-raw');
  }

  history(): Locator {
    return this.panel.locator('ol.audit-list > li');
  }
}

/** #/pta. */
export class PtaScreen {
  readonly main: Locator;
  readonly status: Locator;
  readonly table: Locator;
  readonly addButton: Locator;
  readonly vaststellenButton: Locator;
  readonly unlockButton: Locator;
  readonly printButton: Locator;
  readonly log: Locator;
  readonly toetsDialog: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.status = this.main.locator('.pta-head').getByRole('status');
    this.table = this.main.getByRole('table', { name: 'PTA' });
    this.addButton = this.main.getByRole('button', { name: 'Toets toevoegen' });
    this.vaststellenButton = this.main.getByRole('button', { name: 'Vaststellen', exact: true });
    this.unlockButton = this.main.getByRole('button', { name: 'Ontgrendelen…' });
    this.printButton = this.main.getByRole('button', { name: 'Afdrukken (PDF)' });
    this.log = this.main.getByRole('region', { name: 'Geschiedenis van het PTA' });
    this.toetsDialog = page.getByRole('dialog', { name: /^(Toets toevoegen|Toets .+ bewerken)$/ });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/pta');
    await expect(this.main.getByRole('heading', { level: 1, name: 'PTA' })).toBeVisible();
    await expect(this.main).not.toHaveAttribute('aria-busy', 'true');
  }

  /** The codes in the first column, in order. */
  codes(): Locator {
    return this.table.locator('tbody tr > th');
  }

  row(code: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: code, exact: true }) });
  }
}

/** The stored PTA of the seeded cohort. */
export async function readPta(page: Page): Promise<{ status: string; toetsen: { code: string; weging: number | null; name: string }[]; log: { action: string; who: string; reason: string }[] } | undefined> {
  const rows = await readStore<{ cohortId: string; status: string; toetsen: { code: string; weging: number | null; name: string }[]; log: { action: string; who: string; reason: string }[]; deletedAt?: number | null }>(page, 'ptas');
  return rows.find((row) => row.cohortId === COHORT.id && row.deletedAt == null);
}
