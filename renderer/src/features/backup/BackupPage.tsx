import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../hooks/use-page-title';
import { AutoBackupCard } from './components/AutoBackupCard';
import { MakeBackupCard } from './components/MakeBackupCard';
import { RestoreCard, type BackupSource } from './components/RestoreCard';
import { StorageCard } from './components/StorageCard';

/** #/back-up: make a backup, restore one, the automatic backups (desktop) and the storage state. */
export function BackupPage() {
  const { t } = useTranslation();
  usePageTitle(t('backup.title'));
  const [source, setSource] = useState<BackupSource | null>(null);
  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('backup.title')}</h1>
          <p className="muted">{t('backup.subtitle')}</p>
        </div>
      </div>
      <MakeBackupCard />
      <RestoreCard source={source} onSourceUsed={() => setSource(null)} />
      <AutoBackupCard onRestore={setSource} />
      <StorageCard />
    </div>
  );
}
