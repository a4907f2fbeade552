import { describe, expect, it } from 'vitest';
import { beoordelingChanges, gradeValue, resultChanges, type AuditContext } from '../../../../shared/assessment/audit-trail';
import { handRubric, makeBeoordeling, makeResult } from '../grades/helpers';

const AT = Date.UTC(2026, 10, 16, 9, 30);

function context(overrides: Partial<AuditContext> = {}): AuditContext {
  let next = 0;
  return { who: 'M. de Vries', at: AT, reason: '', toetsId: 't2', newId: () => `a-${++next}`, ...overrides };
}

const content = handRubric(); // levels D/C/B/A labelled 'D minimaal' … 'A expert'; criteria k1-k3; condition v1

describe('beoordelingChanges', () => {
  it('a new beoordeling logs every level it sets, with the rubric\'s labels, and a checked condition', () => {
    const after = makeBeoordeling({ id: 'b9', studentId: 's4', scores: { k1: 'A', k2: 'B', k3: null }, conditionsMet: { v1: true } });
    expect(beoordelingChanges(null, after, content, context())).toEqual([
      { id: 'a-1', at: AT, who: 'M. de Vries', studentId: 's4', toetsId: 't2', entityId: 'b9', reason: '', kind: 'score', field: 'k1', label: 'Werkvoorbereiding', oldValue: null, newValue: 'A expert' },
      { id: 'a-2', at: AT, who: 'M. de Vries', studentId: 's4', toetsId: 't2', entityId: 'b9', reason: '', kind: 'score', field: 'k2', label: 'Werkhouding', oldValue: null, newValue: 'B gevorderd' },
      { id: 'a-3', at: AT, who: 'M. de Vries', studentId: 's4', toetsId: 't2', entityId: 'b9', reason: '', kind: 'condition', field: 'v1', label: 'Veiligheidsschoenen aan', oldValue: null, newValue: 'true' },
    ]);
  });

  it('a new beoordeling with nothing set and the condition unchecked logs nothing', () => {
    expect(beoordelingChanges(null, makeBeoordeling({ scores: { k1: null } }), content, context())).toEqual([]);
  });

  it('a change logs only the criteria that changed and the conditions that flipped, with old and new labels', () => {
    const before = makeBeoordeling({ scores: { k1: 'A', k2: 'B', k3: 'C' }, conditionsMet: { v1: true } });
    const after = { ...before, updatedAt: 2, scores: { k1: 'A', k2: 'C', k3: null }, conditionsMet: { v1: false } };
    const entries = beoordelingChanges(before, after, content, context({ who: 'J. Bakker', reason: 'Na nabespreking bijgesteld', toetsId: 't5' }));
    expect(entries.map(({ kind, field, label, oldValue, newValue }) => ({ kind, field, label, oldValue, newValue }))).toEqual([
      { kind: 'score', field: 'k2', label: 'Werkhouding', oldValue: 'B gevorderd', newValue: 'C basis' },
      { kind: 'score', field: 'k3', label: 'Vaardigheden', oldValue: 'C basis', newValue: null },
      { kind: 'condition', field: 'v1', label: 'Veiligheidsschoenen aan', oldValue: 'true', newValue: 'false' },
    ]);
    for (const entry of entries) {
      expect(entry).toMatchObject({ who: 'J. Bakker', at: AT, reason: 'Na nabespreking bijgesteld', toetsId: 't5', studentId: 's1', entityId: 'b1' });
    }
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(3);
  });

  it('nothing changed: nothing logged; an unchecked condition that stays unset is no change', () => {
    const before = makeBeoordeling({ scores: { k1: 'A' }, conditionsMet: {} });
    expect(beoordelingChanges(before, { ...before, conditionsMet: { v1: false } }, content, context())).toEqual([]);
  });

  it('a level the rubric no longer names is logged by its id', () => {
    const before = makeBeoordeling({ scores: { k1: 'gone' } });
    const entries = beoordelingChanges(before, { ...before, scores: { k1: 'A' } }, content, context());
    expect(entries).toMatchObject([{ field: 'k1', oldValue: 'gone', newValue: 'A expert' }]);
  });
});

describe('resultChanges', () => {
  it('a new cijfer: one line, toets from the result, label as given; a new result that is not late does not log "late"', () => {
    const after = makeResult({ id: 'r1', studentId: 's2', toetsId: 't1', grade: 6.5 });
    expect(resultChanges(null, after, '311 Veilig werken', context({ toetsId: 'other' }))).toEqual([
      { id: 'a-1', at: AT, who: 'M. de Vries', studentId: 's2', toetsId: 't1', entityId: 'r1', reason: '', kind: 'grade', field: 'grade', label: '311 Veilig werken', oldValue: null, newValue: '6.5' },
    ]);
  });

  it('a new result that is late logs "late"', () => {
    const entries = resultChanges(null, makeResult({ late: true }), '311', context());
    expect(entries).toMatchObject([{ kind: 'late', field: 'late', oldValue: null, newValue: 'true' }]);
  });

  it('a changed cijfer, an override with its reason, voldaan and late each log a line', () => {
    const before = makeResult({ grade: 5.4, override: null, voldaan: null, late: false });
    const after = { ...before, grade: 5.6, override: { grade: 6, reason: 'Ziek tijdens de toets' }, voldaan: true, late: true };
    const entries = resultChanges(before, after, '311', context({ reason: 'Ziek tijdens de toets' }));
    expect(entries.map(({ kind, field, oldValue, newValue, reason }) => ({ kind, field, oldValue, newValue, reason }))).toEqual([
      { kind: 'grade', field: 'grade', oldValue: '5.4', newValue: '5.6', reason: 'Ziek tijdens de toets' },
      { kind: 'override', field: 'override', oldValue: null, newValue: '6 (Ziek tijdens de toets)', reason: 'Ziek tijdens de toets' },
      { kind: 'voldaan', field: 'voldaan', oldValue: null, newValue: 'true', reason: 'Ziek tijdens de toets' },
      { kind: 'late', field: 'late', oldValue: 'false', newValue: 'true', reason: 'Ziek tijdens de toets' },
    ]);
  });

  it('a new reason for the same overridden cijfer is logged too', () => {
    const before = makeResult({ override: { grade: 6, reason: 'Ziek' } });
    const after = { ...before, override: { grade: 6, reason: 'Ziek, met briefje van de ouders' } };
    expect(resultChanges(before, after, '311', context())).toMatchObject([{ field: 'override', oldValue: '6 (Ziek)', newValue: '6 (Ziek, met briefje van de ouders)' }]);
  });

  it('removing an override and a cijfer logs them going to null', () => {
    const before = makeResult({ grade: 7, override: { grade: 8, reason: 'x' } });
    expect(resultChanges(before, { ...before, grade: null, override: null }, '311', context())).toMatchObject([
      { field: 'grade', oldValue: '7', newValue: null },
      { field: 'override', oldValue: '8 (x)', newValue: null },
    ]);
  });

  it('saving without a change logs nothing', () => {
    const before = makeResult({ grade: 7, voldaan: false, late: true });
    expect(resultChanges(before, { ...before, updatedAt: 9 }, '311', context())).toEqual([]);
  });
});

describe('gradeValue', () => {
  it('a cijfer as stored in the trail', () => {
    expect(gradeValue(6.5)).toBe('6.5');
    expect(gradeValue(7)).toBe('7');
    expect(gradeValue(null)).toBeNull();
    expect(gradeValue(undefined)).toBeNull();
  });
});
