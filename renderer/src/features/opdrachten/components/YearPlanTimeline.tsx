import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchoolYear } from '../../../../../shared/domain/school-year';
import { dayOffsetToDate, monthTicks, type YearPlanBar, type YearPlanRow } from '../../../../../shared/opdrachten';

interface YearPlanTimelineProps {
  rows: YearPlanRow[];
  schoolYear: SchoolYear;
  days: number;
  today: number | null;
  /** Move an opdracht by whole days (drag, or arrow keys on a focused bar). */
  onShift: (opdrachtId: string, days: number) => void;
  onOpen: (opdrachtId: string) => void;
}

const LANE_HEIGHT = 34;
/** Phase colours by position (oriënteren … evalueren), readable with dark text. */
const PHASE_COLORS = ['#cfe3f5', '#b7d7f0', '#9ccaea', '#8fc9b8', '#c9dca1', '#e7d59a'];

interface Drag {
  opdrachtId: string;
  startX: number;
  dayWidth: number;
  days: number;
}

/**
 * The year as a timeline: a row per group, each opdracht a bar of its phases, today marked.
 * Drag a bar (pointer) or focus it and use the arrow keys (a week; with Shift a day) to move the
 * whole opdracht; Enter opens it. The numbers come from shared/opdrachten (yearPlanRows), so
 * this component only draws.
 */
export function YearPlanTimeline({ rows, schoolYear, days, today, onShift, onOpen }: YearPlanTimelineProps) {
  const { t, i18n } = useTranslation();
  const [drag, setDrag] = useState<Drag | null>(null);
  const trackRef = useRef<HTMLDivElement>(null);
  const monthName = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { month: 'short' });
  const pct = (offset: number) => `${(offset / days) * 100}%`;

  const onPointerDown = (bar: YearPlanBar) => (event: PointerEvent<HTMLButtonElement>) => {
    if (event.button !== 0) return;
    const width = trackRef.current?.getBoundingClientRect().width ?? 1;
    event.currentTarget.setPointerCapture(event.pointerId);
    setDrag({ opdrachtId: bar.opdrachtId, startX: event.clientX, dayWidth: width / days, days: 0 });
  };
  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    if (!drag) return;
    const moved = Math.round((event.clientX - drag.startX) / drag.dayWidth);
    if (moved !== drag.days) setDrag({ ...drag, days: moved });
  };
  const onPointerUp = (bar: YearPlanBar) => () => {
    if (!drag) return;
    const { days: moved } = drag;
    setDrag(null);
    // A click without movement opens the opdracht; a drag moves it.
    if (moved === 0) onOpen(bar.opdrachtId);
    else onShift(bar.opdrachtId, moved);
  };
  const onKeyDown = (bar: YearPlanBar) => (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = event.shiftKey ? 1 : 7;
    if (event.key === 'ArrowRight') {
      event.preventDefault();
      onShift(bar.opdrachtId, step);
    } else if (event.key === 'ArrowLeft') {
      event.preventDefault();
      onShift(bar.opdrachtId, -step);
    }
  };

  return (
    <div className="year-plan" role="region" aria-label={t('yearPlan.timelineLabel', { year: schoolYear })}>
      <div className="year-plan-header">
        <div className="year-plan-label" />
        <div className="year-plan-track" ref={trackRef}>
          {monthTicks(schoolYear).map((tick) => (
            <span key={tick.offset} className="month-tick" style={{ left: pct(tick.offset), width: pct(tick.days) }}>
              {monthName.format(new Date(tick.year, tick.month - 1, 1))}
            </span>
          ))}
        </div>
      </div>
      {rows.map((row) => (
        <div key={row.groupId ?? 'none'} className="year-plan-row">
          <div className="year-plan-label">
            <strong>{row.groupId ? row.groupName : t('yearPlan.noGroup')}</strong>
            {row.unscheduled.length > 0 && <span className="muted">{t('yearPlan.unscheduled', { count: row.unscheduled.length })}</span>}
          </div>
          <div className="year-plan-track lanes" style={{ height: row.lanes * LANE_HEIGHT + 8 }}>
            {monthTicks(schoolYear).map((tick) => (
              <span key={tick.offset} className="month-line" style={{ left: pct(tick.offset) }} aria-hidden="true" />
            ))}
            {today !== null && <span className="today-line" style={{ left: pct(today) }} title={t('yearPlan.today')} aria-hidden="true" />}
            {row.bars.map((bar) => {
              const shift = drag?.opdrachtId === bar.opdrachtId ? drag.days : 0;
              const from = dayOffsetToDate(bar.start + shift, schoolYear);
              const to = dayOffsetToDate(bar.end - 1 + shift, schoolYear);
              return (
                <button
                  key={bar.opdrachtId}
                  type="button"
                  className={`plan-bar status-${bar.status} ${shift !== 0 ? 'moving' : ''}`}
                  style={{ left: pct(bar.start + shift), width: pct(bar.end - bar.start), top: bar.lane * LANE_HEIGHT + 4 }}
                  aria-label={t('yearPlan.barLabel', { title: bar.title, from, to })}
                  aria-keyshortcuts="ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight Enter"
                  title={`${bar.title} · ${from} – ${to}`}
                  onPointerDown={onPointerDown(bar)}
                  onPointerMove={onPointerMove}
                  onPointerUp={onPointerUp(bar)}
                  onPointerCancel={() => setDrag(null)}
                  onKeyDown={onKeyDown(bar)}
                  onClick={(event) => {
                    // Pointer clicks are handled on pointer up; this is Enter or Space.
                    if (event.detail === 0) onOpen(bar.opdrachtId);
                  }}
                >
                  {bar.phases.map((phase) => (
                    <span
                      key={phase.phaseId}
                      className="plan-phase"
                      style={{
                        left: `${((phase.start - bar.start) / (bar.end - bar.start)) * 100}%`,
                        width: `${((phase.end - phase.start) / (bar.end - bar.start)) * 100}%`,
                        background: PHASE_COLORS[phase.index % PHASE_COLORS.length],
                      }}
                      title={phase.name}
                    />
                  ))}
                  <span className="plan-title">{bar.title}</span>
                </button>
              );
            })}
          </div>
        </div>
      ))}
    </div>
  );
}
