import type { GrowthSeries } from '../../../../../shared/profile/student-growth';

/**
 * The mark of a series, centred on 0,0: a filled circle for the teacher, a hollow square for
 * the student's self-assessment, a triangle for peers and clients. Shape as well as colour, so
 * the series stay apart without colour vision and in print.
 */
export function SeriesMark({ series }: { series: GrowthSeries }) {
  if (series === 'zelf') return <rect className="growth-mark" x={-5} y={-5} width={10} height={10} />;
  if (series === 'anderen') return <path className="growth-mark" d="M0,-6 L6,5 L-6,5 Z" />;
  return <circle className="growth-mark" r={5.5} />;
}

/** The mark alone, for the legend. */
export function SeriesSwatch({ series }: { series: GrowthSeries }) {
  return (
    <svg className={`growth-swatch series-${series}`} viewBox="-8 -8 16 16" width={16} height={16} aria-hidden="true">
      <SeriesMark series={series} />
    </svg>
  );
}
