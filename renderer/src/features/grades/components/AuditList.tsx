import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../../shared/domain/audit';
import { formatGrade } from '../../../ui/format-number';

/**
 * The audit trail as a teacher reads it: when, who, what changed from what to what, and why.
 * Values are stored as written by the rules ("6.5", "true", a level's label) and shown in the
 * interface language.
 */
export function AuditList({ entries }: { entries: readonly AuditEntry[] }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return <p className="muted">{t('audit.empty')}</p>;
  const value = (entry: AuditEntry, raw: string | null) => {
    if (raw === null) return t('audit.values.none');
    if (raw === 'true' || raw === 'false') return t(`audit.values.${raw}`);
    if (entry.kind === 'grade' && /^\d+(\.\d+)?$/.test(raw)) return formatGrade(Number(raw), i18n.language);
    // An override reads "6.5 (reason)": the cijfer the Dutch way, the reason as written.
    if (entry.kind === 'override') return raw.replace(/^(\d+(?:\.\d+)?)/, (grade) => formatGrade(Number(grade), i18n.language));
    return raw;
  };
  const when = (at: number) => new Date(at).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  return (
    <ol className="audit-list">
      {entries.map((entry) => (
        <li key={entry.id}>
          <span className="audit-when">{when(entry.at)}</span> <span className="muted">{t('audit.by', { who: entry.who || t('audit.unnamed') })}</span>
          <div>{t(`audit.kinds.${entry.kind}`, { label: entry.label, old: value(entry, entry.oldValue), new: value(entry, entry.newValue) })}</div>
          {entry.reason && <div className="muted">{t('audit.reason', { reason: entry.reason })}</div>}
        </li>
      ))}
    </ol>
  );
}
