import { ASSESSORS, type Assessor } from '../../../../shared/domain/beoordeling';
import {
  checkMasterySettings,
  DEFAULT_LAST_N,
  DEFAULT_NEWEST_WEIGHT,
  methodOfKind,
  type MasteryMethod,
  type MasteryMethodKind,
  type MasterySettings,
  type MasterySettingsProblem,
} from '../../../../shared/growth';

/** The mastery settings form as typed: numbers as text, so a half-typed value is not lost. */
export interface MasteryDraft {
  kind: MasteryMethodKind;
  /** Weight of the newest work in whole percent. */
  weight: string;
  n: string;
  sources: Assessor[];
}

/** The examinator's judgement always counts; the others in the order they are offered. */
export function withExaminator(sources: readonly Assessor[]): Assessor[] {
  const chosen = new Set<Assessor>([...sources, 'examinator']);
  return ASSESSORS.filter((source) => chosen.has(source));
}

export function draftOf(settings: MasterySettings): MasteryDraft {
  const { method } = settings;
  return {
    kind: method.kind,
    weight: String(Math.round((method.kind === 'decaying-average' ? method.newestWeight : DEFAULT_NEWEST_WEIGHT) * 100)),
    n: String(method.kind === 'mean-last-n' ? method.n : DEFAULT_LAST_N),
    sources: withExaminator(settings.sources),
  };
}

/** A whole number typed as digits only ("3", not "3,5", "3e0" or ""); NaN otherwise. */
function wholeNumber(text: string): number {
  const trimmed = text.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function methodOf(draft: MasteryDraft): MasteryMethod {
  switch (draft.kind) {
    case 'decaying-average': {
      const percent = wholeNumber(draft.weight);
      // 0 and 100 become weights the schema refuses (not strictly between 0 and 1), as it should.
      return { kind: 'decaying-average', newestWeight: percent >= 1 && percent <= 99 ? percent / 100 : Number.NaN };
    }
    case 'mean-last-n':
      return { kind: 'mean-last-n', n: wholeNumber(draft.n) };
    default:
      return methodOfKind(draft.kind);
  }
}

export type DraftCheck = { ok: true; settings: MasterySettings } | { ok: false; problems: MasterySettingsProblem[] };

/** The settings the draft stands for, or what is wrong with it (checked by the same schema as the store). */
export function settingsOfDraft(draft: MasteryDraft): DraftCheck {
  return checkMasterySettings({ method: methodOf(draft), sources: withExaminator(draft.sources) });
}

/**
 * What the worked example shows while the teacher types: the draft when it is valid, else the
 * chosen method with its saved (or default) parameter, so the example never shows nonsense.
 */
export function exampleSettingsOf(draft: MasteryDraft, saved: MasterySettings): MasterySettings {
  const checked = settingsOfDraft(draft);
  if (checked.ok) return checked.settings;
  return { method: methodOfKind(draft.kind, saved.method), sources: withExaminator(draft.sources) };
}
