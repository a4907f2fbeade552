import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OPDRACHTGEVER_STATUSES, OPDRACHTGEVER_TYPES, type Opdrachtgever } from '../../../../shared/domain/opdrachtgever';
import { searchKey } from '../../../../shared/domain/student';
import { clientHistory } from '../../../../shared/opdrachten';
import { listGroups } from '../../db/repositories/groups';
import { listOpdrachten } from '../../db/repositories/opdrachten';
import {
  archiveOpdrachtgever,
  createOpdrachtgever,
  deleteOpdrachtgever,
  listOpdrachtgevers,
  OpdrachtgeverInUseError,
  restoreOpdrachtgevers,
  updateOpdrachtgever,
} from '../../db/repositories/opdrachtgevers';
import { usePageTitle } from '../../hooks/use-page-title';
import { useUrlDialog } from '../../hooks/use-url-dialog';
import { useToasts } from '../../state/toasts';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { Field } from '../../ui/Field';
import { ClientImportDialog } from './components/ClientImportDialog';
import { OpdrachtgeverFormDialog } from './components/OpdrachtgeverFormDialog';
import { exportOpdrachtgeversCsv } from './export-clients';

type OpenDialog =
  | { kind: 'none' }
  | { kind: 'form'; client?: Opdrachtgever }
  | { kind: 'delete'; client: Opdrachtgever }
  | { kind: 'archive-instead'; client: Opdrachtgever; count: number; templates: number }
  | { kind: 'import'; file: File };

async function readClientsData() {
  const [clients, opdrachten, groups] = await Promise.all([listOpdrachtgevers(), listOpdrachten(), listGroups()]);
  return { clients, opdrachten, groups };
}

/** Opdrachtgevers: search and filter, add and edit with contacts, history, CSV in and out. */
export function OpdrachtgeversPage() {
  const { t } = useTranslation();
  usePageTitle(t('clients.title'));
  const data = useLiveQuery(readClientsData);
  const show = useToasts((state) => state.show);
  const fileId = useId();
  const [dialog, setDialog] = useUrlDialog<OpenDialog>('nieuw', 'opdrachtgever', { kind: 'form' }, { kind: 'none' });
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<string>('');
  const [type, setType] = useState<string>('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const deferredSearch = useDeferredValue(search);

  const opdrachtCount = useMemo(() => {
    const counts = new Map<string, number>();
    for (const opdracht of data?.opdrachten ?? []) {
      if (opdracht.opdrachtgeverId && !opdracht.isTemplate) counts.set(opdracht.opdrachtgeverId, (counts.get(opdracht.opdrachtgeverId) ?? 0) + 1);
    }
    return counts;
  }, [data?.opdrachten]);

  const visible = useMemo(() => {
    const words = searchKey(deferredSearch).split(/\s+/).filter(Boolean);
    return (data?.clients ?? []).filter(
      (client) =>
        (!status ? client.status !== 'gearchiveerd' : client.status === status) &&
        (!type || client.type === type) &&
        words.every((word) =>
          searchKey(`${client.name} ${client.sector} ${client.place} ${client.tags.join(' ')} ${client.contacts.map((c) => c.name).join(' ')}`).includes(word),
        ),
    );
  }, [data?.clients, deferredSearch, status, type]);

  if (!data) {
    return (
      <div className="page" aria-busy="true">
        <h1>{t('clients.title')}</h1>
        <p className="muted">{t('common.loading')}</p>
      </div>
    );
  }

  const selected = data.clients.find((client) => client.id === selectedId) ?? null;
  const history = selected ? clientHistory(selected.id, data.opdrachten, data.groups).entries : [];

  const save = async (input: Parameters<typeof createOpdrachtgever>[0], client?: Opdrachtgever) => {
    if (client) {
      const previous = await updateOpdrachtgever(client.id, input);
      show({ message: t('clients.toast.saved', { name: input.name }), tone: 'success', undo: () => restoreOpdrachtgevers([previous]) });
    } else {
      const created = await createOpdrachtgever(input);
      setSelectedId(created.id);
      show({ message: t('clients.toast.created', { name: created.name }), tone: 'success', undo: () => restoreOpdrachtgevers([{ ...created, deletedAt: Date.now() }]) });
    }
  };

  const remove = async (client: Opdrachtgever) => {
    try {
      const previous = await deleteOpdrachtgever(client.id);
      setDialog({ kind: 'none' });
      show({ message: t('clients.toast.deleted', { name: client.name }), tone: 'success', undo: () => restoreOpdrachtgevers([previous]) });
    } catch (error) {
      if (error instanceof OpdrachtgeverInUseError) setDialog({ kind: 'archive-instead', client, count: error.opdrachtCount, templates: error.templateCount });
      else throw error;
    }
  };

  const archive = async (client: Opdrachtgever) => {
    const previous = await archiveOpdrachtgever(client.id);
    setDialog({ kind: 'none' });
    show({ message: t('clients.toast.archived', { name: client.name }), tone: 'success', undo: () => restoreOpdrachtgevers([previous]) });
  };

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('clients.title')}</h1>
          <p className="muted">{t('clients.subtitle')}</p>
        </div>
        <div className="actions">
          <label htmlFor={fileId} className="btn">
            {t('clients.importCsv')}
          </label>
          <input
            id={fileId}
            type="file"
            className="visually-hidden"
            accept=".csv,.txt,text/csv"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) setDialog({ kind: 'import', file });
              event.target.value = '';
            }}
          />
          <button
            type="button"
            className="btn"
            disabled={data.clients.length === 0}
            onClick={() => exportOpdrachtgeversCsv(t, data.clients).then((name) => name && show({ message: t('clients.toast.exported', { fileName: name }), tone: 'success' }))}
          >
            {t('clients.exportCsv')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => setDialog({ kind: 'form' })}>
            {t('clients.new')}
          </button>
        </div>
      </div>

      {data.clients.length === 0 ? (
        <EmptyState
          title={t('clients.empty.title')}
          actions={
            <button type="button" className="btn btn-primary" onClick={() => setDialog({ kind: 'form' })}>
              {t('clients.new')}
            </button>
          }
        >
          <p>{t('clients.empty.body')}</p>
        </EmptyState>
      ) : (
        <>
          <div className="toolbar" role="search">
            <Field label={t('clients.filters.search')} className="grow">
              <input type="search" value={search} placeholder={t('clients.filters.searchPlaceholder')} onChange={(event) => setSearch(event.target.value)} />
            </Field>
            <Field label={t('clients.fields.status')}>
              <select value={status} onChange={(event) => setStatus(event.target.value)}>
                <option value="">{t('clients.filters.allActive')}</option>
                {OPDRACHTGEVER_STATUSES.map((value) => (
                  <option key={value} value={value}>
                    {t(`clients.statuses.${value}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('clients.fields.type')}>
              <select value={type} onChange={(event) => setType(event.target.value)}>
                <option value="">{t('clients.filters.allTypes')}</option>
                {OPDRACHTGEVER_TYPES.map((value) => (
                  <option key={value} value={value}>
                    {t(`clients.types.${value}`)}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <div className="split">
            <div className="table-frame">
              <table className="data clients-table">
                <caption className="visually-hidden">{t('clients.title')}</caption>
                {/* The name is what a teacher scans for; status and count need little room. */}
                <colgroup>
                  <col style={{ width: '34%' }} />
                  <col style={{ width: '22%' }} />
                  <col style={{ width: '15%' }} />
                  <col style={{ width: '13%' }} />
                  <col style={{ width: '16%' }} />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">{t('clients.fields.name')}</th>
                    <th scope="col">{t('clients.fields.sector')}</th>
                    <th scope="col">{t('clients.fields.place')}</th>
                    <th scope="col">{t('clients.fields.status')}</th>
                    <th scope="col">{t('clients.columns.opdrachten')}</th>
                  </tr>
                </thead>
                <tbody>
                  {visible.map((client) => (
                    <tr key={client.id} aria-selected={client.id === selectedId}>
                      <td>
                        <button type="button" className="link-button" title={client.name} onClick={() => setSelectedId(client.id)}>
                          {client.name}
                        </button>
                      </td>
                      <td>{client.sector}</td>
                      <td>{client.place}</td>
                      <td>{t(`clients.statuses.${client.status}`)}</td>
                      <td>{opdrachtCount.get(client.id) ?? 0}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="table-status" aria-live="polite">
                <span>{t('clients.count', { count: visible.length, total: data.clients.length })}</span>
              </div>
            </div>
            <div>
              {selected ? (
                <section className="card form" aria-labelledby="client-title">
                  <div className="cohort-head">
                    <h2 id="client-title">{selected.name}</h2>
                    <span className="badge">{t(`clients.statuses.${selected.status}`)}</span>
                  </div>
                  <p className="muted">
                    {t(`clients.types.${selected.type}`)}
                    {selected.sector && ` · ${selected.sector}`}
                    {selected.place && ` · ${selected.place}`}
                  </p>
                  {selected.tags.length > 0 && (
                    <p className="actions">
                      {selected.tags.map((tag) => (
                        <span key={tag} className="badge">
                          {tag}
                        </span>
                      ))}
                    </p>
                  )}
                  <h3>{t('clients.fields.contacts')}</h3>
                  {selected.contacts.length === 0 ? (
                    <p className="muted">{t('clients.noContacts')}</p>
                  ) : (
                    <ul className="compact-list">
                      {selected.contacts.map((contact) => (
                        <li key={contact.id}>
                          <strong>{contact.name}</strong>
                          {contact.role && ` (${contact.role})`}
                          {contact.email && ` · ${contact.email}`}
                          {contact.phone && ` · ${contact.phone}`}
                        </li>
                      ))}
                    </ul>
                  )}
                  {selected.notes && <p className="prewrap">{selected.notes}</p>}
                  <h3>{t('clients.history.title')}</h3>
                  {history.length === 0 ? (
                    <p className="muted">{t('clients.history.none')}</p>
                  ) : (
                    <ul className="compact-list">
                      {history.map((entry) => (
                        <li key={entry.opdrachtId}>
                          <Link to={`/opdrachten/${entry.opdrachtId}`}>{entry.title}</Link>{' '}
                          <span className="muted">
                            · {entry.schoolYear} ·{' '}
                            {entry.groups.map((group) => group.name ?? t('clients.history.removedGroup')).join(', ') || t('clients.history.noGroups')} ·{' '}
                            {t(`opdrachten.statuses.${entry.status}`)}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                  <div className="actions">
                    <button type="button" className="btn btn-small" onClick={() => setDialog({ kind: 'form', client: selected })}>
                      {t('common.edit')}
                    </button>
                    <Link className="btn btn-small" to={`/opdrachten?nieuw=opdracht&opdrachtgever=${selected.id}`}>
                      {t('clients.newOpdracht')}
                    </Link>
                    {selected.status !== 'gearchiveerd' && (
                      <button type="button" className="btn btn-small" onClick={() => archive(selected)}>
                        {t('clients.archive')}
                      </button>
                    )}
                    <button type="button" className="btn btn-small btn-ghost" onClick={() => setDialog({ kind: 'delete', client: selected })}>
                      {t('common.delete')}
                    </button>
                  </div>
                </section>
              ) : (
                <section className="card">
                  <p className="muted">{t('clients.selectHint')}</p>
                </section>
              )}
            </div>
          </div>
        </>
      )}

      {dialog.kind === 'form' && <OpdrachtgeverFormDialog client={dialog.client} existing={data.clients} onClose={() => setDialog({ kind: 'none' })} onSave={(input) => save(input, dialog.client)} />}
      {dialog.kind === 'delete' && (
        <ConfirmDialog
          open
          title={t('clients.delete.title', { name: dialog.client.name })}
          confirmLabel={t('common.delete')}
          onCancel={() => setDialog({ kind: 'none' })}
          onConfirm={() => remove(dialog.client)}
        >
          <p>{t('clients.delete.body')}</p>
          <p className="muted">{t('students.delete.undoHint')}</p>
        </ConfirmDialog>
      )}
      {dialog.kind === 'archive-instead' && (
        <ConfirmDialog
          open
          tone="primary"
          title={t('clients.archiveInstead.title', { name: dialog.client.name })}
          confirmLabel={t('clients.archive')}
          onCancel={() => setDialog({ kind: 'none' })}
          onConfirm={() => archive(dialog.client)}
        >
          <p>
            {dialog.count > 0 ? t('clients.archiveInstead.body', { count: dialog.count }) : t('clients.archiveInstead.templatesOnly', { count: dialog.templates })}
            {dialog.count > 0 && dialog.templates > 0 && ` ${t('clients.archiveInstead.alsoTemplates', { count: dialog.templates })}`}
          </p>
        </ConfirmDialog>
      )}
      {dialog.kind === 'import' && <ClientImportDialog file={dialog.file} existing={data.clients} onClose={() => setDialog({ kind: 'none' })} />}
    </div>
  );
}
