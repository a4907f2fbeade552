import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_EXTENSION } from '../../../../../shared/backup/format';
import { platform } from '../../../platform';
import { Field } from '../../../ui/Field';
import { makeBackup } from '../backup-file';
import { formatBytes } from '../problem-message';

const MIN_PASSPHRASE = 8;

/** "Back-up maken": everything into one file, optionally encrypted, saved where the teacher chooses. */
export function MakeBackupCard() {
  const { t, i18n } = useTranslation();
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);

  const tooShort = encrypt && passphrase.length < MIN_PASSPHRASE;
  const mismatch = encrypt && passphrase !== again;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (tooShort || mismatch) return;
    setOutcome(null);
    setProgress(0);
    try {
      const made = await makeBackup({ passphrase: encrypt ? passphrase : undefined, onProgress: setProgress });
      const saved = await platform.saveFile({
        suggestedName: made.fileName,
        filters: [{ name: t('backup.title'), extensions: [BACKUP_EXTENSION] }],
        data: made.bytes,
      });
      setOutcome(
        saved.status === 'saved'
          ? { tone: 'info', text: t('backup.make.done', { fileName: saved.fileName, size: formatBytes(made.bytes.length, i18n.language) }) }
          : { tone: 'info', text: t('backup.make.cancelled') },
      );
      setPassphrase('');
      setAgain('');
      setSubmitted(false);
    } catch (error) {
      setOutcome({ tone: 'error', text: t('backup.make.failed', { reason: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setProgress(null);
    }
  }

  return (
    <section className="card form" aria-labelledby="backup-make">
      <h2 id="backup-make">{t('backup.make.title')}</h2>
      <p>{t('backup.make.body')}</p>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <label className="check">
          <input type="checkbox" checked={encrypt} onChange={(event) => setEncrypt(event.target.checked)} />
          {t('backup.make.encrypt')}
        </label>
        {encrypt && (
          <>
            <p className="muted">{t('backup.make.encryptHint')}</p>
            <div className="form-row">
              <Field label={t('backup.make.passphrase')} error={submitted && tooShort ? t('backup.make.passphraseTooShort') : undefined}>
                <input type="password" autoComplete="new-password" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} />
              </Field>
              <Field label={t('backup.make.passphraseAgain')} error={submitted && !tooShort && mismatch ? t('backup.make.passphraseMismatch') : undefined}>
                <input type="password" autoComplete="new-password" value={again} onChange={(event) => setAgain(event.target.value)} />
              </Field>
            </div>
          </>
        )}
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={progress !== null}>
            {progress === null ? t('backup.make.start') : t('backup.make.busy')}
          </button>
          {progress !== null && (
            <progress max={1} value={progress} aria-label={t('backup.make.progress', { percent: Math.round(progress * 100) })} />
          )}
        </div>
      </form>
      {outcome && (
        <p className={`alert alert-${outcome.tone}`} role={outcome.tone === 'error' ? 'alert' : 'status'}>
          {outcome.text}
        </p>
      )}
    </section>
  );
}
