import { describe, expect, it } from 'vitest';
import { cohortInputSchema, fieldErrors, studentInputSchema } from '../../../../shared/validation/student-input';

const valid = { roepnaam: ' Zoë ', tussenvoegsel: '', achternaam: 'Bakker', leerlingnummer: '104233', groupId: 'g1' };

describe('studentInputSchema', () => {
  it('trims and accepts a normal student', () => {
    expect(studentInputSchema.parse(valid)).toEqual({ ...valid, roepnaam: 'Zoë' });
  });

  it('names the field of each problem with a translatable message key', () => {
    const result = studentInputSchema.safeParse({ ...valid, roepnaam: '', achternaam: '=1+1', leerlingnummer: '12 34' });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({
      roepnaam: 'validation.required',
      achternaam: 'validation.formula',
      leerlingnummer: 'validation.leerlingnummerFormat',
    });
  });
});

describe('cohortInputSchema', () => {
  it('normalises the school year', () => {
    expect(cohortInputSchema.parse({ name: 'Cohort 2026-2028', leerweg: 'tl', programme: 'Zorg en Welzijn', firstSchoolYear: '2026/2027' }).firstSchoolYear).toBe('2026-2027');
  });

  it('refuses a school year that is not one year long and an unknown leerweg', () => {
    const result = cohortInputSchema.safeParse({ name: 'x', leerweg: 'kb', programme: 'y', firstSchoolYear: '2026-2028' });
    expect(fieldErrors(result.error!)).toEqual({ leerweg: 'validation.leerweg', firstSchoolYear: 'validation.schoolYear' });
  });
});
