import { BackupWriter, type BackupManifest } from '../../../../shared/backup';

export interface BackupHeader {
  app: { name: string; version: string };
  schemaVersion: number;
  createdAt: Date;
  passphrase?: string | undefined;
}

export interface AssembledBackup {
  bytes: Uint8Array;
  manifest: BackupManifest;
}

/**
 * Where a backup file is put together from its parts as they come: on this thread
 * (assembleHere) or in the backup worker (off-thread.ts), which does the same behind messages.
 * Tables arrive as JSON, page by page, blobs as Blobs: their bytes are read where the file is
 * made, so they never pass through the page.
 */
export interface BackupAssembly {
  /** The next part of a table's JSON (TableJsonParts) holding `count` rows; `last` closes the table. */
  addTablePart(name: string, json: Uint8Array, count: number, last: boolean): void;
  addBlob(ref: number, blob: Blob): void;
  finish(header: BackupHeader): Promise<AssembledBackup>;
  /** Stops the work (a worker is ended); nothing is written. */
  abandon(): void;
}

/** Assembles on the current thread: the worker's own implementation, and the fallback without one. */
export function assembleHere(onBlobAdded?: () => void): BackupAssembly {
  const writer = new BackupWriter();
  const blobReads: Promise<void>[] = [];
  return {
    addTablePart: (name, json, count, last) => writer.addTablePart(name, json, count, last),
    addBlob(ref, blob) {
      blobReads.push(
        blob.arrayBuffer().then((buffer) => {
          writer.addBlob(ref, new Uint8Array(buffer));
          onBlobAdded?.();
        }),
      );
    },
    async finish(header) {
      await Promise.all(blobReads);
      return writer.finish(header);
    },
    abandon: () => undefined,
  };
}
