import { checkBackupOf, type CheckBackupResult, type CheckedTable, type ReadBackupOptions } from '../../../../shared/backup';
import { nextTask } from '../../ui/next-task';
import { assembleHere, type AssembledBackup, type BackupAssembly } from './assembly';
import { startBackupWorker } from './start-backup-worker';
import type { FromBackupWorker, ToBackupWorker } from './worker-protocol';

/** The worker could not be started at all (no message came from it): do the work on the page instead. */
export class WorkerUnavailable extends Error {
  constructor() {
    super('back-upwerker niet gestart');
  }
}

/**
 * Listens to a worker: its replies go to `onReply`; a failure (a message saying so, or a crash)
 * to `onFailure`, as WorkerUnavailable when the worker never said it was ready.
 */
function listen(worker: Worker, onReply: (message: FromBackupWorker) => void, onFailure: (error: Error) => void): void {
  let ready = false;
  worker.addEventListener('message', (event: MessageEvent<FromBackupWorker>) => {
    const message = event.data;
    if (message.kind === 'ready') ready = true;
    else if (message.kind === 'failed') onFailure(new Error(message.message));
    else onReply(message);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    onFailure(ready ? new Error(`back-upwerker gestopt: ${event.message}`) : new WorkerUnavailable());
  });
}

function send(worker: Worker, message: ToBackupWorker, transfer: Transferable[] = []): void {
  worker.postMessage(message, transfer);
}

/**
 * checkBackup in the backup worker (on the page where there is none). A file (Blob) goes to the
 * worker as it is, which reads it itself; bytes are copied for it.
 */
export async function checkBackupOffThread(source: Uint8Array | Blob, options: ReadBackupOptions): Promise<CheckBackupResult> {
  const worker = startBackupWorker();
  if (!worker) return checkBackupOf(source, options);
  const tables: CheckedTable[] = [];
  // Listened to at once, so a worker that fails to load is heard while the bytes are copied.
  const checked = new Promise<CheckBackupResult>((resolve, reject) => {
    listen(
      worker,
      (message) => {
        if (message.kind === 'checked-rows') {
          let table = tables.at(-1);
          if (table?.name !== message.name) tables.push((table = { name: message.name, rows: [], tagged: message.tagged }));
          for (const row of message.rows) table.rows.push(row);
        } else if (message.kind === 'checked') resolve(message.result.ok ? { ...message.result, tables } : message.result);
      },
      reject,
    );
  });
  checked.catch(() => undefined);
  try {
    if (source instanceof Uint8Array) {
      const copy = await copyInSteps(source);
      send(worker, { kind: 'check', source: copy, options }, [copy.buffer]);
    } else {
      send(worker, { kind: 'check', source, options });
    }
    return await checked;
  } catch (error) {
    if (error instanceof WorkerUnavailable) return checkBackupOf(source, options);
    throw error;
  } finally {
    worker.terminate();
  }
}

/**
 * A copy of `bytes` to move to the worker (the caller keeps its own, to try again with a
 * passphrase), made a few megabytes per task: cloning 100 MB into a message, or slicing it at
 * once, holds the page for a third of a second.
 */
async function copyInSteps(bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const STEP = 8 * 1024 * 1024;
  const copy = new Uint8Array(bytes.length);
  for (let start = 0; start < bytes.length; start += STEP) {
    copy.set(bytes.subarray(start, start + STEP), start);
    await nextTask();
  }
  return copy;
}

/**
 * A backup assembled in the backup worker (on the page where there is none). Parts are sent
 * as they come; tables' JSON is moved, not copied. finish() rejects with WorkerUnavailable
 * when the worker never started: the caller then starts over with assembleHere.
 */
export function assembleOffThread(onBlobAdded?: () => void): BackupAssembly {
  const worker = startBackupWorker();
  if (!worker) return assembleHere(onBlobAdded);
  const written = new Promise<AssembledBackup>((resolve, reject) => {
    listen(
      worker,
      (message) => {
        if (message.kind === 'blob-added') onBlobAdded?.();
        else if (message.kind === 'written') resolve({ bytes: message.bytes, manifest: message.manifest });
      },
      reject,
    );
  });
  // Seen by finish(); until then an early failure must not count as unhandled.
  written.catch(() => undefined);
  return {
    addTablePart: (name, json, count, last) => send(worker, { kind: 'table-part', name, json, count, last }, [json.buffer as ArrayBuffer]),
    addBlob: (ref, blob) => send(worker, { kind: 'blob', ref, blob }),
    async finish(header) {
      send(worker, { kind: 'finish', header });
      try {
        return await written;
      } finally {
        worker.terminate();
      }
    },
    abandon: () => worker.terminate(),
  };
}
