import { mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { autoBackupFileName, parseAutoBackupFileName, planRotation, type AutoBackupReason } from '../shared/backup/rotation';
import type { AutoBackupInfo, BackupStatus, WriteAutoBackupResult } from '../shared/ipc/contract';
import { writeFileAtomically } from './atomic-write';

/**
 * The desktop app's automatic backups: a folder (by default `<userData>/backups`, or one the
 * teacher chose in the OS dialog, remembered in `<userData>/backup-settings.json`), files named
 * by rotation.ts, written atomically, then rotated (10 recent + the newest of each of 7 days).
 * Everything takes the user-data folder as a parameter, so tests run it in a temp folder.
 */
const SETTINGS_FILE = 'backup-settings.json';

export function defaultBackupFolder(userData: string): string {
  return path.join(userData, 'backups');
}

export async function backupFolder(userData: string): Promise<{ folder: string; isDefaultFolder: boolean }> {
  try {
    const settings = JSON.parse(await readFile(path.join(userData, SETTINGS_FILE), 'utf8')) as { folder?: unknown };
    if (typeof settings.folder === 'string' && path.isAbsolute(settings.folder)) return { folder: settings.folder, isDefaultFolder: false };
  } catch {
    // No settings yet (or unreadable): the default folder.
  }
  return { folder: defaultBackupFolder(userData), isDefaultFolder: true };
}

/** Remembers a folder the teacher picked in the OS dialog (the only way a folder gets here). */
export async function rememberBackupFolder(userData: string, folder: string): Promise<void> {
  await mkdir(userData, { recursive: true });
  await writeFileAtomically(path.join(userData, SETTINGS_FILE), new TextEncoder().encode(JSON.stringify({ folder })));
}

export async function listAutoBackups(folder: string): Promise<AutoBackupInfo[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const backups: AutoBackupInfo[] = [];
  for (const name of names) {
    const parsed = parseAutoBackupFileName(name);
    if (!parsed) continue;
    try {
      const info = await stat(path.join(folder, name));
      if (info.isFile()) backups.push({ ...parsed, size: info.size });
    } catch {
      // Removed meanwhile: not listed.
    }
  }
  return backups.sort((a, b) => b.createdAt - a.createdAt);
}

export async function backupStatus(userData: string): Promise<BackupStatus> {
  const { folder, isDefaultFolder } = await backupFolder(userData);
  return { folder, isDefaultFolder, backups: await listAutoBackups(folder) };
}

/**
 * Writes one backup and only after it is safely on disk rotates the older ones, so a failed
 * write (a full disk, a folder that went away) never costs a backup that already existed.
 */
export async function writeAutoBackup(userData: string, reason: AutoBackupReason, data: Uint8Array, now = new Date()): Promise<WriteAutoBackupResult> {
  const { folder } = await backupFolder(userData);
  const fileName = autoBackupFileName(now, reason);
  try {
    await mkdir(folder, { recursive: true });
    await writeFileAtomically(path.join(folder, fileName), data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(`[backup] schrijven van ${fileName} mislukt: ${code ?? String(error)}`);
    if (code === 'ENOSPC' || code === 'EDQUOT') return { status: 'failed', code: 'disk-full' };
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return { status: 'failed', code: 'no-access' };
    return { status: 'failed', code: 'write-failed' };
  }
  const { remove } = planRotation(await listAutoBackups(folder), now, { recent: 10, daily: 7, utcOffsetMinutes: -now.getTimezoneOffset() });
  let removed = 0;
  for (const old of remove) {
    if (old.fileName === fileName) continue;
    try {
      await rm(path.join(folder, old.fileName));
      removed += 1;
    } catch {
      // A locked old backup stays until the next rotation; that costs disk space, not data.
    }
  }
  return { status: 'saved', fileName, removed };
}

/** Reads a backup that is listed in the folder (the name was validated against the pattern). */
export async function readAutoBackup(userData: string, fileName: string): Promise<Uint8Array | null> {
  const { folder } = await backupFolder(userData);
  if (parseAutoBackupFileName(fileName) === null || path.basename(fileName) !== fileName) return null;
  try {
    return new Uint8Array(await readFile(path.join(folder, fileName)));
  } catch {
    return null;
  }
}
