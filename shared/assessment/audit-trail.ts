import type { AuditEntry, AuditKind } from '../domain/audit';
import type { Beoordeling } from '../domain/beoordeling';
import type { RubricContent } from '../domain/rubric';
import type { ToetsResultaat } from '../domain/toets-resultaat';

export interface AuditContext {
  who: string;
  at: number;
  reason: string;
  toetsId: string | null;
  newId: () => string;
}

type Change = Pick<AuditEntry, 'kind' | 'field' | 'label' | 'oldValue' | 'newValue'>;

function entry(change: Change, studentId: string, entityId: string, context: AuditContext): AuditEntry {
  return { id: context.newId(), at: context.at, who: context.who, studentId, toetsId: context.toetsId, entityId, reason: context.reason, ...change };
}

/** A cijfer as stored in the trail: "6.5" (the screen formats it the Dutch way). */
export function gradeValue(grade: number | null | undefined): string | null {
  return grade == null ? null : String(grade);
}

/**
 * The audit entries for a change of a summative beoordeling: one per criterion whose level
 * changed and one per voorwaardelijke eis that flipped, labelled with the rubric's words as
 * they are now (the rubric may change later; the trail must still read). A new beoordeling
 * (before = null) logs every level it sets.
 */
export function beoordelingChanges(before: Beoordeling | null, after: Beoordeling, content: RubricContent, context: AuditContext): AuditEntry[] {
  const levelLabel = (levelId: string | null | undefined) => (levelId == null ? null : (content.levels.find((level) => level.id === levelId)?.label ?? levelId));
  const changes: Change[] = [];
  for (const criterion of content.criteria) {
    const old = before?.scores[criterion.id] ?? null;
    const now = after.scores[criterion.id] ?? null;
    if (old !== now) changes.push({ kind: 'score', field: criterion.id, label: criterion.title, oldValue: levelLabel(old), newValue: levelLabel(now) });
  }
  for (const condition of content.conditions) {
    const old = before?.conditionsMet[condition.id];
    const now = after.conditionsMet[condition.id];
    if ((old ?? false) !== (now ?? false)) {
      changes.push({ kind: 'condition', field: condition.id, label: condition.text, oldValue: old == null ? null : String(old), newValue: String(now ?? false) });
    }
  }
  return changes.map((change) => entry(change, after.studentId, after.id, context));
}

const RESULT_FIELDS: readonly { kind: AuditKind; field: 'grade' | 'override' | 'voldaan' | 'late'; value: (result: ToetsResultaat | null) => string | null }[] = [
  { kind: 'grade', field: 'grade', value: (result) => gradeValue(result?.grade) },
  // The reason is part of the value: a new reason for the same cijfer is a change worth a line too.
  { kind: 'override', field: 'override', value: (result) => (result?.override ? `${gradeValue(result.override.grade)} (${result.override.reason})` : null) },
  { kind: 'voldaan', field: 'voldaan', value: (result) => (result?.voldaan == null ? null : String(result.voldaan)) },
  { kind: 'late', field: 'late', value: (result) => (result == null ? null : String(result.late)) },
];

/** The audit entries for a change of a toets result (a cijfer, an override, voldaan, late). */
export function resultChanges(before: ToetsResultaat | null, after: ToetsResultaat, label: string, context: AuditContext): AuditEntry[] {
  const changes: Change[] = [];
  for (const field of RESULT_FIELDS) {
    const old = field.value(before);
    const now = field.value(after);
    // A new result that is not late is not a change worth a line.
    if (field.field === 'late' && before === null && !after.late) continue;
    if (old !== now) changes.push({ kind: field.kind, field: field.field, label, oldValue: old, newValue: now });
  }
  return changes.map((change) => entry(change, after.studentId, after.id, { ...context, toetsId: after.toetsId }));
}
