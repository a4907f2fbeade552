/**
 * When the next automatic backup is due: while the teacher keeps changing data, one backup every
 * 15 minutes, and no change waits longer than that for its backup. After a quiet spell the first
 * change gets its backup a minute later (so a burst of changes, such as a whole class graded,
 * shares one backup instead of waiting a quarter of an hour).
 */
export const AUTO_BACKUP_INTERVAL_MS = 15 * 60_000;
export const AUTO_BACKUP_SETTLE_MS = 60_000;

export function autoBackupDueAt(
  state: { lastBackupAt: number | null; firstUnsavedChangeAt: number },
  intervalMs = AUTO_BACKUP_INTERVAL_MS,
  settleMs = AUTO_BACKUP_SETTLE_MS,
): number {
  const settled = state.firstUnsavedChangeAt + settleMs;
  if (state.lastBackupAt === null) return settled;
  // lastBackupAt ≤ firstUnsavedChangeAt, so this is never later than the change + interval.
  return Math.max(settled, Math.min(state.lastBackupAt + intervalMs, state.firstUnsavedChangeAt + intervalMs));
}
