import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../../../shared/domain/framework';
import type { FrameworkFields } from '../../../db/repositories/frameworks';
import { Dialog } from '../../../ui/Dialog';
import { DialogActions } from '../../../ui/DialogActions';
import { Field } from '../../../ui/Field';

interface EditFrameworkDialogProps {
  framework: Framework;
  onClose: () => void;
  onSave: (fields: FrameworkFields) => Promise<void>;
}

/** Title, programme and version of a framework (its source stays as it was). */
export function EditFrameworkDialog({ framework, onClose, onSave }: EditFrameworkDialogProps) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<FrameworkFields>({ title: framework.title, programme: framework.programme, version: framework.version });
  const [error, setError] = useState<string | undefined>();
  const set = (key: keyof FrameworkFields) => (event: { target: { value: string } }) => setFields((current) => ({ ...current, [key]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (fields.title.trim() === '') return setError(t('validation.required'));
    await onSave({ title: fields.title.trim(), programme: fields.programme.trim(), version: fields.version.trim() });
    onClose();
  };

  return (
    <Dialog open title={t('frameworks.editDetails')} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t('frameworks.fields.title')} error={error}>
          <input type="text" value={fields.title} onChange={set('title')} data-autofocus autoComplete="off" />
        </Field>
        <div className="form-row">
          <Field label={t('frameworks.fields.programme')}>
            <input type="text" value={fields.programme} onChange={set('programme')} autoComplete="off" />
          </Field>
          <Field label={t('frameworks.fields.version')}>
            <input type="text" value={fields.version} onChange={set('version')} autoComplete="off" />
          </Field>
        </div>
        <DialogActions submitLabel={t('common.save')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
