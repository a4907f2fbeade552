import { BACKUP_EXTENSION } from './format';

/**
 * Automatic backups on the desktop: their file names and which ones to keep.
 *
 * A name carries its moment in UTC and why it was made, e.g.
 * `vakwerk-20261203-203321-123Z-interval.vakwerk`, so the folder sorts by time and rotation
 * needs no file dates (which copying to a USB stick changes). Only files with exactly this
 * pattern are ever rotated: a teacher's own files in the folder are never touched.
 */
export const AUTO_BACKUP_REASONS = ['interval', 'before-restore', 'before-upgrade', 'manual'] as const;
export type AutoBackupReason = (typeof AUTO_BACKUP_REASONS)[number];

const NAME_PATTERN = new RegExp(
  `^vakwerk-(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2})(\\d{2})-(\\d{3})Z-(${AUTO_BACKUP_REASONS.join('|')})\\.${BACKUP_EXTENSION}$`,
);

export function autoBackupFileName(at: Date, reason: AutoBackupReason): string {
  const iso = at.toISOString(); // 2026-12-03T20:33:21.123Z
  const stamp = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}-${iso.slice(20, 23)}Z`;
  return `vakwerk-${stamp}-${reason}.${BACKUP_EXTENSION}`;
}

export interface AutoBackupName {
  fileName: string;
  createdAt: number;
  reason: AutoBackupReason;
}

export function parseAutoBackupFileName(fileName: string): AutoBackupName | null {
  const match = NAME_PATTERN.exec(fileName);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, ms, reason] = match;
  const createdAt = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(ms));
  if (Number.isNaN(createdAt) || new Date(createdAt).toISOString().slice(0, 10) !== `${y}-${mo}-${d}`) return null;
  return { fileName, createdAt, reason: reason as AutoBackupReason };
}

export interface RotationPolicy {
  /** The most recent backups kept whatever their age. */
  recent: number;
  /** Besides those: the newest backup of each of this many most recent calendar days. */
  daily: number;
  /** The teacher's time zone, minutes east of UTC (a school day ends at local midnight). */
  utcOffsetMinutes: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { recent: 10, daily: 7, utcOffsetMinutes: 0 };

/**
 * Which backups to keep and which to remove: the `recent` newest, plus the newest of each of the
 * last `daily` calendar days (counted back from `now`'s day, days without a backup included).
 * Backups dated in the future (a clock that was wrong) count as today's rather than being lost.
 */
export function planRotation(backups: readonly AutoBackupName[], now: Date, policy: RotationPolicy = DEFAULT_ROTATION): { keep: AutoBackupName[]; remove: AutoBackupName[] } {
  const newestFirst = [...backups].sort((a, b) => b.createdAt - a.createdAt || b.fileName.localeCompare(a.fileName));
  const keep = new Set<AutoBackupName>(newestFirst.slice(0, policy.recent));
  const dayOf = (ms: number) => Math.floor((ms + policy.utcOffsetMinutes * 60_000) / 86_400_000);
  const today = dayOf(now.getTime());
  const seenDays = new Set<number>();
  for (const backup of newestFirst) {
    const day = Math.min(dayOf(backup.createdAt), today);
    if (today - day >= policy.daily || seenDays.has(day)) continue;
    seenDays.add(day);
    keep.add(backup);
  }
  return { keep: newestFirst.filter((b) => keep.has(b)), remove: newestFirst.filter((b) => !keep.has(b)) };
}
