import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalGrowth } from '../../../../../shared/profile/student-growth';
import type { PointWords } from '../point-words';
import { GrowthChart } from './GrowthChart';

interface GoalGrowthCardProps {
  goal: GoalGrowth;
  /** Whose evidence counts for mastery in this goal's framework. */
  countedSources: readonly string[];
  scale: readonly string[];
  firstDay: number;
  lastDay: number;
  words: PointWords;
  /** False while the page draws the charts above it first: heading and mastery only, a chart-sized space. */
  drawn: boolean;
}

/**
 * One goal: its current mastery, the notes that keep the line truthful (seen once, converted
 * from another scale, recorded on an earlier framework version), the chart, and the same
 * evidence as a table for screen readers.
 */
export const GoalGrowthCard = memo(function GoalGrowthCard({ goal, countedSources, scale, firstDay, lastDay, words, drawn }: GoalGrowthCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const goalName = goal.node ? `${goal.node.code} ${goal.node.text}`.trim() : t('profile.growth.unknownGoal');
  const uncounted = [...new Set(goal.points.map((point) => point.assessor).filter((assessor) => !countedSources.includes(assessor)))];

  return (
    <article className="growth-goal" aria-labelledby={headingId} data-node-id={goal.nodeId} data-chart={drawn ? 'drawn' : 'pending'}>
      <h4 id={headingId}>
        {goal.node ? (
          <>
            <span className="growth-code">{goal.node.code}</span> {goal.node.text}
          </>
        ) : (
          t('profile.growth.unknownGoal')
        )}
      </h4>
      <p className="growth-mastery">
        {goal.mastery ? (
          <>
            <strong>{t('profile.growth.mastery', { level: words.scaleLabel(goal.mastery.level) })}</strong>
            <span className="muted"> · {t('growth.countedFrom', { count: goal.mastery.count })}</span>
          </>
        ) : (
          <span className="muted">{t('profile.growth.masteryNone', { sources: uncounted.map((assessor) => t(`growth.source.${assessor}`)).join(', ') })}</span>
        )}
      </p>
      {(goal.points.length === 1 || goal.normalised || goal.retiredCodes.length > 0) && (
        <ul className="growth-notes">
          {goal.points.length === 1 && <li>{t('growth.oneEvidence')}</li>}
          {goal.normalised && <li>{t('growth.normalised', { size: scale.length })}</li>}
          {goal.retiredCodes.map((code) => (
            <li key={code}>{t('growth.retiredVersion', { code })}</li>
          ))}
        </ul>
      )}
      {drawn ? (
        <GrowthChart goalName={goalName} points={goal.points} scale={scale} firstDay={firstDay} lastDay={lastDay} words={words} />
      ) : (
        <div className="growth-chart growth-chart-pending" aria-hidden="true" />
      )}
      {drawn && <GoalTable goal={goal} goalName={goalName} words={words} />}
    </article>
  );
});

/** The evidence of one goal as a table, for screen readers. */
function GoalTable({ goal, goalName, words }: { goal: GoalGrowth; goalName: string; words: PointWords }) {
  const { t } = useTranslation();
  return (
    <table className="visually-hidden">
      <caption>{t('profile.growth.table.caption', { goal: goalName })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('profile.growth.table.date')}</th>
          <th scope="col">{t('profile.growth.table.level')}</th>
          <th scope="col">{t('profile.growth.table.assessor')}</th>
          <th scope="col">{t('profile.growth.table.opdracht')}</th>
          <th scope="col">{t('profile.growth.table.note')}</th>
        </tr>
      </thead>
      <tbody>
        {goal.points.map((point) => (
          <tr key={point.key}>
            <th scope="row">{words.date(point)}</th>
            <td>{words.level(point)}</td>
            <td>{words.assessor(point)}</td>
            <td>{words.opdracht(point)}</td>
            <td>{point.note || t('profile.growth.noNote')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
