import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { manifestCounts, type BackupContents } from '../../../../../shared/backup';
import { BACKUP_EXTENSION } from '../../../../../shared/backup/format';
import { countAllTables } from '../../../db/repositories/backup';
import { CURRENT_SCHEMA_VERSION } from '../../../db/schema';
import { platform } from '../../../platform';
import { useToasts } from '../../../state/toasts';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { Field } from '../../../ui/Field';
import { backupToFolder } from '../auto-backup';
import { makeBackup, openBackup, restoreBackup, unknownTables } from '../backup-file';
import { backupProblemMessage, formatMoment } from '../problem-message';
import { BackupSummary } from './BackupSummary';

export interface BackupSource {
  fileName: string;
  /** The file itself (read by the check; the evidence is restored as slices of it), or its bytes. */
  data: Blob | Uint8Array;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'checking'; source: BackupSource }
  | { kind: 'passphrase'; source: BackupSource; wrong: boolean }
  | { kind: 'problem'; message: string }
  | { kind: 'summary'; source: BackupSource; contents: BackupContents; encrypted: boolean; current: Record<string, number>; confirming: boolean }
  | { kind: 'working'; phase: 'safety' | 'write'; progress: number }
  | { kind: 'done'; message: string };

/**
 * "Back-up terugzetten": check the whole file → show what it holds and what it replaces →
 * confirm → safety backup of the current data → write everything in one transaction.
 * Until the last step nothing in the database changes.
 */
export function RestoreCard({ source, onSourceUsed }: { source: BackupSource | null; onSourceUsed: () => void }) {
  const { t, i18n } = useTranslation();
  const show = useToasts((state) => state.show);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [passphrase, setPassphrase] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!source) return;
    onSourceUsed();
    void check(source);
    // Only a new source starts a check.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [source]);

  async function check(next: BackupSource, withPassphrase?: string) {
    setStep({ kind: 'checking', source: next });
    let result: Awaited<ReturnType<typeof openBackup>>;
    try {
      result = await openBackup(next.data, withPassphrase);
    } catch {
      // The file could not be read (moved, removed, no permission).
      setStep({ kind: 'problem', message: backupProblemMessage(t, next.fileName, { code: 'unreadable' }) });
      return;
    }
    if (!result.ok) {
      if (result.problem.code === 'passphrase-required' || (result.problem.code === 'wrong-passphrase' && withPassphrase)) {
        setStep({ kind: 'passphrase', source: next, wrong: result.problem.code === 'wrong-passphrase' });
        return;
      }
      setStep({ kind: 'problem', message: backupProblemMessage(t, next.fileName, result.problem) });
      return;
    }
    const unknown = unknownTables(result.contents);
    if (unknown.length > 0) {
      setStep({ kind: 'problem', message: backupProblemMessage(t, next.fileName, { code: 'unknown-table', table: unknown.join(', ') }) });
      return;
    }
    setPassphrase('');
    setStep({ kind: 'summary', source: next, contents: result.contents, encrypted: result.encrypted, current: await countAllTables(), confirming: false });
  }

  async function chooseFile(file: File | undefined) {
    if (!file) return;
    try {
      await check({ fileName: file.name, data: file });
    } finally {
      if (inputRef.current) inputRef.current.value = '';
    }
  }

  async function restore(summary: Extract<Step, { kind: 'summary' }>) {
    const hasData = Object.values(summary.current).some((count) => count > 0);
    setStep({ kind: 'working', phase: 'safety', progress: 0 });
    let safetyName: string | null = null;
    if (hasData) {
      const safety = await takeSafetyBackup();
      if (!safety.ok) {
        setStep({ kind: 'problem', message: t('backup.restore.safetyFailed', { reason: safety.reason }) });
        return;
      }
      safetyName = safety.fileName;
    }
    try {
      await restoreBackup(summary.contents, (progress) => setStep({ kind: 'working', phase: 'write', progress }));
    } catch (error) {
      setStep({ kind: 'problem', message: t('backup.restore.failed', { reason: error instanceof Error ? error.message : String(error) }) });
      return;
    }
    const date = formatMoment(summary.contents.manifest.createdAt, i18n.language);
    const message = [t('backup.restore.done', { date }), safetyName ? t('backup.restore.doneSafety', { fileName: safetyName }) : ''].filter(Boolean).join(' ');
    setStep({ kind: 'done', message });
    show({ tone: 'success', message: t('backup.restore.done', { date }) });
  }

  /** Desktop: into the automatic backup folder. Browser: downloaded, as there is no folder. */
  async function takeSafetyBackup(): Promise<{ ok: true; fileName: string } | { ok: false; reason: string }> {
    try {
      if (platform.autoBackups) {
        const result = await backupToFolder('before-restore');
        if (result?.status === 'saved') return { ok: true, fileName: result.fileName };
        return { ok: false, reason: result?.status === 'failed' ? t(`backup.auto.errors.${result.code}`) : '' };
      }
      const made = await makeBackup({ onProgress: (progress) => setStep({ kind: 'working', phase: 'safety', progress }) });
      const fileName = `veiligheid-${made.fileName}`;
      const saved = await platform.saveFile({ suggestedName: fileName, filters: [{ name: t('backup.title'), extensions: [BACKUP_EXTENSION] }], data: made.bytes });
      return saved.status === 'saved' ? { ok: true, fileName: saved.fileName } : { ok: false, reason: t('backup.make.cancelled') };
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  }

  function submitPassphrase(event: FormEvent, current: BackupSource) {
    event.preventDefault();
    if (passphrase) void check(current, passphrase);
  }

  const busy = step.kind === 'checking' || step.kind === 'working';
  return (
    <section className="card form" aria-labelledby="backup-restore" aria-busy={busy}>
      <h2 id="backup-restore">{t('backup.restore.title')}</h2>
      <p>{t('backup.restore.body')}</p>
      <div className="actions">
        <button type="button" className={`btn ${step.kind === 'summary' ? '' : 'btn-primary'}`} disabled={busy} onClick={() => inputRef.current?.click()}>
          {step.kind === 'idle' ? t('backup.restore.choose') : t('backup.restore.other')}
        </button>
        <input
          ref={inputRef}
          type="file"
          hidden
          tabIndex={-1}
          aria-label={t('backup.restore.choose')}
          data-testid="backup-file-input"
          accept={`.${BACKUP_EXTENSION},.zip,application/zip`}
          onChange={(event) => void chooseFile(event.target.files?.[0])}
        />
      </div>

      {step.kind === 'checking' && <p role="status">{t('backup.restore.checking', { fileName: step.source.fileName })}</p>}

      {step.kind === 'passphrase' && (
        <form className="form" onSubmit={(event) => submitPassphrase(event, step.source)}>
          <p role="status">{t('backup.restore.passphraseNeeded', { fileName: step.source.fileName })}</p>
          <Field label={t('backup.restore.passphrase')} error={step.wrong ? backupProblemMessage(t, step.source.fileName, { code: 'wrong-passphrase' }) : undefined}>
            <input type="password" autoComplete="off" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} autoFocus />
          </Field>
          <div className="actions">
            <button type="submit" className="btn btn-primary" disabled={!passphrase}>
              {t('backup.restore.unlock')}
            </button>
          </div>
        </form>
      )}

      {step.kind === 'problem' && (
        <p className="alert alert-error" role="alert">
          {step.message}
        </p>
      )}

      {step.kind === 'summary' && (
        <>
          <h3>{t('backup.restore.summaryTitle', { fileName: step.source.fileName })}</h3>
          <p>
            {t('backup.restore.made', {
              date: formatMoment(step.contents.manifest.createdAt, i18n.language),
              version: step.contents.manifest.app.version,
              schema: step.contents.manifest.schemaVersion,
            })}{' '}
            {step.encrypted && t('backup.restore.encrypted')}
          </p>
          {step.contents.manifest.schemaVersion < CURRENT_SCHEMA_VERSION && <p className="alert alert-info">{t('backup.restore.olderSchema')}</p>}
          <BackupSummary backup={manifestCounts(step.contents.manifest)} blobs={step.contents.manifest.blobs.length} current={step.current} />
          <div className="alert alert-warning">
            <strong>{t('backup.restore.replaceWarning')}</strong>
            <span>{platform.autoBackups ? t('backup.restore.safetyNoteDesktop') : t('backup.restore.safetyNoteBrowser')}</span>
          </div>
          <div className="actions">
            <button type="button" className="btn btn-danger" onClick={() => setStep({ ...step, confirming: true })}>
              {t('backup.restore.start')}
            </button>
          </div>
          <ConfirmDialog
            open={step.confirming}
            title={t('backup.restore.confirmTitle')}
            confirmLabel={t('backup.restore.confirm')}
            onCancel={() => setStep({ ...step, confirming: false })}
            onConfirm={() => void restore(step)}
          >
            {t('backup.restore.confirmBody', { fileName: step.source.fileName })}
          </ConfirmDialog>
        </>
      )}

      {step.kind === 'working' && (
        <div className="actions" role="status">
          <span>{step.phase === 'safety' ? t('backup.restore.phaseSafety') : t('backup.restore.phaseWrite', { percent: Math.round(step.progress * 100) })}</span>
          <progress max={1} value={step.progress} aria-label={t('backup.restore.title')} />
        </div>
      )}

      {step.kind === 'done' && (
        <p className="alert alert-info" role="status">
          {step.message}
        </p>
      )}
    </section>
  );
}
