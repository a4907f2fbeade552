import { useTranslation } from 'react-i18next';
import type { FrameworkNode } from '../../../../../shared/domain/framework';
import type { Opdracht } from '../../../../../shared/domain/opdracht';
import { isGraded, type PtaToets } from '../../../../../shared/domain/pta';
import type { Rubric } from '../../../../../shared/domain/rubric';
import { wegingShares } from '../../../../../shared/pta/validate';
import { formatDecimal, formatPercent } from '../../../ui/format-number';
import { formatDay } from '../../../ui/format-date';

interface PtaToetsenTableProps {
  toetsen: readonly PtaToets[];
  editable: boolean;
  opdrachten: readonly Opdracht[];
  rubrics: readonly Rubric[];
  nodes: ReadonlyMap<string, FrameworkNode>;
  onEdit: (toets: PtaToets) => void;
  onRemove: (toets: PtaToets) => void;
  onMove: (toets: PtaToets, direction: -1 | 1) => void;
}

/** The toetsen of a PTA in its order, with each one's share of the SE-cijfer. */
export function PtaToetsenTable({ toetsen, editable, opdrachten, rubrics, nodes, onEdit, onRemove, onMove }: PtaToetsenTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const shares = wegingShares(toetsen);
  return (
    <div className="table-frame">
      <table className="data pta-table">
        <caption className="visually-hidden">{t('pta.title')}</caption>
        <colgroup>
          <col style={{ width: '6%' }} />
          <col style={{ width: '22%' }} />
          <col style={{ width: '8%' }} />
          <col style={{ width: '14%' }} />
          <col style={{ width: '8%' }} />
          <col style={{ width: '8%' }} />
          <col style={{ width: '15%' }} />
          <col style={{ width: editable ? '10%' : '19%' }} />
          {editable && <col style={{ width: '9%' }} />}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('pta.columns.code')}</th>
            <th scope="col">{t('pta.columns.name')}</th>
            <th scope="col">{t('pta.columns.periode')}</th>
            <th scope="col">{t('pta.columns.toetsvorm')}</th>
            <th scope="col">{t('pta.columns.weging')}</th>
            <th scope="col">{t('pta.columns.share')}</th>
            <th scope="col">{t('pta.columns.herkansing')}</th>
            <th scope="col">{t('pta.columns.opdracht')}</th>
            {editable && (
              <th scope="col">
                <span className="visually-hidden">{t('pta.columns.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {toetsen.map((toets, index) => {
            const opdracht = opdrachten.find((candidate) => candidate.id === toets.opdrachtId);
            const rubric = rubrics.find((candidate) => candidate.id === toets.rubricId);
            const codes = toets.nodeIds.map((id) => nodes.get(id)?.code).filter(Boolean).join(', ');
            return (
              <tr key={toets.id}>
                <th scope="row">{toets.code}</th>
                <td className="wrap">
                  {editable ? (
                    <button type="button" className="link-button strong" title={t('pta.actions.edit', { code: toets.code })} onClick={() => onEdit(toets)}>
                      {toets.name || t('pta.unnamedToets')}
                    </button>
                  ) : (
                    <strong>{toets.name}</strong>
                  )}
                  {(codes || toets.date) && (
                    <span className="muted small-block">
                      {[codes && `${t('pta.columns.eindtermen')}: ${codes}`, toets.date && formatDay(toets.date, language)].filter(Boolean).join(' · ')}
                    </span>
                  )}
                </td>
                <td>{toets.periode}</td>
                <td className="wrap">{t(`pta.toetsvormen.${toets.toetsvorm}`)}</td>
                <td>{isGraded(toets.toetsvorm) ? (toets.weging == null ? '—' : formatDecimal(toets.weging, language, 4)) : '—'}</td>
                <td>{isGraded(toets.toetsvorm) ? formatPercent(shares.get(toets.id) ?? 0, language) : '—'}</td>
                <td className="wrap">{toets.herkansbaar && toets.herkansingVorm ? t('pta.herkansbaar', { vorm: t(`pta.toetsvormen.${toets.herkansingVorm}`).toLowerCase() }) : t('pta.nietHerkansbaar')}</td>
                <td className="wrap">{[opdracht?.title, rubric?.title].filter(Boolean).join(' · ') || '—'}</td>
                {editable && (
                  <td className="actions-cell">
                    <div className="row-actions">
                      <button type="button" className="btn btn-small btn-ghost" disabled={index === 0} aria-label={t('pta.actions.up', { code: toets.code })} onClick={() => onMove(toets, -1)}>
                        ↑
                      </button>
                      <button type="button" className="btn btn-small btn-ghost" disabled={index === toetsen.length - 1} aria-label={t('pta.actions.down', { code: toets.code })} onClick={() => onMove(toets, 1)}>
                        ↓
                      </button>
                      <button type="button" className="btn btn-small btn-ghost" aria-label={t('pta.actions.remove', { code: toets.code })} title={t('pta.actions.remove', { code: toets.code })} onClick={() => onRemove(toets)}>
                        ×
                      </button>
                    </div>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
