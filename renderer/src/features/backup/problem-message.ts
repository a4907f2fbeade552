import type { TFunction } from 'i18next';
import type { BackupProblem } from '../../../../shared/backup';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';

/** A backup problem as one Dutch (or English) sentence naming the file and what is wrong. */
export function backupProblemMessage(t: TFunction, fileName: string, problem: BackupProblem | { code: 'unknown-table'; table: string } | { code: 'unreadable' }): string {
  return t(`backup.problems.${problem.code}`, { ...problem, fileName, current: CURRENT_SCHEMA_VERSION });
}

export function formatBytes(bytes: number, language: string): string {
  const format = (value: number, unit: string) => `${value.toLocaleString(language, { maximumFractionDigits: 1 })} ${unit}`;
  if (bytes < 1024 * 1024) return format(Math.max(bytes, 1) / 1024, 'kB');
  if (bytes < 1024 * 1024 * 1024) return format(bytes / 1024 / 1024, 'MB');
  return format(bytes / 1024 / 1024 / 1024, 'GB');
}

export function formatMoment(at: string | number, language: string): string {
  return new Date(at).toLocaleString(language, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
