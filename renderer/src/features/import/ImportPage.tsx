import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RawTable } from '../../../../shared/import/raw-table';
import { importStudents, undoStudentImport, type StudentImportResult } from '../../db/repositories/student-import';
import { usePageTitle } from '../../hooks/use-page-title';
import { useToasts } from '../../state/toasts';
import { FileStep } from './components/FileStep';
import { ReviewStep } from './components/ReviewStep';
import { summaryLine } from './messages';

type Step =
  | { kind: 'choose' }
  | { kind: 'review'; fileName: string; table: RawTable }
  | { kind: 'done'; fileName: string; result: StudentImportResult; undone: boolean };

const STEPS = ['choose', 'review', 'done'] as const;

/** Import a student list from Magister or SOMtoday: choose a file → check columns → result. */
export function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('import.title'));
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const show = useToasts((state) => state.show);

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('import.title')}</h1>
          <p className="muted">{t('import.subtitle')}</p>
        </div>
        <Link className="btn" to="/leerlingen">
          {t('import.backToStudents')}
        </Link>
      </div>
      <ol className="steps" aria-label={t('import.stepsLabel')}>
        {STEPS.map((kind, index) => (
          <li key={kind} aria-current={step.kind === kind ? 'step' : undefined}>
            {index + 1}. {t(`import.steps.${kind}`)}
          </li>
        ))}
      </ol>

      {step.kind === 'choose' && <FileStep onRead={(fileName, table) => setStep({ kind: 'review', fileName, table })} />}

      {step.kind === 'review' && (
        <ReviewStep
          fileName={step.fileName}
          table={step.table}
          onCancel={() => setStep({ kind: 'choose' })}
          onImport={async (request) => {
            try {
              const result = await importStudents(request);
              setStep({ kind: 'done', fileName: step.fileName, result, undone: false });
            } catch (error) {
              console.error(error);
              show({ message: t('import.failed', { file: step.fileName }), tone: 'error' });
            }
          }}
        />
      )}

      {step.kind === 'done' && (
        <section className="card form" aria-labelledby="import-done" role="status">
          <h2 id="import-done">{step.undone ? t('import.done.undoneTitle') : t('import.done.title', { file: step.fileName })}</h2>
          {!step.undone && <p data-testid="import-summary">{summaryLine(t, step.result.plan)}</p>}
          {!step.undone && step.result.createdGroups.length > 0 && (
            <p>{t('import.done.groupsCreated', { groups: step.result.createdGroups.map((group) => group.name).join(', ') })}</p>
          )}
          {step.undone && <p>{t('import.done.undoneBody')}</p>}
          <div className="actions">
            <Link className="btn btn-primary" to="/leerlingen">
              {t('import.done.toStudents')}
            </Link>
            <button type="button" className="btn" onClick={() => setStep({ kind: 'choose' })}>
              {t('import.done.another')}
            </button>
            {!step.undone && (
              <button
                type="button"
                className="btn"
                onClick={async () => {
                  await undoStudentImport(step.result);
                  setStep({ ...step, undone: true });
                }}
              >
                {t('import.done.undo')}
              </button>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
