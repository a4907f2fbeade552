import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../../../shared/ipc/contract';
import { platform } from '../../../platform';
import { useAutoBackupState } from '../../../state/auto-backup';
import { formatBytes, formatMoment } from '../problem-message';
import type { BackupSource } from './RestoreCard';

const SHOWN = 10;

/** The desktop app's automatic backups: where they go, the newest ones, and a way to restore one. */
export function AutoBackupCard({ onRestore }: { onRestore: (source: BackupSource) => void }) {
  const { t, i18n } = useTranslation();
  const backups = platform.autoBackups;
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const lastResult = useAutoBackupState((state) => state.lastResult);

  const refresh = useCallback(() => {
    void backups?.status().then(setStatus);
  }, [backups]);
  useEffect(refresh, [refresh, lastResult]);

  if (!backups) {
    return (
      <section className="card form" aria-labelledby="backup-auto">
        <h2 id="backup-auto">{t('backup.auto.title')}</h2>
        <p className="muted">{t('backup.auto.browserOnly')}</p>
      </section>
    );
  }

  async function chooseFolder() {
    const result = await backups!.chooseFolder();
    if (result.status === 'chosen') setStatus(result.backupStatus);
  }

  async function restore(fileName: string) {
    const read = await backups!.read(fileName);
    if (read.status === 'ok') onRestore({ fileName: read.fileName, data: read.data });
    else refresh();
  }

  return (
    <section className="card form" aria-labelledby="backup-auto">
      <h2 id="backup-auto">{t('backup.auto.title')}</h2>
      <p>{t('backup.auto.body')}</p>
      {status && (
        <dl className="about-list">
          <dt>{t('backup.auto.folder')}</dt>
          <dd>
            <code>{status.folder}</code> {status.isDefaultFolder && <span className="muted">{t('backup.auto.defaultFolder')}</span>}
          </dd>
        </dl>
      )}
      <div className="actions">
        <button type="button" className="btn" onClick={() => void chooseFolder()}>
          {t('backup.auto.chooseFolder')}
        </button>
      </div>
      <p className="muted">{t('backup.auto.unencrypted')}</p>
      {lastResult?.status === 'failed' && (
        <p className="alert alert-error" role="alert">
          {t('backup.auto.lastError', { message: t(`backup.auto.errors.${lastResult.code}`) })}
        </p>
      )}
      {status && status.backups.length === 0 && <p className="muted">{t('backup.auto.none')}</p>}
      {status && status.backups.length > 0 && (
        <div className="scroll-x">
          <table className="preview-table">
            <caption className="visually-hidden">{t('backup.auto.list')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('backup.auto.when')}</th>
                <th scope="col">{t('backup.auto.reason')}</th>
                <th scope="col">{t('backup.auto.size')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('backup.auto.restoreThis')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {status.backups.slice(0, SHOWN).map((backup) => {
                const date = formatMoment(backup.createdAt, i18n.language);
                return (
                  <tr key={backup.fileName}>
                    <td>{date}</td>
                    <td>{t(`backup.auto.reasons.${backup.reason}`)}</td>
                    <td>{formatBytes(backup.size, i18n.language)}</td>
                    <td>
                      <button type="button" className="btn btn-small" aria-label={t('backup.auto.restoreThisLabel', { date })} onClick={() => void restore(backup.fileName)}>
                        {t('backup.auto.restoreThis')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
