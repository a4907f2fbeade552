import { describe, expect, it } from 'vitest';
import { generateOpdrachten, generateOpdrachtgevers } from '../../../../shared/demo/generate-opdrachten';
import { OPDRACHTGEVER_TYPES } from '../../../../shared/domain/opdrachtgever';
import { compareIsoDates, isInSchoolYear } from '../../../../shared/opdrachten/dates';
import { validateOpdrachtgever } from '../../../../shared/opdrachten/opdrachtgever';
import { deadlineOf, startOf, validateOpdracht } from '../../../../shared/opdrachten/phases';
import { hasErrors } from '../../../../shared/opdrachten/problems';

const NOW = new Date(2026, 10, 23).getTime();
const nodeIds = Array.from({ length: 60 }, (_, i) => `et-${i}`);
const rubricIds = ['r1', 'r2', 'r3'];
const groupIds = Array.from({ length: 40 }, (_, i) => `g-${i}`);

describe('generateOpdrachtgevers', () => {
  const clients = generateOpdrachtgevers({ now: NOW });

  it('makes the 60 clients of the large school, with unique Dutch names, sectors, places and 1-2 contacts', () => {
    expect(clients).toHaveLength(60);
    expect(new Set(clients.map((c) => c.name.toLowerCase())).size).toBe(60);
    expect(new Set(clients.map((c) => c.id)).size).toBe(60);
    expect(clients.every((c) => c.contacts.length >= 1 && c.contacts.length <= 2)).toBe(true);
    expect(clients.some((c) => c.contacts.length === 2)).toBe(true);
    expect(new Set(clients.map((c) => c.type))).toEqual(new Set(OPDRACHTGEVER_TYPES));
    expect(new Set(clients.map((c) => c.sector)).size).toBeGreaterThanOrEqual(10);
    expect(clients.every((c) => c.place !== '')).toBe(true);
    expect(clients.map((c) => c.name).join(' ')).toMatch(/Zorgcentrum|Garage|Bakkerij|Gemeente/);
  });

  it('uses fictional contact details only: example.nl addresses, numbers nobody has', () => {
    const contacts = clients.flatMap((c) => c.contacts);
    expect(contacts.every((k) => k.email.endsWith('@example.nl'))).toBe(true);
    expect(contacts.filter((k) => k.phone !== '').every((k) => /^0(6-0\d{7}|\d{2}-0\d{6}|\d{3}-0\d{5})$/.test(k.phone))).toBe(true);
  });

  it('passes the client validation, and is deterministic', () => {
    for (const client of clients) expect(validateOpdrachtgever(client), client.name).toEqual([]);
    expect(generateOpdrachtgevers({ now: NOW })).toEqual(clients);
    expect(generateOpdrachtgevers({ now: NOW, seed: 2 })).not.toEqual(clients);
    expect(generateOpdrachtgevers({ now: NOW, count: 5 })).toHaveLength(5);
  });
});

describe('generateOpdrachten', () => {
  const clients = generateOpdrachtgevers({ now: NOW });
  const input = { opdrachtgevers: clients, schoolYear: '2026-2027' as const, nodeIds, rubricIds, groupIds, today: '2026-11-23', now: NOW };
  const opdrachten = generateOpdrachten(input);

  it('makes 40 valid opdrachten with phases inside the school year', () => {
    expect(opdrachten).toHaveLength(40);
    for (const opdracht of opdrachten) {
      const problems = validateOpdracht(opdracht, { schoolYear: '2026-2027' });
      expect(hasErrors(problems), `${opdracht.title}: ${problems.map((p) => p.code).join(', ')}`).toBe(false);
      expect(opdracht.phases.map((p) => p.name)).toEqual(['Oriënteren', 'Voorbereiden', 'Uitvoeren', 'Opleveren/presenteren', 'Evalueren']);
      expect(isInSchoolYear(deadlineOf(opdracht)!, '2026-2027')).toBe(true);
    }
  });

  it('spreads them over the year, from September to June', () => {
    const months = new Set(opdrachten.map((o) => startOf(o)!.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(9);
    expect([...months].sort()[0]).toBe('2026-09');
  });

  it('links only to the nodes, rubrics, groups and clients given, and uses every group', () => {
    const known = (ids: readonly string[], all: readonly string[]) => ids.every((id) => all.includes(id));
    for (const o of opdrachten) {
      expect(o.nodeIds.length).toBeGreaterThanOrEqual(3);
      expect(known(o.nodeIds, nodeIds) && known(o.rubricIds, rubricIds) && known(o.groupIds, groupIds)).toBe(true);
      expect(o.rubricIds.length).toBeGreaterThanOrEqual(1);
      const client = clients.find((c) => c.id === o.opdrachtgeverId)!;
      expect(client.status).not.toBe('gearchiveerd');
      expect(client.contacts.map((k) => k.id)).toContain(o.contactId);
    }
    expect(new Set(opdrachten.flatMap((o) => o.groupIds))).toEqual(new Set(groupIds));
  });

  it('sets statuses by today: afgerond before, lopend during, gepland or concept after', () => {
    for (const o of opdrachten) {
      const started = compareIsoDates(startOf(o)!, '2026-11-23') <= 0;
      const finished = compareIsoDates(deadlineOf(o)!, '2026-11-23') < 0;
      expect(o.status, o.title).toBe(finished ? 'afgerond' : started ? 'lopend' : o.status === 'concept' ? 'concept' : 'gepland');
    }
    const statuses = new Set(opdrachten.map((o) => o.status));
    expect([...statuses].sort()).toEqual(['afgerond', 'concept', 'gepland', 'lopend']);
  });

  it('adds templates on request, and is deterministic', () => {
    const withTemplates = generateOpdrachten({ ...input, templates: 4 });
    const templates = withTemplates.filter((o) => o.isTemplate);
    expect(templates).toHaveLength(4);
    expect(templates.every((t) => t.groupIds.length === 0 && !t.title.includes('('))).toBe(true);
    expect(generateOpdrachten(input)).toEqual(opdrachten);
    expect(new Set(withTemplates.map((o) => o.id)).size).toBe(44);
  });
});
