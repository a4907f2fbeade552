import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../problem-message';

/** Whether the browser keeps our data for good (navigator.storage.persist() is asked at start-up). */
export function StorageCard() {
  const { t, i18n } = useTranslation();
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [usage, setUsage] = useState<number | null>(null);

  useEffect(() => {
    void navigator.storage?.persisted?.().then(setPersisted, () => setPersisted(null));
    void navigator.storage?.estimate?.().then((estimate) => setUsage(estimate.usage ?? null), () => setUsage(null));
  }, []);

  return (
    <section className="card form" aria-labelledby="backup-storage">
      <h2 id="backup-storage">{t('backup.storage.title')}</h2>
      <p data-testid="persist-state">{persisted === null ? t('backup.storage.unknown') : persisted ? t('backup.storage.persisted') : t('backup.storage.notPersisted')}</p>
      {usage !== null && <p className="muted">{t('backup.storage.usage', { used: formatBytes(usage, i18n.language) })}</p>}
    </section>
  );
}
