import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opdracht } from '../../../../shared/domain/opdracht';
import type { Opdrachtgever } from '../../../../shared/domain/opdrachtgever';
import { fractionToLevel, type EvidencePoint } from '../../../../shared/growth';
import { formatDay } from '../../ui/format-date';

/** The words for one piece of evidence, shared by the chart's tooltip, its table and the checklist. */
export interface PointWords {
  date(point: EvidencePoint): string;
  /** The level on the school's scale; a level on another scale says it was converted. */
  level(point: EvidencePoint): string;
  /** "Examinator · J. de Vries" */
  assessor(point: EvidencePoint): string;
  /** "Menukaart · opdrachtgever Bakkerij Jansen", or "Zonder opdracht". */
  opdracht(point: EvidencePoint): string;
  /** "Observatie" or "Rubricbeoordeling", with "summatief (PTA)" when it counts for the PTA. */
  kind(point: EvidencePoint): string;
  /** A label name of the school scale for a 1-based level of that scale. */
  scaleLabel(level: number): string;
}

export function usePointWords(
  scale: readonly string[],
  opdrachten: ReadonlyMap<string, Opdracht>,
  opdrachtgevers: ReadonlyMap<string, Opdrachtgever>,
): PointWords {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const scaleLabel = (level: number) => scale[level - 1] ?? `${level}/${scale.length}`;
    return {
      scaleLabel,
      date: (point) => formatDay(point.date, language),
      level: (point) => {
        if (point.scaleSize === scale.length) return scaleLabel(point.level);
        return t('profile.growth.levelOf', { level: scaleLabel(fractionToLevel(point.fraction, scale.length)), raw: point.level, size: point.scaleSize });
      },
      assessor: (point) => [t(`growth.source.${point.assessor}`), point.assessorName.trim()].filter(Boolean).join(' · '),
      opdracht: (point) => {
        const opdracht = point.opdrachtId ? opdrachten.get(point.opdrachtId) : undefined;
        if (!opdracht) return t('profile.growth.noOpdracht');
        const client = opdracht.opdrachtgeverId ? opdrachtgevers.get(opdracht.opdrachtgeverId) : undefined;
        return [opdracht.title, client && t('profile.growth.opdrachtgever', { name: client.name })].filter(Boolean).join(' · ');
      },
      kind: (point) => [t(`profile.growth.kind.${point.kind}`), point.summative && t('profile.growth.summative')].filter(Boolean).join(', '),
    } satisfies PointWords;
  }, [scale, opdrachten, opdrachtgevers, t, language]);
}
