import type { Attempt, Beoordeling } from '../domain/beoordeling';
import type { IsoDate } from '../domain/opdracht';
import { isGraded, type PtaToets } from '../domain/pta';
import { isLive } from '../domain/record';
import type { RubricContent } from '../domain/rubric';
import type { SchoolSettings } from '../domain/school-settings';
import type { ToetsResultaat } from '../domain/toets-resultaat';
import { gradeForScores } from '../rubrics/scoring';
import { seCijfer, type SeResult } from './se-cijfer';
import { attemptGrade, toetsGrade, type AttemptGrade } from './toets-grade';

/** Key of one attempt of one student at one toets. */
export function attemptKey(studentId: string, toetsId: string, attempt: Attempt): string {
  return `${studentId}|${toetsId}|${attempt}`;
}

/**
 * The cijfers the examinator's rubric scores give, per student, toets and attempt. Only
 * beoordelingen by the examinator that deliver a PTA toets count (a second examinator, the
 * student, peers and the client never set a grade). Incomplete or blocked scores give null.
 * Should there be two for the same attempt, the last changed one counts.
 */
export function rubricGrades(beoordelingen: readonly Beoordeling[], versions: ReadonlyMap<string, RubricContent>): Map<string, number | null> {
  const latest = new Map<string, Beoordeling>();
  for (const b of beoordelingen) {
    if (!isLive(b) || b.assessor !== 'examinator' || b.ptaToetsId == null) continue;
    const key = attemptKey(b.studentId, b.ptaToetsId, b.attempt);
    const seen = latest.get(key);
    if (!seen || b.updatedAt > seen.updatedAt) latest.set(key, b);
  }
  const grades = new Map<string, number | null>();
  for (const [key, b] of latest) {
    const version = versions.get(b.rubricVersionId);
    grades.set(key, version ? gradeForScores(version, b.scores, b.conditionsMet).grade : null);
  }
  return grades;
}

export interface ToetsCell {
  toetsId: string;
  first: AttemptGrade | null;
  resit: AttemptGrade | null;
  /** The cijfer that counts (resit rule applied). */
  grade: number | null;
  counted: Attempt | null;
  /** Handelingsopdracht only. */
  voldaan: boolean | null;
  late: boolean;
  /** The toets's date has passed and there is no cijfer (or no "voldaan") yet. */
  missing: boolean;
}

export interface StudentGrades {
  studentId: string;
  cells: Record<string, ToetsCell>;
  se: SeResult;
  /** Every handelingsopdracht is voldaan. */
  handelingsdeelVoldaan: boolean;
}

export interface GradeTableInput {
  studentIds: readonly string[];
  toetsen: readonly PtaToets[];
  results: readonly ToetsResultaat[];
  /** From rubricGrades(). */
  rubricGrades: ReadonlyMap<string, number | null>;
  settings: Pick<SchoolSettings, 'resitRule' | 'intermediateRounding' | 'finalRoundingFrom'>;
  today: IsoDate;
}

/**
 * Every student's cijfer per toets and SE-cijfer: per attempt override > rubric > entered
 * cijfer, the resit rule over the two attempts, then the weighted average with the school's
 * rounding. Pure, so the grade table, the student page and the examendossier agree.
 */
export function gradeTable(input: GradeTableInput): StudentGrades[] {
  const results = new Map<string, ToetsResultaat>();
  for (const result of input.results) if (isLive(result)) results.set(attemptKey(result.studentId, result.toetsId, result.attempt), result);

  return input.studentIds.map((studentId) => {
    const cells: Record<string, ToetsCell> = {};
    for (const toets of input.toetsen) {
      const attempt = (n: Attempt) => {
        const key = attemptKey(studentId, toets.id, n);
        const result = results.get(key);
        return { result, grade: attemptGrade({ override: result?.override ?? null, rubricGrade: input.rubricGrades.get(key) ?? null, enteredGrade: result?.grade ?? null }) };
      };
      const first = attempt(1);
      const resit = attempt(2);
      const counted = toetsGrade(first.grade?.grade ?? null, resit.grade?.grade ?? null, input.settings.resitRule, toets.herkansbaar);
      const graded = isGraded(toets.toetsvorm);
      // A handelingsopdracht is voldaan once any allowed attempt was; otherwise the latest judgement stands.
      const attempts = toets.herkansbaar ? [first.result, resit.result] : [first.result];
      const judged = attempts.map((result) => result?.voldaan ?? null).filter((value): value is boolean => value !== null);
      const voldaan = graded ? null : judged.includes(true) ? true : (judged.at(-1) ?? null);
      const done = graded ? counted.grade != null : voldaan === true;
      const due = toets.date != null && toets.date < input.today;
      cells[toets.id] = {
        toetsId: toets.id,
        first: first.grade,
        resit: toets.herkansbaar ? resit.grade : null,
        grade: graded ? counted.grade : null,
        counted: graded ? counted.counted : null,
        voldaan,
        late: (first.result?.late ?? false) || (toets.herkansbaar && (resit.result?.late ?? false)),
        missing: due && !done,
      };
    }
    const se = seCijfer(
      // A graded toets without a weging makes the SE impossible (said so), never silently left out.
      input.toetsen.map((toets) => ({ toetsId: toets.id, weging: isGraded(toets.toetsvorm) ? (toets.weging ?? Number.NaN) : null, grade: cells[toets.id]!.grade })),
      input.settings,
    );
    const handelingsdeelVoldaan = input.toetsen.every((toets) => isGraded(toets.toetsvorm) || cells[toets.id]!.voldaan === true);
    return { studentId, cells, se, handelingsdeelVoldaan };
  });
}
