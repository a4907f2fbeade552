import { useTranslation } from 'react-i18next';
import { FRAMEWORK_NODE_TYPES, type FrameworkDraft } from '../../../../../shared/domain/framework';
import { SourceBadge } from './SourceBadge';

/** What an import or built-in structure contains, before anything is stored. */
export function DraftPreview({ draft, fileName }: { draft: FrameworkDraft; fileName: string | null }) {
  const { t } = useTranslation();
  const counts = FRAMEWORK_NODE_TYPES.map((type) => ({ type, count: draft.nodes.filter((node) => node.type === type).length })).filter(
    (entry) => entry.count > 0,
  );
  const topLevel = draft.nodes.filter((node) => node.parentKey === null).sort((a, b) => a.order - b.order);
  const placeholders = draft.nodes.filter((node) => node.textStatus === 'placeholder').length;
  return (
    <section className="card form" aria-label={t('frameworks.preview.label')}>
      <div>
        <h3>{draft.title}</h3>
        <p className="muted">
          {fileName && `${fileName} · `}
          {t(`frameworks.families.${draft.family}`)}
          {draft.programme && ` · ${draft.programme}`} · {t('frameworks.version', { version: draft.version || '—' })}
        </p>
      </div>
      <div className="actions">
        <SourceBadge source={draft.source} />
      </div>
      <p>{counts.map(({ type, count }) => t(`frameworks.typeCount.${type}`, { count })).join(', ')}</p>
      {placeholders > 0 && <p className="muted">{t('frameworks.preview.placeholders', { count: placeholders })}</p>}
      <ul className="compact-list">
        {topLevel.slice(0, 10).map((node) => (
          <li key={node.key}>
            <strong>{node.code}</strong> {node.text || <em className="muted">{t('frameworks.textStatus.placeholder')}</em>}
          </li>
        ))}
      </ul>
    </section>
  );
}
