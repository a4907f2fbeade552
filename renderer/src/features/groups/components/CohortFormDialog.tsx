import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { KNOWN_PROGRAMMES, LEERWEGEN, type Cohort } from '../../../../../shared/domain/cohort';
import { schoolYearOf, schoolYearStarting, startYearOf } from '../../../../../shared/domain/school-year';
import { cohortInputSchema, fieldErrors, type CohortInput } from '../../../../../shared/validation/student-input';
import { Dialog } from '../../../ui/Dialog';
import { DialogActions } from '../../../ui/DialogActions';
import { Field } from '../../../ui/Field';

interface CohortFormDialogProps {
  cohort?: Cohort;
  onClose: () => void;
  onSave: (input: CohortInput) => Promise<void>;
}

function defaults(cohort?: Cohort): CohortInput {
  if (cohort) return { name: cohort.name, leerweg: cohort.leerweg, programme: cohort.programme, firstSchoolYear: cohort.firstSchoolYear };
  const start = startYearOf(schoolYearOf(new Date()));
  return { name: `Cohort ${start}-${start + 2}`, leerweg: 'tl', programme: '', firstSchoolYear: schoolYearStarting(start) };
}

/** A cohort: the year group that takes the exam together, with its leerweg and programme. */
export function CohortFormDialog({ cohort, onClose, onSave }: CohortFormDialogProps) {
  const { t } = useTranslation();
  const [input, setInput] = useState<CohortInput>(() => defaults(cohort));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (field: keyof CohortInput) => (event: { target: { value: string } }) =>
    setInput((current) => ({ ...current, [field]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = cohortInputSchema.safeParse(input);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    await onSave(input);
    onClose();
  };
  const error = (field: string) => (errors[field] ? t(errors[field]!) : undefined);

  return (
    <Dialog open title={cohort ? t('groups.cohortForm.editTitle') : t('groups.cohortForm.newTitle')} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t('groups.cohortForm.name')} error={error('name')} hint={t('groups.cohortForm.nameHint')}>
          <input type="text" value={input.name} onChange={set('name')} data-autofocus autoComplete="off" />
        </Field>
        <div className="form-row">
          <Field label={t('groups.cohortForm.leerweg')} error={error('leerweg')}>
            <select value={input.leerweg} onChange={set('leerweg')}>
              {LEERWEGEN.map((leerweg) => (
                <option key={leerweg} value={leerweg}>
                  {t(`leerweg.${leerweg}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('groups.cohortForm.firstSchoolYear')} error={error('firstSchoolYear')} hint={t('groups.cohortForm.firstSchoolYearHint')}>
            <input type="text" value={input.firstSchoolYear} onChange={set('firstSchoolYear')} autoComplete="off" />
          </Field>
        </div>
        <Field label={t('groups.cohortForm.programme')} error={error('programme')} hint={t('groups.cohortForm.programmeHint')}>
          <input type="text" list="known-programmes" value={input.programme} onChange={set('programme')} autoComplete="off" />
        </Field>
        <datalist id="known-programmes">
          {KNOWN_PROGRAMMES.map((programme) => (
            <option key={programme} value={programme} />
          ))}
        </datalist>
        <DialogActions submitLabel={cohort ? t('common.save') : t('groups.cohortForm.create')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
