import { z } from 'zod';
import { ASSESSORS, type Assessor } from '../domain/beoordeling';
import type { MasteryMethod, MasterySettings } from './mastery';

/**
 * What a stored or submitted MasterySettings must look like. Stored settings come from an
 * older version, another window or a restored backup, so they are checked before a screen
 * computes mastery with them: a weight of 1.5 or n = 0 would give results that look right
 * and are not.
 */
export const masteryMethodSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('most-recent') }),
  z.object({ kind: z.literal('highest') }),
  z.object({ kind: z.literal('mean') }),
  // Strictly between 0 and 1: at 0 the newest work would not count, at 1 nothing before it.
  z.object({ kind: z.literal('decaying-average'), newestWeight: z.number().gt(0).lt(1) }),
  z.object({ kind: z.literal('mean-last-n'), n: z.number().int().min(1) }),
]);

export const masterySourcesSchema = z
  .array(z.enum(ASSESSORS as readonly [Assessor, ...Assessor[]]))
  .min(1)
  .refine((sources) => new Set(sources).size === sources.length, { message: 'duplicate source' });

export const masterySettingsSchema = z.object({ method: masteryMethodSchema, sources: masterySourcesSchema });

/** Which part of the settings is wrong, for a message that names the field. */
export type MasterySettingsProblem = 'method' | 'newestWeight' | 'n' | 'sources';

export type MasterySettingsCheck = { ok: true; settings: MasterySettings } | { ok: false; problems: MasterySettingsProblem[] };

/** Checks settings from a form or a store; the settings come back without unknown fields. */
export function checkMasterySettings(value: unknown): MasterySettingsCheck {
  const parsed = masterySettingsSchema.safeParse(value);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const problems = new Set<MasterySettingsProblem>();
  for (const issue of parsed.error.issues) {
    const [field, detail] = issue.path;
    if (field === 'sources') problems.add('sources');
    else if (field === 'method' && (detail === 'newestWeight' || detail === 'n')) problems.add(detail);
    else problems.add('method');
  }
  return { ok: false, problems: [...problems] };
}

/** The method if it is valid, else undefined. */
export function parseMasteryMethod(value: unknown): MasteryMethod | undefined {
  const parsed = masteryMethodSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The sources if they are valid, else undefined. */
export function parseMasterySources(value: unknown): Assessor[] | undefined {
  const parsed = masterySourcesSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
