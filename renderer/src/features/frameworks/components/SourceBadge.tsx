import { useTranslation } from 'react-i18next';
import type { FrameworkSource, TextStatus } from '../../../../../shared/domain/framework';

/** Where a framework came from, always visible next to it. */
export function SourceBadge({ source }: { source: FrameworkSource }) {
  const { t } = useTranslation();
  return (
    <span className="badge" title={`${t(`frameworks.sources.${source.kind}`)}${source.url ? ` · ${source.url}` : ''}`}>
      {t('frameworks.sourceLine', { source: source.label })}
    </span>
  );
}

/** Whose words a node's text is: official (from the source), the school's, or not yet written. */
export function TextStatusBadge({ status }: { status: TextStatus }) {
  const { t } = useTranslation();
  return <span className={`badge text-status text-status-${status}`}>{t(`frameworks.textStatus.${status}`)}</span>;
}
