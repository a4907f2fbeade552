import { memo, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidencePoint } from '../../../../../shared/growth';
import { fromDayNumber, parseIsoDate, toDayNumber } from '../../../../../shared/opdrachten/dates';
import { seriesOf, type GrowthSeries } from '../../../../../shared/profile/student-growth';
import type { PointWords } from '../point-words';
import { SeriesMark } from './SeriesMark';

// Drawn in these units and scaled to the card's width: about 1:1 in a card of the two-column grid.
const WIDTH = 420;
const HEIGHT = 168;
const LEFT = 88;
/** Room between the level labels and the first day, so a focused first point never covers its label. */
const INSET = 10;
const RIGHT = 16;
const TOP = 12;
const BOTTOM = 140;
/** Points of the same day are drawn beside each other, the student's next to the teacher's. */
const SERIES_OFFSET: Record<GrowthSeries, number> = { docent: -5, zelf: 5, anderen: 0 };

interface GrowthChartProps {
  goalName: string;
  /** Oldest first. */
  points: readonly EvidencePoint[];
  /** The school's scale, lowest first: the y axis. */
  scale: readonly string[];
  /** The span of all the student's work (day numbers), shared by every chart on the page. */
  firstDay: number;
  lastDay: number;
  words: PointWords;
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();
/** One formatter per language: building one costs more than drawing a chart. */
function monthFormatOf(language: string): Intl.DateTimeFormat {
  let format = monthFormats.get(language);
  if (!format) monthFormats.set(language, (format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { month: 'short' })));
  return format;
}

/** Month starts inside the span, thinned so the labels never overlap. */
function monthTicks(firstDay: number, lastDay: number): number[] {
  const first = parseIsoDate(fromDayNumber(firstDay))!;
  const ticks: number[] = [];
  for (let year = first.year, month = first.month + 1; ; month++) {
    if (month > 12) {
      month = 1;
      year++;
    }
    const day = toDayNumber(`${year}-${String(month).padStart(2, '0')}-01`);
    if (day > lastDay) break;
    ticks.push(day);
  }
  const step = Math.ceil(ticks.length / 8);
  return ticks.filter((_, index) => index % step === 0);
}

/**
 * One goal's growth line: x is the date the work was done, y the level on the school's scale
 * (evidence on other scales placed by its fraction). One line per series, each series with its
 * own shape and colour. The points are one tab stop: arrow keys move between them, and the
 * focused or hovered point shows its opdracht, assessor and note.
 */
export const GrowthChart = memo(function GrowthChart({ goalName, points, scale, firstDay, lastDay, words }: GrowthChartProps) {
  const { t, i18n } = useTranslation();
  const [active, setActive] = useState(points.length - 1);
  const [shown, setShown] = useState<number | null>(null);
  const refs = useRef<(SVGGElement | null)[]>([]);
  const titleId = useId();

  const levels = Math.max(scale.length, 2);
  const span = lastDay - firstDay;
  const xOf = (date: string) => (span === 0 ? (LEFT + WIDTH - RIGHT) / 2 : LEFT + INSET + ((toDayNumber(date) - firstDay) / span) * (WIDTH - LEFT - INSET - RIGHT));
  const yOf = (fraction: number) => BOTTOM - fraction * (BOTTOM - TOP);
  const placed = points.map((point) => {
    const series = seriesOf(point.assessor);
    return { point, series, x: xOf(point.date) + SERIES_OFFSET[series], y: yOf(point.fraction) };
  });
  const lines = (['docent', 'zelf', 'anderen'] as const).map((series) => ({ series, at: placed.filter((p) => p.series === series) })).filter((line) => line.at.length > 1);
  const monthFormat = monthFormatOf(i18n.language);

  const describe = (point: EvidencePoint) =>
    [
      t('profile.growth.pointLabel', { date: words.date(point), level: words.level(point), assessor: words.assessor(point) }),
      words.kind(point),
      words.opdracht(point),
      point.note || t('profile.growth.noNote'),
    ].join('. ');

  const move = (event: KeyboardEvent, index: number) => {
    const last = points.length - 1;
    const target =
      event.key === 'ArrowRight' || event.key === 'ArrowUp' ? Math.min(index + 1, last)
      : event.key === 'ArrowLeft' || event.key === 'ArrowDown' ? Math.max(index - 1, 0)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : null;
    if (target === null) {
      if (event.key === 'Escape') setShown(null);
      return;
    }
    event.preventDefault();
    setActive(target);
    setShown(target);
    refs.current[target]?.focus();
  };

  const tip = shown === null ? null : placed[shown];
  return (
    <div className="growth-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-labelledby={titleId}>
        <title id={titleId}>
          {t('profile.growth.chartLabel', { goal: goalName, count: points.length, from: words.date(points[0]!), to: words.date(points[points.length - 1]!) })}
        </title>
        <g aria-hidden="true" className="growth-axis">
          {Array.from({ length: levels }, (_, index) => {
            const y = yOf(index / (levels - 1));
            return (
              <g key={index}>
                <line x1={LEFT - 6} x2={WIDTH - RIGHT + 8} y1={y} y2={y} />
                <text x={LEFT - 12} y={y} dominantBaseline="middle" textAnchor="end">
                  {scale[index] ?? index + 1}
                </text>
              </g>
            );
          })}
          {span === 0 ? (
            <text x={xOf(points[0]!.date)} y={HEIGHT - 8} textAnchor="middle">
              {words.date(points[0]!)}
            </text>
          ) : (
            monthTicks(firstDay, lastDay).map((day) => {
              const x = xOf(fromDayNumber(day));
              return (
                <g key={day}>
                  <line className="growth-tick" x1={x} x2={x} y1={BOTTOM} y2={BOTTOM + 6} />
                  <text x={x} y={HEIGHT - 8} textAnchor="middle">
                    {monthFormat.format(new Date(Date.UTC(2000, parseIsoDate(fromDayNumber(day))!.month - 1, 15)))}
                  </text>
                </g>
              );
            })
          )}
        </g>
        {lines.map(({ series, at }) => (
          <polyline key={series} aria-hidden="true" className={`growth-line series-${series}`} points={at.map((p) => `${p.x},${p.y}`).join(' ')} />
        ))}
        {placed.map(({ point, series, x, y }, index) => (
          <g
            key={point.key}
            ref={(element) => {
              refs.current[index] = element;
            }}
            className={`growth-point series-${series}`}
            role="img"
            aria-label={describe(point)}
            tabIndex={index === Math.min(active, points.length - 1) ? 0 : -1}
            transform={`translate(${x} ${y})`}
            onFocus={() => {
              setActive(index);
              setShown(index);
            }}
            onBlur={() => setShown(null)}
            onMouseEnter={() => setShown(index)}
            onMouseLeave={() => setShown(null)}
            onKeyDown={(event) => move(event, index)}
          >
            <circle className="growth-hit" r={11} />
            <circle className="growth-focus" r={10} />
            <SeriesMark series={series} />
          </g>
        ))}
      </svg>
      {tip && (
        <div
          className={`growth-tip${tip.x > WIDTH * 0.6 ? ' growth-tip-left' : ''}`}
          style={{ left: `${(tip.x / WIDTH) * 100}%`, top: `${(tip.y / HEIGHT) * 100}%` }}
          aria-hidden="true"
          data-testid="growth-tip"
        >
          <strong>
            {words.date(tip.point)} · {words.level(tip.point)}
          </strong>
          <span>{words.kind(tip.point)}</span>
          <span>{words.opdracht(tip.point)}</span>
          <span>{words.assessor(tip.point)}</span>
          <span className={tip.point.note ? undefined : 'muted'}>{tip.point.note || t('profile.growth.noNote')}</span>
        </div>
      )}
    </div>
  );
});
