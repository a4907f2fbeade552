import { describe, expect, it } from 'vitest';
import { nextSchoolYear, parseSchoolYear, schoolYearOf } from '../../../../shared/domain/school-year';

describe('school years', () => {
  it('starts a school year in August', () => {
    expect(schoolYearOf(new Date(2026, 6, 31))).toBe('2025-2026');
    expect(schoolYearOf(new Date(2026, 7, 1))).toBe('2026-2027');
  });

  it('parses "2025-2026" and "2025/2026" but not two unrelated years', () => {
    expect(parseSchoolYear(' 2025 / 2026 ')).toBe('2025-2026');
    expect(parseSchoolYear('2025-2027')).toBeNull();
    expect(parseSchoolYear('volgend jaar')).toBeNull();
  });

  it('counts on to the next school year', () => {
    expect(nextSchoolYear('2025-2026')).toBe('2026-2027');
  });
});
