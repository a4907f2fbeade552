import { useTranslation } from 'react-i18next';
import { CloseIcon } from '../../../ui/icons';
import type { PreparedEvidence } from '../read-evidence';

export interface Attachment {
  evidence: PreparedEvidence;
  /** An object URL of the thumbnail, for photos. */
  previewUrl: string | null;
}

/** The evidence added so far in the dialog: thumbnail or file name, size, and a remove button. */
export function EvidenceList({ attachments, onRemove }: { attachments: readonly Attachment[]; onRemove: (index: number) => void }) {
  const { t, i18n } = useTranslation();
  if (attachments.length === 0) return null;
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const size = (bytes: number) => (bytes < 1024 * 1024 ? `${number.format(Math.max(1, Math.round(bytes / 1024)))} kB` : `${number.format(bytes / 1024 / 1024)} MB`);
  return (
    <ul className="evidence-list">
      {attachments.map((attachment, index) => (
        <li key={index}>
          {attachment.previewUrl ? <img src={attachment.previewUrl} alt="" width={64} height={64} /> : <span className="evidence-kind">{t(`studentPage.gallery.kinds.${attachment.evidence.kind}`)}</span>}
          <span>
            {attachment.evidence.fileName}
            <span className="muted">
              {' '}
              · {attachment.evidence.width ? `${attachment.evidence.width} × ${attachment.evidence.height} · ` : ''}
              {size(attachment.evidence.size)}
            </span>
          </span>
          <button type="button" className="btn btn-small btn-ghost icon-btn" aria-label={t('observations.removeEvidence', { fileName: attachment.evidence.fileName })} onClick={() => onRemove(index)}>
            <CloseIcon size={16} />
          </button>
        </li>
      ))}
    </ul>
  );
}
