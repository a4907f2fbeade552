import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPlan } from '../../../../../shared/import/plan-student-import';
import type { RawTable } from '../../../../../shared/import/raw-table';
import {
  duplicateMappedColumns,
  guessMapping,
  missingRequiredFields,
  STUDENT_FIELDS,
  type ColumnMapping,
  type StudentField,
} from '../../../../../shared/import/student-columns';
import type { CohortInput } from '../../../../../shared/validation/student-input';
import { createCohort } from '../../../db/repositories/cohorts';
import { previewStudentImport, type StudentImportRequest } from '../../../db/repositories/student-import';
import { useCohorts, useGroups } from '../../../hooks/use-school-data';
import { Field } from '../../../ui/Field';
import { CohortFormDialog } from '../../groups/components/CohortFormDialog';
import { fieldLabel, issueMessage, summaryLine } from '../messages';

const PREVIEW_ROWS = 5;

interface ReviewStepProps {
  fileName: string;
  table: RawTable;
  onCancel: () => void;
  onImport: (request: StudentImportRequest) => Promise<void>;
}

function formatDescription(t: ReturnType<typeof useTranslation>['t'], table: RawTable): string {
  if (table.format.kind === 'xlsx') return t('import.review.formatXlsx', { count: table.rows.length });
  const delimiter = t(`import.review.delimiters.${table.format.delimiter === '\t' ? 'tab' : table.format.delimiter === ';' ? 'semicolon' : 'comma'}`);
  const encoding = table.format.encoding === 'windows-1252' ? 'Windows-1252' : `${table.format.encoding.toUpperCase()}${table.format.hadBom ? t('import.review.withBom') : ''}`;
  return t('import.review.formatCsv', { delimiter, encoding, count: table.rows.length });
}

/**
 * Step 2: the teacher confirms which column is which (guessed from the Dutch header names),
 * picks the cohort, sees the first rows and every problem, and only then imports.
 * Nothing is written before the import button is pressed.
 */
export function ReviewStep({ fileName, table, onCancel, onImport }: ReviewStepProps) {
  const { t } = useTranslation();
  const cohorts = useCohorts();
  const groups = useGroups();
  const [mapping, setMapping] = useState<ColumnMapping>(() => guessMapping(table.header));
  const [chosenCohortId, setCohortId] = useState<string>('');
  const [defaultGroupId, setDefaultGroupId] = useState<string>('');
  const [preview, setPreview] = useState<{ request: StudentImportRequest; plan: ImportPlan } | null>(null);
  const [creatingCohort, setCreatingCohort] = useState(false);
  const [importing, setImporting] = useState(false);

  // With exactly one cohort there is nothing to choose.
  const cohortId = chosenCohortId || (cohorts?.length === 1 ? cohorts[0]!.id : '');

  const missing = missingRequiredFields(mapping);
  const duplicates = duplicateMappedColumns(mapping);
  const mappingComplete = missing.length === 0 && duplicates.length === 0;
  const cohortGroups = useMemo(() => (groups ?? []).filter((group) => group.cohortId === cohortId), [groups, cohortId]);

  const request: StudentImportRequest | null = useMemo(
    () => (mappingComplete && cohortId ? { table, mapping, cohortId, defaultGroupId: defaultGroupId || null } : null),
    [mappingComplete, cohortId, table, mapping, defaultGroupId],
  );

  // The preview is planned again whenever the mapping, cohort or stored groups change; a plan
  // for an older request is never shown.
  useEffect(() => {
    let current = true;
    if (request) {
      void previewStudentImport(request).then((plan) => {
        if (current) setPreview({ request, plan });
      });
    }
    return () => {
      current = false;
    };
  }, [request, groups]);
  const plan = preview && preview.request === request ? preview.plan : null;

  const needsDefaultGroup = mapping.groep === null || table.rows.some((row) => (row.cells[mapping.groep!] ?? '').trim() === '');
  const toWrite = plan ? plan.counts.add + plan.counts.update : 0;
  const setField = (field: StudentField, value: string) => setMapping((current) => ({ ...current, [field]: value === '' ? null : Number(value) }));

  const saveNewCohort = async (input: CohortInput) => {
    const cohort = await createCohort(input);
    setCohortId(cohort.id);
  };

  return (
    <div className="form">
      <p>
        <strong>{fileName}</strong> · <span className="muted">{formatDescription(t, table)}</span>
      </p>

      <section className="card form" aria-labelledby="import-cohort">
        <h2 id="import-cohort">{t('import.review.cohortTitle')}</h2>
        <div className="toolbar">
          <Field label={t('import.review.cohort')} hint={t('import.review.cohortHint')} className="grow">
            <select value={cohortId} onChange={(event) => setCohortId(event.target.value)}>
              <option value="">{t('import.review.chooseCohort')}</option>
              {(cohorts ?? []).map((cohort) => (
                <option key={cohort.id} value={cohort.id}>
                  {cohort.name}
                </option>
              ))}
            </select>
          </Field>
          <button type="button" className="btn" onClick={() => setCreatingCohort(true)}>
            {t('groups.newCohort')}
          </button>
        </div>
        {needsDefaultGroup && cohortId && (
          <Field label={t('import.review.defaultGroup')} hint={t('import.review.defaultGroupHint')}>
            <select value={defaultGroupId} onChange={(event) => setDefaultGroupId(event.target.value)}>
              <option value="">{t('import.review.noDefaultGroup')}</option>
              {cohortGroups.map((group) => (
                <option key={group.id} value={group.id}>
                  {group.name}
                </option>
              ))}
            </select>
          </Field>
        )}
      </section>

      <section className="card form" aria-labelledby="import-columns">
        <h2 id="import-columns">{t('import.review.columnsTitle')}</h2>
        <p className="muted">{t('import.review.columnsHint')}</p>
        <div className="mapping-grid">
          {STUDENT_FIELDS.map((field) => (
            <Field key={field} label={fieldLabel(t, field)} hint={field === 'tussenvoegsel' || field === 'groep' ? t('import.review.optional') : t('import.review.required')}>
              <select value={mapping[field] ?? ''} onChange={(event) => setField(field, event.target.value)}>
                <option value="">{t('import.review.notUsed')}</option>
                {table.header.map((title, index) => (
                  <option key={index} value={index}>
                    {title || t('import.review.columnNumber', { number: index + 1 })}
                  </option>
                ))}
              </select>
            </Field>
          ))}
        </div>
        {missing.length > 0 && (
          <div className="alert alert-error" role="alert">
            <p>{t('import.review.missingColumns', { file: fileName, fields: missing.map((field) => fieldLabel(t, field)).join(', ') })}</p>
            <p>{t('import.review.missingColumnsHelp', { columns: table.header.filter(Boolean).join(', ') })}</p>
          </div>
        )}
        {duplicates.length > 0 && (
          <div className="alert alert-error" role="alert">
            <p>{t('import.review.duplicateColumns', { columns: duplicates.map((index) => table.header[index]).join(', ') })}</p>
          </div>
        )}
        <div className="scroll-x" tabIndex={0} role="region" aria-label={t('import.review.previewLabel')}>
          <table className="preview-table">
            <caption className="visually-hidden">{t('import.review.previewCaption', { count: Math.min(PREVIEW_ROWS, table.rows.length) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.review.row')}</th>
                {table.header.map((title, index) => {
                  const field = STUDENT_FIELDS.find((candidate) => mapping[candidate] === index);
                  return (
                    <th key={index} scope="col">
                      {title || t('import.review.columnNumber', { number: index + 1 })}
                      <small>{field ? `→ ${fieldLabel(t, field)}` : t('import.review.notUsed')}</small>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {table.rows.slice(0, PREVIEW_ROWS).map((row) => (
                <tr key={row.rowNumber}>
                  <td>{row.rowNumber}</td>
                  {table.header.map((_, index) => (
                    <td key={index}>{row.cells[index] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {plan && (
        <section className="card form" aria-labelledby="import-result" aria-live="polite">
          <h2 id="import-result">{t('import.review.planTitle')}</h2>
          <div className="summary-list">
            <div className="stat">
              <span className="stat-value">{plan.counts.add}</span>
              <span className="muted">{t('import.review.willAdd')}</span>
            </div>
            <div className="stat">
              <span className="stat-value">{plan.counts.update}</span>
              <span className="muted">{t('import.review.willUpdate')}</span>
            </div>
            <div className="stat">
              <span className="stat-value">{plan.counts.unchanged}</span>
              <span className="muted">{t('import.review.unchanged')}</span>
            </div>
            <div className="stat">
              <span className="stat-value">{plan.counts.skip}</span>
              <span className="muted">{t('import.review.willSkip')}</span>
            </div>
          </div>
          {plan.newGroups.size > 0 && <p>{t('import.review.newGroups', { groups: [...plan.newGroups.values()].join(', ') })}</p>}
          {plan.issues.length > 0 && (
            <div className="alert alert-warning" role="alert">
              <strong>{t('import.review.issuesTitle', { file: fileName, count: plan.counts.skip })}</strong>
              <ul className="issue-list">
                {plan.issues.map((issue, index) => (
                  <li key={index}>{issueMessage(t, issue)}</li>
                ))}
              </ul>
            </div>
          )}
          {plan.notInFile.length > 0 && (
            <div className="alert alert-info">
              {plan.notInFile.map(({ groupId, count }) => (
                <p key={groupId}>{t('import.review.notInFile', { count, group: groups?.find((g) => g.id === groupId)?.name ?? '' })}</p>
              ))}
            </div>
          )}
          <p className="muted">{t('import.review.summaryPreview', { summary: summaryLine(t, plan) })}</p>
        </section>
      )}

      <div className="actions">
        <button type="button" className="btn" onClick={onCancel}>
          {t('import.review.otherFile')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={!request || !plan || toWrite === 0 || importing}
          onClick={async () => {
            if (!request) return;
            setImporting(true);
            try {
              await onImport(request);
            } finally {
              setImporting(false);
            }
          }}
        >
          {!mappingComplete
            ? t('import.review.chooseColumnsFirst')
            : !cohortId
            ? t('import.review.chooseCohortFirst')
            : plan && toWrite === 0
              ? t('import.review.nothingToImport')
              : t('import.review.importButton', { count: toWrite })}
        </button>
      </div>
      {creatingCohort && <CohortFormDialog onClose={() => setCreatingCohort(false)} onSave={saveNewCohort} />}
    </div>
  );
}
