import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkNode, FrameworkNodeType } from '../../../../../shared/domain/framework';
import {
  addFrameworkNode,
  deleteFrameworkNode,
  getFrameworkNodes,
  moveFrameworkNode,
  restoreFrameworkNodes,
  setNodeLinks,
  updateFrameworkNode,
} from '../../../db/repositories/frameworks';
import { useToasts } from '../../../state/toasts';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { Field } from '../../../ui/Field';
import { LinkNodesDialog } from './LinkNodesDialog';
import { TextStatusBadge } from './SourceBadge';

/** The type a new node below `parent` gets: one level deeper in the exam programme structure. */
export function childTypeOf(parent: FrameworkNodeType | null, topLevel: FrameworkNodeType): FrameworkNodeType {
  switch (parent) {
    case null:
      return topLevel;
    case 'domein':
    case 'subdomein':
      return 'eindterm';
    case 'eindterm':
    case 'subitem':
      return 'subitem';
    default:
      return parent;
  }
}

interface NodeDetailProps {
  node: FrameworkNode;
  readOnly: boolean;
  topLevelType: FrameworkNodeType;
  onSelect: (id: string) => void;
}

/** Edit the selected node: its code and words, its place, what lies below it and its links. */
export function NodeDetail({ node, readOnly, topLevelType, onSelect }: NodeDetailProps) {
  const { t } = useTranslation();
  const show = useToasts((state) => state.show);
  const [code, setCode] = useState(node.code);
  const [text, setText] = useState(node.text);
  const [error, setError] = useState<string | undefined>();
  const [linking, setLinking] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const dirty = code !== node.code || text !== node.text;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (code.trim() === '') return setError(t('validation.required'));
    const previous = await updateFrameworkNode(node.id, { code, text });
    setError(undefined);
    show({ message: t('frameworks.toast.nodeSaved', { code: code.trim() }), tone: 'success', undo: () => restoreFrameworkNodes([previous]) });
  };

  const addChild = async (parentId: string | null) => {
    const type = childTypeOf(parentId === null ? null : node.type, topLevelType);
    const created = await addFrameworkNode({ frameworkId: node.frameworkId, parentId, type, code: t('frameworks.node.newCode'), text: '' });
    onSelect(created.id);
  };

  const move = async (direction: -1 | 1) => {
    const before = await moveFrameworkNode(node.id, direction);
    if (before.length > 0) show({ message: t('frameworks.toast.moved', { code: node.code }), tone: 'success', undo: () => restoreFrameworkNodes(before) });
  };

  const remove = async () => {
    const removed = await deleteFrameworkNode(node.id);
    show({
      message: t('frameworks.toast.nodeDeleted', { code: node.code, count: removed.length - 1 }),
      tone: 'success',
      undo: () => restoreFrameworkNodes(removed),
    });
  };

  const canLink = node.type === 'vaardigheid' || node.type === 'leerdoel' || node.type === 'competentie';
  const links = node.linkedNodeIds ?? [];
  // Only the linked nodes are read, and only for a node that can have links.
  const linked = useLiveQuery(() => (links.length > 0 ? getFrameworkNodes(links) : []), [links.join(',')]);
  const nodeLabel = (id: string) => {
    const target = linked?.find((candidate) => candidate.id === id);
    return target ? `${target.code} ${target.text}`.trim() : null;
  };

  return (
    <section className="card form node-detail" aria-labelledby="node-detail-title">
      <div className="cohort-head">
        <h2 id="node-detail-title">
          {t(`frameworks.nodeTypes.${node.type}`)} {node.code}
        </h2>
        <TextStatusBadge status={node.textStatus} />
      </div>
      <p className="muted">{t(`frameworks.textStatusHelp.${node.textStatus}`)}</p>
      <form className="form" onSubmit={save}>
        <Field label={t('frameworks.node.code')} error={error}>
          <input type="text" value={code} onChange={(event) => setCode(event.target.value)} readOnly={readOnly} autoComplete="off" />
        </Field>
        <Field label={t('frameworks.node.text')} hint={node.textStatus === 'official' ? t('frameworks.node.officialHint') : undefined}>
          <textarea value={text} rows={5} onChange={(event) => setText(event.target.value)} readOnly={readOnly} />
        </Field>
        {!readOnly && (
          <div className="actions">
            <button type="submit" className="btn btn-primary" disabled={!dirty}>
              {t('common.save')}
            </button>
            <button
              type="button"
              className="btn"
              disabled={!dirty}
              onClick={() => {
                setCode(node.code);
                setText(node.text);
              }}
            >
              {t('frameworks.node.revert')}
            </button>
          </div>
        )}
      </form>

      {canLink && (
        <div className="form">
          <h3>{t('frameworks.node.linksTitle')}</h3>
          {links.length === 0 ? (
            <p className="muted">{t('frameworks.node.noLinks')}</p>
          ) : (
            <ul className="compact-list">
              {links.map((id) => (
                <li key={id}>{nodeLabel(id) ?? t('frameworks.node.missingLink')}</li>
              ))}
            </ul>
          )}
          {!readOnly && (
            <div>
              <button type="button" className="btn" onClick={() => setLinking(true)}>
                {t('frameworks.node.link')}
              </button>
            </div>
          )}
        </div>
      )}

      {!readOnly && (
        <div className="actions">
          <button type="button" className="btn btn-small" onClick={() => addChild(node.id)}>
            {t('frameworks.node.addChild', { type: t(`frameworks.nodeTypes.${childTypeOf(node.type, topLevelType)}`) })}
          </button>
          <button type="button" className="btn btn-small" onClick={() => move(-1)} aria-label={t('frameworks.node.moveUp', { code: node.code })}>
            {t('frameworks.node.up')}
          </button>
          <button type="button" className="btn btn-small" onClick={() => move(1)} aria-label={t('frameworks.node.moveDown', { code: node.code })}>
            {t('frameworks.node.down')}
          </button>
          <button type="button" className="btn btn-small btn-danger" onClick={() => setConfirmingDelete(true)}>
            {t('common.delete')}
          </button>
        </div>
      )}
      {confirmingDelete && (
        <ConfirmDialog
          open
          title={t('frameworks.node.deleteTitle', { code: node.code })}
          confirmLabel={t('common.delete')}
          onCancel={() => setConfirmingDelete(false)}
          onConfirm={() => {
            setConfirmingDelete(false);
            void remove();
          }}
        >
          <p>{t('frameworks.node.deleteBody')}</p>
          <p className="muted">{t('students.delete.undoHint')}</p>
        </ConfirmDialog>
      )}
      {linking && (
        <LinkNodesDialog
          title={t('frameworks.node.linkTitle', { code: node.code })}
          selected={links}
          excludeFrameworkId={node.frameworkId}
          onClose={() => setLinking(false)}
          onSave={async (ids) => {
            const previous = await setNodeLinks(node.id, ids);
            show({ message: t('frameworks.toast.linked', { code: node.code, count: ids.length }), tone: 'success', undo: () => restoreFrameworkNodes([previous]) });
            setLinking(false);
          }}
        />
      )}
    </section>
  );
}
