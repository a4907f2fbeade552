import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupContents } from '../../../../shared/backup';
import type { AutoBackupInfo } from '../../../../shared/ipc/contract';
import type { AutoBackups } from '../../platform';
import { openBackup, restoreBackup } from './backup-file';
import { backupProblemMessage, formatMoment } from './problem-message';

/**
 * Shown instead of the app when the database is empty while automatic backups exist. Until the
 * teacher picks one of the two buttons nothing is written: the app (and its start-up tasks,
 * demo data, settings) is not even mounted.
 */
export function RestoreOffer({ backups, newest, onDone }: { backups: AutoBackups; newest: AutoBackupInfo; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [contents, setContents] = useState<BackupContents | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = `${t('backup.offer.title')} · Vakwerk`;
    void (async () => {
      const read = await backups.read(newest.fileName);
      if (read.status !== 'ok') {
        setProblem(t('backup.offer.newestUnreadable', { fileName: newest.fileName, message: backupProblemMessage(t, newest.fileName, { code: 'unreadable' }) }));
        return;
      }
      const opened = await openBackup(read.data);
      if (opened.ok) setContents(opened.contents);
      else setProblem(t('backup.offer.newestUnreadable', { fileName: newest.fileName, message: backupProblemMessage(t, newest.fileName, opened.problem) }));
    })();
  }, [backups, newest, t]);

  async function restore() {
    if (!contents) return;
    setBusy(true);
    try {
      await restoreBackup(contents);
      onDone();
    } catch (error) {
      setBusy(false);
      setProblem(t('backup.offer.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  const students = contents?.manifest.tables.find((table) => table.name === 'students')?.count ?? 0;
  return (
    <main className="restore-offer" aria-labelledby="restore-offer-title">
      <section className="card form">
        <h1 id="restore-offer-title">{t('backup.offer.title')}</h1>
        <p>{t('backup.offer.body')}</p>
        {contents && <p>{t('backup.offer.newest', { date: formatMoment(newest.createdAt, i18n.language), students: students.toLocaleString(i18n.language) })}</p>}
        {problem && (
          <p className="alert alert-error" role="alert">
            {problem}
          </p>
        )}
        <p className="muted">{t('backup.offer.nothingWritten')}</p>
        <div className="actions">
          <button type="button" className="btn btn-primary" disabled={!contents || busy} onClick={() => void restore()}>
            {busy ? t('backup.offer.restoring') : t('backup.offer.restore')}
          </button>
          <button type="button" className="btn" disabled={busy} onClick={onDone}>
            {t('backup.offer.startEmpty')}
          </button>
        </div>
      </section>
    </main>
  );
}
