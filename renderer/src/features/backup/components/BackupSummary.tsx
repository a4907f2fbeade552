import { useTranslation } from 'react-i18next';

/** Rows per kind in the backup beside what is in Vakwerk now (what a restore replaces). */
export function BackupSummary({ backup, blobs, current }: { backup: Record<string, number>; blobs: number; current: Record<string, number> }) {
  const { t, i18n } = useTranslation();
  const names = [...new Set([...Object.keys(current), ...Object.keys(backup)])];
  const label = (name: string) => (i18n.exists(`backup.tables.${name}`) ? t(`backup.tables.${name}`) : name);
  const number = (value: number) => value.toLocaleString(i18n.language);
  return (
    <div className="scroll-x">
      <table className="preview-table backup-summary">
        <thead>
          <tr>
            <th scope="col">{t('backup.restore.kind')}</th>
            <th scope="col" className="num">{t('backup.restore.inBackup')}</th>
            <th scope="col" className="num">{t('backup.restore.current')}</th>
          </tr>
        </thead>
        <tbody>
          {names.map((name) => (
            <tr key={name}>
              <th scope="row">{label(name)}</th>
              <td className="num">{number(backup[name] ?? 0)}</td>
              <td className="num">{number(current[name] ?? 0)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('backup.restore.blobs')}</th>
            <td className="num">{number(blobs)}</td>
            <td className="num">–</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
