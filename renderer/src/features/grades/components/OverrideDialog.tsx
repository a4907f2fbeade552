import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseGrade } from '../../../../../shared/grades/grade-input';
import { Dialog } from '../../../ui/Dialog';
import { DialogActions } from '../../../ui/DialogActions';
import { Field } from '../../../ui/Field';

interface OverrideDialogProps {
  title: string;
  body: string;
  initialGrade: string;
  onSave: (grade: number, reason: string) => void;
  onClose: () => void;
}

/** The teacher's cijfer instead of the rubric's: both the cijfer and the reason are required. */
export function OverrideDialog({ title, body, initialGrade, onSave, onClose }: OverrideDialogProps) {
  const { t } = useTranslation();
  const [grade, setGrade] = useState(initialGrade);
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const parsed = parseGrade(grade);
  const gradeError = submitted && !parsed.ok ? t(`gradeProblems.${parsed.problem.code}`, parsed.problem as unknown as Record<string, unknown>) : undefined;
  const reasonError = submitted && reason.trim() === '' ? t('gradeProblems.reason-empty') : undefined;
  return (
    <Dialog open title={title} onClose={onClose}>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(true);
          if (parsed.ok && reason.trim() !== '') onSave(parsed.grade, reason.trim());
        }}
      >
        <p>{body}</p>
        <Field label={t('grades.override.grade')} error={gradeError}>
          <input type="text" inputMode="decimal" value={grade} onChange={(event) => setGrade(event.target.value)} data-autofocus />
        </Field>
        <Field label={t('grades.override.reason')} error={reasonError}>
          <textarea rows={3} value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} />
        </Field>
        <DialogActions submitLabel={t('grades.override.submit')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
