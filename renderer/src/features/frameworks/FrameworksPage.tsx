import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Framework } from '../../../../shared/domain/framework';
import { usePageTitle } from '../../hooks/use-page-title';
import { useUrlDialog } from '../../hooks/use-url-dialog';
import { EmptyState } from '../../ui/EmptyState';
import { AddFrameworkDialog } from './components/AddFrameworkDialog';
import { SourceBadge } from './components/SourceBadge';
import { useFrameworks } from './use-frameworks';

/** All goal frameworks: exam programmes, LOB and the school's own skills, with their versions. */
export function FrameworksPage() {
  const { t } = useTranslation();
  usePageTitle(t('frameworks.title'));
  const frameworks = useFrameworks();
  const [adding, setAdding] = useUrlDialog<boolean>('nieuw', 'kader', true, false);
  const [showRetired, setShowRetired] = useState(false);

  const visible = useMemo(
    () => (frameworks ?? []).filter((framework) => showRetired || (framework.status === 'active' && framework.archivedAt == null)),
    [frameworks, showRetired],
  );
  const hiddenCount = (frameworks?.length ?? 0) - visible.length;

  if (!frameworks) {
    return (
      <div className="page" aria-busy="true">
        <h1>{t('frameworks.title')}</h1>
        <p className="muted">{t('common.loading')}</p>
      </div>
    );
  }

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('frameworks.title')}</h1>
          <p className="muted">{t('frameworks.subtitle')}</p>
        </div>
        <div className="actions">
          <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
            {t('frameworks.add')}
          </button>
        </div>
      </div>

      {frameworks.length === 0 ? (
        <EmptyState
          title={t('frameworks.empty.title')}
          actions={
            <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
              {t('frameworks.add')}
            </button>
          }
        >
          <p>{t('frameworks.empty.body')}</p>
        </EmptyState>
      ) : (
        <>
          {(hiddenCount > 0 || showRetired) && (
            <label className="check">
              <input type="checkbox" checked={showRetired} onChange={(event) => setShowRetired(event.target.checked)} />
              {t('frameworks.showRetired', { count: hiddenCount })}
            </label>
          )}
          <ul className="card-grid plain-list" aria-label={t('frameworks.listLabel')}>
            {visible.map((framework) => (
              <FrameworkCard key={framework.id} framework={framework} />
            ))}
          </ul>
        </>
      )}
      {adding && <AddFrameworkDialog existing={frameworks} onClose={() => setAdding(false)} />}
    </div>
  );
}

function FrameworkCard({ framework }: { framework: Framework }) {
  const { t } = useTranslation();
  return (
    <li className="card form">
      <div>
        <h2 className="card-title">
          <Link to={`/kaders/${framework.id}`}>{framework.title}</Link>
        </h2>
        <p className="muted">
          {t(`frameworks.families.${framework.family}`)}
          {framework.programme && ` · ${framework.programme}`} · {t('frameworks.version', { version: framework.version || '—' })}
        </p>
      </div>
      <div className="actions">
        <SourceBadge source={framework.source} />
        {framework.status === 'retired' && <span className="badge">{t('frameworks.retired')}</span>}
        {framework.archivedAt != null && <span className="badge">{t('frameworks.archived')}</span>}
      </div>
    </li>
  );
}
