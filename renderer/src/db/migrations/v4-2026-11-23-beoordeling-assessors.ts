import type { Transaction } from 'dexie';

/**
 * Version 4 (2026-11-23): a beoordeling now says who assessed (examinator, second examinator,
 * the student, a peer, the client), for which opdracht, team and PTA toets and attempt, with
 * comments and team deviations. Beoordelingen made before (only by the teacher, outside any
 * opdracht) become the examinator's, outside an opdracht, first attempt, with no comments.
 * Their scores, conditions, rubric version and dates are not touched.
 */
export async function upgradeBeoordelingAssessors(tx: Transaction): Promise<void> {
  await tx
    .table('beoordelingen')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      row.opdrachtId ??= null;
      row.assessor ??= 'examinator';
      row.assessorName ??= '';
      row.peerStudentId ??= null;
      row.teamId ??= null;
      row.overrides ??= [];
      row.comments ??= {};
      row.ptaToetsId ??= null;
      row.attempt ??= 1;
    });
}
