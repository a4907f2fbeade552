/**
 * One change to something summative (a rubric score, a voorwaardelijke eis, a cijfer, an
 * override): who, when, old and new value and why. Entries are only ever added, never changed
 * or deleted, so nothing summative changes silently (../shared/quality.md "Data safety").
 */
export interface AuditEntry {
  id: string;
  at: number;
  who: string;
  studentId: string;
  /** The PTA toets the change counts for, when known. */
  toetsId: string | null;
  /** What changed: a criterion level, a condition, a cijfer, an override, a handelingsopdracht. */
  kind: AuditKind;
  /** The record that changed (a beoordeling or a toets result). */
  entityId: string;
  /** Criterion or condition id, or 'grade' / 'override' / 'voldaan' / 'late'. */
  field: string;
  /** Human label of the field at the time ("Inhoud", "Herkansing"): the rubric may change later. */
  label: string;
  oldValue: string | null;
  newValue: string | null;
  reason: string;
}

export type AuditKind = 'score' | 'condition' | 'grade' | 'override' | 'voldaan' | 'late';
