import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { fullName } from '../../../../shared/domain/student';
import {
  dashboardWeek,
  dueItems,
  rankStudentsWithGaps,
  waitingForGrading,
  type DashboardWeek,
  type DueItem,
  type GapRanking,
  type WaitingOpdracht,
} from '../../../../shared/growth/dashboard';
import { readDashboardGaps, readDashboardPlan, readRecentObservaties, type RecentObservatieRows } from '../../db/repositories/dashboard';
import { localToday, schoolYearOfDate } from '../../../../shared/opdrachten/dates';

export const RECENT_LIMIT = 6;
export const GAPS_LIMIT = 8;

export interface DashboardGaps {
  ranking: GapRanking;
  cohorts: { id: string; name: string; eindtermen: number; students: number }[];
}

export interface DashboardData {
  week: DashboardWeek;
  due: DueItem[] | undefined;
  waiting: WaitingOpdracht[] | undefined;
  groupNames: Map<string, string> | undefined;
  recent: RecentObservatieRows | undefined;
  gaps: DashboardGaps | undefined;
}

/**
 * The four cards' data, each from its own live query so a card shows as soon as its rows are
 * in and refreshes when they change. "Today" is read once per visit of the screen.
 */
export function useDashboard(): DashboardData {
  const [today] = useState(() => localToday());
  const schoolYear = schoolYearOfDate(today);
  const week = useMemo(() => dashboardWeek(today), [today]);
  const plan = useLiveQuery(() => readDashboardPlan(today), [today]);
  const recent = useLiveQuery(() => readRecentObservaties(RECENT_LIMIT), []);
  // Gaps read the evidence marks of every exam-year student (400 on the large school): they
  // start once the other cards are in, so those are not kept waiting behind that read.
  const othersIn = plan !== undefined && recent !== undefined;
  const gapRows = useLiveQuery(() => (othersIn ? readDashboardGaps(schoolYear) : undefined), [othersIn, schoolYear]);

  const due = useMemo(() => plan && dueItems({ opdrachten: plan.opdrachten, ptas: plan.ptas, week }), [plan, week]);
  const waiting = useMemo(
    () =>
      plan &&
      waitingForGrading({
        opdrachten: plan.opdrachten,
        teams: plan.teams,
        beoordelingen: plan.beoordelingen,
        studentsOf: (groupId) => plan.studentIdsByGroup.get(groupId) ?? [],
        today,
      }),
    [plan, today],
  );
  const groupNames = useMemo(() => plan && new Map(plan.groups.map((group) => [group.id, group.name])), [plan]);
  const gaps = useMemo(() => {
    if (!gapRows) return undefined;
    const cohorts = gapRows.cohorts.map(({ cohort, eindtermIds, students }) => ({
      cohortId: cohort.id,
      eindtermIds,
      students: students.map((student) => ({ id: student.id, name: fullName(student) })),
    }));
    return {
      ranking: rankStudentsWithGaps(cohorts, gapRows.marks, gapRows.closures, GAPS_LIMIT),
      cohorts: gapRows.cohorts.map(({ cohort, eindtermIds, students }) => ({ id: cohort.id, name: cohort.name, eindtermen: eindtermIds.length, students: students.length })),
    };
  }, [gapRows]);

  return { week, due, waiting, groupNames, recent, gaps };
}

/**
 * Marks a moment for the benchmark and the browser tests: `dashboard` when the week, waiting
 * and recent cards have their content (gaps may still be counting), `dashboardGaps` when the
 * gaps card has too.
 */
export function useDashboardReadyMark(ready: boolean, name: 'dashboard' | 'dashboardGaps') {
  useEffect(() => {
    if (!ready) return;
    performance.mark(name === 'dashboard' ? 'vakwerk:dashboard-ready' : 'vakwerk:dashboard-gaps-ready');
    const key = `${name}Ready` as const;
    document.body.dataset[key] = 'true';
    return () => {
      delete document.body.dataset[key];
    };
  }, [ready, name]);
}
