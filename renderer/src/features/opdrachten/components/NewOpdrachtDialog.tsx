import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opdracht } from '../../../../../shared/domain/opdracht';
import type { SchoolYear } from '../../../../../shared/domain/school-year';
import { addDays, defaultPhases, opdrachtFromTemplate } from '../../../../../shared/opdrachten';
import { newId } from '../../../db/ids';
import { createOpdracht, saveNewOpdrachten } from '../../../db/repositories/opdrachten';
import { Dialog } from '../../../ui/Dialog';
import { DialogActions } from '../../../ui/DialogActions';
import { Field } from '../../../ui/Field';
import { GroupCheckboxes } from './GroupCheckboxes';
import type { OpdrachtenData } from '../use-opdrachten';
import { nextMonday } from '../format';

interface NewOpdrachtDialogProps {
  data: OpdrachtenData;
  schoolYear: SchoolYear;
  /** Preselected client (from the client's page). */
  opdrachtgeverId?: string | null;
  onClose: () => void;
  onCreated: (id: string) => void;
}

/** Weeks a new opdracht without a template spans by default: a typical project period. */
const DEFAULT_WEEKS = 8;

/**
 * A new opdracht in a few fields: from a template (everything but the dates and groups comes
 * along, links included) or blank with the default phases laid out from the start date.
 */
export function NewOpdrachtDialog({ data, schoolYear, opdrachtgeverId, onClose, onCreated }: NewOpdrachtDialogProps) {
  const { t } = useTranslation();
  const templates = data.opdrachten.filter((opdracht) => opdracht.isTemplate);
  const [templateId, setTemplateId] = useState('');
  const [title, setTitle] = useState('');
  const [start, setStart] = useState(() => nextMonday(new Date()));
  const [groupIds, setGroupIds] = useState<string[]>([]);
  const [clientId, setClientId] = useState(opdrachtgeverId ?? '');
  const [error, setError] = useState<string | undefined>();
  const template: Opdracht | undefined = templates.find((candidate) => candidate.id === templateId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const name = title.trim() || template?.title || '';
    if (!name) return setError(t('validation.required'));
    if (template) {
      const created = opdrachtFromTemplate(template, { newId, schoolYear, start, groupIds, title: name });
      const withClient = clientId ? { ...created, opdrachtgeverId: clientId } : created;
      await saveNewOpdrachten([withClient]);
      onCreated(withClient.id);
    } else {
      const opdracht = await createOpdracht({
        title: name,
        opdrachtgeverId: clientId || null,
        contactId: null,
        question: '',
        context: '',
        specifications: '',
        deliverables: [],
        phases: defaultPhases(start, addDays(start, DEFAULT_WEEKS * 7 - 3), newId),
        nodeIds: [],
        rubricIds: [],
        groupIds,
        hours: null,
        location: '',
        status: 'concept',
        schoolYear,
        isTemplate: false,
        copiedFromId: null,
      });
      onCreated(opdracht.id);
    }
    onClose();
  };

  return (
    <Dialog open title={t('opdrachten.new.title')} onClose={onClose} className="dialog-wide">
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t('opdrachten.new.template')} hint={templates.length === 0 ? t('opdrachten.new.noTemplates') : t('opdrachten.new.templateHint')}>
          <select value={templateId} onChange={(event) => setTemplateId(event.target.value)} data-autofocus>
            <option value="">{t('opdrachten.new.blank')}</option>
            {templates.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.title}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('opdrachten.fields.title')} error={error} hint={template ? t('opdrachten.new.titleFromTemplate', { title: template.title }) : undefined}>
          <input type="text" value={title} placeholder={template?.title} onChange={(event) => setTitle(event.target.value)} autoComplete="off" />
        </Field>
        <div className="form-row">
          <Field label={t('opdrachten.new.start')} hint={t('opdrachten.new.startHint', { year: schoolYear })}>
            <input type="date" value={start} onChange={(event) => setStart(event.target.value)} />
          </Field>
          <Field label={t('opdrachten.fields.opdrachtgever')}>
            <select value={clientId} onChange={(event) => setClientId(event.target.value)}>
              <option value="">{template ? t('opdrachten.new.clientFromTemplate') : t('opdrachten.fields.noClient')}</option>
              {data.clients
                .filter((client) => client.status !== 'gearchiveerd')
                .map((client) => (
                  <option key={client.id} value={client.id}>
                    {client.name}
                  </option>
                ))}
            </select>
          </Field>
        </div>
        <GroupCheckboxes legend={t('opdrachten.fields.groups')} groups={data.groups} cohorts={data.cohorts} value={groupIds} onChange={setGroupIds} />
        <DialogActions submitLabel={t('opdrachten.new.create')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
