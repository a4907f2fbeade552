import { useTranslation } from 'react-i18next';
import type { CSSProperties } from 'react';

interface HeatmapLegendProps {
  levelNames: readonly string[];
  levelShort: readonly string[];
  /** Inline style per level (palette.ts cellStyle), lowest first. */
  levelStyles: readonly CSSProperties[];
}

/** The scale's levels with their colour and the text a cell shows, plus what an empty cell means. */
export function HeatmapLegend({ levelNames, levelShort, levelStyles }: HeatmapLegendProps) {
  const { t } = useTranslation();
  return (
    <section className="heatmap-legend" aria-label={t('heatmap.legend')}>
      <h2 className="visually-hidden">{t('heatmap.legend')}</h2>
      <ul>
        {levelNames.map((name, index) => (
          <li key={name + index}>
            <span className="heatmap-swatch" style={levelStyles[index]} aria-hidden="true">
              {levelShort[index]}
            </span>
            {name}
          </li>
        ))}
        <li>
          <span className="heatmap-swatch heatmap-empty" aria-hidden="true">
            ·
          </span>
          {t('heatmap.legendNone')}
        </li>
      </ul>
    </section>
  );
}
