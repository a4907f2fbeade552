import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAssessableNodeType, type FrameworkNode } from '../../../../../shared/domain/framework';
import { searchKey } from '../../../../../shared/domain/student';
import { Dialog } from '../../../ui/Dialog';
import { DialogActions } from '../../../ui/DialogActions';
import { useActiveFrameworkNodes } from '../use-frameworks';


interface LinkNodesDialogProps {
  title: string;
  selected: readonly string[];
  onSave: (ids: string[]) => void | Promise<void>;
  onClose: () => void;
  /** Leave out one framework (a skill does not link to its own framework). */
  excludeFrameworkId?: string;
}

const MAX_SHOWN = 200;

/**
 * Choose eindtermen, leerdoelen or vaardigheden from every active framework: a searchable
 * checklist grouped by framework. Used for a school skill's links and a rubric criterion's.
 */
export function LinkNodesDialog({ title, selected, onSave, onClose, excludeFrameworkId }: LinkNodesDialogProps) {
  const { t } = useTranslation();
  const data = useActiveFrameworkNodes();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(selected));
  const [query, setQuery] = useState('');

  const groups = useMemo(() => {
    if (!data) return [];
    const words = searchKey(query).split(/\s+/).filter(Boolean);
    return data.frameworks
      .filter((framework) => framework.id !== excludeFrameworkId)
      .map((framework) => ({
        framework,
        nodes: data.nodes
          .filter((node) => node.frameworkId === framework.id && isAssessableNodeType(node.type))
          .filter((node) => words.every((word) => searchKey(`${node.code} ${node.text}`).includes(word)))
          .sort((a, b) => a.code.localeCompare(b.code, 'nl', { numeric: true })),
      }))
      .filter((group) => group.nodes.length > 0);
  }, [data, query, excludeFrameworkId]);

  const toggle = (node: FrameworkNode) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(node.id)) next.delete(node.id);
      else next.add(node.id);
      return next;
    });

  let shown = 0;
  return (
    <Dialog open title={title} onClose={onClose} className="dialog-wide">
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void onSave([...chosen]);
        }}
      >
        <div className="field">
          <label htmlFor="link-search">{t('frameworks.link.search')}</label>
          <input id="link-search" type="search" value={query} onChange={(event) => setQuery(event.target.value)} data-autofocus />
        </div>
        <p className="muted" aria-live="polite">
          {t('frameworks.link.chosen', { count: chosen.size })}
        </p>
        <div className="link-list" tabIndex={0} role="region" aria-label={t('frameworks.link.listLabel')}>
          {groups.length === 0 && <p className="muted">{data ? t('frameworks.link.none') : t('common.loading')}</p>}
          {groups.map(({ framework, nodes }) => (
            <fieldset key={framework.id} className="form">
              <legend>
                {framework.title} <span className="muted">({t('frameworks.version', { version: framework.version })})</span>
              </legend>
              {nodes.map((node) => {
                if (shown++ >= MAX_SHOWN) return null;
                return (
                  <label key={node.id} className="check link-option">
                    <input type="checkbox" checked={chosen.has(node.id)} onChange={() => toggle(node)} />
                    <span>
                      <strong>{node.code}</strong> {node.text || t('frameworks.textStatus.placeholder')}
                    </span>
                  </label>
                );
              })}
            </fieldset>
          ))}
          {shown > MAX_SHOWN && <p className="muted">{t('frameworks.link.refine', { count: shown - MAX_SHOWN })}</p>}
        </div>
        <DialogActions submitLabel={t('frameworks.link.save')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
