import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { computeStudentGrowth, type StudentGrowth } from '../../../../shared/profile/student-growth';
import { readStudentGrowthRows, type StudentGrowthRows } from '../../db/repositories/student-growth';

export interface StudentGrowthData {
  rows: StudentGrowthRows;
  growth: StudentGrowth;
}

/**
 * A student's growth per goal and eindterm coverage: one live read of everything it needs
 * (readStudentGrowthRows), computed once per change of the rows or of the school's scale.
 * Undefined while reading; null when the student does not exist.
 */
export function useStudentGrowth(studentId: string, scaleSize: number): StudentGrowthData | null | undefined {
  const rows = useLiveQuery(() => readStudentGrowthRows(studentId), [studentId]);
  return useMemo(() => (rows ? { rows, growth: computeStudentGrowth(rows, scaleSize) } : rows), [rows, scaleSize]);
}
