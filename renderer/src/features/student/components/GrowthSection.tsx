import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toDayNumber } from '../../../../../shared/opdrachten/dates';
import { GROWTH_SERIES, seriesOf, type FrameworkGrowth, type StudentGrowth } from '../../../../../shared/profile/student-growth';
import { ObservationIcon } from '../../../ui/icons';
import type { PointWords } from '../point-words';
import { useProgressiveCount } from '../use-progressive';
import { GoalGrowthCard } from './GoalGrowthCard';
import { SeriesSwatch } from './SeriesMark';

interface GrowthSectionProps {
  /** Undefined while reading. */
  growth: StudentGrowth | undefined;
  scale: readonly string[];
  words: PointWords;
  onObserve(): void;
}

/** The method of a framework in plain Dutch: its name, how it weighs, and whose evidence counts. */
function MethodLine({ group }: { group: FrameworkGrowth }) {
  const { t } = useTranslation();
  const method = group.settings.method;
  const weight = method.kind === 'decaying-average' ? Math.round(method.newestWeight * 100) : 0;
  const values = { newest: weight, rest: 100 - weight, n: method.kind === 'mean-last-n' ? method.n : 0 };
  return (
    <p className="muted growth-method">
      {t('profile.growth.method', { method: t(`growth.method.${method.kind}.name`, values), explain: t(`growth.method.${method.kind}.explain`, values) })}{' '}
      {t('profile.growth.sources', { sources: group.settings.sources.map((source) => t(`growth.source.${source}`)).join(', ') })}
    </p>
  );
}

/**
 * Charts drawn with the section: enough cards to fill the first screen (the grid has two or
 * three columns, a card is about 300 px high). The other cards come with their heading and
 * mastery at once and get their chart and table shortly after, a step per idle moment, so the
 * section a teacher sees is there without waiting for dozens of charts below the fold.
 */
const FIRST_CHARTS = 6;
const CHARTS_PER_STEP = 12;

/**
 * "Groei per vaardigheid": per framework (the cohort's programme first) its goals with a growth
 * line each, all on one time axis. Without evidence it says so and offers the observation
 * dialog with this student filled in.
 */
export const GrowthSection = memo(function GrowthSection({ growth, scale, words, onObserve }: GrowthSectionProps) {
  const { t } = useTranslation();
  const series = useMemo(() => {
    const present = new Set(growth?.frameworks.flatMap((group) => group.goals.flatMap((goal) => goal.points.map((point) => seriesOf(point.assessor)))));
    return GROWTH_SERIES.filter((name) => present.has(name));
  }, [growth]);
  const goalCount = growth?.frameworks.reduce((sum, group) => sum + group.goals.length, 0) ?? 0;
  const charts = useProgressiveCount(goalCount, FIRST_CHARTS, CHARTS_PER_STEP);

  const heading = <h2 id="student-growth">{t('profile.growth.title')}</h2>;
  if (!growth) {
    return (
      <section aria-labelledby="student-growth" className="card growth-section" aria-busy="true">
        {heading}
        <p className="muted">{t('common.loading')}</p>
      </section>
    );
  }
  if (growth.pointCount === 0 || !growth.firstDate || !growth.lastDate) {
    return (
      <section aria-labelledby="student-growth" className="card growth-section" data-growth-ready="empty">
        {heading}
        <div className="growth-empty">
          <p>
            <strong>{t('growth.noEvidence')}</strong> {t('profile.growth.noEvidenceHelp')}
          </p>
          <button type="button" className="btn" onClick={onObserve}>
            <ObservationIcon size={16} /> {t('profile.growth.addObservation')}
          </button>
        </div>
      </section>
    );
  }

  const firstDay = toDayNumber(growth.firstDate);
  const lastDay = toDayNumber(growth.lastDate);
  let index = 0;
  return (
    <section aria-labelledby="student-growth" className="card growth-section" data-growth-ready="true" data-charts={charts >= goalCount ? 'all' : 'some'}>
      {heading}
      <p className="muted">
        {t('profile.growth.intro')} {t('profile.growth.followsStudent')} {t('profile.growth.chartHint')}
      </p>
      <ul className="growth-legend" aria-label={t('profile.growth.legend')}>
        {series.map((name) => (
          <li key={name}>
            <SeriesSwatch series={name} /> {t(`profile.growth.series.${name}`)}
          </li>
        ))}
      </ul>
      {growth.frameworks.map((group) => (
        <section key={group.framework?.id ?? 'onbekend'} className="growth-framework" aria-label={group.framework?.title ?? t('profile.growth.unknownFramework')}>
          <h3>{group.framework ? [group.framework.title, group.framework.version].filter(Boolean).join(' · ') : t('profile.growth.unknownFramework')}</h3>
          <MethodLine group={group} />
          <div className="growth-goals">
            {group.goals.map((goal) => (
              <GoalGrowthCard
                key={goal.nodeId}
                goal={goal}
                countedSources={group.settings.sources}
                scale={scale}
                firstDay={firstDay}
                lastDay={lastDay}
                words={words}
                drawn={index++ < charts}
              />
            ))}
          </div>
        </section>
      ))}
    </section>
  );
});
