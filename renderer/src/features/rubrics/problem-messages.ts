import type { TFunction } from 'i18next';

interface ProblemLike {
  code: string;
  params: object;
  row?: number | null;
}

/**
 * Rubric problems (validation or CSV import) as Dutch sentences: the message for the code,
 * led by the row of the file when the problem is located in one.
 */
export function rubricProblemMessages(t: TFunction, problems: readonly ProblemLike[]): string[] {
  return problems.map((problem) => {
    const message = t(`rubricProblems.${problem.code}`, problem.params as Record<string, unknown>);
    return problem.row ? `${t('import.where.row', { row: problem.row })}: ${message}` : message;
  });
}
