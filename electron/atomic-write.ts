import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a whole file or nothing: the bytes go to a temporary file in the same folder, are
 * flushed to disk (fsync), and only then renamed over the target. A crash, a full disk or a
 * pulled USB stick therefore leaves either the old file or the new one, never half a backup or
 * half an export. The temp file sits in the same folder because rename is only atomic within
 * one file system.
 */
export async function writeFileAtomically(targetPath: string, data: Uint8Array): Promise<void> {
  const directory = path.dirname(targetPath);
  const tempPath = path.join(directory, `.${path.basename(targetPath)}.${randomUUID()}.tmp`);

  // 'wx': create a fresh file and fail if the name exists, so we never write through a
  // pre-existing file or symlink with the same name.
  const handle = await open(tempPath, 'wx');
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(tempPath, targetPath);
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }
  await syncDirectory(directory);
}

/**
 * On Windows, virus scanners and the search indexer briefly lock freshly written files, so a
 * rename can fail with EPERM/EACCES/EBUSY for a moment. Retry those a few times with a short
 * back-off; any other error (or a lock that persists) is reported to the caller.
 */
const TRANSIENT_RENAME_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_RETRY_DELAYS_MS = [50, 100, 200, 400, 800];

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const delay = RENAME_RETRY_DELAYS_MS[attempt];
      if (process.platform !== 'win32' || code === undefined || !TRANSIENT_RENAME_CODES.has(code) || delay === undefined) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/**
 * Makes the rename itself durable on POSIX file systems (the directory entry is data too).
 * Windows cannot open a directory for fsync and NTFS journals the rename, so it is skipped
 * there; elsewhere a failure here is not worth failing a save that already succeeded.
 */
async function syncDirectory(directory: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort, see above.
  }
}
