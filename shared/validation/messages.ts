/**
 * Validation messages are i18n keys (see renderer/src/i18n), so shared code stays free of
 * UI text while every message the teacher sees is translated.
 */
export const V = {
  required: 'validation.required',
  tooLong: 'validation.tooLong',
  formula: 'validation.formula',
  leerlingnummerFormat: 'validation.leerlingnummerFormat',
  schoolYear: 'validation.schoolYear',
  leerweg: 'validation.leerweg',
} as const;

export type ValidationMessageKey = (typeof V)[keyof typeof V];
