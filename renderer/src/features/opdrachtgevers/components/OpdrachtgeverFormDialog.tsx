import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  OPDRACHTGEVER_STATUSES,
  OPDRACHTGEVER_TYPES,
  type Contactpersoon,
  type Opdrachtgever,
  type OpdrachtgeverStatus,
  type OpdrachtgeverType,
} from '../../../../../shared/domain/opdrachtgever';
import { validateOpdrachtgever } from '../../../../../shared/opdrachten';
import { newId } from '../../../db/ids';
import type { OpdrachtgeverInput } from '../../../db/repositories/opdrachtgevers';
import { Dialog } from '../../../ui/Dialog';
import { DialogActions } from '../../../ui/DialogActions';
import { Field } from '../../../ui/Field';

interface OpdrachtgeverFormDialogProps {
  client?: Opdrachtgever;
  /** The other stored clients, to warn about a duplicate name. */
  existing: readonly Opdrachtgever[];
  onClose: () => void;
  onSave: (input: OpdrachtgeverInput) => Promise<void>;
}

function initial(client?: Opdrachtgever): OpdrachtgeverInput {
  return {
    name: client?.name ?? '',
    type: client?.type ?? 'bedrijf',
    sector: client?.sector ?? '',
    place: client?.place ?? '',
    contacts: client?.contacts.map((contact) => ({ ...contact })) ?? [],
    notes: client?.notes ?? '',
    tags: client?.tags ?? [],
    status: client?.status ?? 'actief',
  };
}

/** A client with its contact persons: only what is needed to work with them. */
export function OpdrachtgeverFormDialog({ client, existing, onClose, onSave }: OpdrachtgeverFormDialogProps) {
  const { t } = useTranslation();
  const [input, setInput] = useState<OpdrachtgeverInput>(() => initial(client));
  const [tagText, setTagText] = useState((client?.tags ?? []).join(', '));
  const [errors, setErrors] = useState<string[]>([]);
  const [warned, setWarned] = useState(false);

  const set = <K extends keyof OpdrachtgeverInput>(key: K, value: OpdrachtgeverInput[K]) => setInput((current) => ({ ...current, [key]: value }));
  const setContact = (index: number, patch: Partial<Contactpersoon>) =>
    set(
      'contacts',
      input.contacts.map((contact, i) => (i === index ? { ...contact, ...patch } : contact)),
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const candidate: OpdrachtgeverInput = {
      ...input,
      name: input.name.trim(),
      tags: tagText
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
      contacts: input.contacts.filter((contact) => contact.name.trim() || contact.email.trim() || contact.phone.trim()),
    };
    const problems = validateOpdrachtgever(candidate, { existing });
    const blocking = problems.filter((problem) => problem.severity === 'error');
    // Warnings (another client with this name) are shown once; saving again goes ahead.
    const warnings = problems.filter((problem) => problem.severity === 'warning');
    const message = (problem: (typeof problems)[number]) => t(`opdrachtProblems.${problem.code}`, problem.params as Record<string, unknown>);
    if (blocking.length > 0 || (warnings.length > 0 && !warned)) {
      setErrors([...blocking, ...warnings].map(message));
      setWarned(blocking.length === 0);
      return;
    }
    await onSave(candidate);
    onClose();
  };

  return (
    <Dialog open title={client ? t('clients.form.editTitle') : t('clients.form.newTitle')} onClose={onClose} className="dialog-wide">
      <form className="form" onSubmit={submit} noValidate>
        {errors.length > 0 && (
          <div className="alert alert-error" role="alert">
            <ul>
              {errors.map((message, index) => (
                <li key={index}>{message}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="form-row">
          <Field label={t('clients.fields.name')}>
            <input type="text" value={input.name} onChange={(event) => set('name', event.target.value)} data-autofocus autoComplete="off" />
          </Field>
          <Field label={t('clients.fields.type')}>
            <select value={input.type} onChange={(event) => set('type', event.target.value as OpdrachtgeverType)}>
              {OPDRACHTGEVER_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`clients.types.${type}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div className="form-row">
          <Field label={t('clients.fields.sector')} hint={t('clients.fields.sectorHint')}>
            <input type="text" value={input.sector} onChange={(event) => set('sector', event.target.value)} autoComplete="off" />
          </Field>
          <Field label={t('clients.fields.place')}>
            <input type="text" value={input.place} onChange={(event) => set('place', event.target.value)} autoComplete="off" />
          </Field>
        </div>
        <div className="form-row">
          <Field label={t('clients.fields.status')}>
            <select value={input.status} onChange={(event) => set('status', event.target.value as OpdrachtgeverStatus)}>
              {OPDRACHTGEVER_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`clients.statuses.${status}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('clients.fields.tags')} hint={t('clients.fields.tagsHint')}>
            <input type="text" value={tagText} onChange={(event) => setTagText(event.target.value)} autoComplete="off" />
          </Field>
        </div>
        <fieldset className="form">
          <legend>{t('clients.fields.contacts')}</legend>
          <p className="muted">{t('clients.fields.contactsHint')}</p>
          {input.contacts.map((contact, index) => (
            <div key={contact.id} className="contact-row">
              <input type="text" value={contact.name} placeholder={t('clients.contact.name')} aria-label={t('clients.contact.nameOf', { number: index + 1 })} onChange={(event) => setContact(index, { name: event.target.value })} />
              <input type="text" value={contact.role} placeholder={t('clients.contact.role')} aria-label={t('clients.contact.roleOf', { number: index + 1 })} onChange={(event) => setContact(index, { role: event.target.value })} />
              <input type="email" value={contact.email} placeholder={t('clients.contact.email')} aria-label={t('clients.contact.emailOf', { number: index + 1 })} onChange={(event) => setContact(index, { email: event.target.value })} />
              <input type="tel" value={contact.phone} placeholder={t('clients.contact.phone')} aria-label={t('clients.contact.phoneOf', { number: index + 1 })} onChange={(event) => setContact(index, { phone: event.target.value })} />
              <button type="button" className="btn btn-small btn-ghost" aria-label={t('clients.contact.remove', { number: index + 1 })} onClick={() => set('contacts', input.contacts.filter((_, i) => i !== index))}>
                ×
              </button>
            </div>
          ))}
          <div>
            <button type="button" className="btn btn-small" onClick={() => set('contacts', [...input.contacts, { id: newId(), name: '', role: '', email: '', phone: '' }])}>
              {t('clients.contact.add')}
            </button>
          </div>
        </fieldset>
        <Field label={t('clients.fields.notes')}>
          <textarea rows={3} value={input.notes} onChange={(event) => set('notes', event.target.value)} />
        </Field>
        <DialogActions submitLabel={client ? t('common.save') : t('clients.form.create')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
