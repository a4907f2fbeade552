import { z } from 'zod';
import { looksLikeFormula } from '../csv/formula';
import { parseSchoolYear } from '../domain/school-year';
import { LEERWEGEN } from '../domain/cohort';
import { V } from './messages';

const NAME_MAX = 80;

/** A name part: trimmed, no spreadsheet formula (it would run when exported to Excel). */
const namePart = (required: boolean) => {
  const base = z.string().trim().max(NAME_MAX, V.tooLong).refine((v) => !looksLikeFormula(v), V.formula);
  return required ? base.refine((v) => v.length > 0, V.required) : base;
};

/** Letters, digits and - _ . only: Magister and SOMtoday numbers are digits, some schools add a letter. */
export const LEERLINGNUMMER_PATTERN = /^[0-9A-Za-z][0-9A-Za-z._-]{0,19}$/;

export const leerlingnummerSchema = z
  .string()
  .trim()
  .refine((v) => v.length > 0, V.required)
  .refine((v) => v.length === 0 || LEERLINGNUMMER_PATTERN.test(v), V.leerlingnummerFormat);

export const studentInputSchema = z.object({
  roepnaam: namePart(true),
  tussenvoegsel: namePart(false),
  achternaam: namePart(true),
  leerlingnummer: leerlingnummerSchema,
  groupId: z.string().min(1, V.required),
});
export type StudentInput = z.infer<typeof studentInputSchema>;

export const groupInputSchema = z.object({
  name: namePart(true),
  cohortId: z.string().min(1, V.required),
});
export type GroupInput = z.infer<typeof groupInputSchema>;

export const cohortInputSchema = z.object({
  name: namePart(true),
  leerweg: z.enum(LEERWEGEN as ['gl', 'tl'], { message: V.leerweg }),
  programme: namePart(true),
  firstSchoolYear: z
    .string()
    .trim()
    .refine((v) => parseSchoolYear(v) !== null, V.schoolYear)
    .transform((v) => parseSchoolYear(v)!),
});
export type CohortInput = z.input<typeof cohortInputSchema>;

/** Field → message key of the first problem per field, for forms. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    if (!(field in result)) result[field] = issue.message;
  }
  return result;
}
