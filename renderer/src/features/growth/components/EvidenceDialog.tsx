import { useLiveQuery } from 'dexie-react-hooks';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FrameworkNode } from '../../../../../shared/domain/framework';
import { fullName, type Student } from '../../../../../shared/domain/student';
import type { HeatmapCell } from '../../../../../shared/growth/heatmap';
import type { MasterySettings } from '../../../../../shared/growth';
import { getOpdracht } from '../../../db/repositories/opdrachten';
import { Dialog } from '../../../ui/Dialog';
import { formatDay } from '../../../ui/format-date';

interface EvidenceDialogProps {
  student: Student;
  goal: FrameworkNode;
  cell: HeatmapCell;
  settings: MasterySettings;
  levelNames: readonly string[];
  levelShort: readonly string[];
  levelStyles: readonly CSSProperties[];
  onClose: () => void;
  onObserve: () => void;
}

/**
 * The evidence behind one heatmap cell, newest work first: when, at what level, by whom, in
 * which opdracht, and the note. Evidence from a source the framework does not count is listed
 * too, marked, so the teacher sees why the level is what it is.
 */
export function EvidenceDialog({ student, goal, cell, settings, levelNames, levelShort, levelStyles, onClose, onObserve }: EvidenceDialogProps) {
  const { t, i18n } = useTranslation();
  const opdrachtIds = [...new Set(cell.evidence.map((point) => point.opdrachtId).filter((id): id is string => id !== null))];
  const titles = useLiveQuery(
    async () => new Map((await Promise.all(opdrachtIds.map(getOpdracht))).flatMap((opdracht) => (opdracht ? [[opdracht.id, opdracht.title] as const] : []))),
    [opdrachtIds.join(',')],
  );
  const counted = new Set(settings.sources);
  const name = fullName(student);
  const level = cell.mastery?.level;
  const levelText = (own: number, size: number) =>
    size === levelNames.length ? (levelNames[own - 1] ?? String(own)) : t('heatmap.dialog.levelOf', { level: own, size });

  return (
    <Dialog open title={t('heatmap.dialog.title', { student: name, code: goal.code })} onClose={onClose} className="heatmap-dialog">
      <p>{goal.text}</p>
      {cell.mastery && level !== undefined ? (
        <p className="heatmap-dialog-mastery">
          <span className="heatmap-swatch" style={levelStyles[level - 1]} aria-hidden="true">
            {levelShort[level - 1]}
          </span>
          <strong>{t('heatmap.dialog.mastery', { level: levelNames[level - 1] ?? String(level) })}</strong>{' '}
          <span className="muted">({t('growth.countedFrom', { count: cell.mastery.count })})</span>
        </p>
      ) : (
        <p className="muted">{t('heatmap.dialog.noMastery')}</p>
      )}
      {cell.mastery?.normalised && <p className="muted">{t('growth.normalised', { size: levelNames.length })}</p>}
      {cell.evidence.length === 0 ? (
        <p className="muted">{t('growth.noEvidence')}</p>
      ) : (
        <ol className="heatmap-evidence">
          {cell.evidence.map((point) => (
            <li key={point.key} className={counted.has(point.assessor) ? undefined : 'heatmap-evidence-uncounted'}>
              <div className="heatmap-evidence-head">
                <strong>{formatDay(point.date, i18n.language)}</strong>
                <span>{t(`heatmap.dialog.kind.${point.kind}`)}</span>
                <span>
                  {t('heatmap.dialog.level')}: {levelText(point.level, point.scaleSize)}
                </span>
                {!counted.has(point.assessor) && <span className="badge">{t('heatmap.dialog.notCounted')}</span>}
              </div>
              <dl className="heatmap-evidence-meta">
                <dt>{t('heatmap.dialog.assessor')}</dt>
                <dd>{[t(`growth.source.${point.assessor}`), point.assessorName].filter(Boolean).join(' · ')}</dd>
                {point.opdrachtId && (
                  <>
                    <dt>{t('heatmap.dialog.opdracht')}</dt>
                    <dd>{titles?.get(point.opdrachtId) ?? '…'}</dd>
                  </>
                )}
                {point.note.trim() && (
                  <>
                    <dt>{t('heatmap.dialog.note')}</dt>
                    <dd>{point.note}</dd>
                  </>
                )}
              </dl>
            </li>
          ))}
        </ol>
      )}
      <div className="dialog-footer">
        <button type="button" className="btn" onClick={onObserve}>
          {t('heatmap.dialog.observe')}
        </button>
        <Link className="btn btn-primary" to={`/leerlingen/${student.id}`} data-autofocus>
          {t('heatmap.dialog.studentLink', { name })}
        </Link>
      </div>
    </Dialog>
  );
}
