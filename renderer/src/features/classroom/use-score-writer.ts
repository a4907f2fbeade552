import { useCallback, useMemo, useRef, useState } from 'react';
import type { Assessor, Attempt, Beoordeling } from '../../../../shared/domain/beoordeling';
import { isLive } from '../../../../shared/domain/record';
import type { RubricVersion } from '../../../../shared/domain/rubric';
import { sameKey, updateBeoordelingen, type BeoordelingKey, type BeoordelingUpdate } from '../../db/repositories/beoordelingen';

/** Who scores what in the classroom screen: everything a beoordeling's key and defaults need. */
export interface ScoreContext {
  opdrachtId: string;
  rubricId: string;
  assessor: Assessor;
  /** The assessor's name per student (the student for a zelfbeoordeling, else one name). */
  assessorName: (studentId: string) => string;
  peerStudentId: string | null;
  attempt: Attempt;
  /** The version new beoordelingen use. */
  version: RubricVersion;
  toetsId: string | null;
  workDate: string;
  teamOf: ReadonlyMap<string, string | null>;
  /** Recorded in the audit trail. */
  who: string;
}

export type SaveState = 'saved' | 'saving' | 'failed';

type Change = (rows: Beoordeling[]) => Beoordeling[];

interface UndoStep {
  studentIds: string[];
  before: Beoordeling[];
}

/**
 * Scores are saved at once, without a save button, and shown before the database has them:
 * an overlay holds the rows as just changed (stamped now) until the live query brings rows that
 * are as new. The same pure change runs inside the transaction on the stored rows, so what is
 * stored equals what is shown, and a change made meanwhile in another window is not lost.
 * Ctrl+Z steps back through this session's changes (the undo is logged like any change).
 */
export function useScoreWriter(context: ScoreContext | null, live: readonly Beoordeling[] | undefined, onError: (error: unknown) => void) {
  const [overlay, setOverlay] = useState<ReadonlyMap<string, Beoordeling>>(new Map());
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const pending = useRef(0);
  const undoStack = useRef<UndoStep[]>([]);

  const keyOf = useCallback(
    (studentId: string): BeoordelingKey | null =>
      context && { studentId, rubricId: context.rubricId, opdrachtId: context.opdrachtId, assessor: context.assessor, peerStudentId: context.peerStudentId, attempt: context.attempt },
    [context],
  );

  /** The stored rows of this assessor, by student. */
  const stored = useMemo(() => {
    const map = new Map<string, Beoordeling>();
    if (!context || !live) return map;
    for (const row of live) {
      const key = keyOf(row.studentId);
      if (key && isLive(row) && sameKey(row, key)) map.set(row.studentId, row);
    }
    return map;
  }, [context, live, keyOf]);

  /** A student's row as shown: the overlay while it is newer than what is stored. */
  const rowOf = useCallback(
    (studentId: string): Beoordeling | null => {
      const mine = overlay.get(studentId);
      const saved = stored.get(studentId);
      if (mine && (!saved || mine.updatedAt > saved.updatedAt)) return mine;
      return saved ?? null;
    },
    [overlay, stored],
  );

  const blank = useCallback(
    (studentId: string): Beoordeling => {
      const ctx = context!;
      return {
        id: `nieuw-${studentId}`,
        ...keyOf(studentId)!,
        rubricVersionId: ctx.version.id,
        assessorName: ctx.assessorName(studentId),
        teamId: ctx.teamOf.get(studentId) ?? null,
        ptaToetsId: ctx.toetsId,
        workDate: ctx.workDate,
        scores: {},
        conditionsMet: {},
        overrides: [],
        comments: {},
        createdAt: 0,
        updatedAt: 0,
        deletedAt: null,
      };
    },
    [context, keyOf],
  );

  const write = useCallback(
    (studentIds: readonly string[], change: Change, options: { reason?: string; undoable?: boolean } = {}) => {
      if (!context || studentIds.length === 0) return;
      const before = studentIds.map((id) => rowOf(id) ?? blank(id));
      const stamp = Date.now();
      const after = change(before).map((row) => ({ ...row, updatedAt: stamp }));
      setOverlay((current) => {
        const next = new Map(current);
        for (const row of after) next.set(row.studentId, row);
        return next;
      });
      if (options.undoable !== false) undoStack.current.push({ studentIds: [...studentIds], before });
      const updates: BeoordelingUpdate[] = studentIds.map((id) => ({
        key: keyOf(id)!,
        defaults: { rubricVersionId: context.version.id, assessorName: context.assessorName(id), teamId: context.teamOf.get(id) ?? null, ptaToetsId: context.toetsId, workDate: context.workDate },
      }));
      pending.current++;
      setSaveState('saving');
      const started = performance.now();
      updateBeoordelingen(updates, change, { who: context.who, reason: options.reason ?? '' })
        .then(() => {
          // For the benchmark ("stored ≤ 50 ms") and for tests that wait for the write.
          window.dispatchEvent(new CustomEvent('vakwerk:score-stored', { detail: { ms: performance.now() - started } }));
          if (--pending.current === 0) setSaveState('saved');
        })
        .catch((error: unknown) => {
          pending.current--;
          setSaveState('failed');
          // What is shown must not claim a save that did not happen.
          setOverlay((current) => {
            const next = new Map(current);
            for (const id of studentIds) next.delete(id);
            return next;
          });
          onError(error);
        });
    },
    [context, rowOf, blank, keyOf, onError],
  );

  /** Puts the rows of the last change back as they were (levels, conditions, comments, deviations). */
  const undo = useCallback(
    (reason: string): boolean => {
      const step = undoStack.current.pop();
      if (!step) return false;
      const byStudent = new Map(step.before.map((row) => [row.studentId, row]));
      write(
        step.studentIds,
        (rows) =>
          rows.map((row) => {
            const was = byStudent.get(row.studentId)!;
            return { ...row, scores: was.scores, conditionsMet: was.conditionsMet, overrides: was.overrides, comments: was.comments };
          }),
        { reason, undoable: false },
      );
      return true;
    },
    [write],
  );

  return { rowOf, write, undo, saveState };
}
