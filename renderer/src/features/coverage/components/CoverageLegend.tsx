import { useTranslation } from 'react-i18next';
import type { CoverageState } from '../../../../../shared/growth/coverage';

const STATES: readonly CoverageState[] = ['niet-gezien', 'formatief', 'afgesloten'];

/** What the colours and symbols mean: the symbol carries the state, so colour is never the only cue. */
export function CoverageLegend() {
  const { t } = useTranslation();
  return (
    <dl className="cov-legend">
      {STATES.map((state) => (
        <div key={state}>
          <dt className={`cov-chip cov-${state}`}>
            <span aria-hidden="true">{t(`coverageMatrix.symbol.${state}`)}</span>
          </dt>
          <dd>{t(`growth.coverage.${state}`)}</dd>
        </div>
      ))}
    </dl>
  );
}
