import { useTranslation } from 'react-i18next';
import type { FrameworkProblem } from '../../../../../shared/frameworks';

interface FrameworkProblemsProps {
  fileName: string;
  problems: readonly FrameworkProblem[];
}

const SHOWN = 30;

/** Why a framework file could not be imported: every problem with where it is. Nothing was stored. */
export function FrameworkProblems({ fileName, problems }: FrameworkProblemsProps) {
  const { t } = useTranslation();
  // Each message names its own place (JSON path, or row and column), so no prefix is needed.
  const messages = problems.map((problem) => t(`frameworkProblems.${problem.code}`, { ...problem.params, fileName }));
  return (
    <div className="alert alert-error" role="alert">
      <strong>{t('frameworks.fileProblems.title', { file: fileName })}</strong>
      <ul className="issue-list">
        {messages.slice(0, SHOWN).map((message, index) => (
          <li key={index}>{message}</li>
        ))}
      </ul>
      {messages.length > SHOWN && <p>{t('frameworks.fileProblems.more', { count: messages.length - SHOWN })}</p>}
      <p>{t('import.file.nothingChanged')}</p>
    </div>
  );
}
