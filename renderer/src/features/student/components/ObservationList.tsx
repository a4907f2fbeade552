import { useTranslation } from 'react-i18next';
import type { FrameworkNode } from '../../../../../shared/domain/framework';
import type { Observatie } from '../../../../../shared/domain/observatie';
import type { Opdracht } from '../../../../../shared/domain/opdracht';
import { setObservatieDeleted } from '../../../db/repositories/observaties';
import { useToasts } from '../../../state/toasts';
import { CloseIcon } from '../../../ui/icons';
import { formatDay } from '../../../ui/format-date';

interface ObservationListProps {
  observaties: readonly Observatie[];
  nodes: ReadonlyMap<string, FrameworkNode>;
  opdrachten: ReadonlyMap<string, Opdracht>;
  /** The school's observation scale now, lowest first. */
  scale: readonly string[];
}

/**
 * A student's observations, newest work first: date, goal, level, note, opdracht. A level is
 * named by the current scale when it was made on a scale of the same size; otherwise as
 * "niveau 2 van 3", so an old note never shows a label it was not given.
 */
export function ObservationList({ observaties, nodes, opdrachten, scale }: ObservationListProps) {
  const { t, i18n } = useTranslation();
  const show = useToasts((state) => state.show);
  if (observaties.length === 0) return <p className="muted">{t('studentPage.observations.empty')}</p>;

  const levelText = (observatie: Observatie) => {
    if (observatie.level === null) return null;
    if (observatie.scaleSize === scale.length) return scale[observatie.level - 1] ?? null;
    return t('studentPage.observations.level', { level: `${observatie.level}/${observatie.scaleSize}` });
  };
  const remove = async (observatie: Observatie) => {
    await setObservatieDeleted(observatie, true);
    show({ message: t('studentPage.observations.deleted'), tone: 'success', undo: () => setObservatieDeleted(observatie, false) });
  };

  return (
    <ol className="observation-list">
      {observaties.map((observatie) => {
        const node = observatie.nodeId ? nodes.get(observatie.nodeId) : undefined;
        const opdracht = observatie.opdrachtId ? opdrachten.get(observatie.opdrachtId) : undefined;
        const level = levelText(observatie);
        const date = formatDay(observatie.date, i18n.language);
        return (
          <li key={observatie.id}>
            <div className="observation-head">
              <time dateTime={observatie.date}>{date}</time>
              {level && <span className="badge">{level}</span>}
              <button type="button" className="btn btn-small btn-ghost icon-btn" aria-label={t('studentPage.observations.delete', { date })} onClick={() => void remove(observatie)}>
                <CloseIcon size={16} />
              </button>
            </div>
            <p className="observation-node">{node ? `${node.code} ${node.text}`.trim() : t('studentPage.observations.general')}</p>
            {observatie.note && <p>{observatie.note}</p>}
            <p className="muted">
              {[opdracht?.title, observatie.evidenceIds.length > 0 && t('studentPage.observations.evidence', { count: observatie.evidenceIds.length })].filter(Boolean).join(' · ')}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
