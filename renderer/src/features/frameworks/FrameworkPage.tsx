import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FRAMEWORK_NODE_TYPES, type Framework, type FrameworkNode, type FrameworkNodeType } from '../../../../shared/domain/framework';
import { filterFrameworkNodes } from '../../../../shared/frameworks';
import { addFrameworkNode, restoreFramework, setFrameworkArchived, updateFramework } from '../../db/repositories/frameworks';
import { usePageTitle } from '../../hooks/use-page-title';
import { useToasts } from '../../state/toasts';
import { AddFrameworkDialog } from './components/AddFrameworkDialog';
import { EditFrameworkDialog } from './components/EditFrameworkDialog';
import { FrameworkTree } from './components/FrameworkTree';
import { MasterySettingsSection } from './components/MasterySettingsSection';
import { childTypeOf, NodeDetail } from './components/NodeDetail';
import { SourceBadge } from './components/SourceBadge';
import { exportFramework } from './export-framework';
import { useFrameworkWithNodes } from './use-frameworks';

/** The type of a new top-level node: what the framework's existing top level holds. */
function topLevelType(framework: Framework, nodes: readonly FrameworkNode[]): FrameworkNodeType {
  const top = nodes.find((node) => node.parentId === null);
  if (top) return top.type;
  return framework.family === 'school' ? 'vaardigheid' : framework.family === 'lob' ? 'competentie' : 'domein';
}

/** Marks the moment the tree is on screen, for the benchmark and the browser tests. */
function useReadyMark(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    performance.mark('vakwerk:framework-ready');
    document.body.dataset.frameworkReady = 'true';
    return () => {
      delete document.body.dataset.frameworkReady;
    };
  }, [ready]);
}

/** One framework version: its tree, a filter, the selected node's editor, versions and export. */
export function FrameworkPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const data = useFrameworkWithNodes(id);
  const show = useToasts((state) => state.show);
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'none' | 'edit' | 'new-version'>('none');
  usePageTitle(data?.framework.title ?? t('frameworks.title'));
  useReadyMark(Boolean(data));

  const deferredQuery = useDeferredValue(query);
  const visibleIds = useMemo(
    () => (data && deferredQuery.trim() ? new Set(filterFrameworkNodes(data.nodes, deferredQuery).map((node) => node.id)) : null),
    [data, deferredQuery],
  );

  if (data === undefined) {
    return (
      <div className="page" aria-busy="true">
        <p className="muted">{t('common.loading')}</p>
      </div>
    );
  }
  if (data === null) {
    return (
      <div className="page">
        <h1>{t('frameworks.notFound')}</h1>
        <Link to="/kaders">{t('frameworks.backToList')}</Link>
      </div>
    );
  }

  const { framework, nodes, versions } = data;
  const readOnly = framework.status === 'retired';
  const selected = nodes.find((node) => node.id === selectedId) ?? null;
  const newer = versions.find((other) => other.previousVersionId === framework.id);
  const counts = FRAMEWORK_NODE_TYPES.map((type) => ({ type, count: nodes.filter((node) => node.type === type).length })).filter((c) => c.count > 0);
  const top = topLevelType(framework, nodes);

  const addTop = async () => {
    const created = await addFrameworkNode({ frameworkId: framework.id, parentId: null, type: childTypeOf(null, top), code: t('frameworks.node.newCode'), text: '' });
    setSelectedId(created.id);
  };

  return (
    <div className="page">
      <p>
        <Link to="/kaders">← {t('frameworks.backToList')}</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>{framework.title}</h1>
          <p className="muted">
            {t(`frameworks.families.${framework.family}`)}
            {framework.programme && ` · ${framework.programme}`} · {t('frameworks.version', { version: framework.version || '—' })} ·{' '}
            {counts.map(({ type, count }) => t(`frameworks.typeCount.${type}`, { count })).join(', ')}
          </p>
          <div className="actions">
            <SourceBadge source={framework.source} />
            {readOnly && <span className="badge">{t('frameworks.retired')}</span>}
          </div>
        </div>
        <div className="actions">
          <button type="button" className="btn" onClick={() => exportFramework(framework, nodes, 'case').then((name) => name && show({ message: t('frameworks.toast.exported', { fileName: name }), tone: 'success' }))}>
            {t('frameworks.exportCase')}
          </button>
          <button type="button" className="btn" onClick={() => exportFramework(framework, nodes, 'csv').then((name) => name && show({ message: t('frameworks.toast.exported', { fileName: name }), tone: 'success' }))}>
            {t('frameworks.exportCsv')}
          </button>
          {!readOnly && (
            <>
              <button type="button" className="btn" onClick={() => setDialog('new-version')}>
                {t('frameworks.importNewVersion')}
              </button>
              <button type="button" className="btn" onClick={() => setDialog('edit')}>
                {t('frameworks.editDetails')}
              </button>
              <button
                type="button"
                className="btn"
                onClick={async () => {
                  const archived = framework.archivedAt == null;
                  await setFrameworkArchived(framework.id, archived);
                  show({
                    message: archived ? t('frameworks.toast.archived', { title: framework.title }) : t('frameworks.toast.unarchived', { title: framework.title }),
                    tone: 'success',
                    undo: () => setFrameworkArchived(framework.id, !archived),
                  });
                }}
              >
                {framework.archivedAt == null ? t('frameworks.archive') : t('frameworks.unarchive')}
              </button>
            </>
          )}
        </div>
      </div>

      {readOnly && (
        <div className="alert alert-info" role="status">
          <p>{t('frameworks.retiredBanner')}</p>
          {newer && (
            <p>
              <Link to={`/kaders/${newer.id}`}>{t('frameworks.toNewer', { version: newer.version })}</Link>
            </p>
          )}
        </div>
      )}

      <div className="split">
        <section className="card form" aria-labelledby="tree-title">
          <div className="cohort-head">
            <h2 id="tree-title">{t('frameworks.tree.title')}</h2>
            {!readOnly && (
              <button type="button" className="btn btn-small" onClick={addTop}>
                {t('frameworks.tree.addTop', { type: t(`frameworks.nodeTypes.${childTypeOf(null, top)}`) })}
              </button>
            )}
          </div>
          <div className="field">
            <label htmlFor="framework-filter">{t('frameworks.tree.filter')}</label>
            <input id="framework-filter" type="search" value={query} placeholder={t('frameworks.tree.filterPlaceholder')} onChange={(event) => setQuery(event.target.value)} />
          </div>
          {visibleIds && (
            <p className="muted" aria-live="polite">
              {t('frameworks.tree.matches', { count: visibleIds.size })}
            </p>
          )}
          <FrameworkTree nodes={nodes} visibleIds={visibleIds} selectedId={selected?.id ?? null} onSelect={setSelectedId} label={framework.title} />
        </section>
        <div>
          {selected ? (
            <NodeDetail
              // Keyed on the stored version too: after an undo the editor shows the restored text.
              key={`${selected.id}:${selected.updatedAt}`}
              node={selected}
              readOnly={readOnly}
              topLevelType={top}
              onSelect={setSelectedId}
            />
          ) : (
            <section className="card">
              <p className="muted">{t('frameworks.selectHint')}</p>
            </section>
          )}
          {versions.length > 1 && (
            <section className="card form versions" aria-labelledby="versions-title">
              <h2 id="versions-title">{t('frameworks.versions.title')}</h2>
              <ul className="compact-list">
                {versions.map((version) => (
                  <li key={version.id}>
                    {version.id === framework.id ? (
                      <strong>{t('frameworks.version', { version: version.version })}</strong>
                    ) : (
                      <Link to={`/kaders/${version.id}`}>{t('frameworks.version', { version: version.version })}</Link>
                    )}{' '}
                    <span className="muted">
                      · {version.status === 'active' ? t('frameworks.versions.active') : t('frameworks.versions.retired')} ·{' '}
                      {new Date(version.createdAt).toLocaleDateString('nl-NL')}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>

      <MasterySettingsSection framework={framework} readOnly={readOnly} />

      {dialog === 'edit' && (
        <EditFrameworkDialog
          framework={framework}
          onClose={() => setDialog('none')}
          onSave={async (fields) => {
            const previous = await updateFramework(framework.id, fields);
            show({ message: t('frameworks.toast.saved', { title: fields.title }), tone: 'success', undo: () => restoreFramework(previous) });
          }}
        />
      )}
      {dialog === 'new-version' && <AddFrameworkDialog existing={versions} newVersionOf={framework} onClose={() => setDialog('none')} />}
    </div>
  );
}
