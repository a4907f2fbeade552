import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bewijs } from '../../../../../shared/domain/bewijs';
import { setBewijsDeleted } from '../../../db/repositories/observaties';
import { useToasts } from '../../../state/toasts';
import { Dialog } from '../../../ui/Dialog';
import { formatDay } from '../../../ui/format-date';

/**
 * Object URLs for blobs, made when the blobs change and released when they change again or the
 * gallery goes. Made in the effect (not during render) so StrictMode's trial unmount cannot
 * release URLs that are still shown.
 */
function useObjectUrls(blobs: ReadonlyMap<string, Blob>): ReadonlyMap<string, string> {
  const [urls, setUrls] = useState<ReadonlyMap<string, string>>(() => new Map());
  useEffect(() => {
    const made = new Map([...blobs].map(([id, blob]) => [id, URL.createObjectURL(blob)]));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the URLs are a resource with a lifetime, not derived state
    setUrls(made);
    return () => made.forEach((url) => URL.revokeObjectURL(url));
  }, [blobs]);
  return urls;
}

/**
 * A student's evidence: photo thumbnails and file tiles, newest work first. A photo opens
 * large in a dialog with download and delete (undoable); a PDF or file downloads.
 */
export function EvidenceGallery({ bewijs }: { bewijs: readonly Bewijs[] }) {
  const { t, i18n } = useTranslation();
  const show = useToasts((state) => state.show);
  const [openId, setOpenId] = useState<string | null>(null);
  const thumbnails = useObjectUrls(useMemo(() => new Map(bewijs.filter((item) => item.thumbnail).map((item) => [item.id, item.thumbnail!])), [bewijs]));
  const opened = bewijs.find((item) => item.id === openId) ?? null;
  const full = useObjectUrls(useMemo(() => new Map(opened ? [[opened.id, opened.blob]] : []), [opened]));

  if (bewijs.length === 0) return <p className="muted">{t('studentPage.gallery.empty')}</p>;

  const remove = async (item: Bewijs) => {
    setOpenId(null);
    await setBewijsDeleted(item.id, true);
    show({ message: t('studentPage.gallery.deleted', { fileName: item.fileName }), tone: 'success', undo: () => setBewijsDeleted(item.id, false) });
  };
  const download = (item: Bewijs) => {
    const url = URL.createObjectURL(item.blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = item.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <>
      <ul className="evidence-gallery">
        {bewijs.map((item) => {
          const thumbnail = thumbnails.get(item.id);
          return (
            <li key={item.id}>
              <button
                type="button"
                className="evidence-tile"
                aria-label={
                  thumbnail ? t('studentPage.gallery.open', { fileName: item.fileName }) : t('studentPage.gallery.openKind', { kind: t(`studentPage.gallery.kinds.${item.kind}`), fileName: item.fileName })
                }
                onClick={() => (item.kind === 'foto' ? setOpenId(item.id) : download(item))}
              >
                {thumbnail ? <img src={thumbnail} alt="" /> : <span className="evidence-kind">{t(`studentPage.gallery.kinds.${item.kind}`)}</span>}
              </button>
              <span className="evidence-caption">
                {item.fileName}
                <span className="muted"> · {formatDay(item.date, i18n.language)}</span>
              </span>
            </li>
          );
        })}
      </ul>
      {opened && (
        <Dialog open title={opened.fileName} onClose={() => setOpenId(null)} className="dialog-wide">
          <img className="evidence-full" src={full.get(opened.id)} alt={opened.caption || opened.fileName} />
          <div className="dialog-footer">
            <button type="button" className="btn btn-danger" onClick={() => void remove(opened)}>
              {t('studentPage.gallery.delete')}
            </button>
            <button type="button" className="btn btn-primary" onClick={() => download(opened)} data-autofocus>
              {t('studentPage.gallery.download')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
